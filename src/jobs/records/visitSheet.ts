/**
 * The content of the Visit record (目标客户访问记录表) sheet: a title, the fourteen columns of the seed's form, one
 * row per chosen customer and blank rows for new visits. Follow-up due is the visit date + 7 days by formula;
 * overdue follow-ups turn red and those due within two days amber. Customer names are written as text.
 */
import type { Catalog } from "../../i18n";
import type { CellInput, Edit, ValidationEdit } from "../../plan/edits";

export type VisitTexts = Catalog["records"]["visit"];
type VisitColumn = keyof VisitTexts["columns"];

/** Columns A…N in the seed's order, with their style and width (characters). */
const columns: readonly { key: VisitColumn; style: string; width: number }[] = [
  { key: "no", style: "rec.no", width: 6 },
  { key: "customer", style: "rec.text", width: 24 },
  { key: "visitDate", style: "rec.date", width: 12 },
  { key: "time", style: "rec.time", width: 8 },
  { key: "place", style: "rec.text", width: 14 },
  { key: "method", style: "rec.text", width: 12 },
  { key: "visitor", style: "rec.text", width: 14 },
  { key: "personMet", style: "rec.text", width: 14 },
  { key: "talkingPoints", style: "rec.text", width: 30 },
  { key: "customerViews", style: "rec.text", width: 26 },
  { key: "nextSteps", style: "rec.text", width: 26 },
  { key: "followUpDue", style: "rec.due", width: 12 },
  { key: "followUpDate", style: "rec.date", width: 12 },
  { key: "followUpMethod", style: "rec.text", width: 12 },
];

/** Where things are on the Visit record sheet. */
export const visitLayout = {
  headerRow: 2,
  firstRow: 3,
  lastColumn: "N",
  visitDate: "C",
  time: "D",
  method: "F",
  followUpDue: "L",
  followUpDate: "M",
  followUpMethod: "N",
} as const;

/** Serial of 2000-01-01: dates before it are typing mistakes. */
export const earliestDateSerial = 36526;
const followUpDays = 7;
const amberDays = 2;
const headerHeightPoints = 32;

/**
 * The Follow-up due formula of row `r`: empty while the visit date is empty.
 * Formula: IF(C{r}="","",C{r}+7)
 * @example followUpDueFormula(3) //=> 'IF(C3="","",C3+7)'
 */
export function followUpDueFormula(r: number): string {
  const c = `${visitLayout.visitDate}${r}`;
  return `IF(${c}="","",${c}+${followUpDays})`;
}

function validations(sheet: string, last: number, texts: VisitTexts): ValidationEdit[] {
  const { firstRow: f } = visitLayout;
  const col = (c: string): string => `${c}${f}:${c}${last}`;
  const date = { type: "date", operator: "greaterThan", min: earliestDateSerial } as const;
  const dates = { rule: date, prompt: texts.datePrompt, error: texts.dateError };
  const list = (values: readonly string[]) => ({
    rule: { type: "list", values } as const,
    prompt: texts.listPrompt,
    error: texts.listError,
  });
  return [
    { kind: "validation", sheet, range: col(visitLayout.visitDate), ...dates },
    { kind: "validation", sheet, range: col(visitLayout.followUpDate), ...dates },
    {
      kind: "validation",
      sheet,
      range: col(visitLayout.time),
      rule: { type: "decimal", operator: "between", min: 0, max: 0.99999 },
      prompt: texts.timePrompt,
      // A warning, not a stop: "morning" or "10-11" is allowed after a confirmation.
      error: { ...texts.timeError, style: "warning" },
    },
    { kind: "validation", sheet, range: col(visitLayout.method), ...list(Object.values(texts.methods)) },
    {
      kind: "validation",
      sheet,
      range: col(visitLayout.followUpMethod),
      ...list(Object.values(texts.followUpMethods)),
    },
  ];
}

/**
 * The two follow-up highlights, as formulas written for the due column's first cell.
 * Formula: red when AND($L3<>"",$M3="",$L3<TODAY()); amber when AND($L3<>"",$M3="",$L3>=TODAY(),$L3<=TODAY()+2)
 */
function highlights(sheet: string, last: number): Edit[] {
  const { firstRow: f, followUpDue: due, followUpDate: done } = visitLayout;
  const open = `$${due}${f}<>"",$${done}${f}=""`;
  const range = `${due}${f}:${due}${last}`;
  return [
    {
      kind: "conditionalFormat",
      sheet,
      range,
      rule: {
        type: "formula",
        formula: `AND(${open},$${due}${f}<TODAY())`,
        style: { fill: "FFC7CE", font: { color: "9C0006" } },
      },
    },
    {
      kind: "conditionalFormat",
      sheet,
      range,
      rule: {
        type: "formula",
        formula: `AND(${open},$${due}${f}>=TODAY(),$${due}${f}<=TODAY()+${amberDays})`,
        style: { fill: "FFEB9C", font: { color: "9C5700" } },
      },
    },
  ];
}

/**
 * The sheet's edits. Rows: 1 title, 2 headers, 3… one per customer then `blankRows` empty ones, all numbered.
 * @example visitSheetContent("目标客户访问记录表", ["甲公司"], catalog("zh-CN").records.visit, 1)
 * // row 3: [1, "甲公司", null, …, { formula: 'IF(C3="","",C3+7)', value: "" }, null, null]; row 4 numbered 2
 */
export function visitSheetContent(
  sheet: string,
  customers: readonly string[],
  texts: VisitTexts,
  blankRows = 20,
): Edit[] {
  const { firstRow: f, headerRow, lastColumn } = visitLayout;
  const count = customers.length + Math.max(0, blankRows);
  const last = f + Math.max(count, 1) - 1;
  const rows: CellInput[][] = Array.from({ length: Math.max(count, 1) }, (_, i) => {
    const r = f + i;
    const blanks = Array<CellInput>(9).fill(null);
    return [
      i + 1,
      customers[i] ?? null,
      ...blanks,
      { formula: followUpDueFormula(r), value: "" },
      null,
      null,
    ];
  });
  return [
    { kind: "cells", sheet, at: "A1", rows: [[texts.title]], style: "rec.title" },
    { kind: "merge", sheet, range: `A1:${lastColumn}1` },
    { kind: "rowHeights", sheet, row: 1, heights: [28] },
    {
      kind: "cells",
      sheet,
      at: `A${headerRow}`,
      rows: [columns.map((c) => texts.columns[c.key])],
      style: "rec.header",
    },
    { kind: "rowHeights", sheet, row: headerRow, heights: [headerHeightPoints] },
    { kind: "cells", sheet, at: `A${f}`, rows, columnStyles: columns.map((c) => c.style) },
    ...validations(sheet, last, texts),
    ...highlights(sheet, last),
    { kind: "columnWidths", sheet, column: "A", widths: columns.map((c) => c.width) },
    { kind: "freeze", sheet, rows: headerRow, columns: 2 },
    {
      kind: "pageSetup",
      sheet,
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      printTitleRows: `${headerRow}:${headerRow}`,
      footer: { center: "{page} / {pages}" },
    },
  ];
}
