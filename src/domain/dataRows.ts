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

// First letters a totals label can start with (full-width forms fall in U+FF00..U+FFEF), to skip customer names fast.
const totalsStarts = /^\s*[合总小tsgTSG\uff00-\uffef]/;

/** True for labels such as "合 计", "Total:", "Grand total", "小计". */
export function isTotalsLabel(text: string): boolean {
  if (text.length > 40 || !totalsStarts.test(text)) return false;
  return totalsLabels.has(
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\s:_-]/g, ""),
  );
}

function firstText(row: readonly CellValue[]): string | null {
  for (const value of row) if (typeof value === "string" && value.trim() !== "") return value;
  return null;
}

/** A totals row: its first non-empty text cell, or its customer name cell, is a totals label. */
export function isTotalsRow(row: readonly CellValue[], nameIndex: number | null): boolean {
  const first = firstText(row);
  if (first !== null && isTotalsLabel(first)) return true;
  const name = nameIndex === null ? undefined : row[nameIndex];
  return typeof name === "string" && isTotalsLabel(name);
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
    if (row.every(isBlankCell) || isTotalsRow(row, nameIndex)) {
      pending.push(top + r + 1);
      continue;
    }
    // Skipped rows count only when a data row follows them, so trailing blanks and footers are not listed.
    skippedRows.push(...pending);
    pending = [];
    dataRows.push(top + r + 1);
  }
  return { dataRows, skippedRows };
}
