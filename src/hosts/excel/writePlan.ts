import type { ColumnBlock, ColumnValue, OutValue } from "../../plan/workbookEdit";
import { ExcelHostError } from "./excelHostError";
import { excelText } from "./excelText";
import { jsonBytes } from "./utf8Bytes";

/** What the host hands to `Range.values`: "" empties a cell. */
export type ExcelInput = string | number;

/**
 * The value to send for a planned value: text through `excelText` (behind an apostrophe, so "=SUM(A1)", "00123" or
 * "TRUE" stay text); null becomes "" (clears the contents).
 */
export function toExcelInput(value: OutValue): ExcelInput {
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    throw new ExcelHostError("excel.invalidValue", new Error(`not a finite number: ${value}`));
  }
  if (value === null) return "";
  return excelText(value);
}

/**
 * What to send for a block's cell: a formula with the "=" the vocabulary leaves out (Excel computes its value, so
 * the cached one is not sent), any other value as `toExcelInput` gives it.
 * @example toBlockInput({ formula: "'Sales'!$N$7*kaw_grossMargin", value: 30 }) //=> "='Sales'!$N$7*kaw_grossMargin"
 */
export function toBlockInput(value: ColumnValue): ExcelInput {
  return typeof value === "object" && value !== null ? `=${value.formula}` : toExcelInput(value);
}

/** A block turned into what will be sent: rows of values, one row of number formats, and each row's payload. */
export interface PreparedBlock {
  readonly block: ColumnBlock;
  /**
   * The block holds a formula: its rows go through `Range.formulas`, which takes the other values exactly as
   * `Range.values` does (numbers, text behind the apostrophe, "" to empty); else through `Range.values`.
   */
  readonly viaFormulas: boolean;
  readonly rows: readonly ExcelInput[][];
  readonly formats: readonly string[];
  /** UTF-8 bytes of JSON each row adds to a sync: its values row, its formats row and their two separators. */
  readonly rowBytes: readonly number[];
}

export function prepareBlock(block: ColumnBlock): PreparedBlock {
  const count = Math.max(0, block.lastRow - block.firstRow + 1);
  const formats = block.columns.map((column) => column.numberFormat);
  const formatsBytes = jsonBytes(formats);
  const rows: ExcelInput[][] = [];
  const rowBytes: number[] = [];
  let viaFormulas = false;
  for (let i = 0; i < count; i += 1) {
    const values = block.columns.map((column) => column.values[i] ?? null);
    viaFormulas ||= values.some((value) => typeof value === "object" && value !== null);
    const row = values.map(toBlockInput);
    rows.push(row);
    rowBytes.push(jsonBytes(row) + formatsBytes + 2);
  }
  return { block, viaFormulas, rows, formats, rowBytes };
}

/** Rows `start .. start + count - 1` (0-based within the block's values) of block number `block`. */
export interface Piece {
  readonly block: number;
  readonly start: number;
  count: number;
}

/**
 * Pack the blocks' rows into syncs, in order, so that each sync's payload — the UTF-8 bytes of the JSON of the values
 * and number formats it sends, 2 + Σ rowBytes per piece (two arrays' brackets minus the last row's separators) —
 * stays within `maxPayloadBytes`. Bytes, not characters: Excel on the web's 5 MB limit counts the UTF-8 request, in
 * which a CJK character is 3 bytes (one UTF-16 code unit). Everything fits → one sync. A single row over the budget still goes (alone).
 * @example 1 000 rows of 76 bytes, budget 40 000 → 2 + 526 × 76 = 39 978 ≤ 40 000 < 40 054: syncs of 526, 474 rows
 */
export function planWriteSyncs(blocks: readonly PreparedBlock[], maxPayloadBytes: number): Piece[][] {
  const syncs: Piece[][] = [[]];
  let bytes = 0;
  blocks.forEach((prepared, block) => {
    let piece: Piece | null = null;
    prepared.rowBytes.forEach((cost, row) => {
      const added = cost + (piece ? 0 : 2);
      if (bytes > 0 && bytes + added > maxPayloadBytes) {
        syncs.push([]);
        bytes = 0;
        piece = null;
      }
      if (!piece) {
        piece = { block, start: row, count: 0 };
        syncs[syncs.length - 1]?.push(piece);
        bytes += 2;
      }
      piece.count += 1;
      bytes += cost;
    });
  });
  return syncs;
}

/**
 * The first `rows` rows of a sync's pieces, and the rest: how a sync Excel refused for its size is sent again in two.
 * @example [{ block: 0, start: 0, count: 3 }, { block: 1, start: 0, count: 4 }] at 5 rows →
 *   [{ block: 0, start: 0, count: 3 }, { block: 1, start: 0, count: 2 }] and [{ block: 1, start: 2, count: 2 }]
 */
export function splitPieces(pieces: readonly Piece[], rows: number): [Piece[], Piece[]] {
  const head: Piece[] = [];
  const tail: Piece[] = [];
  let left = rows;
  for (const piece of pieces) {
    const taken = Math.min(Math.max(left, 0), piece.count);
    if (taken > 0) head.push({ block: piece.block, start: piece.start, count: taken });
    if (taken < piece.count) {
      tail.push({ block: piece.block, start: piece.start + taken, count: piece.count - taken });
    }
    left -= taken;
  }
  return [head, tail];
}
