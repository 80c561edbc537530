import fs from "fs";
import http from "http";
import os from "os";
import path from "path";

// scripts/staticServer.js serves the built preview for `npm run preview`: started here on a free port, fetched with
// Node's fetch and a raw request (for a path fetch would normalise), and stopped.

const { serveStatic } = require("../../scripts/staticServer.js") as {
  serveStatic: (
    root: string,
    options?: { port?: number; host?: string; index?: string },
  ) => Promise<{ url: string; close: () => Promise<void> }>;
};

const sample = path.resolve(__dirname, "../../assets/sample/customers.xlsx");
let dir = "";
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kaw-serve-"));
  fs.mkdirSync(path.join(dir, "assets"));
  fs.writeFileSync(path.join(dir, "preview.html"), "<!doctype html><title>preview</title>");
  fs.writeFileSync(path.join(dir, "preview.js"), "console.log(1);");
  fs.writeFileSync(path.join(dir, "page.css"), "body{margin:0}");
  fs.copyFileSync(sample, path.join(dir, "assets", "customers.xlsx"));
  fs.copyFileSync(
    path.resolve(__dirname, "../../assets/icon-16.png"),
    path.join(dir, "assets", "icon-16.png"),
  );
  fs.writeFileSync(path.join(os.tmpdir(), "kaw-serve-secret.txt"), "secret");
  server = await serveStatic(dir, { index: "preview.html" });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(path.join(os.tmpdir(), "kaw-serve-secret.txt"), { force: true });
});

function rawGet(url: string, requestPath: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) =>
    http
      .get({ hostname, port, path: requestPath }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on("error", reject),
  );
}

describe("serveStatic", () => {
  it("listens on 127.0.0.1 at a free port", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Number(new URL(server.url).port)).toBeGreaterThan(0);
  });

  it("serves the page, and the index at /", async () => {
    for (const url of [`${server.url}/preview.html`, `${server.url}/`]) {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await response.text()).toContain("<title>preview</title>");
    }
  });

  it("serves the workbook byte for byte with the .xlsx content type", async () => {
    const response = await fetch(`${server.url}/assets/customers.xlsx`);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(fs.readFileSync(sample))).toBe(true);
  });

  it.each([
    ["preview.js", "text/javascript; charset=utf-8"],
    ["page.css", "text/css; charset=utf-8"],
    ["assets/icon-16.png", "image/png"],
  ])("serves %s as %s", async (file, type) => {
    const response = await fetch(`${server.url}/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
  });

  describe("edge cases", () => {
    it("answers 404 for a missing file and for a folder", async () => {
      expect((await fetch(`${server.url}/nope.js`)).status).toBe(404);
      expect((await fetch(`${server.url}/assets`)).status).toBe(404);
    });

    it("never serves a file outside its folder", async () => {
      expect(await rawGet(server.url, "/../kaw-serve-secret.txt")).toBe(404);
      expect(await rawGet(server.url, "/%2e%2e/kaw-serve-secret.txt")).toBe(404);
      expect(await rawGet(server.url, "/%E0")).toBe(404);
    });

    it("refuses anything but GET and HEAD", async () => {
      expect((await fetch(`${server.url}/preview.html`, { method: "POST" })).status).toBe(405);
      const head = await fetch(`${server.url}/preview.js`, { method: "HEAD" });
      expect(head.headers.get("content-length")).toBe(String("console.log(1);".length));
    });

    it("stops listening when closed", async () => {
      const other = await serveStatic(dir);
      await other.close();
      await expect(fetch(`${other.url}/preview.html`)).rejects.toThrow();
    });
  });
});
