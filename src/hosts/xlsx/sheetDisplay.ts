import type { CellValue } from "../../domain/types";
import { cellValue, place, scanSheet } from "./sheetReader";
import type { XlsxPackage } from "./xlsxPackage";

/** A cell with a value, and the number format code its style gives it ("General", "0.00%", "yyyy-mm-dd"...). */
export interface DisplayCell {
  readonly value: Exclude<CellValue, null>;
  readonly format: string;
}

/** A sheet as a viewer shows it: its first rows of cells with their formats, and how far the whole sheet goes. */
export interface SheetDisplay {
  readonly sheet: string;
  /** Rows from A1, at most the limit asked for; a missing or null cell is empty. */
  readonly rows: readonly (readonly (DisplayCell | null)[])[];
  /** The last row holding a value, counting the rows beyond the limit (0 for an empty sheet). */
  readonly rowCount: number;
  /** The last column holding a value in any row (0 for an empty sheet). */
  readonly columnCount: number;
}

/**
 * Stream a worksheet part into its cells' values and format codes (`formats` is indexed by the `s` attribute, as
 * `readCellFormats` returns it). Only the first `rowLimit` rows are kept; later rows still count in `rowCount` and
 * `columnCount`.
 */
export function readSheetDisplay(
  pkg: XlsxPackage,
  part: string,
  shared: readonly string[],
  formats: readonly string[],
  rowLimit: number,
): Omit<SheetDisplay, "sheet"> {
  const rows: (readonly (DisplayCell | null)[])[] = [];
  let rowCount = 0;
  let columnCount = 0;
  scanSheet(pkg, part, (cell) => {
    const value = cellValue(cell, shared);
    if (value === null) return;
    rowCount = Math.max(rowCount, cell.row);
    columnCount = Math.max(columnCount, cell.column);
    if (cell.row <= rowLimit)
      place(rows, cell.row, cell.column, { value, format: formats[cell.style] ?? "General" });
  });
  return { rows, rowCount, columnCount };
}
