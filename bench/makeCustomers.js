// A customer sheet for the records benchmark (issue 9 §4): `count` distinct customers on the sheet 客户 (客户名称,
// 产品类别, 客户性质, 流动比率, 客户等级), with the names that make sheet naming work: Chinese names, names longer
// than 31 characters whose first 31 characters clash, names with Excel's forbidden characters `[]:*?/\` (several of
// which clean to the same sheet name), names differing only in case, a formula-looking name, and a few rows that
// repeat a customer (same folded name, counted once). Written with exceljs (inputs only).
// CLI: node bench/makeCustomers.js PATH [COUNT]
"use strict";
const ExcelJS = require("exceljs");
const { random } = require("./makeWorkbook");

const cities = ["上海", "北京", "广州", "深圳", "杭州", "南京", "苏州", "成都", "武汉", "西安"];
const trades = ["机电设备", "精密仪器", "化工材料", "汽车配件", "电子科技", "建材", "食品包装", "医疗器械"];
const categories = ["阀门", "泵", "管件", "仪表"];
const natures = ["国有企业", "民营企业", "外资企业", "经销商"];
const longStem = "华东地区机电设备进出口贸易集团股份有限公司（上海分公司）";

/** The i-th customer's name (0-based): one in five is a hard case for sheet names, the rest plain Chinese names. */
function customerName(i) {
  const k = Math.floor(i / 10);
  switch (i % 10) {
    case 1:
      return `${longStem}华东大区第${k + 1}事业部`; // > 31 characters; all share their first 31
    case 3:
      return ["A/B", "A:B", "A?B", "A*B", "[A]B", "A\\B"][k % 6] + ` 贸易${Math.floor(k / 6) + 1}号`;
    case 5:
      return k % 2 === 0 ? `Acme Trading ${k}` : `ACME TRADING ${k - 1}`; // same name but for case
    case 7:
      return k % 4 === 0 ? `=HYPERLINK("http://x","${k}")` : `+86 138 0000 ${String(k).padStart(4, "0")}`;
    default:
      return `${cities[i % cities.length]}${trades[k % trades.length]}有限公司${i + 1}`;
  }
}

/** Write the workbook: `count` customers, then every tenth one again with full-width spaces (the same customer). */
async function makeCustomers(file, count = 200) {
  const next = random(9);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("客户");
  sheet.addRow(["客户名称", "产品类别", "客户性质", "流动比率", "客户等级"]);
  const row = (name) => [
    name,
    categories[Math.floor(next() * categories.length)],
    natures[Math.floor(next() * natures.length)],
    Math.round((0.5 + next() * 2) * 100) / 100,
    ["A", "B", "C"][Math.floor(next() * 3)],
  ];
  for (let i = 0; i < count; i += 1) sheet.addRow(row(customerName(i)));
  for (let i = 0; i < count; i += 10) sheet.addRow(row(`\u3000${customerName(i)} `));
  await book.xlsx.writeFile(file);
}

module.exports = { makeCustomers, customerName };

if (require.main === module) {
  const [file = "bench/.work/customers-200.xlsx", count = "200"] = process.argv.slice(2);
  makeCustomers(file, Number(count)).then(() => console.log(`wrote ${file}`));
}
