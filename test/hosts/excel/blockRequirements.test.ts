/**
 * A column block's requirement sets: writeEdit pauses recalculation (Application.suspendApiCalculationUntilNextSync,
 * ExcelApi 1.6) and copies its header style with Range.copyFrom (RangeCopyType is ExcelApi 1.9), so an Excel without
 * them is refused before anything is queued, like every other kind, instead of failing in the write's sync.
 */
import { applyEditList } from "../../../src/hosts/excel/edits/applyEditList";
import { requirementsOf } from "../../../src/hosts/excel/edits/requirements";
import type { ColumnBlock } from "../../../src/plan/workbookEdit";
import { MockJobWorkbook } from "./mockJobWorkbook";
import { customerSeed, customerSheet } from "./scoresRows";

const block = (headerStyleFrom?: number): ColumnBlock => ({
  kind: "columnBlock",
  job: "ratios",
  sheet: customerSheet,
  headerRow: 1,
  firstColumn: 16,
  firstRow: 2,
  lastRow: 3,
  columns: [{ key: "currentRatio", header: "流动比率", numberFormat: "0.00", values: [2, 1] }],
  ...(headerStyleFrom !== undefined ? { headerStyleFrom } : {}),
});

describe("a column block's requirement sets", () => {
  it("needs 1.4 for its record, 1.6 for pausing recalculation and 1.9 when it copies a header style", () => {
    expect(requirementsOf({ changes: [block(15)] })).toEqual([
      { feature: "ownership names", version: "1.4" },
      { feature: "pausing recalculation while writing", version: "1.6" },
      { feature: "header styles", version: "1.9" },
    ]);
    expect(requirementsOf({ changes: [block()] }).map((r) => r.version)).toEqual(["1.4", "1.6"]);
  });

  it("is refused before anything is queued when Excel lacks ExcelApi 1.9 and the header style is copied", async () => {
    const mock = new MockJobWorkbook([customerSeed()]);
    const run = applyEditList(
      mock.context as unknown as Excel.RequestContext,
      { changes: [block(15)] },
      {
        maxPayloadBytes: 4_000_000,
        isSetSupported: (version) => version !== "1.9",
      },
    );
    await expect(run).rejects.toMatchObject({
      code: "excel.featureMissing",
      params: { feature: "header styles", requirement: "ExcelApi 1.9" },
    });
    expect(mock.log).toEqual([]);
    expect(mock.sync).not.toHaveBeenCalled();
  });
});
