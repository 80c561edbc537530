import { execFile } from "child_process";
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import type { AddressInfo } from "net";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import type { AxeResults } from "axe-core";

// End to end in Debian's Chromium: a development build (it includes the preview page) served from localhost.
// office.js is blocked, as in a plain browser without Office; the pane must say so and nothing else may go out.

const root = path.resolve(__dirname, "../..");
const resultsDir = path.join(root, "test-results");
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const paneWidthPx = 340;

let outDir = "";
let server: http.Server | undefined;
let origin = "";
let browser: Browser;

/** webpack in development (it adds the preview page) into outputPath, as its own process: the CLI users run. */
function build(outputPath: string): Promise<void> {
  const cli = path.join(root, "node_modules", "webpack", "bin", "webpack.js");
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [cli, "--mode", "development", "--env", `outputPath=${outputPath}`],
      { cwd: root, maxBuffer: 1 << 26 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`webpack failed:\n${stdout}\n${stderr}`, { cause: error })) : resolve(),
    ),
  );
}

function serve(dir: string): Promise<string> {
  const types: Record<string, string> = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript",
    ".png": "image/png",
    ".xml": "application/xml",
  };
  const created = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile())
      return void res.writeHead(404).end();
    res
      .writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" })
      .end(fs.readFileSync(file));
  });
  server = created;
  return new Promise((resolve) =>
    created.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(created.address() as AddressInfo).port}`),
    ),
  );
}

/** A page that blocks office.js and records page errors and every request leaving our origin. */
async function openPage(
  url: string,
  width = paneWidthPx,
  height = 720,
): Promise<{ page: Page; errors: string[]; outside: string[] }> {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors: string[] = [];
  const outside: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith("data:")) outside.push(request.url());
  });
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
  await page.goto(`${origin}/${url}`);
  return { page, errors, outside };
}

const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core over the whole page: the serious and critical violations, as "rule: selectors" lines. */
async function axeProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe.run(document),
  );
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(resultsDir, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  fs.mkdirSync(resultsDir, { recursive: true });
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kaw-e2e-"));
  await build(outDir);
  origin = await serve(outDir);
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  const running = server;
  if (running) await new Promise((resolve) => running.close(resolve));
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe("the bundle", () => {
  it("has no network calls of its own (no fetch, XMLHttpRequest, WebSocket, EventSource or sendBeacon)", () => {
    for (const file of ["taskpane.js", "commands.js"]) {
      const code = fs.readFileSync(path.join(outDir, file), "utf8");
      expect(code).not.toMatch(/\b(XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b|(^|\W)fetch\s*\(/);
    }
  });
});

describe("taskpane.html in a plain browser", () => {
  it("shows the outside-Excel screen without errors, requests beyond office.js or accessibility violations", async () => {
    const { page, errors, outside } = await openPage("taskpane.html");
    await page.getByText("This add-in works only inside Excel").waitFor({ timeout: 15_000 });
    expect(await page.locator("h1").textContent()).toBe("Key Account Workbench");
    await shoot(page, "taskpane-outside-excel");
    expect(await axeProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    // Only the blocked office.js left our origin: no fonts, icons or anything else from a CDN.
    expect(outside).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    await page.close();
  });

  it("paints its loading text while office.js is still on its way, and only then says outside Excel", async () => {
    const page = await browser.newPage({ viewport: { width: paneWidthPx, height: 720 } });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("https://appsforoffice.microsoft.com/**", async (route) => {
      await held;
      await route.abort();
    });
    await page.goto(`${origin}/taskpane.html`, { waitUntil: "commit" });
    // A blocking office.js would hold the parser before <body>: no text at all until it arrived.
    await page.getByText("Loading…", { exact: false }).waitFor({ timeout: 15_000 });
    expect(await page.getByText("works only inside Excel").count()).toBe(0);
    release();
    await page.getByText("This add-in works only inside Excel").waitFor({ timeout: 15_000 });
    await page.close();
  });
});

interface Words {
  readonly lang: "zh-CN" | "en-US";
  readonly willAdd: string;
  readonly mapping: RegExp;
  readonly run: string;
  readonly done: RegExp;
  readonly problems: RegExp;
}

const languages: readonly Words[] = [
  {
    lang: "zh-CN",
    willAdd: "将添加 7 列",
    mapping: /^字段对应/,
    run: "计算比率",
    done: /^已分析 8 个客户，写入 7 列/,
    problems: /行数据有问题/,
  },
  {
    lang: "en-US",
    willAdd: "Will add 7 columns",
    mapping: /^Field mapping/,
    run: "Calculate ratios",
    done: /^Analysed 8 customers, wrote 7 columns/,
    problems: /rows? ha(s|ve) (a )?problem/,
  },
];

describe.each(languages)("preview.html in $lang: the real panel over the sample workbook", (words) => {
  const { lang } = words;

  it.each([
    ["light", ""],
    ["dark", "&theme=dark"],
  ])("has no serious accessibility problem from detection to done (%s theme)", async (theme, query) => {
    const { page, errors, outside } = await openPage(`preview.html?lang=${lang}${query}`);
    await page.getByText(words.willAdd, { exact: false }).waitFor({ timeout: 15_000 });
    expect(await axeProblems(page)).toEqual([]);
    await shoot(page, `preview-${lang}-${theme}-detected`);
    await page.getByRole("button", { name: words.mapping }).click();
    expect(await axeProblems(page)).toEqual([]);
    await shoot(page, `preview-${lang}-${theme}-mapping`);
    await page.getByRole("button", { name: words.run }).click();
    await page.getByText(words.done).waitFor({ timeout: 15_000 });
    // 340 × 720 with the mapping open: the outcome is scrolled into view and has focus.
    const result = page.getByRole("region");
    expect(await result.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await result.boundingBox();
    expect(box !== null && box.y >= 0 && box.y < 720).toBe(true);
    await page.getByText(words.problems).click();
    expect(await axeProblems(page)).toEqual([]);
    await shoot(page, `preview-${lang}-${theme}-done`);
    expect(await page.locator("body").evaluate((b) => b.scrollWidth)).toBeLessThanOrEqual(paneWidthPx);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it.each(["Customers", "Notes", "Empty"])(
    "has no serious accessibility problem on the %s sheet",
    async (sheet) => {
      const { page, errors } = await openPage(`preview.html?lang=${lang}&sheet=${sheet}`);
      await page.getByRole("combobox", { name: new RegExp(sheet) }).waitFor({ timeout: 15_000 });
      await page.locator(".ms-MessageBar, button.ms-Button--primary").first().waitFor({ timeout: 15_000 });
      expect(await axeProblems(page)).toEqual([]);
      await shoot(page, `preview-${lang}-${sheet}`);
      expect(await page.locator("body").evaluate((b) => b.scrollWidth)).toBeLessThanOrEqual(paneWidthPx);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it("fits 450 px as well (screenshots for review)", async () => {
    const { page } = await openPage(`preview.html?lang=${lang}`, 450);
    await page.getByText(words.willAdd, { exact: false }).waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: words.run }).click();
    await page.getByText(words.done).waitFor({ timeout: 15_000 });
    await shoot(page, `preview-${lang}-450-done`);
    expect(await page.locator("body").evaluate((b) => b.scrollWidth)).toBeLessThanOrEqual(450);
    await page.close();
  });
});

describe("preview.html details", () => {
  it("names the missing required field on the English sheet", async () => {
    const { page } = await openPage("preview.html?lang=en-US&sheet=Customers");
    await page.getByText("Map the required fields first: Cost of sales.").waitFor({ timeout: 15_000 });
    expect(await page.getByRole("button", { name: "Calculate ratios" }).isDisabled()).toBe(true);
    await page.close();
  });

  it("opens a dropdown's list in place under its field", async () => {
    const { page } = await openPage("preview.html?lang=en-US");
    const sheet = page.getByRole("combobox", { name: /^Sheet/ });
    await sheet.click();
    const list = page.getByRole("listbox");
    await list.waitFor({ timeout: 15_000 });
    const [field, open] = [await sheet.boundingBox(), await list.boundingBox()];
    // Right under the field and about as wide, not a full-height panel from the side.
    expect(open !== null && field !== null && Math.abs(open.y - (field.y + field.height)) < 12).toBe(true);
    expect(open !== null && open.height < 400).toBe(true);
    await page.close();
  });

  it("shows the Chinese sheet's detected header row", async () => {
    const { page } = await openPage("preview.html?lang=zh-CN");
    await page.getByText("将添加 7 列", { exact: false }).waitFor({ timeout: 15_000 });
    expect(await page.getByText("表头行").locator("..").textContent()).toBe("表头行 3");
    await page.close();
  });
});
