import type { CellValue } from "../../domain/types";
import type { CellWindow } from "./a1";
import { sequentially } from "./sequentially";

/**
 * Estimated bytes of Excel's JSON response per cell when reading `Range.values`, chosen conservatively:
 * a JSON number is at most 24 characters (-2.2250738585072014e-308) plus a separator, and 48 bytes also hold a
 * quoted text of 15 CJK characters (3 bytes each in UTF-8) or 45 ASCII characters. Sheets of customer data are
 * mostly numbers, so a row's average stays well under this even with a long name column.
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
 * `bytesPerCell` is 48 for a sheet never read, else what `expectedBytesPerCell` makes of the last read.
 */
export function rowsPerRead(columns: number, limits: ReadLimits, bytesPerCell = readBytesPerCell): number {
  const cells = Math.min(Math.floor(limits.maxPayloadBytes / bytesPerCell), limits.maxCellsPerRead);
  return Math.max(1, Math.floor(cells / Math.max(1, columns)));
}

/** Rows sampled to measure a sheet's payload: enough for a stable average, cheap on 1 000 000 rows. */
const sampledRows = 1000;
/** Headroom over the measured size, for cells edited between the pane's detection read and the job's read. */
const readSafetyFactor = 2;
/** Never assume less than this per cell: "" and small numbers are 3 bytes, the array syntax adds more. */
const minBytesPerCell = 8;

/**
 * Bytes per cell to expect when reading the same sheet again: the UTF-8 size of the JSON of up to 1 000 evenly
 * spaced rows of the last read, per cell, doubled for headroom (at least 8). Excel answers `Range.values` with that
 * JSON, so a sheet of numbers reads in about a sixth of the syncs the blind 48-byte estimate needs.
 */
export function expectedBytesPerCell(values: readonly (readonly CellValue[])[]): number {
  const step = Math.max(1, Math.floor(values.length / sampledRows));
  const encoder = new TextEncoder();
  let bytes = 0;
  let cells = 0;
  for (let row = 0; row < values.length; row += step) {
    const cellsOfRow = values[row] ?? [];
    bytes += encoder.encode(JSON.stringify(cellsOfRow)).length;
    cells += cellsOfRow.length;
  }
  if (cells === 0) return readBytesPerCell;
  return Math.max(minBytesPerCell, Math.ceil((bytes / cells) * readSafetyFactor));
}

/** A window whose values were queued for loading in the first sync, from the sheet's remembered dimensions. */
export interface QueuedRead {
  readonly window: CellWindow;
  readonly range: Excel.Range;
}

/** Queue the first chunk (the whole window when it fits) of the remembered used range, to come back in sync 1. */
export function queueFirstRead(
  sheet: Excel.Worksheet,
  hint: CellWindow,
  limits: ReadLimits,
  bytesPerCell: number,
): QueuedRead {
  const window = { ...hint, rows: Math.min(hint.rows, rowsPerRead(hint.columns, limits, bytesPerCell)) };
  const range = sheet.getRangeByIndexes(window.top, window.left, window.rows, window.columns);
  range.load("values");
  return { window, range };
}

function toCellValue(value: unknown): CellValue {
  return typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : "";
}

function toRows(values: readonly (readonly unknown[])[], fromColumn: number, columns: number): CellValue[][] {
  return values.map((row) => row.slice(fromColumn, fromColumn + columns).map(toCellValue));
}

/** Rows of `used` that the first read already holds (from its top), cut to the used columns; [] when it missed. */
function alreadyRead(first: QueuedRead | null, used: CellWindow): CellValue[][] {
  if (!first) return [];
  const w = first.window;
  const coversColumns = w.left <= used.left && w.left + w.columns >= used.left + used.columns;
  if (!coversColumns || w.top > used.top || w.top + w.rows <= used.top) return [];
  const values: unknown[][] = first.range.values;
  const rows = values.slice(used.top - w.top, used.top - w.top + used.rows);
  return toRows(rows, used.left - w.left, used.columns);
}

/** Row windows of `rows` rows each covering `used` from row `from` (relative) to its end. */
export function rowChunks(used: CellWindow, from: number, rows: number): CellWindow[] {
  const chunks: CellWindow[] = [];
  for (let start = from; start < used.rows; start += rows) {
    chunks.push({
      top: used.top + start,
      left: used.left,
      rows: Math.min(rows, used.rows - start),
      columns: used.columns,
    });
  }
  return chunks;
}

/**
 * The used range's values: what the first sync already brought, then the rest in row chunks, one sync each,
 * each under the payload budget. `synced` says whether any sync happened here.
 */
export async function readUsedValues(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  used: CellWindow,
  first: QueuedRead | null,
  limits: ReadLimits,
  bytesPerCell: number,
): Promise<{ values: CellValue[][]; synced: boolean }> {
  const values = alreadyRead(first, used);
  const chunks = rowChunks(used, values.length, rowsPerRead(used.columns, limits, bytesPerCell));
  await sequentially(chunks, async (chunk) => {
    const range = sheet.getRangeByIndexes(chunk.top, chunk.left, chunk.rows, chunk.columns);
    range.load("values");
    await context.sync();
    const chunkValues: unknown[][] = range.values;
    for (const row of toRows(chunkValues, 0, chunk.columns)) values.push(row);
  });
  return { values, synced: chunks.length > 0 };
}
