// @ts-check
// `npm run preview`: build the task pane with its preview page (webpack, development mode) into dist/, serve dist/
// on 127.0.0.1 (PORT, or a free port) and print the page's address. The preview runs the real .xlsx host in the
// browser, on the sample workbook or a file the person opens.
"use strict";
const { execFileSync } = require("node:child_process");
const path = require("node:path");
const { languageFromEnv } = require("../lib/cli/main.js");
const { t } = require("../lib/i18n/index.js");
const { serveStatic } = require("./staticServer.js");

const root = path.resolve(__dirname, "..");

async function main() {
  const webpack = path.join(root, "node_modules", "webpack", "bin", "webpack.js");
  execFileSync(process.execPath, [webpack, "--mode", "development", "--stats", "errors-warnings"], {
    cwd: root,
    stdio: "inherit",
  });
  const { url } = await serveStatic(path.join(root, "dist"), {
    port: Number(process.env.PORT) || 0,
    index: "preview.html",
  });
  console.log(t(languageFromEnv(process.env), "preview.serving", { url: `${url}/preview.html` }));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
