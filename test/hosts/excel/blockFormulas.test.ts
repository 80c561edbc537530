/**
 * Column blocks with live formulas (issue 10 §3) in the Excel host: a block holding a formula goes through
 * `Range.formulas` ("=" + formula; the other values exactly as `Range.values` took them), a block without one
 * still through `Range.values`; the payload budget counts the formula text.
 */
import { ExcelWorkbook } from "../../../src/hosts/excel/excelWorkbook";
import { prepareBlock } from "../../../src/hosts/excel/writePlan";
import type { ColumnBlock, ColumnValue } from "../../../src/plan/workbookEdit";
import { financeRows } from "./financeSheet";
import { MockExcel } from "./mockExcel";

const sheet = "财务数据";
const profit = (row: number): ColumnValue => ({
  formula: `'销售预测'!$N$${row}*kaw_grossMargin`,
  value: 250,
});

/** Three columns M..O beside the finance sheet's 12 (header row 3, data rows 4..), `rows` data rows. */
function block(rows: number, withFormulas = true): ColumnBlock {
  const numbers = Array.from({ length: rows }, (_, i) => i + 1);
  return {
    kind: "columnBlock",
    job: "forecast",
    sheet,
    headerRow: 3,
    firstColumn: 13,
    firstRow: 4,
    lastRow: 3 + rows,
    columns: [
      {
        key: "profit",
        header: "预测毛利",
        numberFormat: "#,##0",
        values: numbers.map((n) => (withFormulas ? profit(6 + n) : n)),
      },
      {
        key: "count",
        header: "次数",
        numberFormat: "0",
        values: numbers.map((n) => (n === 2 ? null : n * 10)),
      },
      { key: "note", header: "备注", numberFormat: "General", values: numbers.map(() => "=SUM(A1)") },
    ],
  };
}

async function apply(excel: MockExcel, edit: ColumnBlock, maxPayloadBytes = 4_000_000): Promise<void> {
  await new ExcelWorkbook(excel.runner, { maxPayloadBytes, isSetSupported: () => true }).apply({
    changes: [edit],
  });
}

/** Property writes on the sheet's data ranges (not the header row), as "range prop". */
const dataSets = (excel: MockExcel): string[] =>
  excel.log.flatMap((op) =>
    op.kind === "set" && op.target.startsWith(`${sheet}!M`) && !op.target.startsWith(`${sheet}!M3:`)
      ? [`${op.target} ${op.name}`]
      : [],
  );

describe("a column block with formulas in the Excel host", () => {
  it("sends the formula cells with their '=' through Range.formulas, numbers and text as Range.values took them", async () => {
    const excel = new MockExcel([{ name: sheet, rows: financeRows(3) }]);
    await apply(excel, block(3));
    expect(dataSets(excel)).toEqual([`${sheet}!M4:O6 numberFormat`, `${sheet}!M4:O6 formulas`]);
    const sent = excel.writes.find((write) => write.prop === "formulas")?.value;
    expect(sent).toEqual([
      ["='销售预测'!$N$7*kaw_grossMargin", 10, "'=SUM(A1)"],
      ["='销售预测'!$N$8*kaw_grossMargin", "", "'=SUM(A1)"],
      ["='销售预测'!$N$9*kaw_grossMargin", 30, "'=SUM(A1)"],
    ]);
    // The same block without formulas: the same numbers, empties and apostrophe texts, through Range.values.
    const plain = new MockExcel([{ name: sheet, rows: financeRows(3) }]);
    await apply(plain, block(3, false));
    expect(dataSets(plain)).toEqual([`${sheet}!M4:O6 numberFormat`, `${sheet}!M4:O6 values`]);
    const values = plain.writes.find((write) => write.prop === "values" && write.top === 3)?.value;
    expect(values?.map((row) => row.slice(1))).toEqual(sent?.map((row) => row.slice(1)));
    // Headers are text, still through Range.values.
    expect(excel.cell(sheet, "M3").value).toBe("'预测毛利");
  });

  it("counts the formula text in a row's payload and chunks by it, every chunk through Range.formulas", async () => {
    const prepared = prepareBlock(block(4));
    // Row 1 as JSON: ["='销售预测'!$N$7*kaw_grossMargin",10,"'=SUM(A1)"] — 43 ASCII bytes and 4 CJK characters of
    // 3 bytes = 55; formats ["#,##0","0","General"] 23 bytes; + 2 separators = 80.
    expect(prepared.rowBytes[0]).toBe(80);
    expect(prepared.viaFormulas).toBe(true);
    const excel = new MockExcel([{ name: sheet, rows: financeRows(4) }]);
    // 2 + 2 × 80 = 162 bytes fit 2 rows, not 3: two syncs of two rows (after the read).
    await apply(excel, block(4), 170);
    expect(dataSets(excel).filter((set) => set.endsWith("formulas"))).toEqual([
      `${sheet}!M4:O5 formulas`,
      `${sheet}!M6:O7 formulas`,
    ]);
    expect(dataSets(excel).some((set) => set.endsWith("values"))).toBe(false);
  });
});
