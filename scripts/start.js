// @ts-check
// `npm start`: sideload the add-in into Excel with office-addin-debugging where Excel can run (Windows, macOS).
// Elsewhere (Linux), or when office-addin-debugging reports "Platform not supported", say so in the environment's
// language and point to `npm run preview`.
"use strict";
const { spawn } = require("node:child_process");
const path = require("node:path");
const { languageFromEnv } = require("../lib/cli/main.js");
const { t } = require("../lib/i18n/index.js");

/** Whether Office can sideload an add-in on this platform: desktop Excel exists for Windows and macOS only. */
function hasExcel(platform) {
  return platform === "win32" || platform === "darwin";
}

/** The paragraph for a machine without Excel, in the language of `env` (LC_ALL, LC_MESSAGES, LANG). */
function noExcelMessage(env) {
  return t(languageFromEnv(env), "preview.noExcel");
}

/** office-addin-debugging start manifest.xml, its output passed through; resolves with its exit code. */
function startInExcel() {
  const cli = require.resolve("office-addin-debugging/cli.js");
  const child = spawn(process.execPath, [cli, "start", "manifest.xml"], {
    cwd: path.resolve(__dirname, ".."),
    stdio: ["inherit", "pipe", "pipe"],
  });
  let unsupported = false;
  const relay = (/** @type {NodeJS.WriteStream} */ out) => (/** @type {Buffer} */ chunk) => {
    unsupported ||= chunk.toString().includes("Platform not supported");
    out.write(chunk);
  };
  child.stdout.on("data", relay(process.stdout));
  child.stderr.on("data", relay(process.stderr));
  return new Promise((resolve) =>
    child.on("close", (code) => {
      if (unsupported) console.log(noExcelMessage(process.env));
      resolve(code ?? 1);
    }),
  );
}

if (require.main === module) {
  if (!hasExcel(process.platform)) console.log(noExcelMessage(process.env));
  else void startInExcel().then((code) => (process.exitCode = code));
}

module.exports = { hasExcel, noExcelMessage };
