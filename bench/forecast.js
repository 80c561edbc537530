// The forecast job's benchmark (npm run bench, or node bench/run.js --only forecast): the engine on 10 000 customers
// × 36 months (bench/forecastEngine.js in a child process, one thread). Writes only the "## Forecast" section of
// BENCHMARKS.md.
"use strict";
const { replaceSection } = require("./benchSection");
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const heading = "## Forecast";

/** Run the engine benchmark in its own process; its best time and the process's CPU time. */
function engineRun() {
  const script = path.join(__dirname, "forecastEngine.js");
  const probe = `require(${JSON.stringify(script)}); const u = process.resourceUsage(); console.log(JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 }));`;
  const run = spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`forecast engine failed: ${run.stderr}`);
  const lines = run.stdout.trim().split("\n");
  const best = Number(/best (\d+) ms/.exec(lines[0] ?? "")?.[1]);
  const { cpu } = JSON.parse(lines[lines.length - 1] ?? "{}");
  if (!Number.isFinite(best)) throw new Error(`unexpected output: ${run.stdout}`);
  return { bestMs: best, cpuSeconds: cpu };
}

function forecastSection(engine, measuredOn) {
  const load = require("node:os").loadavg()[0].toFixed(1);
  const met = engine.bestMs < 5000 ? "met" : "missed";
  return [
    heading,
    "",
    `${measuredOn} Load average at the end ${load}.`,
    "",
    "| measure | time | figure | target / note |",
    "|---|---|---|---|",
    `| engine: 12-month forecasts of 10 000 customers × 36 months (best of 3) | ${(engine.bestMs / 1000).toFixed(2)} s | ` +
      `${(engine.bestMs / 10000).toFixed(3)} ms a customer; process CPU ${engine.cpuSeconds.toFixed(2)} s for all 3 runs | ` +
      `< 5 s on one core: ${met} |`,
    "",
    "- bench/forecastEngine.js: 10 000 histories of 36 months (seasonal, trending, noisy, every tenth intermittent) " +
      "from a fixed generator, `forecastSeries` for each (Holt-Winters with the nested smoothing search that " +
      "reproduces FORECAST.ETS, about 2 100 passes over the data per customer), one thread, best of 3.",
  ].join("\n");
}

/** Replace this job's section of BENCHMARKS.md with `section`, or append it; every other line stays. */
function replaceOwnSection(text, section) {
  return replaceSection(text, heading, section);
}

/** Measure and return the section's text. */
function forecastBenchmarks({ measuredOn }) {
  const engine = engineRun();
  console.log(`forecast engine: best ${engine.bestMs} ms for 10 000 customers`);
  return forecastSection(engine, measuredOn);
}

module.exports = { forecastBenchmarks, replaceForecastSection: replaceOwnSection };
