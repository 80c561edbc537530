/**
 * Which rows below the header hold customers: not blank and not a totals row.
 */
import type { CellValue } from "./types";
import { isBlankCell } from "./cellText";

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

function firstText(row: readonly CellValue[]): string | null {
  for (let c = 0; c < row.length; c += 1) {
    const value = row[c];
    if (typeof value === "string" && !isBlankCell(value)) return value;
  }
  return null;
}

function isBlankRow(row: readonly CellValue[]): boolean {
  for (let c = 0; c < row.length; c += 1) if (!isBlankCell(row[c])) return false;
  return true;
}

/** A totals row: its first non-empty text cell, or its customer name cell, is a totals label. */
export function isTotalsRow(row: readonly CellValue[], nameIndex: number | null): boolean {
  const first = firstText(row);
  if (first !== null && isTotalsLabel(first)) return true;
  const name = nameIndex === null ? undefined : row[nameIndex];
  return typeof name === "string" && name !== first && isTotalsLabel(name);
}

/**
 * Data rows and skipped rows (blank or totals rows between the header and the last data row), as 1-based sheet rows.
 * `nameIndex` is the customer name's index inside a grid row, or null when it is not mapped.
 */
export function splitRows(
  values: readonly (readonly CellValue[])[],
  headerIndex: number,
  top: number,
  nameIndex: number | null,
): { dataRows: number[]; skippedRows: number[] } {
  const dataRows: number[] = [];
  const skippedRows: number[] = [];
  let pending: number[] = [];
  for (let r = headerIndex + 1; r < values.length; r += 1) {
    const row = values[r] ?? [];
    if (isBlankRow(row) || isTotalsRow(row, nameIndex)) {
      pending.push(top + r + 1);
      continue;
    }
    // Skipped rows count only when a data row follows them, so trailing blanks and footers are not listed.
    if (pending.length > 0) {
      skippedRows.push(...pending);
      pending = [];
    }
    dataRows.push(top + r + 1);
  }
  return { dataRows, skippedRows };
}
