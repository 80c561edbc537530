import type { CellValue } from "../../domain/types";
import type { ScannedCell } from "./sheetScanner";
import { SheetScanner } from "./sheetScanner";
import { XlsxError } from "./xlsxError";
import type { XlsxPackage } from "./xlsxPackage";
import { decodeOoxmlText } from "./xmlText";

/** Days between Excel's day 0 (1899-12-30, with its 1900 leap-year quirk folded in) and 1970-01-01. */
const unixEpochSerial = 25569;
const msPerDay = 86_400_000;

/**
 * Stream a worksheet part into row-major raw values from A1 (rows and columns 1-based in the sheet become 0-based
 * indexes). Only non-empty values extend a row; rows without values stay empty arrays.
 */
export function readSheetValues(pkg: XlsxPackage, part: string, shared: readonly string[]): CellValue[][] {
  const rows: CellValue[][] = [];
  const scanner = new SheetScanner((cell) => place(rows, cell.row, cell.column, cellValue(cell, shared)));
  try {
    pkg.streamText(part, (text) => scanner.push(text));
    scanner.end();
  } catch (cause) {
    if (cause instanceof XlsxError) throw cause;
    throw new XlsxError("xlsx.badXml", `cannot read ${part}`, cause);
  }
  return rows;
}

function place(rows: CellValue[][], row: number, column: number, value: CellValue): void {
  if (value === null || row < 1 || column < 1) return;
  while (rows.length < row) rows.push([]);
  const cells = rows[row - 1] ?? [];
  while (cells.length < column - 1) cells.push(null);
  cells[column - 1] = value;
}

/** The raw value of a cell as Excel shows it (cached results for formulas; null when there is none). */
export function cellValue(cell: ScannedCell, shared: readonly string[]): CellValue {
  const { text } = cell;
  if (text === null) return null;
  switch (cell.type) {
    case "inlineStr":
    case "str":
      return decodeOoxmlText(text);
    case "s":
      return shared[Number(text)] ?? null;
    case "b":
      return text.trim() === "1" || text.trim() === "true";
    case "e":
      return text;
    case "d":
      return isoToSerial(text);
    default: {
      const number = text.trim() === "" ? NaN : Number(text);
      return Number.isFinite(number) ? number : null;
    }
  }
}

/** An ISO 8601 date cell (`t="d"`) as a serial number, like every other date the host reads. */
function isoToSerial(text: string): CellValue {
  const zoned = /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`;
  const ms = Date.parse(zoned.includes("T") ? zoned : `${zoned}T00:00:00Z`);
  return Number.isNaN(ms) ? text : ms / msPerDay + unixEpochSerial;
}
