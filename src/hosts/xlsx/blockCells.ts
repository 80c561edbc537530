import type { ColumnBlock, OutValue } from "../../plan/workbookEdit";
import { columnLetters } from "./cellRef";
import { XlsxError } from "./xlsxError";
import { encodeOoxmlText } from "./xmlText";

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
      if (typeof value === "number" && !Number.isFinite(value)) numberText(value, column.key);
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
    const value: OutValue | undefined = column.values[row - block.firstRow];
    const s = ` s="${prepared.styles[i] ?? 0}"`;
    const xml =
      value === null || value === undefined
        ? `<${p}c r="${ref}"${s}/>`
        : typeof value === "number"
          ? `<${p}c r="${ref}"${s}><${p}v>${numberText(value, ref)}</${p}v></${p}c>`
          : `<${p}c r="${ref}"${s} t="inlineStr">${inlineText(value, p)}</${p}c>`;
    cells.push({ column: col, xml });
  });
  return cells;
}

/** `<is><t>` for text: always a literal string, even when it starts with "=" (never a formula). */
export function inlineText(text: string, p: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<${p}is><${p}t${space}>${encodeOoxmlText(text)}</${p}t></${p}is>`;
}

/**
 * Shortest text that reads back as the same double (JavaScript's round-trip formatting).
 * @example numberText(0.1 + 0.2, "H4") //=> "0.30000000000000004"
 */
export function numberText(value: number, ref: string): string {
  if (!Number.isFinite(value))
    throw new XlsxError("xlsx.badNumber", `${ref}: ${value} is not a number Excel can hold`);
  return Object.is(value, -0) ? "0" : String(value);
}
