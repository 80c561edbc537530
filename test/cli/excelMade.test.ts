import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { check, conversionTimeoutMs, convert, title } from "../hosts/xlsx/libreofficeKit";
import { differingEntries, fixture } from "../hosts/xlsx/xlsxTestKit";
import { zhHeaders } from "../jobs/snapshot";
import { kaw, readBack } from "./workbooks";

const text = (ref: string, value: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
const number = (ref: string, value: number): string => `<c r="${ref}"><v>${value}</v></c>`;
const letters = "ABCDEFGHIJ";

function row(r: number, cells: (string | number)[]): string {
  const xml = cells.map((value, i) => {
    const ref = `${letters[i]}${r}`;
    return typeof value === "number" ? number(ref, value) : text(ref, value);
  });
  return `<row r="${r}">${xml.join("")}</row>`;
}

/**
 * Excel's own Book1.xlsx (two charts with style and colour parts, a comment in VML, an image, a table, a hyperlink,
 * two sheets, a theme) with a customer table grafted onto rows 1–5 of Sheet1, where the charts and the image sit.
 * Only that sheet's XML is edited to make the input; every other part is Excel's.
 */
function bookWithCustomers(): Uint8Array {
  const parts = unzipSync(fixture("Book1.xlsx"));
  const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
  const customers = [
    row(1, ["客户财务"]),
    row(2, ["单位：万元"]),
    row(3, zhHeaders),
    row(4, ["华东机电", 1500, 1000, 5000, 3000, 8000, 6000, 400, 800, 600]),
    row(5, ["江南精密", 700, 350, 1400, 1400, 2800, 2100, 140, 280, 210]),
  ].join("");
  parts["xl/worksheets/sheet1.xml"] = strToU8(sheet.replace("<sheetData>", `<sheetData>${customers}`));
  return zipSync(parts);
}

describe("kaw ratios on a workbook saved by Excel", () => {
  const dir = mkdtempSync(join(tmpdir(), "kaw-excel-made-"));
  const input = join(dir, "book.xlsx");
  const out = join(dir, "out.xlsx");
  let output: Uint8Array;

  beforeAll(async () => {
    writeFileSync(input, bookWithCustomers());
    const run = await kaw(["ratios", input, "--out", out, "--sheet", "Sheet1"]);
    expect(run).toMatchObject({ code: 0, err: "" });
    output = new Uint8Array(readFileSync(out));
  });

  it("rewrites only the sheet, the styles and the workbook part; charts, image, comment and table are copied byte for byte", () => {
    expect(differingEntries(new Uint8Array(readFileSync(input)), output).sort()).toEqual([
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
  });

  it("writes the ratios that exceljs reads back, worked out by hand", async () => {
    const sheet = (await readBack(output)).getWorksheet("Sheet1");
    expect(sheet?.getCell("K3").value).toBe("流动比率");
    // 华东机电: 1500/1000 = 1.5; 400/((5000+3000)/2) = 0.1. 江南精密: 210/2100*365 = 36.5.
    expect(sheet?.getCell("K4").value).toBe(1.5);
    expect(sheet?.getCell("N4").value as number).toBeCloseTo(0.1, 12);
    expect(sheet?.getCell("P5").value as number).toBeCloseTo(36.5, 12);
    expect(sheet?.getCell("A19").value).not.toBeNull(); // Excel's own cells are still there
  });

  it("records what it owns so that it survives save and reopen", async () => {
    const snapshot = await XlsxWorkbook.open(output).read("Sheet1");
    expect(snapshot.owned).toEqual([
      { job: "ratios", rect: expect.objectContaining({ top: 3, left: 11, right: 17 }) },
    ]);
  });

  check(
    `opens in LibreOffice${title}`,
    () => {
      const pdf = convert(output, "pdf", "pdf");
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    },
    conversionTimeoutMs + 30_000,
  );
});
