import { execFile } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import type { AxeResults } from "axe-core";

// Debian's Chromium over a development build (it includes the preview page), served from 127.0.0.1 by the same
// static server `npm run preview` uses. office.js is blocked, as in a plain browser without Office.

export const root = path.resolve(__dirname, "../..");
export const resultsDir = path.join(root, "test-results");
export const paneWidthPx = 340;
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

const { serveStatic } = require("../../scripts/staticServer.js") as {
  serveStatic: (dir: string) => Promise<{ url: string; close: () => Promise<void> }>;
};

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

/** A built, served page set and a browser to open it in. */
export interface BrowserKit {
  readonly outDir: string;
  readonly origin: string;
  readonly browser: Browser;
  stop(): Promise<void>;
}

export async function startKit(): Promise<BrowserKit> {
  fs.mkdirSync(resultsDir, { recursive: true });
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kaw-e2e-"));
  await build(outDir);
  const server = await serveStatic(outDir);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
  const stop = async () => {
    await browser.close();
    await server.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  };
  return { outDir, origin: server.url, browser, stop };
}

/** A page that blocks office.js and records page errors and every request leaving our origin. */
export async function openPage(
  kit: BrowserKit,
  url: string,
  width = paneWidthPx,
  height = 720,
): Promise<{ page: Page; errors: string[]; outside: string[] }> {
  const page = await kit.browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  const errors: string[] = [];
  const outside: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => {
    const target = request.url();
    if (!target.startsWith(kit.origin) && !/^(data|blob):/.test(target)) outside.push(target);
  });
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
  await page.goto(`${kit.origin}/${url}`);
  return { page, errors, outside };
}

const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core over the whole page: the serious and critical violations, as "rule: selectors" lines. */
export async function axeProblems(page: Page): Promise<string[]> {
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

export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(resultsDir, `${name}.png`), fullPage: true });
}

/** The width of the page's content: more than the viewport means a sideways scroll. */
export function scrollWidth(page: Page): Promise<number> {
  return page.locator("body").evaluate((body) => body.scrollWidth);
}
