// Deterministic order lines for the transactions benchmarks, streamed so memory stays flat at any size:
// `makeOrdersXlsx` writes an .xlsx with the order sheet 订单明细 (dates as Excel date cells, shared strings as Excel
// stores them) and a customer sheet 客户 (客户名称, 同类产品年采购额); `makeOrdersCsv` writes the same kind of lines
// as UTF-8 CSV with yyyy-mm-dd dates. ~2 000 customers (50 of them missing from the customer sheet), 500 SKUs,
// 36 months (2023-01 – 2025-12), 2 % returns, 10 % blank amounts to fill from quantity × price.
// CLI: node bench/makeOrders.js xlsx|csv PATH LINES
"use strict";
const { closeSync, openSync, writeSync } = require("node:fs");
const { Zip, ZipDeflate, strToU8 } = require("fflate");
const { random } = require("./makeWorkbook");

const orderHeaders = ["日期", "客户名称", "产品编号", "产品名称", "数量", "单价", "金额"];
const orderSheet = "订单明细";
const customerSheet = "客户";
const customerCount = 2000;
const listedCustomers = 1950;
const skuCount = 500;
/** 2023-01-01 as an Excel serial, and the 1 096 days to 2025-12-31. */
const firstSerial = 44927;
const days = 1096;

const pad = (n, width) => String(n).padStart(width, "0");
const customerName = (c) => `客户${pad(c, 4)}有限公司`;
const skuCode = (s) => `SKU-${pad(s, 3)}`;
const productName = (s) => `产品${pad(s, 3)}`;
const isoOf = (serial) => new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);

/** One line: [serial, customer, sku, quantity, price, amount | null]. Each customer buys from its own 30 SKUs. */
function orderLine(next) {
  const customer = Math.floor(next() * customerCount);
  const serial = firstSerial + Math.floor(next() * days);
  const sku = (customer * 7 + Math.floor(next() * 30)) % skuCount;
  const quantity = (next() < 0.02 ? -1 : 1) * (1 + Math.floor(next() * 50));
  const price = Math.round((1 + next() * 999) * 100) / 100;
  const amount = next() < 0.9 ? Math.round(quantity * price * 100) / 100 : null;
  return [serial, customer, sku, quantity, price, amount];
}

/** A customer's annual purchases of the category (元), about 3–10× what it buys from us. */
const categoryPurchases = (customer, next) => Math.round((2e6 + next() * 8e6) * (1 + (customer % 7) / 3));

const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const pkgRel = "http://schemas.openxmlformats.org/package/2006/relationships";
const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const letters = "ABCDEFG";

/** Numbered shared strings, collected as cells use them. */
function stringTable() {
  const index = new Map();
  return {
    ref(text) {
      let at = index.get(text);
      if (at === undefined) index.set(text, (at = index.size));
      return at;
    },
    xml: (count) =>
      `${xmlHead}<sst xmlns="${main}" count="${count}" uniqueCount="${index.size}">` +
      [...index.keys()].map((text) => `<si><t>${text}</t></si>`).join("") +
      "</sst>",
  };
}

const sheetStart = (ref) =>
  `${xmlHead}<worksheet xmlns="${main}" xmlns:r="${rel}"><dimension ref="${ref}"/>` +
  '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>';
const sheetEnd =
  '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

function headerRow(strings, texts) {
  const cells = texts.map((text, c) => `<c r="${letters[c]}1" t="s"><v>${strings.ref(text)}</v></c>`);
  return `<row r="1">${cells.join("")}</row>`;
}

function orderRowXml(r, line, strings) {
  const [serial, customer, sku, quantity, price, amount] = line;
  const s = (col, text) => `<c r="${col}${r}" t="s"><v>${strings.ref(text)}</v></c>`;
  return (
    `<row r="${r}"><c r="A${r}" s="1"><v>${serial}</v></c>${s("B", customerName(customer))}` +
    `${s("C", skuCode(sku))}${s("D", productName(sku))}<c r="E${r}"><v>${quantity}</v></c>` +
    `<c r="F${r}"><v>${price}</v></c>${amount === null ? "" : `<c r="G${r}"><v>${amount}</v></c>`}</row>`
  );
}

