// Runs `kaw ratios IN --out OUT` in this process and prints its peak memory and the customers it analysed as JSON
// (for bench/run.js).
"use strict";
const { main } = require("../lib/cli/main.js");
const [input, out] = process.argv.slice(2);
let report = "{}";
main(["ratios", input, "--out", out, "--json"], {
  stdout: (text) => (report = text),
  stderr: (text) => process.stderr.write(text),
  env: {},
}).then((code) => {
  if (code !== 0) process.exit(code);
  console.log(JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, rows: JSON.parse(report).rows }));
});
