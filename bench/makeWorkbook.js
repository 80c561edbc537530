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

/** Write an .xlsx with a title row, a unit line, the header row and `rows` customers. */
async function makeWorkbook(path, rows) {
  const next = random(42);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = workbook.addWorksheet("客户财务");
  sheet.addRow(["重点客户财务数据"]).commit();
  sheet.addRow(["单位：万元"]).commit();
  sheet.addRow(headers).commit();
  for (let index = 1; index <= rows; index += 1) sheet.addRow(customerRow(index, next)).commit();
  await sheet.commit();
  await workbook.commit();
}

module.exports = { makeWorkbook, customerRow, headers, random };

if (require.main === module) {
  const [path = "bench/.work/customers-100k.xlsx", rows = "100000"] = process.argv.slice(2);
  makeWorkbook(path, Number(rows)).then(() => console.log(`wrote ${path}`));
}
