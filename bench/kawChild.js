// Runs `kaw ratios IN --out OUT` in this process and prints its peak memory, CPU time and the customers it analysed
// as JSON (for bench/run.js).
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
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  const cpuSeconds = (userCPUTime + systemCPUTime) / 1e6;
  console.log(JSON.stringify({ maxRssKiB: maxRSS, cpuSeconds, rows: JSON.parse(report).rows }));
});
