// The same 100 000 customers as bench/makeWorkbook.js, stored in each way users' files come: the XML is written
// here directly, cell for cell as the named programs write it, so the benchmark covers every path of the sheet
// reader (inline strings, rich-text runs, phonetic runs, formulas with cached values, date serials).
"use strict";
const { writeFileSync } = require("node:fs");
const { strToU8, zipSync } = require("fflate");
const { customerRow, headers, random } = require("./makeWorkbook");

const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const pkgRel = "http://schemas.openxmlformats.org/package/2006/relationships";
const sheetName = "客户财务";

const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const letters = (n) =>
  (n > 26 ? letters(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));
/** Pinyin of the header and name characters, for phonetic runs. */
const pinyin = { 客: "ke", 户: "hu", 编: "bian", 号: "hao", 名: "ming", 称: "cheng" };
const phonetic = (text) =>
  [...text]
    .map((char) => pinyin[char] ?? "")
    .join(" ")
    .trim() || null;

/** A shared string table that numbers strings as they come. */
function stringTable(toXml) {
  const index = new Map();
  const items = [];
  return {
    ref(text) {
      let at = index.get(text);
      if (at === undefined) {
        at = items.length;
        index.set(text, at);
        items.push(toXml(text));
      }
      return at;
    },
    xml: (count) =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${main}" count="${count}" uniqueCount="${items.length}">${items.join("")}</sst>`,
  };
}

const richRuns = (text) => {
  const split = text.search(/\d/);
  const head = split > 0 ? text.slice(0, split) : text;
  const tail = split > 0 ? text.slice(split) : "";
  const run = (t, bold) =>
    `<r><rPr>${bold ? "<b/>" : ""}<sz val="11"/><color rgb="FF1F4E79"/><rFont val="等线"/><charset val="134"/><family val="3"/><scheme val="minor"/></rPr><t>${escape(t)}</t></r>`;
  return run(head, true) + (tail ? run(tail, false) : "");
};
const phoneticRuns = (text) => {
  const reading = phonetic(text);
  const rPh = reading ? `<rPh sb="0" eb="${Math.min(2, text.length)}"><t>${reading}</t></rPh>` : "";
  return `<t>${escape(text)}</t>${rPh}<phoneticPr fontId="1" type="noConversion"/>`;
};

const number = (ref, value, style = "") => `<c r="${ref}"${style}><v>${value}</v></c>`;

/** Cell writers per storage style: `text(ref, value, strings)` and `number(ref, value, column, row)`. */
const styles = {
  inline: {
    label: "inline strings (openpyxl write-only and many exporters)",
    text: (ref, value) => `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`,
    number: (ref, value) => `<c r="${ref}" t="n"><v>${value}</v></c>`,
  },
  richInline: {
    label: "rich-text runs, inline (`<is><r>`)",
    text: (ref, value) => `<c r="${ref}" t="inlineStr"><is>${richRuns(value)}</is></c>`,
    number: (ref, value) => number(ref, value),
  },
  richShared: {
    label: "rich-text runs, shared strings (Excel)",
    table: (text) => `<si>${richRuns(text)}</si>`,
    number: (ref, value) => number(ref, value),
  },
  phoneticShared: {
    label: "Chinese text with phonetic runs, shared strings (Excel, Chinese IME)",
    table: (text) => `<si>${phoneticRuns(text)}</si>`,
    number: (ref, value) => number(ref, value),
  },
  phoneticInline: {
    label: "Chinese text with phonetic runs, inline (`<is><rPh>`)",
    text: (ref, value) => `<c r="${ref}" t="inlineStr"><is>${phoneticRuns(value)}</is></c>`,
    number: (ref, value) => number(ref, value),
  },
  formulas: {
    label: 'formula cells with cached values (`t="str"`, numbers, shared formulas, `t="e"` errors)',
    table: (text) => `<si><t>${escape(text)}</t></si>`,
    formulas: true,
  },
  dates: {
    label: "dates as serials with date formats (two date columns)",
    table: (text) => `<si><t>${escape(text)}</t></si>`,
    number: (ref, value) => number(ref, value),
    dates: true,
  },
};

/**
 * A cell of the `formulas` style: names by a `t="str"` formula, opening assets by a formula, revenue by a shared
 * formula, every 50th receivable a `#DIV/0!` error. Readers take the cached values, as Excel saved them.
 */
