import { ExcelHostError } from "../../../src/hosts/excel/excelHostError";
import { applyEditList } from "../../../src/hosts/excel/edits/applyEditList";
import { requirementsOf } from "../../../src/hosts/excel/edits/requirements";
import { jsonBytes } from "../../../src/hosts/excel/utf8Bytes";
import type { CellInput, ChartEdit, EditList } from "../../../src/plan/edits";
import { everyEditList, existingSheet } from "../everyEditList";
import { financeRows, ratioBlock } from "./financeSheet";
import { MockExcel } from "./mockExcel";
import { MockEditWorkbook } from "./mockEditWorkbook";

const budget = 4_000_000;

/**
 * The every-kind list plus `rows` rows of customer cells on Sheet1 from A100. One row sends
 * `["'客户000001",1234.5,46053]` (30 bytes of UTF-8: 客户 is 6) to Range.formulas and `[null,null,"yyyy-mm-dd"]`
 * (24) to Range.numberFormat, plus the two arrays' separators: 56 bytes.
 */
function everyKindWith(rows: number): EditList {
  const customers = Array.from({ length: rows }, (_, i): CellInput[] => [
    `客户${String(i + 1).padStart(6, "0")}`,
    1234.5,
    { date: 46053 },
  ]);
  return {
    ...everyEditList,
    changes: [...everyEditList.changes, { kind: "cells", sheet: existingSheet, at: "A100", rows: customers }],
  };
}

/** Bytes of the cell arrays a sync carried: what Excel on the web counts against its 5 MB. */
function cellBytes(mock: MockEditWorkbook, sync: number): number {
  return mock
    .batch(sync)
    .filter((op) => op.kind === "set" && (op.name === "formulas" || op.name === "numberFormat"))
    .reduce((sum, op) => sum + jsonBytes(op.args[0]), 0);
}

describe("syncs of an edit list", () => {
  // 1 sync looks the defined names up; the writes take ceil(payload / 4 000 000): the rest of the list is a few kB,
  // so 10 rows (560 bytes) → 1; 100 000 rows (5 600 000) → 2; 200 000 rows (11 200 000) → 3.
  it.each([
    { rows: 10, syncs: 1 + 1 },
    { rows: 100_000, syncs: 1 + 2 },
    { rows: 200_000, syncs: 1 + 3 },
  ])("every kind with $rows rows of cells: $syncs syncs, each under the budget", async ({ rows, syncs }) => {
    const mock = new MockEditWorkbook([existingSheet]);
    await applyEditList(mock.excelContext, everyKindWith(rows), {
      maxPayloadBytes: budget,
      isSetSupported: () => true,
    });
    expect(mock.sync).toHaveBeenCalledTimes(syncs);
    for (let sync = 2; sync <= syncs; sync += 1) expect(cellBytes(mock, sync)).toBeLessThanOrEqual(budget);
    expect(mock.calls("suspendApiCalculationUntilNextSync")).toHaveLength(syncs - 1);
    // Every row written exactly where it belongs, across the chunk boundaries.
    const written = Array.from(
      { length: rows },
      (_, i) => mock.cells.get(`${existingSheet}!A${100 + i}`)?.formula,
    );
    expect(written.filter((value, i) => value !== `'客户${String(i + 1).padStart(6, "0")}`)).toEqual([]);
    expect(mock.cells.get(`${existingSheet}!C${99 + rows}`)).toEqual({
      formula: 46053,
      numberFormat: "yyyy-mm-dd",
    });
  });

  it("reports the fraction written after each sync", async () => {
    const mock = new MockEditWorkbook([existingSheet]);
    const seen: number[] = [];
    const options = {
      maxPayloadBytes: budget,
      isSetSupported: () => true,
      onProgress: (f: number) => seen.push(f),
    };
    await applyEditList(mock.excelContext, everyKindWith(100_000), options);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBeGreaterThan(0.6);
    expect(seen[0]).toBeLessThan(0.75); // about 4 000 000 of 5 600 000 bytes
    expect(seen[1]).toBe(1);
  });
});

