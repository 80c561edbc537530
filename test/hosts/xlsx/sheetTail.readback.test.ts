import type { EditList } from "../../../src/plan/edits";
import { check, conversionTimeoutMs, convert, title } from "./libreofficeKit";
import { patchedFixture } from "./sheetEditKit";
import { conditionalRefs, differingEntries, excelRead, fixture } from "./xlsxTestKit";

const list: EditList = {
  styles: { bold: { font: { bold: true }, border: { bottom: "thin" } } },
  changes: [
    { kind: "merge", sheet: "Sheet1", range: "F1:G2" },
    {
      kind: "cells",
      sheet: "Sheet1",
      at: "D13",
      rows: [[42, { formula: "D13*2", value: 84 }]],
      style: "bold",
    },
    { kind: "columnWidths", sheet: "Sheet1", column: "B", widths: [30] },
    { kind: "freeze", sheet: "Sheet1", rows: 1, columns: 1 },
    {
      kind: "conditionalFormat",
      sheet: "Sheet1",
      range: "D13:E13",
      rule: { type: "cellValue", operator: "greaterThan", formula1: "50", style: { font: { bold: true } } },
    },
    {
      kind: "validation",
      sheet: "Sheet1",
      range: "F3:F9",
      rule: { type: "list", values: ["Yes", "No"] },
      error: { title: "Pick", message: "Yes or No" },
    },
    {
      kind: "pageSetup",
      sheet: "Sheet1",
      orientation: "landscape",
      fitToWidth: 1,
      footer: { center: "{page}/{pages}" },
    },
  ],
};

describe("an Excel-made sheet patched with edits, read back", () => {
  const bytes = patchedFixture("MergeCell.xlsx", "xl/worksheets/sheet1.xml", list);

  it("changes only the sheet and the styles", () => {
    expect(differingEntries(fixture("MergeCell.xlsx"), bytes).sort()).toEqual([
      "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
    ]);
  });

  it("reads the new and the old merges, values, styles, freeze, validation, format and page setup", async () => {
    const sheet = (await excelRead(bytes)).worksheets[0];
    if (!sheet) throw new Error("no sheet");
    expect((sheet as unknown as { model: { merges: string[] } }).model.merges.sort()).toEqual(
      ["A1:B1", "A2:A3", "A4:B5", "A7:C10", "F1:G2"].sort(),
    );
    expect(sheet.getCell("D13").value).toBe(42);
    expect(sheet.getCell("E13").value).toEqual({ formula: "D13*2", result: 84 });
    expect(sheet.getCell("E13").font.bold).toBe(true);
    expect(sheet.getCell("E13").border.bottom?.style).toBe("thin");
    expect(sheet.getColumn(2).width).toBe(30);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, unknown> } })
      .dataValidations;
    expect(validations.model["F5"]).toMatchObject({
      type: "list",
      formulae: ['"Yes,No"'],
      error: "Yes or No",
    });
    expect(conditionalRefs(sheet)).toEqual(["D13:E13"]);
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheet.headerFooter.oddFooter).toBe("&C&P/&N");
  });

  check(
    `opens in LibreOffice, which converts it to PDF${title}`,
    () => {
      expect(convert(bytes, "pdf", "pdf").subarray(0, 5).toString("latin1")).toBe("%PDF-");
    },
    conversionTimeoutMs + 30_000,
  );
});
