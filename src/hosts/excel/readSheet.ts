import type { SheetSnapshot } from "../../plan/sheetSnapshot";
import type { CellWindow } from "./a1";
import { parseA1Range } from "./a1";
import { ownershipRecords, queueNames } from "./ownershipNames";
import type { ReadLimits } from "./readValues";
import { expectedBytesPerCell, queueFirstRead, readBytesPerCell, readUsedValues } from "./readValues";
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

function usedWindow(range: Excel.Range): CellWindow | null {
  if (range.isNullObject) return null;
  const rect = parseA1Range(range.address);
  if (!rect) return null;
  return { top: rect.top - 1, left: rect.left - 1, rows: range.rowCount, columns: range.columnCount };
}

/**
 * Read one sheet inside a running batch. Sync 1 loads the used range's address and size, the `_kaw_` names, the
 * tables and — when `hint` (the last-known used range and payload per cell) is given — the values of its first
 * chunk (all of it when it fits the budget). Further syncs read what the hint missed, in row chunks, and carry the tables' ranges.
 */
export async function readSheet(
  context: Excel.RequestContext,
  sheetName: string,
  hint: ReadHint | undefined,
  limits: ReadLimits,
): Promise<SheetRead> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const usedRange = sheet.getUsedRangeOrNullObject(true);
  usedRange.load("address,rowCount,columnCount");
  const names = queueNames(sheet);
  const tables = queueTables(sheet);
  const bytesPerCell = hint?.bytesPerCell ?? readBytesPerCell;
  const first =
    hint && hint.used.rows > 0 && hint.used.columns > 0
      ? queueFirstRead(sheet, hint.used, limits, bytesPerCell)
      : null;
  await context.sync();

  const used = usedWindow(usedRange);
  const queuedTables = queueTableRanges(tables);
  const read = used
    ? await readUsedValues(context, sheet, used, first, limits, bytesPerCell)
    : { values: [], synced: false };
  // Table ranges ride on a values sync; only when sync 1 brought every value do they need one of their own.
  if (queuedTables.length > 0 && !read.synced) await context.sync();

  const records = ownershipRecords(names.items);
  const grid = { sheet: sheetName, top: used?.top ?? 0, left: used?.left ?? 0, values: read.values };
  return {
    snapshot: { grid, owned: records.owned, tables: tableInfos(queuedTables) },
    used,
    ownershipNames: records.names,
    bytesPerCell: expectedBytesPerCell(read.values),
  };
}
