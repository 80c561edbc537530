import { applyEditList } from "../../../src/hosts/excel/edits/applyEditList";
import { ExcelWorkbook } from "../../../src/hosts/excel/excelWorkbook";
import type { ColumnBlock } from "../../../src/plan/workbookEdit";
import { financeRows } from "./financeSheet";
import { MockEditWorkbook } from "./mockEditWorkbook";
import { MockExcel } from "./mockExcel";

/** Texts Excel would read as a number, a boolean, a date or a formula if they were typed. */
const texts = ["00123", "TRUE", "1/2", "=SUM(A1)", "@x", "-5"];
/** What the host must send for each: the text behind the apostrophe Excel keeps as the cell's prefix. */
const sent = ["'00123", "'TRUE", "'1/2", "'=SUM(A1)", "'@x", "'-5"];
const sheet = "财务数据";

describe("one rule for text in both writers", () => {
  it("sends every text behind an apostrophe in a column block (Range.values)", async () => {
    const block: ColumnBlock = {
      kind: "columnBlock",
      job: "ratios",
      sheet,
      headerRow: 3,
      firstColumn: 13,
      firstRow: 4,
      lastRow: 9,
      columns: [{ key: "note", header: "00123", numberFormat: "General", values: texts }],
    };
    const excel = new MockExcel([{ name: sheet, rows: financeRows(6) }]);
    await new ExcelWorkbook(excel.runner, { isSetSupported: () => true }).apply({ changes: [block] });
    const cells = ["M4", "M5", "M6", "M7", "M8", "M9"].map((cell) => excel.cell(sheet, cell).value);
    expect(cells).toEqual(sent);
    expect(excel.cell(sheet, "M3").value).toBe("'00123"); // the header too
  });

  it("sends the same in a cells edit (Range.formulas)", async () => {
    const mock = new MockEditWorkbook([sheet]);
    const list = {
      changes: [{ kind: "cells" as const, sheet, at: "B2", rows: texts.map((text) => [text]) }],
    };
    await applyEditList(mock.excelContext, list, { maxPayloadBytes: 4_000_000, isSetSupported: () => true });
    const cells = ["B2", "B3", "B4", "B5", "B6", "B7"].map(
      (cell) => mock.cells.get(`${sheet}!${cell}`)?.formula,
    );
    expect(cells).toEqual(sent);
  });
});
