/**
 * Which rows below the header hold customers: not blank, not a totals row, not a note line under the table.
 */
import type { CellValue } from "./types";
import { isBlankCell } from "./cellText";
import { isNoteLabel, mayBeNote } from "./noteLabels";

export { isNoteLabel } from "./noteLabels";

const totalsLabels: ReadonlySet<string> = new Set([
  "合计",
  "总计",
  "小计",
  "total",
  "subtotal",
  "grandtotal",
  "totals",
]);

// Letters a totals label can start with (合 总 小 t s g, either case); full-width forms are checked after NFKC.
const totalsInitials: ReadonlySet<number> = new Set([
  0x5408, 0x603b, 0x5c0f, 0x74, 0x73, 0x67, 0x54, 0x53, 0x47,
]);

/** Why a non-blank row below the header is not a customer. */
export type SkipReason = "totals" | "note";

/** A row that is not a customer: 1-based sheet row and why. */
export interface SkippedRow {
  readonly row: number;
  readonly reason: SkipReason;
}

/**
 * Indices inside a grid row that a row scan passes over (the job's own output columns), inclusive.
 * `from` is -1 when nothing is ignored.
 */
export interface IgnoredSpan {
  readonly from: number;
  readonly to: number;
}

/** Nothing ignored. */
export const noIgnoredSpan: IgnoredSpan = { from: -1, to: -1 };

/**
 * A cheap look at the first visible character, so customer names skip the NFKC work. It runs once or twice per row
 * of a million-row sheet, so it compares character codes and allocates nothing.
 */
function mayBeTotals(text: string): boolean {
  if (text.length > 40) return false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 32 || code === 0xa0 || code === 0x3000) continue;
    return totalsInitials.has(code) || (code >= 0xff00 && code <= 0xffef);
  }
  return false;
}

/** True for labels such as "合 计", "Total:", "Grand total", "小计". */
export function isTotalsLabel(text: string): boolean {
  if (!mayBeTotals(text)) return false;
  return totalsLabels.has(
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\s:_-]/g, ""),
  );
}

// Each scan below jumps over the ignored span: `c` meets `span.from` exactly because it counts up from 0.
function firstText(row: readonly CellValue[], span: IgnoredSpan): string | null {
  for (let c = 0; c < row.length; c += 1) {
    if (c === span.from) {
      c = span.to;
      continue;
    }
    const value = row[c];
    if (typeof value === "string" && !isBlankCell(value)) return value;
  }
  return null;
}

/** Index of the row's first non-empty cell outside the span, or -1 for a blank row. */
function firstContent(row: readonly CellValue[], span: IgnoredSpan): number {
  for (let c = 0; c < row.length; c += 1) {
    if (c === span.from) {
      c = span.to;
      continue;
    }
    if (!isBlankCell(row[c])) return c;
  }
  return -1;
}

/** A totals row: its first non-empty text cell, or its customer name cell, is a totals label. */
export function isTotalsRow(
  row: readonly CellValue[],
  nameIndex: number | null,
  span: IgnoredSpan = noIgnoredSpan,
): boolean {
  const first = firstText(row, span);
  if (first !== null && isTotalsLabel(first)) return true;
  const name = nameIndex === null ? undefined : row[nameIndex];
  return typeof name === "string" && name !== first && isTotalsLabel(name);
}

/** A note line: the row's only content is one text cell that starts with a note marker ("注：", "Source:"). */
export function isNoteRow(row: readonly CellValue[], span: IgnoredSpan = noIgnoredSpan): boolean {
  let note: string | null = null;
  for (let c = 0; c < row.length; c += 1) {
    if (c === span.from) {
      c = span.to;
      continue;
    }
    const value = row[c];
    if (isBlankCell(value)) continue;
    // Customer rows leave here at their first cell: a second content cell, a number, or no marker's first letter.
    if (note !== null || typeof value !== "string" || !mayBeNote(value)) return false;
    note = value;
  }
  return note !== null && isNoteLabel(note);
}

/** Why a non-blank row is not a customer, or null for a customer; `first` is its first content cell. */
function skipReason(
  row: readonly CellValue[],
  first: number,
  nameIndex: number | null,
  span: IgnoredSpan,
): SkipReason | null {
  // Most rows start with a customer's name, which looks like neither a totals label nor a note: decide at once.
  const value = row[first];
  const name = nameIndex === null || nameIndex === first ? null : row[nameIndex];
  if (
    typeof value === "string" &&
    !mayBeTotals(value) &&
    !mayBeNote(value) &&
    (typeof name !== "string" || !mayBeTotals(name))
  ) {
    return null;
  }
  if (isTotalsRow(row, nameIndex, span)) return "totals";
  return isNoteRow(row, span) ? "note" : null;
}

/**
 * Data rows and the rows that are not customers, as 1-based sheet rows. Blank rows are neither; totals rows and note
 * lines are listed as skipped, with why. `nameIndex` is the customer name's index inside a grid row, or null when it
 * is not mapped; cells in `span` (the job's own output) do not count as row content.
 * @example splitRows([["h"], ["甲"], [], ["乙"], ["合计"], ["注：单位万元"]], 0, 0, null)
 * //=> { dataRows: [2, 4], skippedRows: [{ row: 5, reason: "totals" }, { row: 6, reason: "note" }] }
 */
export function splitRows(
  values: readonly (readonly CellValue[])[],
  headerIndex: number,
  top: number,
  nameIndex: number | null,
  span: IgnoredSpan = noIgnoredSpan,
): { dataRows: number[]; skippedRows: SkippedRow[] } {
  const dataRows: number[] = [];
  const skippedRows: SkippedRow[] = [];
  for (let r = headerIndex + 1; r < values.length; r += 1) {
    const row = values[r] ?? [];
    const first = firstContent(row, span);
    if (first < 0) continue;
    const reason = skipReason(row, first, nameIndex, span);
    if (reason === null) dataRows.push(top + r + 1);
    else skippedRows.push({ row: top + r + 1, reason });
  }
  return { dataRows, skippedRows };
}
