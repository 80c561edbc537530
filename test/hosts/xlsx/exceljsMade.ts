/** A workbook built with exceljs (allowed for making inputs): comments, validation, conditional format, image, table. */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import type { ColumnBlock } from "../../../src/plan/workbookEdit";

export async function exceljsWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const accounts = workbook.addWorksheet("Accounts");
  accounts.addTable({
    name: "AccountsTbl",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Name" }, { name: "Revenue" }, { name: "Cost" }],
    rows: [
      ["Acme", 1200, 800],
      ["Bolt", 1500, 1000],
      ["Crane", 900, 300],
    ],
  });
  accounts.getCell("A2").note = "Key account since 2019";
  accounts.getCell("B2").dataValidation = {
    type: "whole",
    operator: "greaterThan",
    formulae: [0],
    allowBlank: true,
  };
  accounts.addConditionalFormatting({
    ref: "C2:C4",
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        formulae: [500],
        priority: 1,
        style: { font: { bold: true } },
      },
    ],
  });
  const image = workbook.addImage({
    buffer: readFileSync(
      join(__dirname, "..", "..", "..", "assets", "icon-16.png"),
    ) as unknown as ExcelJS.Buffer,
    extension: "png",
  });
  accounts.addImage(image, "H2:I4");
  const notes = workbook.addWorksheet("Notes");
  notes.getCell("A1").value = { formula: "SUM(Accounts!B2:B4)", result: 3600 };
  notes.getCell("A2").value = "Budget";
  workbook.definedNames.add("Notes!$A$1", "Budget");
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Margin = (revenue − cost) / revenue, worked by hand: 400/1200, 500/1500, 600/900. Labels that look like formulas. */
export const accountsBlock: ColumnBlock = {
  kind: "columnBlock",
  job: "ratios",
  sheet: "Accounts",
  headerRow: 1,
  firstColumn: 4,
  firstRow: 2,
  lastRow: 4,
  headerStyleFrom: 3,
  table: "AccountsTbl",
  columns: [
    { key: "margin", header: "Margin", numberFormat: "0.0%", values: [400 / 1200, 500 / 1500, 600 / 900] },
    { key: "label", header: "Label", numberFormat: "@", values: ['=HYPERLINK("http://x")', "+1", "@me"] },
  ],
};
