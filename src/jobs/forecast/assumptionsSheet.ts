/**
 * The content of a new Forecast assumptions sheet (预测假设): a title and a note, one row per assumption (key,
 * label, value, unit, explanation, name), a validation rule and a workbook-level defined name per value cell, and
 * below, how every value column of the customer table is calculated. The job finds a row by its key (column A),
 * so a person may move rows; it never rewrites the sheet once it is there.
 */
import type { Catalog } from "../../i18n";
import { interpolate } from "../../i18n";
import type { Edit } from "../../plan/edits";
import { quoteSheet } from "../../plan/range";
import type { AssumptionKey, Assumptions } from "./assumptions";
import { assumptionKeys, assumptionNames, assumptionSpecs } from "./assumptions";
import { valueStyle } from "./assumptionStyles";
import { valueColumnKeys } from "./accountValue";

export { readAssumptions } from "./readAssumptions";
export { assumptionStyles } from "./assumptionStyles";

/** The texts the sheet needs: the `forecast` section of a catalog. */
export type AssumptionTexts = Catalog["forecast"];

/** Rows of the sheet: 1 title, 2 note, 3 headers, 4… one per assumption in `assumptionKeys` order. */
export const assumptionsFirstRow = 4;
/** Columns: A key, B label, C value, D unit, E explanation, F defined name. */
export const assumptionsValueColumn = "C";

/**
 * The absolute, sheet-qualified reference of a key's value cell on a sheet written by this module.
 * @example assumptionCellReference("预测假设", "grossMargin") //=> "'预测假设'!$C$4"
 */
export function assumptionCellReference(sheet: string, key: AssumptionKey): string {
  const row = assumptionsFirstRow + assumptionKeys.indexOf(key);
  return `${quoteSheet(sheet)}!$${assumptionsValueColumn}$${row}`;
}

function perValue(sheet: string, key: AssumptionKey, row: number, texts: AssumptionTexts): Edit[] {
  const { min, max } = assumptionSpecs[key];
  const label = texts.assumptions.labels[key];
  const cell = `${assumptionsValueColumn}${row}`;
  return [
    {
      kind: "validation",
      sheet,
      range: cell,
      rule: { type: "decimal", operator: "between", min, max },
      allowBlank: false,
      prompt: { title: label, message: texts.assumptions.help[key] },
      error: {
        title: texts.assumptions.errorTitle,
        message: interpolate(texts.assumptions.invalidValue, { min, max }),
        style: "stop",
      },
    },
    {
      kind: "name",
      name: assumptionNames[key],
      refersTo: `${quoteSheet(sheet)}!$${assumptionsValueColumn}$${row}`,
      comment: `${texts.assumptions.sheet}: ${label} (${texts.assumptions.units[key]})`,
    },
  ];
}

/** Characters of text a merged B:F line holds (its width less a margin); a CJK character counts twice. */
const howLineChars = 150;
const lineHeightPt = 15;

function lineCount(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return Math.max(1, Math.ceil(width / howLineChars));
}

/** The "How the columns are calculated" block from `top`: a heading, then one row per value column. */
function howBlock(sheet: string, top: number, texts: AssumptionTexts): Edit[] {
  const a = texts.assumptions;
  const rows = valueColumnKeys.map((key) => [texts.columns[key], a.how[key]]);
  return [
    { kind: "cells", sheet, at: `A${top}`, rows: [[a.howTitle]], style: "assumptions.section" },
    {
      kind: "cells",
      sheet,
      at: `A${top + 1}`,
      rows,
      columnStyles: ["assumptions.column", "assumptions.formula"],
    },
    ...rows.map((_, i): Edit => ({ kind: "merge", sheet, range: `B${top + 1 + i}:F${top + 1 + i}` })),
    {
      kind: "rowHeights",
      sheet,
      row: top + 1,
      heights: valueColumnKeys.map((key) => lineCount(a.how[key]) * lineHeightPt),
    },
  ];
}

/**
 * The edits that fill a new assumptions sheet named `sheet` (the caller creates it and records it), with the
 * values of `values`.
 * @example assumptionsSheetContent("预测假设", defaultAssumptions, catalog("zh-CN").forecast)
 *   //=> [title, note, headers, rows (C4 = 0.25 …), validation C4 + name kaw_grossMargin → '预测假设'!$C$4, …]
 */
export function assumptionsSheetContent(sheet: string, values: Assumptions, texts: AssumptionTexts): Edit[] {
  const a = texts.assumptions;
  const c = a.columns;
  const first = assumptionsFirstRow;
  const last = first + assumptionKeys.length - 1;
  const rows = assumptionKeys.map((key) => [
    key,
    a.labels[key],
    values[key],
    a.units[key],
    a.help[key],
    assumptionNames[key],
  ]);
  const cellStyles = assumptionKeys.map((key) => [null, null, valueStyle(assumptionSpecs[key].unit)]);
  const howTop = last + 2;
  const end = howTop + valueColumnKeys.length;
  return [
    { kind: "cells", sheet, at: "A1", rows: [[a.title]], style: "assumptions.title" },
    { kind: "cells", sheet, at: "A2", rows: [[a.note]], style: "assumptions.note" },
    {
      kind: "cells",
      sheet,
      at: "A3",
      rows: [[c.key, c.label, c.value, c.unit, c.explanation, c.name]],
      style: "assumptions.header",
    },
    {
      kind: "cells",
      sheet,
      at: `A${first}`,
      rows,
      columnStyles: [
        "assumptions.key",
        "assumptions.text",
        null,
        "assumptions.text",
        "assumptions.text",
        "assumptions.name",
      ],
      cellStyles,
    },
    ...assumptionKeys.flatMap((key, i) => perValue(sheet, key, first + i, texts)),
    ...howBlock(sheet, howTop, texts),
    { kind: "columnWidths", sheet, column: "A", widths: [32, 34, 14, 20, 70, 22] },
    { kind: "freeze", sheet, rows: 3, columns: 0 },
    {
      kind: "pageSetup",
      sheet,
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      printTitleRows: "3:3",
      printArea: `A1:F${end}`,
      footer: { center: "{page} / {pages}" },
    },
  ];
}
