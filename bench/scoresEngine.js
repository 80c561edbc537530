// The scores job's engine benchmark: the whole score computation over 1 000 000 customers held in memory (for
// bench/scores.js).
"use strict";
const { customerRow, headers, random, scoreCells, scoreHeaders, scoreSeed } = require("./makeWorkbook");

const engineRuns = 5;

const seconds = (from, to) => Number(to - from) / 1e9;

/** A 1 000 000-customer grid: the 13 statement columns and the 7 score inputs, as the sheet reader gives them. */
function scoresGrid(rows) {
  const next = random(7);
  const rate = random(scoreSeed);
  const values = [["重点客户财务数据"], ["单位：万元"], [...headers, ...scoreHeaders]];
  for (let index = 1; index <= rows; index += 1) {
    const row = customerRow(index, next);
    values.push([...row, ...scoreCells(row[6], rate)]);
  }
  return { sheet: "客户财务", top: 0, left: 0, values };
}

/** One pass of what planScores computes: ratios, the score inputs' columns, the scores, the segment tables. */
function scorePass(grid, layout, lib) {
  const { analyseRatioColumns, findScoreFields, inputs, computeScores, scoring, segmentTables } = lib;
  const t0 = process.hrtime.bigint();
  const ratios = analyseRatioColumns(grid, layout, { days: 365 });
  const t1 = process.hrtime.bigint();
  const fields = findScoreFields(layout.headers);
  const rows = layout.dataRows;
  const raw = (key) => inputs.rawColumn(grid, rows, fields[key].column);
  const revenue = inputs.revenueColumn(grid, layout);
  const given = {
    count: rows.length,
    ratios: ratios.values,
    revenue,
    costRating: raw("costRating"),
    technicalFit: raw("technicalFit"),
    policyRating: raw("policyRating"),
    expectedOrderValue: inputs.amountColumn(
      grid,
      rows,
      fields.expectedOrderValue.column,
      inputs.fieldUnit(fields.expectedOrderValue, layout),
    ),
  };
  const dimensions = {
    productCategory: raw("productCategory"),
    customerType: raw("customerType"),
    service: raw("service"),
  };
  const t2 = process.hrtime.bigint();
  const settings = scoring.defaultScoreSettings;
  const results = computeScores(
    given,
    settings,
    scoring.costConfigOf(settings),
    inputs.locator(layout, fields),
  );
  const t3 = process.hrtime.bigint();
  const tables = segmentTables({
    count: rows.length,
    dimensions,
    revenue,
    currentRatio: ratios.values.currentRatio,
    netProfitMargin: ratios.values.netProfitMargin,
  });
  const t4 = process.hrtime.bigint();
  const tiered = results.tier.reduce((sum, tier) => sum + (tier > 0 ? 1 : 0), 0);
  if (results.priority.length !== rows.length || tiered === 0 || tables.length !== 3)
    throw new Error(`scored ${results.priority.length} of ${rows.length} customers, ${tiered} tiered`);
  return {
    ratios: seconds(t0, t1),
    inputs: seconds(t1, t2),
    scores: seconds(t2, t3),
    segments: seconds(t3, t4),
    total: seconds(t0, t4),
    tiered,
  };
}

/** Engine over `rows` customers in memory, best of 5 (per phase, and the best whole pass). */
function scoreEngine(rows) {
  const lib = {
    analyseRatioColumns: require("../lib/domain/analyseRatios").analyseRatioColumns,
    findScoreFields: require("../lib/jobs/scores/scoreFields").findScoreFields,
    inputs: require("../lib/jobs/scores/scoreInputs"),
    computeScores: require("../lib/jobs/scores/computeScores").computeScores,
    scoring: require("../lib/domain/scoring/scoreSettings"),
    segmentTables: require("../lib/domain/scoring/segments").segmentTables,
  };
  const grid = scoresGrid(rows);
  const found = require("../lib/domain/source").detectSource(grid);
  if (!found.ok || found.layout.dataRows.length !== rows) throw new Error("the score grid was not detected");
  const passes = [];
  for (let run = 0; run < engineRuns; run += 1) passes.push(scorePass(grid, found.layout, lib));
  const bestOf = (key) => Math.min(...passes.map((pass) => pass[key]));
  return {
    rows,
    total: bestOf("total"),
    ratios: bestOf("ratios"),
    inputs: bestOf("inputs"),
    scores: bestOf("scores"),
    segments: bestOf("segments"),
    tiered: passes[0].tiered,
  };
}

module.exports = { scoreEngine };
