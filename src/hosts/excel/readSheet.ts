import type { CellValue } from "../../domain/types";
import type { SheetSnapshot } from "../../plan/sheetSnapshot";
import type { CellWindow } from "./a1";
import { parseA1Range } from "./a1";
import { formulaCellsOf } from "./formulaCells";
import { ownershipRecords, queueNames } from "./ownershipNames";
import { shrinkingOnPayloadError } from "./payloadLimit";
import type { QueuedRead, ReadLimits } from "./readValues";
import {
  expectedBytesPerCell,
  overlap,
  queueWindow,
  readBytesPerCell,
  readRest,
  rowsPerRead,
} from "./readValues";
import type { QueuedTable } from "./tables";
import { queueTableRanges, queueTables, tableInfos } from "./tables";

export interface SheetRead {
  readonly snapshot: SheetSnapshot;
  /** The used range (0-based), null for an empty sheet: the next read's dimension hint. */
  readonly used: CellWindow | null;
  /** `_kaw_` names present on the sheet. */
  readonly ownershipNames: ReadonlySet<string>;
  /** Bytes per cell to expect when this sheet is read again (measured on this read). */
  readonly bytesPerCell: number;
}

/** What the host remembers of a sheet between reads. */
export interface ReadHint {
  readonly used: CellWindow;
  readonly bytesPerCell: number;
}

/** What a read may do besides the sheet's own loads. */
export interface ReadExtras {
  /** Queue the caller's own loads on sync 1 (again if the sync goes again): a job run's sheet list and names. */
  readonly alsoQueue?: () => void;
  /** Also find the formula cells (`SheetSnapshot.formulaCells`): every window loads its formulas too. */
  readonly formulas?: boolean;
  /** Hears the fraction of the used range's rows read (0..1] after each sync past sync 1: big sheets only. */
  readonly onRead?: (fraction: number) => void;
}

/** Rows and columns of the sample a sheet never read before brings in sync 1, from A1. */
const sampleRows = 100;
const sampleColumns = 64;

/**
 * The values sync 1 loads. With a hint: the remembered used range's first chunk (all of it when it fits), sized
 * from the bytes per cell measured last time. Without: a sample of 100 rows × 64 columns from A1, since no API
 * tells a range's size in bytes without reading it. At the default budget the sample fits while its cells average
 * up to 625 bytes (about 200 CJK characters each); no sample is safe for every sheet, as a cell holds up to 32 767
 * characters, so a heavier one is refused by Excel and sync 1 goes again with half the rows. The sample gives the
 * rest of the read its bytes per cell, and a sheet of up to 100 rows × 64 columns from A1 arrives whole in sync 1.
 * Null when the limits leave no room for a sample (a test's tiny `maxCellsPerRead`).
 */
export function firstWindow(hint: ReadHint | undefined, limits: ReadLimits): CellWindow | null {
  if (hint) {
    if (hint.used.rows <= 0 || hint.used.columns <= 0) return null;
    const rows = Math.min(hint.used.rows, rowsPerRead(hint.used.columns, limits, hint.bytesPerCell));
    return { ...hint.used, rows };
  }
  const cells = Math.min(limits.maxCellsPerRead, Math.floor(limits.maxPayloadBytes / readBytesPerCell));
  const rows = Math.min(sampleRows, Math.floor(cells / sampleColumns));
  return rows > 0 ? { top: 0, left: 0, rows, columns: sampleColumns } : null;
}

interface FirstSync {
  readonly sheet: Excel.Worksheet;
  readonly usedRange: Excel.Range;
  readonly names: Excel.NamedItemCollection;
  readonly tables: Excel.TableCollection;
  readonly protection: Excel.WorksheetProtection;
  readonly first: QueuedRead | null;
}

/**
 * Sync 1: the used range's address and size, the `_kaw_` names, the tables, the protection and `window`'s values,
 * with whatever `alsoQueue` queues (queued again when Excel refuses the sync for its size and it goes again).
 */
