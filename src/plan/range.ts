/**
 * A1 ranges as the edit vocabulary writes them: "B2:F40", "C3", "$A$1:$D$5", whole rows "1:3" and whole columns
 * "A:C". One parser for the plans and both hosts.
 */
import { columnLetters, maxColumnNumber } from "../domain/address";
import type { CellRect } from "./sheetSnapshot";

/** Excel's last row. */
export const maxRowNumber = 1048576;

const cellPart = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const rowPart = /^\$?([0-9]{1,7})$/;
const columnPart = /^\$?([A-Za-z]{1,3})$/;

function letterNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i += 1) n = n * 26 + ((letters.charCodeAt(i) & ~32) - 64);
  return n;
}

function inSheet(rect: CellRect): boolean {
  return rect.top >= 1 && rect.left >= 1 && rect.bottom <= maxRowNumber && rect.right <= maxColumnNumber;
}

function ordered(top: number, left: number, bottom: number, right: number): CellRect {
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/**
 * The 1-based rectangle of an A1 range on one sheet (no sheet name), or null when it is not a range inside
 * Excel's grid (1..1 048 576 rows, A..XFD).
 * @example parseRange("B2:D5") //=> { top: 2, left: 2, bottom: 5, right: 4 }
 * @example parseRange("1:3") //=> { top: 1, left: 1, bottom: 3, right: 16384 }
 */
export function parseRange(text: string): CellRect | null {
  const [from = "", to = from, extra] = text.trim().split(":");
  if (extra !== undefined) return null;
  const a = cellPart.exec(from);
  const b = cellPart.exec(to);
  let rect: CellRect | null = null;
  if (a && b) {
    rect = ordered(Number(a[2]), letterNumber(a[1] ?? ""), Number(b[2]), letterNumber(b[1] ?? ""));
  } else if (text.includes(":") && rowPart.test(from) && rowPart.test(to)) {
    rect = ordered(Number(rowPart.exec(from)?.[1]), 1, Number(rowPart.exec(to)?.[1]), maxColumnNumber);
  } else if (text.includes(":") && columnPart.test(from) && columnPart.test(to)) {
    const left = letterNumber(columnPart.exec(from)?.[1] ?? "");
    rect = ordered(1, left, maxRowNumber, letterNumber(columnPart.exec(to)?.[1] ?? ""));
  }
  return rect && inSheet(rect) ? rect : null;
}

/** A single cell's 1-based row and column, or null. */
export function parseCell(text: string): { row: number; column: number } | null {
  const match = cellPart.exec(text.trim());
  if (!match) return null;
  const cell = { row: Number(match[2]), column: letterNumber(match[1] ?? "") };
  return inSheet({ top: cell.row, left: cell.column, bottom: cell.row, right: cell.column }) ? cell : null;
}

/**
 * A1 text of a rectangle: "A1" for one cell, "A1:D5" otherwise; `absolute` gives "$A$1:$D$5".
 * @example formatRange({ top: 3, left: 8, bottom: 43, right: 14 }, true) //=> "$H$3:$N$43"
 */
export function formatRange(rect: CellRect, absolute = false): string {
  const d = absolute ? "$" : "";
  const from = `${d}${columnLetters(rect.left)}${d}${rect.top}`;
  const to = `${d}${columnLetters(rect.right)}${d}${rect.bottom}`;
  return from === to && !absolute ? from : `${from}:${to}`;
}

/** The sheet name as a formula prefix: always quoted, a `'` inside doubled ("O'Brien" → "'O''Brien'"). */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * Absolute sheet-qualified reference to a rectangle.
 * @example sheetReference("Monthly sales", { top: 2, left: 2, bottom: 9, right: 2 }) //=> "'Monthly sales'!$B$2:$B$9"
 */
export function sheetReference(sheet: string, rect: CellRect): string {
  const corner = (row: number, column: number): string => `$${columnLetters(column)}$${row}`;
  const range =
    rect.top === rect.bottom && rect.left === rect.right
      ? corner(rect.top, rect.left)
      : `${corner(rect.top, rect.left)}:${corner(rect.bottom, rect.right)}`;
  return `${quoteSheet(sheet)}!${range}`;
}

/** True when two rectangles share at least one cell. */
export function overlaps(a: CellRect, b: CellRect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
