import { execFile } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

// The production build users deploy: Office caches task-pane files hard, so every script carries a content hash in
// its name while the pages the manifest names (taskpane.html, commands.html) keep theirs.

const root = path.resolve(__dirname, "../..");
let outDir = "";

function build(outputPath: string): Promise<void> {
  const cli = path.join(root, "node_modules", "webpack", "bin", "webpack.js");
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [cli, "--mode", "production", "--env", `outputPath=${outputPath}`],
      { cwd: root, maxBuffer: 1 << 26 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`webpack failed:\n${stdout}\n${stderr}`, { cause: error })) : resolve(),
    ),
  );
}

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kaw-prod-"));
  await build(outDir);
}, 300_000);

afterAll(() => {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

describe("the production build", () => {
  it("names its scripts by content hash and keeps the pages' names", () => {
    const files = fs.readdirSync(outDir);
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "manifest.xml"]));
    const scripts = files.filter((file) => file.endsWith(".js")).sort();
    expect(scripts).toEqual([
      expect.stringMatching(/^commands\.[0-9a-f]{12}\.js$/),
      expect.stringMatching(/^taskpane\.[0-9a-f]{12}\.js$/),
    ]);
  });

  it("loads the hashed bundle from taskpane.html, deferred and after office.js, under a loading text", () => {
    const html = fs.readFileSync(path.join(outDir, "taskpane.html"), "utf8");
    const bundle = fs
      .readdirSync(outDir)
      .find((file) => file.startsWith("taskpane.") && file.endsWith(".js"));
    // The production page is minified: attribute quotes are optional.
    const office = html.search(
      /<script defer src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/,
    );
    const ours = html.search(new RegExp(`<script defer(="defer")? src="?${bundle ?? "none"}`));
    expect(office).toBeGreaterThan(0);
    expect(ours).toBeGreaterThan(office);
    expect(html).toMatch(/<div id="?root"?>\s*<p[^>]*>\s*Loading…/);
  });

  it("leaves the preview out and points the manifest at taskpane.html", () => {
    expect(fs.existsSync(path.join(outDir, "preview.html"))).toBe(false);
    expect(fs.readFileSync(path.join(outDir, "manifest.xml"), "utf8")).toContain("taskpane.html");
  });
});
