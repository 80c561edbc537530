import { execFile } from "child_process";
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import type { AddressInfo } from "net";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";

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
async function openPage(url: string): Promise<{ page: Page; errors: string[]; outside: string[] }> {
  const page = await browser.newPage({ viewport: { width: paneWidthPx, height: 640 } });
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
  it("shows the outside-Excel screen without errors or requests beyond office.js", async () => {
    const { page, errors, outside } = await openPage("taskpane.html");
    await page.getByText("This add-in works only inside Excel").waitFor({ timeout: 15_000 });
    expect(await page.locator("h1").textContent()).toBe("Key Account Workbench");
    await page.screenshot({ path: path.join(resultsDir, "taskpane-outside-excel.png"), fullPage: true });
    expect(errors).toEqual([]);
    // Only the blocked office.js left our origin: no fonts, icons or anything else from a CDN.
    expect(outside).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    await page.close();
  });
});

describe("preview.html: the real panel over the sample workbook", () => {
  it("shows the Chinese sheet's source and writes the ratios", async () => {
    const { page, errors, outside } = await openPage("preview.html?lang=zh-CN");
    await page.getByText("将添加 7 列", { exact: false }).waitFor({ timeout: 15_000 });
    expect(await page.getByText("表头行").locator("..").textContent()).toBe("表头行 3");
    await page.screenshot({ path: path.join(resultsDir, "preview-zh-CN-ready.png"), fullPage: true });
    await page.getByRole("button", { name: "计算比率" }).click();
    await page.getByText(/^已分析 8 个客户，写入 7 列/).waitFor({ timeout: 15_000 });
    await page.getByText(/行数据有问题/).click();
    await page.screenshot({ path: path.join(resultsDir, "preview-zh-CN-done.png"), fullPage: true });
    expect(await page.locator("body").evaluate((b) => b.scrollWidth)).toBeLessThanOrEqual(paneWidthPx);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it("names the missing required field on the English sheet", async () => {
    const { page, errors } = await openPage("preview.html?lang=en-US&sheet=Customers");
    await page.getByText("Map the required fields first: Cost of sales.").waitFor({ timeout: 15_000 });
    expect(await page.getByRole("button", { name: "Calculate ratios" }).isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(resultsDir, "preview-en-US-missing-field.png"), fullPage: true });
    expect(await page.locator("body").evaluate((b) => b.scrollWidth)).toBeLessThanOrEqual(paneWidthPx);
    expect(errors).toEqual([]);
    await page.close();
  });
});