const stylesXml =
  `${xmlHead}<styleSheet xmlns="${main}"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function packageParts() {
  const type = (part) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${part}+xml`;
  const sheet = (n) =>
    `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${type("worksheet")}"/>`;
  const sheetRel = (n) =>
    `<Relationship Id="rId${n}" Type="${rel}/worksheet" Target="worksheets/sheet${n}.xml"/>`;
  return {
    "[Content_Types].xml":
      `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${type("sheet.main")}"/>${sheet(1)}${sheet(2)}` +
      `<Override PartName="/xl/styles.xml" ContentType="${type("styles")}"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${type("sharedStrings")}"/></Types>`,
    "_rels/.rels": `<Relationships xmlns="${pkgRel}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="${orderSheet}" sheetId="1" r:id="rId1"/>` +
      `<sheet name="${customerSheet}" sheetId="2" r:id="rId2"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<Relationships xmlns="${pkgRel}">${sheetRel(1)}${sheetRel(2)}` +
      `<Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId4" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/styles.xml": stylesXml,
  };
}

/** Write `lines` order lines and the customer sheet to the .xlsx at `path`, streaming the zip to disk. */
function makeOrdersXlsx(path, lines) {
  const fd = openSync(path, "w");
  let failed = null;
  const zip = new Zip((error, chunk) => (error ? (failed = error) : writeSync(fd, chunk)));
  const entry = (name, level = 6) => {
    const file = new ZipDeflate(name, { level });
    zip.add(file);
    return file;
  };
  for (const [name, text] of Object.entries(packageParts())) entry(name).push(strToU8(text), true);
  const strings = stringTable();
  let refs = 0;
  const orders = entry("xl/worksheets/sheet1.xml", 1);
  orders.push(strToU8(sheetStart(`A1:G${lines + 1}`) + headerRow(strings, orderHeaders)));
  const next = random(20261201);
  let chunk = [];
  for (let i = 0; i < lines; i += 1) {
    const line = orderLine(next);
    chunk.push(orderRowXml(i + 2, line, strings));
    refs += 3;
    if (chunk.length === 20000) {
      orders.push(strToU8(chunk.join("")));
      chunk = [];
    }
  }
  orders.push(strToU8(chunk.join("") + sheetEnd), true);
  const customers = entry("xl/worksheets/sheet2.xml");
  const rows = [headerRow(strings, ["客户名称", "同类产品年采购额"])];
  const rate = random(42);
  for (let c = 0; c < listedCustomers; c += 1) {
    const r = c + 2;
    rows.push(
      `<row r="${r}"><c r="A${r}" t="s"><v>${strings.ref(customerName(c))}</v></c>` +
        `<c r="B${r}"><v>${categoryPurchases(c, rate)}</v></c></row>`,
    );
  }
  customers.push(strToU8(sheetStart(`A1:B${listedCustomers + 1}`) + rows.join("") + sheetEnd), true);
  entry("xl/sharedStrings.xml").push(strToU8(strings.xml(refs + 7 + 2 + listedCustomers)), true);
  zip.end();
  closeSync(fd);
  if (failed) throw failed;
}

/** Write `lines` order lines as UTF-8 CSV (header 日期,客户名称,…), yyyy-mm-dd dates, blank amounts left empty. */
function makeOrdersCsv(path, lines) {
  const fd = openSync(path, "w");
  const isoDates = Array.from({ length: days }, (_, d) => isoOf(firstSerial + d));
  const next = random(20261201);
  let chunk = [orderHeaders.join(",")];
  for (let i = 0; i < lines; i += 1) {
    const [serial, customer, sku, quantity, price, amount] = orderLine(next);
    chunk.push(
      `${isoDates[serial - firstSerial]},${customerName(customer)},${skuCode(sku)},${productName(sku)},` +
        `${quantity},${price},${amount === null ? "" : amount}`,
    );
    if (chunk.length === 50000) {
      writeSync(fd, chunk.join("\n") + "\n");
      chunk = [];
    }
  }
  if (chunk.length > 0) writeSync(fd, chunk.join("\n") + "\n");
  closeSync(fd);
}

module.exports = { makeOrdersXlsx, makeOrdersCsv, orderSheet, customerSheet };

if (require.main === module) {
  const [kind, path, lines] = process.argv.slice(2);
  const started = Date.now();
  (kind === "csv" ? makeOrdersCsv : makeOrdersXlsx)(path, Number(lines));
  console.log(`wrote ${path} (${lines} lines) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
