import { nodeZipCodec } from "../../../src/cli/nodeZipCodec";
import { XlsxWorkbook } from "../../../src/hosts/xlsx/xlsxWorkbook";
import type { SheetSnapshot } from "../../../src/plan/sheetSnapshot";
import { planRatios } from "../../../src/jobs/ratios";
import { zhHeaders } from "../../jobs/snapshot";
import { oneSheetPackage } from "./xlsxTestKit";

const lastRow = 1_048_576;
const lastColumn = 16_384; // XFD

const text = (ref: string, value: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
const number = (ref: string, value: number): string => `<c r="${ref}"><v>${value}</v></c>`;
const letters = (column: number): string =>
  (column > 26 ? letters(Math.floor((column - 1) / 26)) : "") + String.fromCharCode(65 + ((column - 1) % 26));

/**
 * The header row at `top` (A..J) and two customers below it. Worked by hand for 甲: current ratio 1200/800 = 1.5.
 */
function table(top: number): string {
  const header = `<row r="${top}">${zhHeaders.map((h, i) => text(`${letters(i + 1)}${top}`, h)).join("")}</row>`;
  const customer = (row: number, name: string, figures: number[]): string =>
    `<row r="${row}">${text(`A${row}`, name)}${figures.map((f, i) => number(`${letters(i + 2)}${row}`, f)).join("")}</row>`;
  return (
    header +
    customer(top + 1, "甲公司", [1200, 800, 3000, 2000, 5000, 4000, 250, 600, 500]) +
    customer(top + 2, "乙公司", [900, 600, 1800, 1800, 3600, 2700, 90, 360, 270])
  );
}

/**
 * A package holding the sheet, its parts stored uncompressed (a million rows deflate slowly in pure JS), opened with
 * the CLI's codec (Node's zlib) as `kaw` opens files.
 */
function open(sheetData: string): XlsxWorkbook {
  return XlsxWorkbook.open(oneSheetPackage(`<sheetData>${sheetData}</sheetData>`, {}, 0), {
    codec: nodeZipCodec,
  });
}

/** Read the sheet, plan the ratio job on it, apply the plan, and read the written file back. */
async function runRatios(sheetData: string): Promise<{ before: SheetSnapshot; after: SheetSnapshot }> {
  const host = open(sheetData);
  const before = await host.read("Data");
  const plan = planRatios(before, {});
  if (!plan.ok) throw new Error(`refused: ${JSON.stringify(plan.issues)}`);
  await host.apply(plan.edit);
  const after = await XlsxWorkbook.open(host.toBytes(), { codec: nodeZipCodec }).read("Data");
  return { before, after };
}

describe("sheets at Excel's limits (1 048 576 rows × 16 384 columns)", () => {
  it("reads a note at A1048576 with one shared empty row for the million rows between, and writes the block", async () => {
    const sheet = table(1) + `<row r="${lastRow}">${text(`A${lastRow}`, "注：数据来自年报")}</row>`;
    const { before, after } = await runRatios(sheet);
    const { values } = before.grid;
    expect(values).toHaveLength(lastRow);
    expect(new Set(values.slice(3, lastRow - 1)).size).toBe(1); // every empty row is the same array
    expect(values[3]).toEqual([]);
    const written = after.grid.values;
    expect(written[0]?.[10]).toBe("流动比率");
    expect(written[1]?.[10]).toBe(1.5);
    expect(written[lastRow - 1]).toEqual(["注：数据来自年报"]);
  }, 60_000);

  it("reads a lone note at XFD1048576 as one cell, not a row padded with 16 383 empty ones", async () => {
    const sheet = table(1) + `<row r="${lastRow}">${text(`XFD${lastRow}`, "注：单位万元")}</row>`;
    const { before, after } = await runRatios(sheet);
    const corner = before.grid.values[lastRow - 1] ?? [];
    expect(corner).toHaveLength(lastColumn);
    expect(Object.keys(corner)).toEqual([String(lastColumn - 1)]);
    const written = after.grid.values;
    expect(written[1]?.[10]).toBe(1.5);
    expect(written[lastRow - 1]?.[lastColumn - 1]).toBe("注：单位万元");
  }, 60_000);

  it("writes a block down to row 1 048 576 when the last row holds a customer", async () => {
    const sheet = table(1) + `<row r="${lastRow}">${text(`A${lastRow}`, "丙公司")}</row>`;
    const { after } = await runRatios(sheet);
    const written = after.grid.values;
    expect(written[1]?.[10]).toBe(1.5);
    // 丙公司 has no figures: no ratios, and its data issues name the blank fields (first: current assets).
    expect(written[lastRow - 1]?.slice(10, 16)).toEqual(Array(6).fill(null));
    expect(written[lastRow - 1]?.[16]).toEqual(expect.stringContaining("流动资产"));
  }, 120_000);

  it("reads and keeps a dense row filled from A to XFD above the table", async () => {
    const dense = Array.from({ length: lastColumn }, (_, i) => number(`${letters(i + 1)}1`, i + 1)).join("");
    const { before, after } = await runRatios(`<row r="1">${dense}</row>${table(2)}`);
    const row1 = before.grid.values[0] ?? [];
    expect(row1).toHaveLength(lastColumn);
    expect(row1[lastColumn - 1]).toBe(lastColumn);
    const written = after.grid.values;
    expect(written[0]).toEqual(row1);
    expect(written[1]?.[10]).toBe("流动比率");
    expect(written[2]?.[10]).toBe(1.5);
  }, 60_000);

  it("reads a dense column with a value in every one of the 1 048 576 rows", async () => {
    const rows: string[] = [];
    for (let row = 1; row <= lastRow; row += 1)
      rows.push(`<row r="${row}"><c r="B${row}"><v>${row}</v></c></row>`);
    const snapshot = await open(rows.join("")).read("Data");
    const { values } = snapshot.grid;
    expect(values).toHaveLength(lastRow);
    expect(values[lastRow - 1]).toEqual([null, lastRow]);
    // No header row: the job refuses instead of failing.
    const plan = planRatios(snapshot, {});
    expect(plan.ok ? [] : plan.issues.map((issue) => issue.code)).toEqual(["source.noHeaderRow"]);
  }, 60_000);

  describe("edge cases", () => {
    it.each([
      [`XFE1`, 1],
      [`A${lastRow + 1}`, lastRow + 1],
    ])("refuses a part with a cell at %s, beyond Excel's last cell, as xlsx.badXml", async (ref, row) => {
      const host = XlsxWorkbook.open(
        oneSheetPackage(`<sheetData><row r="${row}">${number(ref, 1)}</row></sheetData>`),
      );
      await expect(host.read("Data")).rejects.toMatchObject({ code: "xlsx.badXml" });
    });
  });
});
