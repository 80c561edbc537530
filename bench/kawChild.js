// Runs `kaw JOB IN --out OUT [EXTRA…] --json` (JOB ratios by default, or scores, transactions) in this process and
// prints its peak memory, CPU time, the customers it analysed and the order lines it read as JSON (for
// bench/run.js): node bench/kawChild.js IN OUT [JOB [EXTRA…]], e.g. EXTRA = --transactions 订单明细 --customers 客户.
"use strict";
const { main } = require("../lib/cli/main.js");
const [input, out, job = "ratios", ...extra] = process.argv.slice(2);
let report = "{}";
main([job, input, "--out", out, ...extra, "--json"], {
  stdout: (text) => (report = text),
  stderr: (text) => process.stderr.write(text),
  env: {},
}).then((code) => {
  if (code !== 0) process.exit(code);
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  const cpuSeconds = (userCPUTime + systemCPUTime) / 1e6;
  const { rows, rowsRead } = JSON.parse(report);
  console.log(JSON.stringify({ maxRssKiB: maxRSS, cpuSeconds, rows, rowsRead }));
});
