// The scores job's benchmarks (npm run bench, or node bench/run.js --only scores): the engine over 1 000 000
// customers in memory, and `kaw scores` against `kaw ratios` on the same 100 000-row workbook. Writes only the
// "## Scores" section of BENCHMARKS.md.
"use strict";
const { replaceSection } = require("./benchSection");
const { existsSync } = require("node:fs");
const path = require("node:path");
const { makeWorkbook } = require("./makeWorkbook");
const { scoreEngine } = require("./scoresEngine");

const heading = "## Scores";
const kawRounds = 3;

const load = () => require("node:os").loadavg()[0].toFixed(1);

/** `kaw ratios` and `kaw scores` on the score workbook, taken in turn (round-robin), best of 3 each. */
function scoreCli(work, timed) {
  const file = path.join(work, "customers-100k-scores.xlsx");
  const child = path.join(__dirname, "kawChild.js");
  const out = path.join(work, "kaw-out.xlsx");
  const runs = { ratios: [], scores: [] };
  for (let round = 0; round < kawRounds; round += 1)
    for (const job of ["ratios", "scores"])
      runs[job].push(timed(process.execPath, [child, file, out, job], 1));
  const bestRun = (list) => ({
    seconds: Math.min(...list.map((run) => run.seconds)),
    cpuSeconds: Math.min(...list.map((run) => run.cpuSeconds)),
    peakMiB: Math.max(...list.map((run) => run.peakMiB)),
  });
  return { ratios: bestRun(runs.ratios), scores: bestRun(runs.scores) };
}

function scoresSection(engine, cli, measuredOn) {
  const { ratios, scores } = cli;
  const m = (value) => `${(value * 1000).toFixed(0)} ms`;
  const rows = [
    [
      "engine: ratios → scores → segments, 1 000 000 customers (best of 5)",
      `${engine.total.toFixed(3)} s`,
      `${(engine.rows / engine.total / 1e6).toFixed(2)} M customers/s`,
      `ratios ${m(engine.ratios)}, inputs ${m(engine.inputs)}, computeScores ${m(engine.scores)}, ` +
        `segmentTables ${m(engine.segments)}`,
    ],
    [
      "kaw scores, 100 000 rows (best of 3)",
      `${scores.seconds.toFixed(2)} s`,
      `${scores.peakMiB.toFixed(0)} MiB peak, CPU ${scores.cpuSeconds.toFixed(2)} s`,
      `< 2× kaw ratios, < 1 GB: ${(scores.seconds / ratios.seconds).toFixed(2)}× time, ` +
        `${(scores.cpuSeconds / ratios.cpuSeconds).toFixed(2)}× CPU`,
    ],
    [
      "kaw ratios, same workbook (best of 3)",
      `${ratios.seconds.toFixed(2)} s`,
      `${ratios.peakMiB.toFixed(0)} MiB peak, CPU ${ratios.cpuSeconds.toFixed(2)} s`,
      "the reference for the 2×",
    ],
  ];
  return [
    heading,
    "",
    `${measuredOn} Load average at the start ${load()} (other work on the machine inflates wall times; CPU times ` +
      "are the steadier figure).",
    "",
    "| measure | time | figure | target / note |",
    "|---|---|---|---|",
    ...rows.map((row) => `| ${row.join(" | ")} |`),
    "",
    "- Engine: an in-memory grid of 1 000 000 customers × 20 columns (the 13 statement columns and the 7 score " +
      "inputs), detected once; each pass is what the scores job computes: `analyseRatioColumns`, the score inputs' " +
      "columns (src/jobs/scores/scoreInputs.ts), `computeScores` with `defaultScoreSettings` and `costConfigOf`, and " +
      "`segmentTables` over the three classifications. Best of 5, per phase and for the whole pass; every pass is " +
      "checked to score and tier the customers.",
    "- CLI: `kaw scores` and `kaw ratios` as child processes (bench/kawChild.js) on the same 100 000-row × 20-column " +
      "workbook (`makeWorkbook(path, rows, { scores: true })`: the ratio workbook's figures plus 产品类别, 客户性质, " +
      "服务内容, three ratings 1–5 with some blank, and 预计采购金额, from their own generator), run in turn, best " +
      "of 3 each; wall time including Node start-up, CPU = user + system time, peak RSS from " +
      "`process.resourceUsage()`. Every run is checked to report all 100 000 customers.",
    "- Where the time goes (`node --cpu-prof` of both jobs on this workbook, 2026-12-01): reading the workbook costs " +
      "both jobs the same (~2 s CPU); planning is ~0.06 s for ratios and ~0.45 s for scores (ratios, scores, " +
      "segments, Settings sheet). The rest of the difference is the .xlsx write: `kaw scores` writes 16 columns " +
      "(7 ratio + 9 score) where `kaw ratios` writes 7, plus the Settings and Customer segments sheets, and streams " +
      "the 100 000-row customer sheet twice: once for the score columns' conditional formats (`writeSheets` → " +
      "`patchSheetEdits`), once for the column blocks (`patchSheet`), each pass inflating, walking and deflating the " +
      "whole sheet (~1.5 s of the profile). Folding the sheet-level edits into the column-block pass " +
      "(src/hosts/xlsx/applyEdits.ts) would save that pass.",
    "- In the engine the time goes to sorting and allocation, not to arithmetic: `median` in " +
      "src/domain/scoring/segments.ts (six sorts of up to 1 000 000 values per pass, the largest single item), the " +
      "quantile cut-offs of `tierCutoffs` (filter, map, sort, reverse of every priority), the growing JS arrays of " +
      "`pushPresent`, a result object per customer from `weightedScore`, and the garbage collector marking the ~1 GB " +
      "grid the allocations trigger it over. At 100 000 customers the same pass takes ~0.35 s.",
  ].join("\n");
}

/** Replace this job's section of BENCHMARKS.md with `section`, or append it; every other line stays. */
function replaceOwnSection(text, section) {
  return replaceSection(text, heading, section);
}

/** Run both measures and return the "## Scores" section's text. */
async function scoreBenchmarks({ work, timed, measuredOn }) {
  const file = path.join(work, "customers-100k-scores.xlsx");
  if (!existsSync(file)) await makeWorkbook(file, 100_000, { scores: true });
  const engine = scoreEngine(1_000_000);
  console.log(`scores engine: ${engine.total.toFixed(3)} s for ${engine.rows} customers`);
  const cli = scoreCli(work, timed);
  console.log(`kaw scores ${cli.scores.seconds.toFixed(2)} s, kaw ratios ${cli.ratios.seconds.toFixed(2)} s`);
  return scoresSection(engine, cli, measuredOn);
}

module.exports = { scoreBenchmarks, replaceSection: replaceOwnSection, scoreEngine };
