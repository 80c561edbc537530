import type { ColumnBlock, ColumnValue } from "../../plan/workbookEdit";
import { cellContent, inlineText, numberText } from "./cellContent";
import { columnLetters } from "./cellRef";
import { XlsxError } from "./xlsxError";

/** A block ready to patch into sheet XML: its column span, the rows it owns, and a style per column. */
export interface PreparedBlock {
  readonly block: ColumnBlock;
  readonly left: number;
  readonly right: number;
  /** Rows whose cells in left..right are replaced: the header row down to max(lastRow, clearTo). */
  readonly top: number;
  readonly bottom: number;
  /** cellXfs index per column, carrying the column's number format. */
  readonly styles: readonly number[];
}

/** A cell to insert, with its 1-based column. */
export interface NewCell {
  readonly column: number;
  readonly xml: string;
}

/** Check a block's shape and bind it to its styles. */
export function prepareBlock(block: ColumnBlock, styles: readonly number[]): PreparedBlock {
  const rows = block.lastRow - block.firstRow + 1;
  const bad =
    block.headerRow < 1 ||
    block.firstColumn < 1 ||
    block.firstRow < 1 ||
    rows < 0 ||
    block.columns.length === 0 ||
    block.columns.some((column) => column.values.length !== rows);
  if (bad) throw new XlsxError("xlsx.badEdit", `column block of job ${block.job} has an invalid shape`);
  // Checked before anything is written, so a bad number cannot leave a half-patched file.
  for (const column of block.columns) {
    for (const value of column.values) {
      const number = typeof value === "object" && value !== null ? value.value : value;
      if (typeof number === "number" && !Number.isFinite(number)) numberText(number, column.key);
    }
  }
  const left = block.firstColumn;
  const top = Math.min(block.headerRow, block.firstRow);
  const bottom = Math.max(block.headerRow, block.lastRow, block.clearTo ?? 0);
  return { block, left, right: left + block.columns.length - 1, top, bottom, styles };
}

/** Whether the block writes at least one cell in `row` (so a missing row must be created). */
export function rowNeedsCells(prepared: PreparedBlock, row: number): boolean {
  const { block } = prepared;
  if (row === block.headerRow) return true;
  // Every row of the block gets its cells, empty ones too: they carry the column's number format, as in Excel,
  // where the host formats the whole column range.
  return row >= block.firstRow && row <= block.lastRow;
}

/**
 * The block's cells for `row`: header cells (style copied from `headerStyle`) or value cells.
 * `p` is the worksheet's namespace prefix ("" or e.g. "x:").
 */
export function cellsForRow(
  prepared: PreparedBlock,
  row: number,
  headerStyle: string | undefined,
  p: string,
): NewCell[] {
  const { block } = prepared;
  const cells: NewCell[] = [];
  block.columns.forEach((column, i) => {
    const col = block.firstColumn + i;
    const ref = `${columnLetters(col)}${row}`;
    if (row === block.headerRow) {
      const style = headerStyle === undefined ? "" : ` s="${headerStyle}"`;
      cells.push({
        column: col,
        xml: `<${p}c r="${ref}"${style} t="inlineStr">${inlineText(column.header, p)}</${p}c>`,
      });
      return;
    }
    if (row < block.firstRow || row > block.lastRow) return;
    const value: ColumnValue | undefined = column.values[row - block.firstRow];
    // The same content as a cells edit's: text inline, a formula as <f> with its cached <v> (t="str", "b", "e").
    const content = cellContent(value ?? null, ref, p);
    const attrs = ` r="${ref}" s="${prepared.styles[i] ?? 0}"${content.t ? ` t="${content.t}"` : ""}`;
    const xml = content.inner ? `<${p}c${attrs}>${content.inner}</${p}c>` : `<${p}c${attrs}/>`;
    cells.push({ column: col, xml });
  });
  return cells;
}
