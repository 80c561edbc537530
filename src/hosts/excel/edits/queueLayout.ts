import { columnLetters, columnNumber } from "../../../domain/address";
import { columnWidthPoints } from "../../../plan/columnWidth";
import type {
  ColumnWidthsEdit,
  CreateSheetEdit,
  FreezeEdit,
  HyperlinkEdit,
  RowHeightsEdit,
  TableEdit,
} from "../../../plan/edits";
import { quoteSheet } from "../a1";

/** Queue a new worksheet (1.1) at its tab position (1.1), with its tab colour (1.7) and gridlines (1.8). */
export function queueCreateSheet(workbook: Excel.Workbook, edit: CreateSheetEdit): void {
  const sheet = workbook.worksheets.add(edit.sheet);
  if (edit.position !== undefined) sheet.position = edit.position;
  if (edit.tabColor !== undefined) sheet.tabColor = `#${edit.tabColor}`;
  if (edit.gridlines !== undefined) sheet.showGridlines = edit.gridlines;
}

/** Column widths in points (RangeFormat.columnWidth, 1.2), converted from characters by `columnWidthPoints`. */
export function queueColumnWidths(sheet: Excel.Worksheet, edit: ColumnWidthsEdit): void {
  const first = columnNumber(edit.column);
  edit.widths.forEach((width, i) => {
    const letters = columnLetters(first + i);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(width);
  });
}

/** Row heights, already in points (RangeFormat.rowHeight, 1.2). */
export function queueRowHeights(sheet: Excel.Worksheet, edit: RowHeightsEdit): void {
  edit.heights.forEach((height, i) => {
    const row = edit.row + i;
    sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  });
}

/** Freeze panes (1.7): rows, columns, both at once through `freezeAt`, or none. */
export function queueFreeze(sheet: Excel.Worksheet, edit: FreezeEdit): void {
  const panes = sheet.freezePanes;
  if (edit.rows > 0 && edit.columns > 0)
    panes.freezeAt(sheet.getRangeByIndexes(0, 0, edit.rows, edit.columns));
  else if (edit.rows > 0) panes.freezeRows(edit.rows);
  else if (edit.columns > 0) panes.freezeColumns(edit.columns);
  else panes.unfreeze();
}

/** A link to a cell of this workbook (Range.hyperlink, 1.7); Excel writes `text` into the cell. */
export function queueHyperlink(sheet: Excel.Worksheet, edit: HyperlinkEdit): void {
  const link: Excel.RangeHyperlink = {
    documentReference: `${quoteSheet(edit.target.sheet)}!${edit.target.cell}`,
    textToDisplay: edit.text,
  };
  sheet.getRange(edit.cell).hyperlink =
    edit.tooltip === undefined ? link : { ...link, screenTip: edit.tooltip };
}

/** A new Excel table over the range, its first row the headers (1.1), with its style and row stripes (1.3). */
export function queueTable(sheet: Excel.Worksheet, edit: TableEdit): void {
  const table = sheet.tables.add(edit.range, true);
  table.name = edit.name;
  table.style = edit.style ?? "TableStyleMedium2";
  if (edit.showRowStripes !== undefined) table.showBandedRows = edit.showRowStripes;
}
