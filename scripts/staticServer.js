// @ts-check
// A small static file server for the built preview (dist/): node:http only, bound to 127.0.0.1, GET and HEAD.
"use strict";
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");

/** Content types of the files a build holds; anything else is served as bytes. */
const contentTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The file a request path names inside `root`, or null when it leaves `root` or names no file. */
function fileFor(root, urlPath, index) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(urlPath, "http://localhost").pathname);
  } catch {
    return null; // a malformed escape such as %E0
  }
  const file = path.resolve(root, `.${pathname === "/" ? `/${index}` : pathname}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? file : null;
}

/**
 * Serve the files under `root` on `host` (127.0.0.1) and `port` (0: a free one). "/" serves `index`.
 * @param {string} root
 * @param {{ port?: number, host?: string, index?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
function serveStatic(root, options = {}) {
  const dir = path.resolve(root);
  const { port = 0, host = "127.0.0.1", index = "index.html" } = options;
  const server = http.createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD")
      return void res.writeHead(405, { allow: "GET, HEAD" }).end();
    const file = fileFor(dir, req.url ?? "/", index);
    if (file === null)
      return void res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
    const type = contentTypes[/** @type {keyof typeof contentTypes} */ (path.extname(file).toLowerCase())];
    res.writeHead(200, {
      "content-type": type ?? "application/octet-stream",
      "content-length": fs.statSync(file).size,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    if (req.method === "HEAD") return void res.end();
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = /** @type {import("node:net").AddressInfo} */ (server.address());
      const close = () => new Promise((done) => server.close(() => done(undefined)));
      resolve({ url: `http://${host}:${address.port}`, close });
    });
  });
}

module.exports = { serveStatic, contentTypes };
