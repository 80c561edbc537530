import { columnLetters } from "../../domain/address";
import { formatRange } from "../../plan/range";
import type { CellRect } from "../../plan/sheetSnapshot";

export { columnLetters, formatRange };

/**
 * 1-based column number of the letters that start a cell reference ("$" allowed); 0 if none.
 * @example columnNumber("AB12") //=> 28
 */
export function columnNumber(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper-case letters
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (ref.charCodeAt(i) !== 36) break;
  }
  return column;
}

/** Parse "B3" or "$B$3" into a 1-based row and column. */
export function parseCell(ref: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!match?.[1] || !match[2]) return undefined;
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}

/** Parse "A1:D5" (or a single cell, "$" allowed) into a rectangle. */
export function parseRange(ref: string): CellRect | undefined {
  const [from, to = from] = ref.split(":");
  const a = from === undefined ? undefined : parseCell(from);
  const b = to === undefined ? undefined : parseCell(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/** The smallest rectangle covering both. */
export function unionRect(a: CellRect, b: CellRect): CellRect {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}
