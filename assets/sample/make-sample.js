// Builds assets/sample/customers.xlsx, the workbook `npm run demo` runs on. Run: node assets/sample/make-sample.js
// exceljs is fine for MAKING an input; the product itself never writes a user's file with it.
"use strict";
const ExcelJS = require("exceljs");
const path = require("node:path");

// A small deterministic generator (mulberry32) so the sample is the same on every machine.
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(20251128);
const between = (low, high) => low + next() * (high - low);

const names = [
  "华东机电设备有限公司",
  "江南精密制造股份有限公司",
  "北方重工集团",
  "新锐电子科技有限公司",
  "长江物流装备有限公司",
  "蓝海医疗器械有限公司",
  "中原农机股份有限公司",
  "东方化工材料有限公司",
  "西部能源设备公司",
  "南方建材贸易有限公司",
  "鑫源五金经销部",
  "恒达汽车配件有限公司",
  "瑞丰食品机械有限公司",
  "安泰安防科技有限公司",
  "宏图印刷设备有限公司",
  "金桥工程机械有限公司",
  "启明光电股份有限公司",
  "天成纺织机械有限公司",
  "博远仪器仪表有限公司",
  "众诚办公设备经销商",
  "青山环保科技有限公司",
  "远航船舶配套有限公司",
  "同创数控设备有限公司",
  "华信通信器材有限公司",
  "聚力液压件有限公司",
  "德润包装机械有限公司",
  "明辉照明电器有限公司",
  "盛世冷链设备有限公司",
  "正泰商用车服务有限公司",
  '=HYPERLINK("x") 测试客户',
];
const natures = ["国有企业", "民营企业", "外资企业", "经销商"];
const services = ["安装调试", "维修保养", "技术培训"];
// The analysts' ratings come from their own generator, so adding them left the financial figures unchanged.
const rate = random(20261201);
const rating = () => 1 + Math.floor(rate() * 5);
const categories = ["工业设备", "电子元器件", "配件耗材", "整体方案"];

function financials() {
  const totalAssets = round2(between(8000, 60000));
  const currentAssets = between(0.35, 0.75) * totalAssets;
  const currentLiabilities = between(0.25, 0.6) * totalAssets;
  const revenue = between(0.6, 1.8) * totalAssets;
  const costOfSales = between(0.62, 0.88) * revenue;
  return {
    currentAssets: round2(currentAssets),
    currentLiabilities: round2(currentLiabilities),
    totalAssets: round2(totalAssets),
    totalAssetsOpening: round2(totalAssets * between(0.85, 1.05)),
    revenue: round2(revenue),
    costOfSales: round2(costOfSales),
    netProfitYuan: Math.round(between(0.01, 0.09) * revenue * 10000),
    receivable: round2(revenue * between(0.08, 0.3)),
    receivableOpening: round2(revenue * between(0.08, 0.3)),
    inventory: round2(costOfSales * between(0.06, 0.25)),
    inventoryOpening: round2(costOfSales * between(0.06, 0.25)),
  };
}
function round2(value) {
  return Math.round(value * 100) / 100;
}

function chineseSheet(workbook) {
  const sheet = workbook.addWorksheet("客户财务", { views: [{ state: "frozen", ySplit: 3 }] });
  sheet.getCell("A1").value = "2025 年度重点客户财务数据";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = "单位：万元";
  const headers = [
    "客户编号",
    "客户名称",
    "产品类别",
    "客户性质",
    "流动资产合计",
    "流动负债合计",
    "资产总计",
    "期初资产总计",
    "营业收入",
    "营业成本",
    "净利润(元)",
    "应收账款",
    "期初应收账款",
    "存货",
    "期初存货",
    "服务内容",
    "采购成本评级",
    "技术匹配度",
    "政策影响评级",
    "预计采购金额",
  ];
  sheet.getRow(3).values = headers;
  sheet.getRow(3).font = { bold: true };
  sheet.getRow(3).eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.border = { bottom: { style: "thin" } };
  });
  names.forEach((name, index) => {
    const f = financials();
    const row = [
      `KA${String(index + 1).padStart(3, "0")}`,
      name,
      categories[index % 4],
      natures[index % 4],
      f.currentAssets,
      f.currentLiabilities,
      f.totalAssets,
      f.totalAssetsOpening,
      f.revenue,
      f.costOfSales,
      f.netProfitYuan,
      f.receivable,
      f.receivableOpening,
      f.inventory,
      f.inventoryOpening,
      services[index % 3],
      // Every fifth customer is not rated yet: its procurement cost comes from the expected order value.
      index % 5 === 4 ? null : rating(),
      rating(),
      rating(),
      round2(f.revenue * (0.005 + rate() * 0.12)),
    ];
    sheet.addRow(row);
  });
  // Real-world mess, each one a data issue the job must report rather than guess:
  sheet.getCell("F8").value = null; // blank current liabilities
  sheet.getCell("I11").value = { error: "#N/A" }; // revenue lookup failed
  sheet.getCell("N14").value = "待补充"; // inventory "to be supplied"
  sheet.getCell("G17").value = "1,2O3.5"; // a letter O typed for a zero
  sheet.getCell("E20").value = "￥１２，３４５．６０"; // full-width digits: accepted
  sheet.getCell("J23").value = 0; // zero cost of sales
  sheet.getCell("L26").value = "(1,234.00)"; // an accounting negative: accepted
  sheet.getCell("S9").value = 7; // a rating outside 1–5
  sheet.getCell("R12").value = "高"; // a word where a rating belongs
  const last = 3 + names.length;
  const total = sheet.addRow(["", "合计"]);
  for (let column = 5; column <= 15; column += 1) {
    const letter = String.fromCharCode(64 + column);
    // exceljs never calculates: write the cached result Excel's SUM gives (numbers only; text and errors ignored).
    let sum = 0;
    for (let row = 4; row <= last; row += 1) {
      const value = sheet.getRow(row).getCell(column).value;
      if (typeof value === "number") sum += value;
    }
    total.getCell(column).value = {
      formula: `SUM(${letter}4:${letter}${last})`,
      result: Math.round(sum * 100) / 100,
    };
  }
  total.font = { bold: true };
  sheet.columns.forEach((column, index) => (column.width = index === 1 ? 28 : 13));
  for (let row = 4; row <= last + 1; row += 1) {
    for (let column = 5; column <= 15; column += 1) sheet.getRow(row).getCell(column).numFmt = "#,##0.00";
    sheet.getRow(row).getCell(20).numFmt = "#,##0.00";
  }
}

