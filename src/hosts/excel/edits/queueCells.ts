import type { CellStyle } from "../../../plan/cellStyle";
import type { StyleEdit, StyleSheet } from "../../../plan/edits";
import type { CellRect } from "../../../plan/sheetSnapshot";
import { parseA1Range } from "../a1";
import type { PreparedCells } from "./cellInputs";
import { insideOf, queueFormat, queueStyleRects } from "./queueStyle";
import { styleRects } from "./styleRuns";

/** A rectangle 0-based within the edit moved to the sheet's 1-based cells, the edit's top-left cell being `at`. */
const shift = (rect: CellRect, at: CellRect): CellRect => ({
  top: rect.top + at.top,
  left: rect.left + at.left,
  bottom: rect.bottom + at.top,
  right: rect.right + at.left,
});

/**
 * Queue rows `start .. start + count - 1` of a cells edit: number formats first (a date's format before its serial),
 * then every cell through `Range.formulas`, then each style's fonts, fills, borders, alignment and lock over the
 * rectangles it covers.
 */
export function queueCellRows(
  sheet: Excel.Worksheet,
  cells: { readonly prepared: PreparedCells; readonly at: CellRect },
  styles: StyleSheet,
  start: number,
  count: number,
): void {
  const { prepared, at } = cells;
  if (prepared.width === 0 || count === 0) return;
  const range = sheet.getRangeByIndexes(at.top - 1 + start, at.left - 1, count, prepared.width);
  if (prepared.formats) range.numberFormat = prepared.formats.slice(start, start + count);
  range.formulas = prepared.formulas.slice(start, start + count);
  for (const [name, rects] of styleRects(prepared.edit, prepared.width, start, count)) {
    const style: CellStyle | undefined = styles[name];
    if (style)
      queueStyleRects(
        sheet,
        style,
        rects.map((rect) => shift(rect, at)),
      );
  }
}

/**
 * Queue rows `start .. start + count - 1` of a style edit: with the first rows, the range back to Excel's Normal style
 * (a named style is the cell's whole format: what it does not name is the workbook's default, as in the .xlsx
 * host); the number format of those rows of its rectangle; and with the first rows the rest of the style.
 */
export function queueStyleEdit(
  sheet: Excel.Worksheet,
  edit: StyleEdit,
  style: CellStyle,
  numberFormat: { readonly format: string; readonly rect: CellRect } | undefined,
  rows: { readonly start: number; readonly count: number },
): void {
  if (rows.start === 0) sheet.getRange(edit.range).style = "Normal";
  if (numberFormat) {
    const { format, rect } = numberFormat;
    const width = rect.right - rect.left + 1;
    const part = sheet.getRangeByIndexes(rect.top - 1 + rows.start, rect.left - 1, rows.count, width);
    part.numberFormat = Array.from({ length: rows.count }, () => Array.from({ length: width }, () => format));
  }
  if (rows.start > 0) return;
  const rect = parseA1Range(edit.range);
  queueFormat(sheet.getRange(edit.range), style, rect ? insideOf([rect]) : { rows: true, columns: true });
}
