import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { zhHeaders } from "../jobs/snapshot";

/** Run `kaw` in-process and capture what it prints. */
export async function kaw(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  const { main } = await import("../../src/cli/main");
  let out = "";
  let err = "";
  const code = await main(args, {
    stdout: (text) => (out += `${text}\n`),
    stderr: (text) => (err += `${text}\n`),
    env,
  });
  return { code, out, err };
}

/**
 * A customer sheet as people keep them: title, unit line, header row, three customers (one with a placeholder),
 * a totals row with formulas; plus formats, a merged title, a comment, data validation, a conditional format,
 * a second sheet and a defined name.
 * Worked by hand for 华东机电 (万元): current ratio 1500/1000 = 1.5; current-asset ratio 1500/5000 = 0.3;
 * margin 400/8000 = 0.05; ROA 400/((5000+3000)/2) = 0.1; collection 800/8000*365 = 36.5; inventory 600/6000*365 = 36.5.
 */
export async function customerWorkbook(extraHeaders: string[] = []): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("客户财务");
  sheet.getCell("A1").value = "重点客户财务数据";
  sheet.mergeCells("A1:D1");
  sheet.getCell("A2").value = "单位：万元";
  sheet.getRow(3).values = [...zhHeaders, ...extraHeaders];
  sheet.getRow(3).font = { bold: true };
  sheet.addRow(["华东机电", 1500, 1000, 5000, 3000, 8000, 6000, 400, 800, 600]);
  sheet.addRow(["=恶意公司", 900, 600, 2400, null, 3000, 2000, 90, 300, "待补充"]);
  sheet.addRow(["江南精密", 700, 350, 1400, 1400, 2800, 2100, 140, 280, 210]);
  const totals = sheet.addRow(["合计"]);
  const sums = [3100, 1950, 8800]; // B4:B6, C4:C6, D4:D6 added by hand (exceljs never calculates)
  ["B", "C", "D"].forEach((letter, index) => {
    totals.getCell(index + 2).value = { formula: `SUM(${letter}4:${letter}6)`, result: sums[index] ?? 0 };
  });
  sheet.getColumn(2).numFmt = "#,##0.00";
  sheet.getCell("A4").note = "重点跟进";
  sheet.getCell("B4").dataValidation = {
    type: "decimal",
    operator: "greaterThan",
    formulae: [0],
    allowBlank: true,
  };
  sheet.addConditionalFormatting({
    ref: "C4:C6",
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        formulae: [900],
        priority: 1,
        style: { font: { bold: true } },
      },
    ],
  });
  workbook.addWorksheet("备注").getCell("B2").value = "second sheet";
  workbook.definedNames.add("客户财务!$A$3:$J$6", "FinanceTable");
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Every cell of every sheet: value (JSON), formula and number format, keyed by sheet!address. */
export async function cellMap(bytes: Uint8Array): Promise<Map<string, string>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const cells = new Map<string, string>();
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.set(
          `${sheet.name}!${cell.address}`,
          JSON.stringify([cell.value, cell.numFmt ?? null, cell.isMerged]),
        );
      });
    });
  });
  return cells;
}

export async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/**
 * What a person does in Excel when they clear cells: the cells of `columns` (letters) on `rows` of the first
 * worksheet part disappear from the package; every other part is kept as it is.
 */
export function clearCells(
  bytes: Uint8Array,
  columns: readonly string[],
  rows: readonly number[],
): Uint8Array {
  const parts = unzipSync(bytes);
  const name = "xl/worksheets/sheet1.xml";
  let xml = strFromU8(parts[name] ?? new Uint8Array());
  for (const row of rows) {
    for (const column of columns) {
      const cell = new RegExp(`<c r="${column}${row}"(?:[^>]*/>|[^>]*>.*?</c>)`, "s");
      xml = xml.replace(cell, "");
    }
  }
  parts[name] = strToU8(xml);
  return zipSync(parts);
}

/** A copy of the customer workbook with one header cell's text changed (so it is no longer recognised). */
export async function withHeader(address: string, text: string, bytes?: Uint8Array): Promise<Uint8Array> {
  const workbook = await readBack(bytes ?? (await customerWorkbook()));
  const sheet = workbook.getWorksheet("客户财务");
  if (!sheet) throw new Error("sheet missing");
  sheet.getCell(address).value = text;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
