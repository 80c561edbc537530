/**
 * One column block holding formulas (over another sheet and a defined name), plain numbers, empties and text that
 * looks like a formula, through both hosts: the Excel host (ExcelWorkbook on MockExcel, what was sent through
 * Range.values / Range.formulas) and the .xlsx host (XlsxWorkbook on the same source sheet made by exceljs, read
 * back by exceljs). Every cell of the block, header row included, compares equal: value, formula text, number format.
 * The Excel mock does not calculate, so a formula cell compares on its formula text (its cached value is held
 * against LibreOffice in xlsx/blockFormulas.test.ts).
 */
import ExcelJS from "exceljs";
import { columnLetters } from "../../src/domain/address";
import { ExcelWorkbook } from "../../src/hosts/excel/excelWorkbook";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import type { ColumnBlock } from "../../src/plan/workbookEdit";
import { fileCell, inputBack } from "./acrossHostsKit";
import { financeRows } from "./excel/financeSheet";
import { MockExcel } from "./excel/mockExcel";
import { excelRead } from "./xlsx/xlsxTestKit";

const sheet = "财务数据";
const rows = 3;

const block: ColumnBlock = {
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
      numberFormat: "#,##0.00",
      values: [7, 8, 9].map((row) => ({ formula: `'销售预测'!$N$${row}*kaw_grossMargin`, value: row * 10 })),
    },
    {
      key: "share",
      header: "占比",
      numberFormat: "0.0%",
      values: [{ formula: "G4/SUM($G$4:$G$6)", value: 1 / 3 }, 0.5, null],
    },
    {
      key: "note",
      header: "备注",
      numberFormat: "General",
      values: ["=SUM(A1)", null, { formula: 'IF(G6>0,"有","无")', value: "有" }],
    },
  ],
};

/** The last input the mock was sent for a cell, through Range.values or Range.formulas, and its number format. */
function sentTo(excel: MockExcel, address: string): { input: unknown; numberFormat: unknown } {
  const [, letters = "", row = ""] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
  const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r = Number(row) - 1;
  const last = (props: readonly string[]): unknown => {
    const hit = [...excel.writes]
      .reverse()
      .find(
        (w) =>
          w.sheet === sheet &&
          props.includes(w.prop) &&
          r >= w.top &&
          r < w.top + w.value.length &&
          column >= w.left &&
          column < w.left + (w.value[0]?.length ?? 0),
      );
    return hit?.value[r - hit.top]?.[column - hit.left];
  };
  return { input: last(["values", "formulas"]), numberFormat: last(["numberFormat"]) };
}

describe("a column block with formulas through the Excel host and the .xlsx host", () => {
  it("writes the same value, formula text and number format in every cell of the block", async () => {
    const source = financeRows(rows);
    const excel = new MockExcel([{ name: sheet, rows: source.map((row) => [...row]) }]);
    await new ExcelWorkbook(excel.runner, { isSetSupported: () => true }).apply({ changes: [block] });

    const made = new ExcelJS.Workbook();
    made.addWorksheet(sheet).addRows(source);
    const file = XlsxWorkbook.open(new Uint8Array(await made.xlsx.writeBuffer()));
    await file.apply({ changes: [block] });
    const written = (await excelRead(file.toBytes())).getWorksheet(sheet);
    if (!written) throw new Error("no sheet");

    let formulas = 0;
    for (let row = block.headerRow; row <= block.lastRow; row += 1)
      block.columns.forEach((_, c) => {
        const address = `${columnLetters(block.firstColumn + c)}${row}`;
        const sent = sentTo(excel, address);
        const inExcel = inputBack(sent.input, sent.numberFormat);
        expect([address, fileCell(written, address)]).toEqual([address, inExcel]);
        if (inExcel.formula !== null) formulas += 1;
      });
    expect(formulas).toBe(3 + 1 + 1);
  });
});
