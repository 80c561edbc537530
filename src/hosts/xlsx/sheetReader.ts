import type { CellValue } from "../../domain/types";
import type { ScannedCell } from "./sheetScanner";
import { SheetScanner } from "./sheetScanner";
import { XlsxError } from "./xlsxError";
import type { XlsxPackage } from "./xlsxPackage";
import { decodeOoxmlText } from "./xmlText";

/** Days between Excel's day 0 (1899-12-30, with its 1900 leap-year quirk folded in) and 1970-01-01. */
const unixEpochSerial = 25569;
const msPerDay = 86_400_000;

/** Excel's last row and column (XFD): a cell beyond them means the part is not a worksheet Excel would open. */
export const maxSheetRows = 1_048_576;
export const maxSheetColumns = 16_384;
/**
 * Longest run of missing cells filled with `null` inside a row. A longer gap is left as a hole (it reads as
 * undefined, like a cell past the row's end), so a row holding one cell in column XFD costs one cell, not 16 384.
 */
const maxNullRunCells = 64;
/** Every row without values: one shared, frozen array, so a sheet reaching row 1 048 576 costs a pointer per row. */
const noCells: readonly never[] = Object.freeze([]);

/**
 * Stream a worksheet part into row-major raw values from A1 (rows and columns 1-based in the sheet become 0-based
 * indexes). Only non-empty values extend a row; rows without values are one shared empty array. `onTail` gets the
 * text after `</sheetData>`; `onFormula` each cell that holds a formula.
 */
export function readSheetValues(
  pkg: XlsxPackage,
  part: string,
  shared: readonly string[],
  onTail?: (text: string) => void,
  onFormula?: (row: number, column: number) => void,
): CellValue[][] {
  const rows: (readonly CellValue[])[] = [];
  scanSheet(
    pkg,
    part,
    (cell) => {
      const value = cellValue(cell, shared);
      if (value !== null) place(rows, cell.row, cell.column, value);
      if (cell.formula) onFormula?.(cell.row, cell.column);
    },
    onTail,
  );
  // Only `place` writes into rows, and it never writes into the shared empty one.
  return rows as CellValue[][];
}

/** Stream a worksheet part's cells to `onCell` (the text after `</sheetData>` to `onTail`); bad XML is `xlsx.badXml`. */
export function scanSheet(
  pkg: XlsxPackage,
  part: string,
  onCell: (cell: ScannedCell) => void,
  onTail?: (text: string) => void,
): void {
  const scanner = new SheetScanner(onCell, onTail);
  try {
    pkg.streamText(part, (text) => scanner.push(text));
    scanner.end();
  } catch (cause) {
    if (cause instanceof XlsxError) throw cause;
    throw new XlsxError("xlsx.badXml", `cannot read ${part}`, cause);
  }
}

/**
 * Put `value` at 1-based `row`, `column` of row-major `rows`: rows without values stay one shared empty array, and
 * a gap of more than `maxNullRunCells` is left as a hole. Throws `xlsx.badXml` beyond Excel's last cell.
 */
export function place<T>(rows: (readonly (T | null)[])[], row: number, column: number, value: T): void {
  if (row < 1 || column < 1) return;
  if (row > maxSheetRows || column > maxSheetColumns)
    throw new XlsxError(
      "xlsx.badXml",
      `a cell at row ${row}, column ${column} lies beyond Excel's last cell`,
    );
  while (rows.length < row) rows.push(noCells);
  let cells: (T | null)[];
  if (rows[row - 1] === noCells) {
    cells = [];
    rows[row - 1] = cells;
  } else cells = rows[row - 1] as (T | null)[];
  const gap = column - 1 - cells.length;
  for (let i = 0; i < gap && gap <= maxNullRunCells; i += 1) cells.push(null);
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
