/**
 * Issue §7: the every-kind edit list through both hosts — the Excel host (ExcelWorkbook.apply on the office-addin-mock
 * double, MockEditWorkbook) and the .xlsx host (XlsxWorkbook on an empty workbook with the same Sheet1, read back by
 * exceljs) — then every cell the list writes compared (value, formula text, number format), and the merges and
 * validations. Where the hosts legitimately differ, the test says so and why.
 */
import type ExcelJS from "exceljs";
import { columnLetters } from "../../src/domain/address";
import { ExcelWorkbook } from "../../src/hosts/excel/excelWorkbook";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { parseA1Range } from "../../src/hosts/excel/a1";
import type { CellsEdit, ValidationEdit } from "../../src/plan/edits";
import type { CellBack } from "./acrossHostsKit";
import { excelCell, excelValidation, fileCell, fileValidation } from "./acrossHostsKit";
import { MockEditWorkbook } from "./excel/mockEditWorkbook";
import { everyEditList, existingSheet, scratchSheet } from "./everyEditList";
import { emptyWorkbook } from "./xlsx/emptyWorkbook";
import { excelRead } from "./xlsx/xlsxTestKit";

const changes = everyEditList.changes;
/** The scratch sheet is created and deleted again: nothing of it is left to compare in either host. */
const kept = <E extends { sheet: string }>(edit: E): boolean => edit.sheet !== scratchSheet;
const cellsEdits = changes.filter((e): e is CellsEdit => e.kind === "cells").filter(kept);
const validations = changes.filter((e): e is ValidationEdit => e.kind === "validation");

/** Every cell a cells edit writes, as [sheet, address]. */
const written: [string, string][] = cellsEdits.flatMap((edit) => {
  const at = parseA1Range(edit.at);
  if (!at) throw new Error(edit.at);
  return edit.rows.flatMap((row, r) =>
    row.map((_, c): [string, string] => [edit.sheet, `${columnLetters(at.left + c)}${at.top + r}`]),
  );
});

/** Cells a `clear` edit empties afterwards: in Excel that is Range.clear("All"), which the mock records as a call. */
const cleared = new Set(
  changes.flatMap((edit) => {
    if (edit.kind !== "clear") return [];
    const rect = parseA1Range(edit.range);
    if (!rect) return [];
    const cells: string[] = [];
    for (let row = rect.top; row <= rect.bottom; row += 1)
      for (let column = rect.left; column <= rect.right; column += 1)
        cells.push(`${edit.sheet}!${columnLetters(column)}${row}`);
    return cells;
  }),
);

/** The Excel mock does not recalculate: a formula cell has no value there, so values compare on constants only. */
const constantValue = (cell: CellBack): unknown => (cell.formula === null ? cell.value : "(formula)");

describe("the every-kind edit list through the Excel host and the .xlsx host", () => {
  const mock = new MockEditWorkbook([existingSheet]);
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const excel = new ExcelWorkbook((batch) => batch(mock.excelContext), { isSetSupported: () => true });
    await excel.apply(everyEditList);
    const file = XlsxWorkbook.open(emptyWorkbook());
    await file.apply(everyEditList);
    book = await excelRead(file.toBytes());
  });
  const sheetOf = (name: string): ExcelJS.Worksheet => {
    const sheet = book.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name} in the file`);
    return sheet;
  };

  it("writes the same value, formula text and number format in every cell the list writes", () => {
    // Monthly sales: 1 + 6 + 6 × 6 + 4 + 4 + 5 = 56 cells; Forecast: 9 + 6 × 9 = 63, K4:K6 3; Sheet1 F30:H32 9.
    expect(written).toHaveLength(56 + 63 + 3 + 9);
    for (const [sheet, address] of written) {
      const file = fileCell(sheetOf(sheet), address);
      if (cleared.has(`${sheet}!${address}`)) {
        expect(mock.calls("clear")).toContainEqual([`${sheet}!F32:H32`, "All"]);
        expect([sheet, address, file]).toEqual([
          sheet,
          address,
          { value: null, formula: null, numberFormat: "General" },
        ]);
        continue;
      }
      const excel = excelCell(mock, sheet, address);
      const shown = (cell: CellBack) => [
        sheet,
        address,
        constantValue(cell),
        cell.formula,
        cell.numberFormat,
      ];
      expect(shown(file)).toEqual(shown(excel));
    }
  });

  it("writes the hyperlink's text into its cell in both", () => {
    const link = changes.find((edit) => edit.kind === "hyperlink");
    if (link?.kind !== "hyperlink") throw new Error("no hyperlink in the list");
    const sent = mock.sets(`${link.sheet}!${link.cell}`, "hyperlink")[0]?.[2] as { textToDisplay: string };
    expect(fileCell(sheetOf(link.sheet), link.cell).value).toBe(sent.textToDisplay);
    expect(sent.textToDisplay).toBe(link.text);
  });

  it("merges the same ranges", () => {
    const inExcel = mock.calls("merge").map(([label]) => String(label));
    const inFile = book.worksheets.flatMap((sheet) =>
      (sheet as unknown as { model: { merges: string[] } }).model.merges.map(
        (range) => `${sheet.name}!${range}`,
      ),
    );
    expect(new Set(inFile)).toEqual(new Set(inExcel));
    expect(inExcel).toHaveLength(3);
  });

  it("gives every validation the same type, operator, operands, blank rule and messages", () => {
    for (const edit of validations) {
      const inExcel = excelValidation(mock, edit.sheet, edit.range);
      expect([edit.range, fileValidation(sheetOf(edit.sheet), edit.range)]).toEqual([edit.range, inExcel]);
    }
    expect(validations).toHaveLength(6);
    // Worked out from the list by hand, so that equal-but-empty read-backs cannot pass.
    expect(excelValidation(mock, "Forecast", "E4:E9")).toEqual({
      type: "whole",
      operator: "between",
      formulae: [0, 1000],
      allowBlank: false,
      prompt: null,
      error: null,
    });
    expect(excelValidation(mock, "Forecast", "G4:G9")).toMatchObject({
      type: "date",
      formulae: [46023, 46387],
      error: { title: "Start", message: "A date of 2026", style: "information" },
    });
    expect(excelValidation(mock, "Forecast", "D4:D9")).toMatchObject({
      formulae: ['"Base,High,Low"'],
      prompt: { title: "Scenario", message: "Pick a scenario" },
    });
  });
});