function englishSheet(workbook) {
  const sheet = workbook.addWorksheet("Customers (EN)");
  sheet.getCell("A1").value = "Key accounts — FY2025 statements";
  sheet.getCell("A2").value = "(USD thousands)";
  const rows = names.slice(0, 12).map((name, index) => {
    const f = financials();
    return [
      `EN${String(index + 1).padStart(3, "0")}`,
      `Account ${index + 1}`,
      f.currentAssets,
      f.currentLiabilities,
      f.totalAssets,
      f.revenue,
      f.costOfSales,
      Math.round(f.netProfitYuan / 10) / 1000,
      f.receivable,
      f.inventory,
    ];
  });
  rows[4][5] = "n/a";
  sheet.addTable({
    name: "Accounts",
    ref: "A3",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: [
      "Customer ID",
      "Customer",
      "Total current assets",
      "Total current liabilities",
      "Total assets",
      "Revenue",
      "Cost of sales",
      "Net income",
      "Accounts receivable",
      "Inventories",
    ].map((name) => ({ name })),
    rows,
  });
  sheet.columns.forEach((column) => (column.width = 16));
}

// Order lines of the Chinese sheet's customers over 30 months (2023-01 … 2025-06), for the transactions and forecast
// jobs: seasonal amounts, a few returns, blank amounts to be filled from quantity × price, and one ambiguous date.
const orderNext = random(20261202);
const skus = [
  ["GY-100", "工业设备 A 型"],
  ["GY-200", "工业设备 B 型"],
  ["DZ-310", "电子元器件套件"],
  ["PJ-420", "配件耗材包"],
  ["FA-500", "整体方案服务"],
];
function ordersSheet(workbook) {
  const sheet = workbook.addWorksheet("订单明细", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(["订单日期", "客户名称", "产品编号", "产品名称", "数量", "单价", "金额"]);
  sheet.getRow(1).font = { bold: true };
  const customers = names.slice(0, 29); // the hyperlink test name places no orders
  for (let month = 0; month < 30; month += 1) {
    const year = 2023 + Math.floor(month / 12);
    const season = 1 + 0.3 * Math.sin(((month % 12) / 12) * 2 * Math.PI);
    customers.forEach((name, index) => {
      if (orderNext() < 0.35) return; // not every customer orders every month
      const [sku, product] = skus[(index + month) % skus.length];
      const quantity = Math.max(1, Math.round((5 + (index % 7) * 3) * season * (0.6 + orderNext() * 0.8)));
      const price = 200 + ((index * 37) % 800);
      const day = 1 + Math.floor(orderNext() * 28);
      const date = new Date(Date.UTC(year, month % 12, day));
      const returned = orderNext() < 0.02;
      const amount = orderNext() < 0.05 ? null : Math.round(quantity * price * 100) / 100;
      sheet.addRow([date, name, sku, product, returned ? -1 : quantity, price, returned ? price : amount]);
    });
  }
  sheet.addRow(["03/05/2024", names[0], "GY-100", "工业设备 A 型", 1, 500, 500]); // day/month or month/day?
  sheet.getColumn(1).numFmt = "yyyy-mm-dd";
  sheet.getColumn(7).numFmt = "#,##0.00";
  sheet.columns.forEach((column, index) => (column.width = index === 1 ? 28 : index === 3 ? 16 : 12));
}

function notesSheet(workbook) {
  const sheet = workbook.addWorksheet("说明");
  sheet.getCell("A1").value = "本工作簿为大客户开发工作台的示例数据，所有公司名称均为虚构。";
  sheet.getCell("A3").value = "注：“客户财务”表中净利润以元为单位，其余金额单位为万元。";
  sheet.getCell("A2").value =
    "This workbook is sample data for Key Account Workbench; all company names are fictitious.";
  sheet.getColumn(1).width = 90;
}

async function build() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Key Account Workbench";
  workbook.created = new Date(Date.UTC(2025, 10, 28));
  workbook.modified = workbook.created;
  chineseSheet(workbook);
  englishSheet(workbook);
  notesSheet(workbook);
  ordersSheet(workbook);
  const out = path.join(__dirname, "customers.xlsx");
  await workbook.xlsx.writeFile(out);
  console.log(`wrote ${out}`);
}

build().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
