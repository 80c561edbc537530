/**
 * One edit list that uses every kind of the edit vocabulary (src/plan/edits.ts) except `columnBlock` (today's ratio
 * job edit, tested on its own): two new sheets, cells of every value kind (formulas with their cached values worked
 * out by hand, a text starting with "="), styles per cell, column and range, layout, names, a table, every
 * validation and conditional rule kind, page setup, charts (column with a line series, line + dashed line, bar),
 * ownership records, a cells edit, a style, a clear on the existing sheet `existingSheet`, and a sheet created then
 * deleted. Shared by the .xlsx host, the Excel host and the cross-host tests.
 */
import type { CellInput, EditList, FormulaInput } from "../../src/plan/edits";

/** The sheet every Excel-made fixture (and the empty test workbook) has. */
export const existingSheet = "Sheet1";
export const salesSheet = "Monthly sales";
export const forecastSheet = "Forecast";
/** Created and deleted again in the same list. */
export const scratchSheet = "Scratch";

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"];
const actual = [120, 135, 150, 160, 155, 170];
const planned = [125, 130, 145, 165, 160, 175];
const actualTotal = 890; // 120 + 135 + 150 + 160 + 155 + 170
const plannedTotal = 900;
/** 1900-system serials of the month ends of 2026 (2026-01-31 is 46053). */
const monthEnds = [46053, 46081, 46112, 46142, 46173, 46203];
const growth = 0.05;

const f = (formula: string, value: FormulaInput["value"]): FormulaInput => ({ formula, value });

const salesRows: CellInput[][] = [
  ["Monthly sales 2026"],
  [],
  ["Month", "Actual", "Forecast", "Share", "Beat plan", "Month end"],
  ...months.map((month, i): CellInput[] => {
    const row = i + 4;
    const a = actual[i] ?? 0;
    const p = planned[i] ?? 0;
    return [
      month,
      a,
      p,
      f(`B${row}/$B$10`, a / actualTotal),
      f(`B${row}>C${row}`, a > p),
      {
        date: monthEnds[i] ?? 0,
      },
    ];
  }),
  ["Total", f("SUM(B4:B9)", actualTotal), f("SUM(C4:C9)", plannedTotal), f("SUM(D4:D9)", 1)],
  [
    "Best month",
    f("INDEX(A4:A9,MATCH(MAX(B4:B9),B4:B9,0))", "Jun"),
    null,
    f('IF(B10>C10,"ahead","behind")', "behind"),
  ],
  ["=not a formula", null, true, { date: 46023 }, f("ROUND(SalesTotal*GrowthRate,2)", 44.5)],
];

const forecastRows: CellInput[][] = [
  [],
  [],
  ["Month", "Actual", "Forecast", "Scenario", "Units", "Price", "Start", "Code", "Region"],
  ...months.map((month, i): CellInput[] => {
    const row = i + 4;
    const q = `'${salesSheet}'!`;
    return [
      f(`${q}A${row}`, month),
      f(`${q}B${row}`, actual[i] ?? 0),
      f(`${q}C${row}*(1+GrowthRate)`, (planned[i] ?? 0) * (1 + growth)),
      "Base",
      (i + 1) * 10,
      9.5 + i,
      { date: monthEnds[i] ?? 0 },
      `A-${i + 1}`,
      "North",
    ];
  }),
];

const ref = (sheet: string, range: string): string => `'${sheet}'!${range}`;