describe("requirement sets", () => {
  it("refuses before writing anything when Excel lacks a set an edit needs, naming the feature", async () => {
    const mock = new MockEditWorkbook([existingSheet]);
    const without19 = (version: string): boolean => version !== "1.9";
    const run = applyEditList(mock.excelContext, everyEditList, {
      maxPayloadBytes: budget,
      isSetSupported: without19,
    });
    await expect(run).rejects.toMatchObject({
      code: "excel.featureMissing",
      params: { feature: "cell styles", requirement: "ExcelApi 1.9" },
    });
    expect(mock.log).toEqual([]);
    expect(mock.sync).not.toHaveBeenCalled();
  });

  it("names data validation when ExcelApi 1.8 is missing", async () => {
    const mock = new MockEditWorkbook([existingSheet]);
    const list: EditList = {
      changes: [
        { kind: "cells", sheet: existingSheet, at: "A1", rows: [["Scenario"]] },
        {
          kind: "validation",
          sheet: existingSheet,
          range: "A2:A9",
          rule: { type: "list", values: ["Base", "High"] },
        },
      ],
    };
    const error: unknown = await applyEditList(mock.excelContext, list, {
      maxPayloadBytes: budget,
      isSetSupported: (version) => version !== "1.8",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelHostError);
    expect(error).toMatchObject({ params: { feature: "data validation", requirement: "ExcelApi 1.8" } });
    expect(mock.sync).not.toHaveBeenCalled();
  });

  it("needs ExcelApi 1.9 for column styles (one style over columns apart is one getRanges call), 1.2 for one style", () => {
    const cells = (extra: object): EditList => ({
      styles: { a: { fill: "FFF2CC" } },
      changes: [{ kind: "cells", sheet: existingSheet, at: "A1", rows: [[1, 2, 3]], ...extra }],
    });
    expect(requirementsOf(cells({ columnStyles: ["a", null, "a"] }))).toEqual([
      { feature: "cell styles", version: "1.9" },
    ]);
    expect(requirementsOf(cells({ style: "a" }))).toEqual([{ feature: "cell styles", version: "1.2" }]);
  });

  it("needs ExcelApi 1.8 for a chart with reversed categories (ChartAxis.position), 1.7 for one without", () => {
    const chart: ChartEdit = {
      kind: "chart",
      sheet: existingSheet,
      type: "bar",
      title: "t",
      categories: { ref: "'Notes'!$A$1:$A$2", cache: ["a", "b"] },
      series: [{ name: "s", values: "'Notes'!$B$1:$B$2", cache: [1, 2] }],
      anchor: { cell: "D2", width: 200, height: 100 },
      valueAxisMin: 0,
      legend: false,
    };
    expect(requirementsOf({ changes: [chart] })).toEqual([{ feature: "charts", version: "1.7" }]);
    expect(requirementsOf({ changes: [{ ...chart, reverseCategories: true }] })).toEqual([
      { feature: "charts", version: "1.7" },
      { feature: "chart category order", version: "1.8" },
    ]);
  });

  it("refuses an unknown style name before writing anything", async () => {
    const mock = new MockEditWorkbook([existingSheet]);
    const list: EditList = {
      changes: [{ kind: "cells", sheet: existingSheet, at: "A1", rows: [[1]], style: "nope" }],
    };
    await expect(
      applyEditList(mock.excelContext, list, { maxPayloadBytes: budget, isSetSupported: () => true }),
    ).rejects.toMatchObject({ code: "excel.unknownStyle", params: { style: "nope" } });
    expect(mock.log).toEqual([]);
  });
});

describe("the column block seam", () => {
  it("writes a ratio block through writeEdit and the edits after it in order", async () => {
    const sheet = "财务数据";
    const mock = new MockExcel([{ name: sheet, rows: financeRows(10) }]);
    const list: EditList = {
      changes: [
        ratioBlock(sheet, 10),
        { kind: "cells", sheet, at: "U3", rows: [["=checked"], [{ formula: "COUNTA(S4:S13)", value: 10 }]] },
        { kind: "name", name: "RatioCount", refersTo: `'${sheet}'!$U$4`, scope: sheet },
      ],
    };
    const seen: number[] = [];
    const onProgress = (fraction: number): number => seen.push(fraction);
    await mock.runner((context) =>
      applyEditList(context, list, { maxPayloadBytes: budget, isSetSupported: () => true, onProgress }),
    );
    // writeEdit's own fraction (1 after its one sync) scaled to the block's share, said once, then the rest.
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBeGreaterThan(0.5); // the block's JSON outweighs two cells and a name
    expect(seen[0]).toBeLessThan(1);
    expect(seen[1]).toBe(1);
    // Sync 1 looks up the block's sheet (and the name) together, sync 2 writes the block, sync 3 the rest.
    expect(mock.sync).toHaveBeenCalledTimes(3);
    expect(mock.cell(sheet, "S13")).toEqual({ value: "'k", numberFormat: "@" });
    expect(mock.calls("add").map((op) => op.args)).toEqual([
      ["_kaw_ratios", "='财务数据'!$M$3:$S$13"],
      ["RatioCount", "='财务数据'!$U$4"],
    ]);
    const formulas = mock.batch(3).filter((op) => op.name === "formulas");
    expect(formulas.map((op) => [op.target, op.args[0]])).toEqual([
      [`${sheet}!U3:U4`, [["'=checked"], ["=COUNTA(S4:S13)"]]],
    ]);
  });
});
