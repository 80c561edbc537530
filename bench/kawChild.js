// Runs `kaw JOB IN --out OUT` (JOB ratios by default, or scores) in this process and prints its peak memory, CPU
// time and the customers it analysed as JSON (for bench/run.js): node bench/kawChild.js IN OUT [JOB].
"use strict";
const { main } = require("../lib/cli/main.js");
const [input, out, job = "ratios"] = process.argv.slice(2);
let report = "{}";
main([job, input, "--out", out, "--json"], {
  stdout: (text) => (report = text),
  stderr: (text) => process.stderr.write(text),
  env: {},
}).then((code) => {
  if (code !== 0) process.exit(code);
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  const cpuSeconds = (userCPUTime + systemCPUTime) / 1e6;
  console.log(JSON.stringify({ maxRssKiB: maxRSS, cpuSeconds, rows: JSON.parse(report).rows }));
});
