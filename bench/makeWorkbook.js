// Generates a big customer sheet for the benchmarks with exceljs's streaming writer (inputs only; the product
// never writes a user's file with exceljs).
"use strict";
const ExcelJS = require("exceljs");

const headers = [
  "客户编号",
  "客户名称",
  "流动资产合计",
  "流动负债合计",
  "资产总计",
  "期初资产总计",
  "营业收入",
  "营业成本",
  "净利润",
  "应收账款",
  "期初应收账款",
  "存货",
  "期初存货",
];

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One customer's row of statement figures (万元), two decimals. */
function customerRow(index, next) {
  const r = (low, high) => Math.round((low + next() * (high - low)) * 100) / 100;
  const totalAssets = r(5000, 90000);
  const revenue = r(0.5, 2) * totalAssets;
  const cost = r(0.6, 0.9) * revenue;
  const two = (value) => Math.round(value * 100) / 100;
  return [
    `KA${index}`,
    `客户${index}`,
    two(totalAssets * r(0.3, 0.8)),
    two(totalAssets * r(0.2, 0.6)),
    totalAssets,
    two(totalAssets * r(0.85, 1.05)),
    two(revenue),
    two(cost),
    two(revenue * r(0.01, 0.1)),
    two(revenue * r(0.05, 0.3)),
    two(revenue * r(0.05, 0.3)),
    two(cost * r(0.05, 0.3)),
    two(cost * r(0.05, 0.3)),
  ];
}

/** The scores job's inputs, appended right of the statement figures. */
const scoreHeaders = [
  "产品类别",
  "客户性质",
  "服务内容",
  "采购成本评级",
  "技术匹配度",
  "政策影响评级",
  "预计采购金额",
];

const categories = ["工业设备", "电子元器件", "配件耗材", "整体方案", "软件服务"];
const natures = ["国有企业", "民营企业", "外资企业", "经销商"];
const services = ["安装调试", "维修保养", "技术培训"];

/** Seed of the score inputs' own generator: the statement figures (seed 42) stay exactly as they were. */
const scoreSeed = 20261201;

/**
 * One customer's score inputs: three classifications (about 3 % blank each), three ratings 1–5 (about 10 %
 * blank), and an expected order value of 0.5–12.5 % of `revenue` (万元, like the statement figures).
 */
function scoreCells(revenue, rate) {
  const pick = (list) => (rate() < 0.03 ? null : list[Math.floor(rate() * list.length)]);
  const rating = () => (rate() < 0.1 ? null : 1 + Math.floor(rate() * 5));
  return [
    pick(categories),
    pick(natures),
    pick(services),
    rating(),
    rating(),
    rating(),
    Math.round(revenue * (0.005 + rate() * 0.12) * 100) / 100,
  ];
}

/**
 * Write an .xlsx with a title row, a unit line, the header row and `rows` customers; with `{ scores: true }` the
 * score inputs follow the 13 statement columns (which stay the same numbers either way).
 */
async function makeWorkbook(path, rows, options = {}) {
  const next = random(42);
  const rate = random(scoreSeed);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = workbook.addWorksheet("客户财务");
  sheet.addRow(["重点客户财务数据"]).commit();
  sheet.addRow(["单位：万元"]).commit();
  sheet.addRow(options.scores ? [...headers, ...scoreHeaders] : headers).commit();
  for (let index = 1; index <= rows; index += 1) {
    const row = customerRow(index, next);
    sheet.addRow(options.scores ? [...row, ...scoreCells(row[6], rate)] : row).commit();
  }
  await sheet.commit();
  await workbook.commit();
}

module.exports = { makeWorkbook, customerRow, headers, random, scoreCells, scoreHeaders, scoreSeed };

if (require.main === module) {
  const args = process.argv.slice(2);
  const scores = args.includes("--scores");
  const [path = "bench/.work/customers-100k.xlsx", rows = "100000"] = args.filter(
    (arg) => arg !== "--scores",
  );
  makeWorkbook(path, Number(rows), { scores }).then(() => console.log(`wrote ${path}`));
}
