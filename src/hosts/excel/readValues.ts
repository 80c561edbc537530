import type { CellValue } from "../../domain/types";
import type { CellWindow } from "./a1";
import { shrinkingOnPayloadError } from "./payloadLimit";
import { jsonBytes } from "./utf8Bytes";

/**
 * Bytes of Excel's JSON response per cell to assume when nothing of the sheet was measured, chosen conservatively:
 * a JSON number is at most 24 characters (-2.2250738585072014e-308) plus a separator, and 48 bytes also hold a
 * quoted text of 15 CJK characters (3 bytes each in UTF-8) or 45 ASCII characters.
 */
export const readBytesPerCell = 48;

export interface ReadLimits {
  /** Bytes one sync may carry (Excel on the web refuses requests and responses of 5 MB). */
  readonly maxPayloadBytes: number;
  /** Cells one range read may hold (Excel returns no values for a range over 5 000 000 cells). */
  readonly maxCellsPerRead: number;
}

/**
 * Rows of `columns` cells one sync may read: floor(min(budget / bytesPerCell, maxCells) / columns), at least 1.
 * `bytesPerCell` is what `expectedBytesPerCell` makes of values already read, 48 when there are none.
 */
export function rowsPerRead(columns: number, limits: ReadLimits, bytesPerCell = readBytesPerCell): number {
  const cells = Math.min(Math.floor(limits.maxPayloadBytes / bytesPerCell), limits.maxCellsPerRead);
  return Math.max(1, Math.floor(cells / Math.max(1, columns)));
}

/** Rows sampled to measure a sheet's payload: enough for a stable average, cheap on 1 000 000 rows. */
const sampledRows = 1000;
/** Headroom over the measured size, for rows heavier than the sampled ones and cells edited since. */
const readSafetyFactor = 2;
/** Never assume less than this per cell: "" and small numbers are 3 bytes, the array syntax adds more. */
const minBytesPerCell = 8;

/**
 * Bytes per cell to expect from more of the same sheet: the UTF-8 size of the JSON of up to 1 000 evenly spaced
 * rows of `values`, per cell, doubled for headroom (at least 8; 48 when there is nothing to measure). Excel answers
 * `Range.values` with that JSON, so a sheet of numbers reads in about a sixth of the syncs the blind 48 bytes need,
 * and a sheet of long CJK notes in small enough chunks.
 * @example expectedBytesPerCell([["客户名称很长很长"]]) //=> 56 (8 × 3 + 4 bytes of JSON for 1 cell, doubled)
 */
export function expectedBytesPerCell(values: readonly (readonly CellValue[])[]): number {
  const step = Math.max(1, Math.floor(values.length / sampledRows));
  let bytes = 0;
  let cells = 0;
  for (let row = 0; row < values.length; row += step) {
    const cellsOfRow = values[row] ?? [];
    bytes += jsonBytes(cellsOfRow);
    cells += cellsOfRow.length;
  }
  if (cells === 0) return readBytesPerCell;
  return Math.max(minBytesPerCell, Math.ceil((bytes / cells) * readSafetyFactor));
}

/** A window whose values were queued for loading. */
export interface QueuedRead {
  readonly window: CellWindow;
  readonly range: Excel.Range;
}

/** Queue loading the values of `window`, and its formulas when asked. */
export function queueWindow(sheet: Excel.Worksheet, window: CellWindow, formulas = false): QueuedRead {
  const range = sheet.getRangeByIndexes(window.top, window.left, window.rows, window.columns);
  range.load(formulas ? "values,formulas" : "values");
  return { window, range };
}

export function toCellValue(value: unknown): CellValue {
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : "";
}

/** What a first read brought of the used range. */
export interface Overlap {
  /** The first read's cells inside `used`. */
  readonly rows: CellValue[][];
  /** They are the used range's first rows, whole: the read continues below them. */
  readonly leading: boolean;
}

/** The part of `first` inside `used`: what to keep, and what to measure the rest's payload by. */
export function overlap(first: QueuedRead | null, used: CellWindow): Overlap {
  if (!first) return { rows: [], leading: false };
  const w = first.window;
  const top = Math.max(w.top, used.top);
  const bottom = Math.min(w.top + w.rows, used.top + used.rows);
  const left = Math.max(w.left, used.left);
  const right = Math.min(w.left + w.columns, used.left + used.columns);
  if (top >= bottom || left >= right) return { rows: [], leading: false };
  const values: unknown[][] = first.range.values;
  const rows = values
    .slice(top - w.top, bottom - w.top)
    .map((row) => row.slice(left - w.left, right - w.left).map(toCellValue));
  return { rows, leading: top === used.top && left === used.left && right === used.left + used.columns };
}

/**
 * The rest of the used range's values, from row `from` (relative) down, in row chunks, one sync each. Each chunk is
 * sized from the bytes per cell measured on the chunk before (the first from `bytesPerCell`), so rows that grow
 * heavier further down shrink the chunks before Excel refuses one; a chunk Excel still refuses for its size is read
 * again with half the rows. `riders` queue loads that must come back with the first successful sync. With
 * `onFormulas`, each chunk loads its formulas too and is handed over once loaded. `onRows` hears the rows of the used
 * range read so far (`from` included) after each chunk's sync.
 */
export async function readRest(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  used: CellWindow,
  from: number,
  limits: ReadLimits,
  bytesPerCell: number,
  riders: () => void,
  onFormulas?: (chunk: QueuedRead) => void,
  onRows?: (rows: number) => void,
): Promise<{ values: CellValue[][]; synced: boolean }> {
  const values: CellValue[][] = [];
  let synced = false;
  const readChunk = async (start: number, rows: number): Promise<CellValue[][]> => {
    const window = { top: used.top + start, left: used.left, rows, columns: used.columns };
    const chunk = queueWindow(sheet, window, onFormulas !== undefined);
    if (!synced) riders();
    await context.sync();
    synced = true;
    onFormulas?.(chunk);
    const loaded: unknown[][] = chunk.range.values;
    return loaded.map((row) => row.map(toCellValue));
  };
  const readFrom = async (start: number, perCell: number): Promise<void> => {
    if (start >= used.rows) return;
    const planned = Math.min(rowsPerRead(used.columns, limits, perCell), used.rows - start);
    const chunk = await shrinkingOnPayloadError(planned, 1, (rows) => readChunk(start, rows));
    for (const row of chunk) values.push(row);
    onRows?.(start + chunk.length);
    await readFrom(start + chunk.length, expectedBytesPerCell(chunk));
  };
  await readFrom(from, bytesPerCell);
  return { values, synced };
}
