// Makes test/fixtures/forecast/libreoffice-ets.json: generated monthly series, the published quarterly example and
// short series, each with what LibreOffice's FORECAST.ETS.ADD (Excel's FORECAST.ETS) gives for the next 12 steps and
// its FORECAST.ETS.STAT α, β, γ. Writes an .xlsx of formulas without cached values, has LibreOffice recalculate it on
// load (a throwaway profile with OOXMLRecalcMode = 0, as test/hosts/xlsx/libreofficeRecalc.ts does) and reads the
// results back as CSV. Needs `soffice` on PATH: `node scripts/forecast-fixtures.js [out.json]`. Deterministic.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { zipSync, strToU8 } = require("fflate");
const { generatedSeries } = require("./forecastSeries");

const horizonSteps = 12;
const outFile =
  process.argv[2] ?? path.join(__dirname, "..", "test", "fixtures", "forecast", "libreoffice-ets.json");

/** Excel 1900-system serial of the first day of a month. */
const serial = (year, month) => (Date.UTC(year, month - 1, 1) - Date.UTC(1899, 11, 30)) / 86400000;

function column(index) {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Every case: history, first month, step in months and season length (0 = none, Holt). */
function cases() {
  const quarterly = [5500, 4600, 2600, 3880, 5000, 2800, 4500, 5600, 5300, 3400, 2600, 3600];
  const list = [
    { name: "excel-quarterly", kind: "example", history: quarterly, start: [2023, 3], step: 3, season: 4 },
  ];
  for (const s of generatedSeries()) list.push({ ...s, start: [2021, 1], step: 1 });
  return list;
}

function timeline(c, count) {
  return Array.from({ length: count }, (_, i) => {
    const month = c.start[1] - 1 + i * c.step;
    return serial(c.start[0] + Math.floor(month / 12), (month % 12) + 1);
  });
}

function sheetXml(rows) {
  const cell = (r, i, v) =>
    typeof v === "number"
      ? `<c r="${column(i)}${r}"><v>${v}</v></c>`
      : `<c r="${column(i)}${r}"><f>${v.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</f></c>`;
  const body = rows.map(
    (row, r) => `<row r="${r + 1}">${row.map((v, i) => cell(r + 1, i, v)).join("")}</row>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body.join("")}</sheetData></worksheet>`;
}

/** Sheet "data": per case a row of dates and a row of values; sheet "out": 12 forecasts and α, β, γ per case. */
function workbook(list) {
  const data = [];
  const out = [];
  list.forEach((c, k) => {
    const n = c.history.length;
    const dates = timeline(c, n + horizonSteps);
    const t = 2 * k + 1;
    const v = t + 1;
    data.push(dates.slice(0, n), c.history);
    const range = (r) => `data!$A$${r}:$${column(n - 1)}$${r}`;
    const args = `${range(v)},${range(t)}`;
    const tail = `${c.season},1,1`;
    const forecasts = dates.slice(n).map((d) => `_xlfn.FORECAST.ETS(${d},${args},${tail})`);
    const stats = [1, 2, 3].map((type) => `_xlfn.FORECAST.ETS.STAT(${args},${type},${tail})`);
    out.push([...forecasts, ...stats]);
  });
  const sheets = ["data", "out"];
  const files = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${s}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`,
    "xl/worksheets/sheet1.xml": sheetXml(data),
    "xl/worksheets/sheet2.xml": sheetXml(out),
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

const recalcAlways = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/** LibreOffice's values of sheet "out", one array of numbers (null for an error) per case. */
function recalculate(bytes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kaw-forecast-fixtures-"));
  try {
    fs.mkdirSync(path.join(dir, "profile", "user"), { recursive: true });
    fs.writeFileSync(path.join(dir, "profile", "user", "registrymodifications.xcu"), recalcAlways);
    fs.writeFileSync(path.join(dir, "book.xlsx"), bytes);
    // Token 9 = false: full precision rather than as displayed; 12 = -1: one CSV per sheet.
    const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    const profile = `-env:UserInstallation=file://${path.join(dir, "profile")}`;
    const args = [
      profile,
      "--headless",
      "--convert-to",
      filter,
      "--outdir",
      dir,
      path.join(dir, "book.xlsx"),
    ];
    const run = spawnSync("soffice", args, { encoding: "utf8", timeout: 300000 });
    if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
    const lines = fs.readFileSync(path.join(dir, "book-out.csv"), "utf8").trim().split(/\r?\n/);
    return lines.map((line) => line.split(",").map((t) => (/^-?[0-9.Ee+-]+$/.test(t) ? Number(t) : null)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const version = spawnSync("soffice", ["--version"], { encoding: "utf8" }).stdout.trim();
const list = cases();
const values = recalculate(workbook(list));
const series = list.map((c, k) => {
  const row = values[k] ?? [];
  const [alpha, beta, gamma] = row.slice(horizonSteps);
  return {
    name: c.name,
    kind: c.kind,
    seasonLength: c.season,
    history: c.history,
    libreoffice: row.slice(0, horizonSteps),
    stats: { alpha: alpha ?? null, beta: beta ?? null, gamma: gamma ?? null },
  };
});
const fixture = {
  source: `${version}: =FORECAST.ETS(target, values, dates, seasonLength, 1, 1) (LibreOffice FORECAST.ETS.ADD)`,
  madeBy: "node scripts/forecast-fixtures.js",
  horizonSteps,
  series,
};
// Formatted by the repository's Prettier, so `npm run lint` accepts the committed file as written.
void require("prettier")
  .format(JSON.stringify(fixture), { parser: "json", printWidth: 110, trailingComma: "all" })
  .then((text) => {
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.writeFileSync(outFile, text);
    console.log(`${series.length} series written to ${outFile}`);
  });