function formulaCell(ref, value, column, row, last) {
  if (column === 2)
    return `<c r="${ref}" t="str"><f>"客户"&amp;MID(A${row},3,10)</f><v>${escape(value)}</v></c>`;
  if (column === 6) return `<c r="${ref}"><f>ROUND(E${row}*0.95,2)</f><v>${value}</v></c>`;
  if (column === 7) {
    const f =
      row === 4 ? `<f t="shared" ref="G4:G${last}" si="0">ROUND(E4*1.5,2)</f>` : `<f t="shared" si="0"/>`;
    return `<c r="${ref}">${f}<v>${value}</v></c>`;
  }
  if (column === 10 && row % 50 === 0) return `<c r="${ref}" t="e"><f>J${row - 1}/0</f><v>#DIV/0!</v></c>`;
  return number(ref, value);
}

/** Date serials (Excel day numbers) for the `dates` style: a statement date (numFmt 14) and a founding date. */
function dateCells(row) {
  const statement = 45291 + (row % 365); // 2024-01-01 onwards
  const founded = 36526 + ((row * 37) % 8000); // from 2000-01-01
  return `<c r="N${row}" s="1"><v>${statement}</v></c><c r="O${row}" s="2"><v>${founded}</v></c>`;
}

function sheetXml(style, rows) {
  const next = random(42);
  const last = rows + 3;
  const sst = style.table ? stringTable(style.table) : null;
  let refs = 0;
  const text = (ref, value) => {
    if (!sst) return style.text(ref, value);
    refs += 1;
    return `<c r="${ref}" t="s"><v>${sst.ref(value)}</v></c>`;
  };
  const lines = [];
  const title = ["重点客户财务数据", "单位：万元"];
  title.forEach((value, i) => lines.push(`<row r="${i + 1}">${text(`A${i + 1}`, value)}</row>`));
  const head = style.dates ? [...headers, "报表日期", "成立日期"] : headers;
  lines.push(`<row r="3">${head.map((h, i) => text(`${letters(i + 1)}3`, h)).join("")}</row>`);
  for (let index = 1; index <= rows; index += 1) {
    const row = index + 3;
    const cells = customerRow(index, next).map((value, i) => {
      const ref = `${letters(i + 1)}${row}`;
      if (style.formulas)
        return typeof value === "string" && i === 0
          ? text(ref, value)
          : formulaCell(ref, value, i + 1, row, last);
      return typeof value === "string" ? text(ref, value) : style.number(ref, value);
    });
    lines.push(`<row r="${row}">${cells.join("")}${style.dates ? dateCells(row) : ""}</row>`);
  }
  const width = letters(head.length);
  const sheet =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${main}" xmlns:r="${rel}">` +
    `<dimension ref="A1:${width}${last}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><sheetData>${lines.join("")}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  return { sheet, strings: sst ? sst.xml(refs) : null };
}

const stylesXml =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${main}">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/m/d"/></numFmts>` +
  `<fonts count="2"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>` +
  `<font><sz val="9"/><name val="等线"/><family val="3"/><charset val="134"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Write the 100 000-customer workbook in storage style `key` (a key of `styles`). */
function makeStyleWorkbook(key, path, rows) {
  const style = styles[key];
  const { sheet, strings } = sheetXml(style, rows);
  const type = (part) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${part}+xml`;
  const parts = {
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${type("sheet.main")}"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${type("worksheet")}"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${type("styles")}"/>` +
      (strings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="${type("sharedStrings")}"/>` : "") +
      `</Types>`,
    "_rels/.rels": `<Relationships xmlns="${pkgRel}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<Relationships xmlns="${pkgRel}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/>` +
      (strings ? `<Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
      `</Relationships>`,
    "xl/styles.xml": stylesXml,
    "xl/worksheets/sheet1.xml": sheet,
    ...(strings ? { "xl/sharedStrings.xml": strings } : {}),
  };
  const files = {};
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  writeFileSync(path, zipSync(files, { level: 6 }));
}

module.exports = { makeStyleWorkbook, styles };

if (require.main === module) {
  const [key = "inline", path = `bench/.work/customers-100k-${key}.xlsx`, rows = "100000"] =
    process.argv.slice(2);
  makeStyleWorkbook(key, path, Number(rows));
  console.log(`wrote ${path}`);
}