async function firstSync(
  context: Excel.RequestContext,
  sheetName: string,
  window: CellWindow | null,
  extras: ReadExtras,
): Promise<FirstSync> {
  extras.alsoQueue?.();
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const usedRange = sheet.getUsedRangeOrNullObject(true);
  usedRange.load("address,rowCount,columnCount");
  const names = queueNames(sheet);
  const tables = queueTables(sheet);
  const protection = sheet.protection.load("protected");
  const first = window ? queueWindow(sheet, window, extras.formulas === true) : null;
  await context.sync();
  return { sheet, usedRange, names, tables, protection, first };
}

function usedWindow(range: Excel.Range): CellWindow | null {
  if (range.isNullObject) return null;
  const rect = parseA1Range(range.address);
  if (!rect) return null;
  return { top: rect.top - 1, left: rect.left - 1, rows: range.rowCount, columns: range.columnCount };
}

/**
 * Read one sheet inside a running batch. Sync 1 loads what `firstSync` lists, with the values of `firstWindow`;
 * further syncs read the rest of the used range in row chunks sized from the bytes per cell measured so far, and
 * carry the tables' ranges. A sync Excel refuses for its payload goes again with half the rows. `extras` add the
 * caller's loads to sync 1 and the formula cells (each sync then carries formulas as well as values, so its rows are
 * sized for half the payload).
 */
export async function readSheet(
  context: Excel.RequestContext,
  sheetName: string,
  hint: ReadHint | undefined,
  given: ReadLimits,
  extras: ReadExtras = {},
): Promise<SheetRead> {
  const limits = extras.formulas ? { ...given, maxPayloadBytes: given.maxPayloadBytes / 2 } : given;
  const window = firstWindow(hint, limits);
  const synced = await shrinkingOnPayloadError(window?.rows ?? 0, 0, (rows) =>
    firstSync(context, sheetName, window && rows > 0 ? { ...window, rows } : null, extras),
  );
  const used = usedWindow(synced.usedRange);
  const formulaCells: string[] = [];
  const onFormulas =
    extras.formulas && used
      ? (read: QueuedRead) => formulaCells.push(...formulaCellsOf(read, used))
      : undefined;
  let queuedTables: QueuedTable[] = [];
  const queueTableAddresses = (): void => {
    queuedTables = queueTableRanges(synced.tables);
  };
  const first = used ? overlap(synced.first, used) : { rows: [], leading: false };
  const values: CellValue[][] = first.leading ? first.rows : [];
  // Sync 1's formulas count only when its rows are kept; otherwise the rest reads those rows again.
  if (onFormulas && first.leading && synced.first) onFormulas(synced.first);
  // The rest is sized from what sync 1 measured; from the hint (or the blind 48 bytes) when it brought nothing.
  const perCell =
    first.rows.length > 0 ? expectedBytesPerCell(first.rows) : (hint?.bytesPerCell ?? readBytesPerCell);
  const rest = used
    ? await readRest(
        context,
        synced.sheet,
        used,
        values.length,
        limits,
        perCell,
        queueTableAddresses,
        onFormulas,
        extras.onRead && ((rows) => extras.onRead?.(rows / used.rows)),
      )
    : { values: [], synced: false };
  // Table ranges ride on a values sync; only when sync 1 brought every value do they need one of their own.
  if (!rest.synced) {
    queueTableAddresses();
    if (queuedTables.length > 0) await context.sync();
  }
  for (const row of rest.values) values.push(row);

  const records = ownershipRecords(synced.names.items);
  const grid = { sheet: sheetName, top: used?.top ?? 0, left: used?.left ?? 0, values };
  return {
    snapshot: {
      grid,
      owned: records.owned,
      tables: tableInfos(queuedTables),
      protected: synced.protection.protected,
      ...(extras.formulas ? { formulaCells } : {}),
    },
    used,
    ownershipNames: records.names,
    bytesPerCell: expectedBytesPerCell(values),
  };
}