export const everyEditList: EditList = {
  styles: {
    title: { font: { bold: true, size: 14, color: "1F4E79" } },
    header: {
      font: { bold: true, color: "FFFFFF" },
      fill: "1F4E79",
      border: { bottom: "thin" },
      alignment: { horizontal: "center", vertical: "center", wrap: true },
    },
    money: { numberFormat: "#,##0.00" },
    share: { numberFormat: "0.0%", alignment: { horizontal: "right" } },
    date: { numberFormat: "yyyy-mm-dd" },
    total: {
      font: { bold: true },
      border: { top: { style: "medium", color: "000000" } },
      numberFormat: "#,##0",
    },
    input: { fill: "FFF2CC", locked: false, font: { italic: true, name: "Arial", underline: true } },
  },
  changes: [
    { kind: "createSheet", sheet: salesSheet, position: 0, tabColor: "1F4E79" },
    {
      kind: "cells",
      sheet: salesSheet,
      at: "A1",
      rows: salesRows,
      columnStyles: [null, "money", "money", "share", null, "date"],
      cellStyles: [["title"], [], ["header", "header", "header", "header", "header", "header"]],
    },
    { kind: "style", sheet: salesSheet, range: "A10:D10", style: "total" },
    { kind: "merge", sheet: salesSheet, range: "A1:F1" },
    { kind: "merge", sheet: salesSheet, range: "B11:C11" },
    { kind: "columnWidths", sheet: salesSheet, column: "A", widths: [16, 12, 12, 10, 11, 12] },
    { kind: "rowHeights", sheet: salesSheet, row: 1, heights: [26, 8, 30] },
    { kind: "freeze", sheet: salesSheet, rows: 3, columns: 1 },
    { kind: "table", sheet: salesSheet, range: "A3:F9", name: "SalesTable", style: "TableStyleMedium9" },
    {
      kind: "conditionalFormat",
      sheet: salesSheet,
      range: "B4:B9",
      rule: {
        type: "cellValue",
        operator: "greaterThan",
        formula1: "150",
        style: { fill: "C6EFCE", font: { color: "006100" } },
      },
    },
    {
      kind: "conditionalFormat",
      sheet: salesSheet,
      range: "C4:C9",
      rule: {
        type: "cellValue",
        operator: "between",
        formula1: "130",
        formula2: "160",
        style: { font: { italic: true } },
      },
    },
    {
      kind: "conditionalFormat",
      sheet: salesSheet,
      range: "A4:A9",
      rule: { type: "formula", formula: "$E4=TRUE", style: { font: { bold: true, color: "9C0006" } } },
    },
    {
      kind: "conditionalFormat",
      sheet: salesSheet,
      range: "C4:C9",
      rule: { type: "dataBar", color: "638EC6" },
      // A rerun's data bar replaces its own; on this new sheet, and after the cell-value rule on C4:C9, it removes none.
      replace: true,
    },
    {
      kind: "conditionalFormat",
      sheet: salesSheet,
      range: "D4:D9",
      rule: { type: "colorScale", min: "F8696B", mid: "FFEB84", max: "63BE7B" },
    },
    {
      kind: "pageSetup",
      sheet: salesSheet,
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      printTitleRows: "1:3",
      printArea: "A1:F12",
      header: { center: "{sheet}", right: "Sales & forecast" },
      footer: { left: "{date}", center: "Page {page} of {pages}" },
      centerHorizontally: true,
    },
    {
      kind: "chart",
      sheet: salesSheet,
      type: "column",
      title: "Actual and forecast",
      categories: { ref: ref(salesSheet, "$A$4:$A$9"), cache: months },
      series: [
        { name: "Actual", values: ref(salesSheet, "$B$4:$B$9"), cache: actual, color: "1F4E79" },
        {
          name: "Forecast",
          values: ref(salesSheet, "$C$4:$C$9"),
          cache: planned,
          type: "line",
          color: "ED7D31",
        },
      ],
      xAxisTitle: "Month",
      yAxisTitle: "Sales",
      anchor: { cell: "H3", width: 480, height: 288 },
      valueFormat: "#,##0",
    },
    { kind: "name", name: "GrowthRate", refersTo: String(growth), comment: "Forecast growth per month" },
    { kind: "name", name: "SalesTotal", refersTo: ref(salesSheet, "$B$10"), scope: salesSheet },
    { kind: "name", name: "HiddenRate", refersTo: "0.1", visible: false },
    { kind: "own", job: "sales", sheet: salesSheet, range: "A1:F12", whole: true, fingerprint: "5a1e5f00" },

    { kind: "createSheet", sheet: forecastSheet, tabColor: "ED7D31", gridlines: false },
    {
      kind: "cells",
      sheet: forecastSheet,
      at: "A1",
      rows: forecastRows,
      columnStyles: [null, "money", "money", "input", null, "money", "date"],
      cellStyles: [[], [], Array.from({ length: 9 }, () => "header")],
    },
    { kind: "cells", sheet: forecastSheet, at: "K4", rows: [["North"], ["South"], ["East"]] },
    {
      kind: "hyperlink",
      sheet: forecastSheet,
      cell: "A1",
      target: { sheet: salesSheet, cell: "A1" },
      text: "Back to monthly sales",
      tooltip: "Go to the sales sheet",
    },
    { kind: "merge", sheet: forecastSheet, range: "A1:C1" },
    {
      kind: "validation",
      sheet: forecastSheet,
      range: "D4:D9",
      rule: { type: "list", values: ["Base", "High", "Low"] },
      prompt: { title: "Scenario", message: "Pick a scenario" },
      error: { title: "Scenario", message: "Base, High or Low" },
    },
    {
      kind: "validation",
      sheet: forecastSheet,
      range: "E4:E9",
      rule: { type: "whole", operator: "between", min: 0, max: 1000 },
      allowBlank: false,
    },
    {
      kind: "validation",
      sheet: forecastSheet,
      range: "F4:F9",
      rule: { type: "decimal", operator: "greaterThan", min: 0 },
      error: { title: "Price", message: "A positive price", style: "warning" },
    },
    {
      kind: "validation",
      sheet: forecastSheet,
      range: "G4:G9",
      rule: { type: "date", operator: "between", min: 46023, max: 46387 },
      error: { title: "Start", message: "A date of 2026", style: "information" },
    },
    {
      kind: "validation",
      sheet: forecastSheet,
      range: "H4:H9",
      rule: { type: "custom", formula: "LEN(H4)<=10" },
    },
    { kind: "validation", sheet: forecastSheet, range: "I4:I9", rule: { type: "list", source: "$K$4:$K$6" } },
    {
      kind: "chart",
      sheet: forecastSheet,
      type: "line",
      title: "Actual and forecast",
      categories: { ref: ref(salesSheet, "$A$4:$A$9"), cache: months },
      series: [
        { name: "Actual", values: ref(forecastSheet, "$B$4:$B$9"), cache: actual },
        {
          name: "Forecast",
          values: ref(forecastSheet, "$C$4:$C$9"),
          cache: planned.map((p) => p * (1 + growth)),
          dashed: true,
          color: "ED7D31",
        },
      ],
      yAxisTitle: "Sales",
      anchor: { cell: "M3", width: 432, height: 252 },
    },
    {
      kind: "chart",
      sheet: forecastSheet,
      type: "bar",
      title: "Units by month",
      categories: { ref: ref(salesSheet, "$A$4:$A$9"), cache: months },
      series: [{ name: "Units", values: ref(forecastSheet, "$E$4:$E$9"), cache: [10, 20, 30, 40, 50, 60] }],
      xAxisTitle: "Month",
      yAxisTitle: "Units",
      anchor: { cell: "M22", width: 360, height: 216 },
      valueFormat: "0",
      valueAxisMin: 0,
      reverseCategories: true,
      legend: false,
    },
    {
      kind: "own",
      job: "forecast",
      sheet: forecastSheet,
      range: "A1:K9",
      whole: true,
      fingerprint: "f0reca57",
    },

    {
      kind: "cells",
      sheet: existingSheet,
      at: "F30",
      rows: [
        ["Note", "Value", "Twice"],
        ["kaw", 21, f("G31*2", 42)],
        ["scratch", 1, 2],
      ],
      columnStyles: [null, "money", "money"],
    },
    { kind: "style", sheet: existingSheet, range: "F30:H30", style: "header" },
    { kind: "clear", sheet: existingSheet, range: "F32:H32" },
    { kind: "own", job: "notes", sheet: existingSheet, range: "F30:H31", fingerprint: "0badf00d" },

    { kind: "createSheet", sheet: scratchSheet },
    { kind: "cells", sheet: scratchSheet, at: "A1", rows: [["temporary"]] },
    { kind: "deleteSheet", sheet: scratchSheet },
  ],
};

/** Every formula the list writes, with the sheet and cell it lands in and the cached value written. */
export function everyFormula(
  list: EditList = everyEditList,
): { sheet: string; cell: string; input: FormulaInput }[] {
  const found: { sheet: string; cell: string; input: FormulaInput }[] = [];
  for (const edit of list.changes) {
    if (edit.kind !== "cells") continue;
    const match = /^([A-Z]+)(\d+)$/.exec(edit.at);
    if (!match?.[1] || !match[2]) continue;
    const left = match[1].charCodeAt(0) - 64;
    edit.rows.forEach((row, r) =>
      row.forEach((input, c) => {
        if (input === null || typeof input !== "object" || !("formula" in input)) return;
        const cell = `${String.fromCharCode(64 + left + c)}${Number(match[2]) + r}`;
        found.push({ sheet: edit.sheet, cell, input });
      }),
    );
  }
  return found;
}
