/**
 * The scores job's edit list through both hosts: the list the job planned and applied in the Excel host (a run of
 * the registered job on MockJobWorkbook, see excel/scoresJob.test.ts) is applied by the .xlsx host to the same
 * customer sheet (built with exceljs), then every cell the list writes — both column blocks' headers and values, and
 * every cell of the Settings and segments sheets — is compared (value, formula text, number format), with the
 * validations and merges.
 *
 * Every compared cell is equal, numbers exactly (no rounding needed). What is not compared, and why:
 * - A column block's header row gets its format by `Range.copyFrom(..., "Formats")` in Excel (no number format is
 *   sent, the mock shows General) and by the copied style record in the file; the source column O1 is General, so
 *   both read General. Fonts, fills and borders are not compared (the mock does not carry them across a copy).
 * - Conditional formats and charts are compared in their own host tests (excel/scoresJob.test.ts, test/jobs): the
 *   mock records Office.js calls, not a rendered rule, so there is no common read-back for them.
 */
import type ExcelJS from "exceljs";
import ExcelJSModule from "exceljs";
import { columnLetters } from "../../src/domain/address";
import { parseA1Range } from "../../src/hosts/excel/a1";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import type { EditList, ValidationEdit } from "../../src/plan/edits";
import { excelValidation, fileCell, fileValidation, inputBack } from "./acrossHostsKit";
import { MockJobWorkbook } from "./excel/mockJobWorkbook";
import type { ScoresRun } from "./excel/scoresRows";
import { customers, customerSeed, customerSheet, headers, runScores } from "./excel/scoresRows";
import { excelRead } from "./xlsx/xlsxTestKit";

async function customerBook(): Promise<Uint8Array> {
  const book = new ExcelJSModule.Workbook();
  const sheet = book.addWorksheet(customerSheet);
  sheet.addRow([...headers]);
  for (const row of customers) sheet.addRow([...row]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Every cell the list writes, as [sheet, address]: column blocks (header and data rows) and cells edits. */
function writtenCells(list: EditList): [string, string][] {
  return list.changes.flatMap((edit): [string, string][] => {
    if (edit.kind === "columnBlock")
      return edit.columns.flatMap((_, c) =>
        [
          edit.headerRow,
          ...Array.from({ length: edit.lastRow - edit.firstRow + 1 }, (_, i) => edit.firstRow + i),
        ].map((row): [string, string] => [edit.sheet, `${columnLetters(edit.firstColumn + c)}${row}`]),
      );
    if (edit.kind !== "cells") return [];
    const at = parseA1Range(edit.at);
    if (!at) throw new Error(edit.at);
    return edit.rows.flatMap((row, r) =>
      row.map((_, c): [string, string] => [edit.sheet, `${columnLetters(at.left + c)}${at.top + r}`]),
    );
  });
}

describe("the scores job's edit list through the Excel host and the .xlsx host", () => {
  const mock = new MockJobWorkbook([customerSeed()]);
  let run: ScoresRun;
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    run = await runScores(mock);
    const file = XlsxWorkbook.open(await customerBook());
    await file.apply(run.edit);
    book = await excelRead(file.toBytes());
  });
  const sheetOf = (name: string): ExcelJS.Worksheet => {
    const sheet = book.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name} in the file`);
    return sheet;
  };

  it("writes the same value, formula text and number format in every cell the list writes", () => {
    const cells = writtenCells(run.edit);
    // 客户: 7 + 9 columns × 6 rows; Settings: title 1, header row 4, 85 rows × 4; segments: title 1, then two
    // blocks of a section title (1 cell) over a header row and segment rows (6 cells each): 1 + 5 × 6, 1 + 6 × 6.
    expect(cells).toHaveLength(16 * 6 + (1 + 4 + 85 * 4) + (1 + 31 + 37));
    for (const [sheet, address] of cells) {
      const excel = inputBack(mock.input(sheet, address), mock.cell(sheet, address).numberFormat);
      const file = fileCell(sheetOf(sheet), address);
      expect([sheet, address, file]).toEqual([sheet, address, excel]);
    }
    // Spot checks, worked by hand, so that two empty read-backs cannot pass.
    expect(fileCell(sheetOf(customerSheet), "AD2")).toEqual({ value: "A", formula: null, numberFormat: "@" });
    expect(fileCell(sheetOf(customerSheet), "AC3").value).toBeCloseTo(16, 9); // 乙's priority
    expect(fileCell(sheetOf("参数设置"), "C3")).toMatchObject({ value: 0.25 });
    expect(inputBack(mock.input("客户分类", "C5"), null)).toMatchObject({ value: 50000 });
  });

  it("gives every validation of the Settings sheet the same rule, blank rule and messages", () => {
    const validations = run.edit.changes.filter((edit): edit is ValidationEdit => edit.kind === "validation");
    expect(validations).toHaveLength(69);
    for (const edit of validations)
      expect([edit.range, fileValidation(sheetOf(edit.sheet), edit.range)]).toEqual([
        edit.range,
        excelValidation(mock, edit.sheet, edit.range),
      ]);
    expect(excelValidation(mock, "参数设置", "C3:C14")).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 1],
      allowBlank: false,
    });
  });

  it("merges the same ranges", () => {
    const inExcel = mock.callsOf("merge").map(([label]) => String(label));
    const inFile = book.worksheets.flatMap((sheet) =>
      (sheet as unknown as { model: { merges: string[] } }).model.merges.map(
        (range) => `${sheet.name}!${range}`,
      ),
    );
    expect(new Set(inFile)).toEqual(new Set(inExcel));
    expect(inExcel).toEqual(["客户分类!A1:F1"]);
  });
});
