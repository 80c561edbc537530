import { columnLetters, columnNumber } from "../../domain/address";
import { quoteSheet } from "../../plan/range";
import type { CellRect } from "../../plan/sheetSnapshot";

export { columnLetters, quoteSheet };

/** A 0-based rectangle of cells as Office.js indexes them (`getRangeByIndexes`). */
export interface CellWindow {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

const cellPattern = /^([A-Za-z]{1,3})(\d{1,7})$/;

/**
 * Parse an A1 reference as Excel returns it ("Sheet1!B3:N43", "='My Sheet'!$H$3:$N$43", "A1") into a 1-based
 * rectangle. Returns null for anything that is not a cell or a cell range (e.g. "#REF!", whole columns).
 */
export function parseA1Range(reference: string): CellRect | null {
  // The address is after the last "!": sheet names may contain "!" only inside quotes, before it.
  const address = reference.slice(reference.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [first, second = first] = address.split(":");
  const a = cellPattern.exec(first ?? "");
  const b = cellPattern.exec(second ?? "");
  if (!a?.[1] || !a[2] || !b?.[1] || !b[2]) return null;
  const top = Number(a[2]);
  const bottom = Number(b[2]);
  const left = columnNumber(a[1]);
  const right = columnNumber(b[1]);
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** Absolute reference to a rectangle: `'Sheet 1'!$H$3:$N$43`. */
export function absoluteReference(sheet: string, rect: CellRect): string {
  const corner = (row: number, column: number): string => `$${columnLetters(column)}$${row}`;
  return `${quoteSheet(sheet)}!${corner(rect.top, rect.left)}:${corner(rect.bottom, rect.right)}`;
}

/** The 1-based rectangle of a 0-based window. */
export function windowToRect(window: CellWindow): CellRect {
  return {
    top: window.top + 1,
    left: window.left + 1,
    bottom: window.top + window.rows,
    right: window.left + window.columns,
  };
}

/** The smallest window holding both. */
export function unionWindow(a: CellWindow, b: CellWindow): CellWindow {
  const top = Math.min(a.top, b.top);
  const left = Math.min(a.left, b.left);
  const bottom = Math.max(a.top + a.rows, b.top + b.rows);
  const right = Math.max(a.left + a.columns, b.left + b.columns);
  return { top, left, rows: bottom - top, columns: right - left };
}
