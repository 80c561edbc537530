/**
 * Several sheets read together, with their formula cells: a job's generated sheets (readGenerated), which may be one
 * per customer. Their reads share syncs, so a rerun over 200 record sheets takes a few syncs, not 200.
 */
import type { CellWindow } from "./a1";
import { parseA1Range } from "./a1";
import { formulaCellsOf } from "./formulaCells";
import { ownershipRecords, queueNames } from "./ownershipNames";
import { isPayloadTooLarge } from "./payloadLimit";
import type { ReadHint, SheetRead } from "./readSheet";
import type { QueuedRead, ReadLimits } from "./readValues";
import { expectedBytesPerCell, queueWindow, readBytesPerCell, toCellValue } from "./readValues";
import { sequentially } from "./sequentially";
import type { QueuedTable } from "./tables";
import { queueTableRanges, queueTables, tableInfos } from "./tables";

interface Pending {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly usedRange: Excel.Range;
  readonly names: Excel.NamedItemCollection;
  readonly tables: Excel.TableCollection;
  readonly protection: Excel.WorksheetProtection;
  used: CellWindow | null;
  read: QueuedRead | null;
  queuedTables: QueuedTable[];
}

function usedWindow(range: Excel.Range): CellWindow | null {
  if (range.isNullObject) return null;
  const rect = parseA1Range(range.address);
  if (!rect) return null;
  return { top: rect.top - 1, left: rect.left - 1, rows: range.rowCount, columns: range.columnCount };
}

/**
 * Group the sheets' used ranges into syncs: each sheet's values and formulas whole, priced at its remembered bytes
 * per cell (48 unknown) against half the budget (formulas come back beside the values), as `readSheet` prices a
 * chunk. A sheet too big for a sync alone is left out, for `readOne`.
 * Formula: a group holds sheets while Σ rows × columns × bytesPerCell ≤ maxPayloadBytes / 2 and Σ cells ≤ maxCellsPerRead.
 * @example 200 sheets of 40 × 16 cells, 48 bytes each (30 720 bytes), budget 4 000 000 → groups of 65, 65, 65, 5
 */
export function readGroups<T extends { readonly used: CellWindow | null }>(
  sheets: readonly T[],
  bytesPerCell: (sheet: T) => number,
  limits: ReadLimits,
): { groups: T[][]; alone: T[] } {
  const budget = limits.maxPayloadBytes / 2;
  const groups: T[][] = [];
  const alone: T[] = [];
  let bytes = 0;
  let cells = 0;
  for (const sheet of sheets) {
    if (!sheet.used) continue;
    const size = sheet.used.rows * sheet.used.columns;
    const cost = size * bytesPerCell(sheet);
    if (cost > budget || size > limits.maxCellsPerRead) {
      alone.push(sheet);
      continue;
    }
    const last = groups[groups.length - 1];
    if (!last || bytes + cost > budget || cells + size > limits.maxCellsPerRead) {
      groups.push([sheet]);
      [bytes, cells] = [cost, size];
    } else {
      last.push(sheet);
      bytes += cost;
      cells += size;
    }
  }
  return { groups, alone };
}

function finish(p: Pending): SheetRead {
  const values = p.read ? (p.read.range.values as unknown[][]).map((row) => row.map(toCellValue)) : [];
  const records = ownershipRecords(p.names.items);
  return {
    snapshot: {
      grid: { sheet: p.name, top: p.used?.top ?? 0, left: p.used?.left ?? 0, values },
      owned: records.owned,
      tables: tableInfos(p.queuedTables),
      protected: p.protection.protected,
      formulaCells: p.read && p.used ? formulaCellsOf(p.read, p.used) : [],
    },
    used: p.used,
    ownershipNames: records.names,
    bytesPerCell: expectedBytesPerCell(values),
  };
}

/**
 * Read `sheets` inside a running batch with their formula cells. Sync 1 loads every sheet's used range, `_kaw_`
 * names, tables and protection; then the used ranges' values and formulas, several sheets a sync (`readGroups`), the
 * tables' ranges riding on the first (their own sync only when no values sync went). A sheet too big for one sync,
 * or a group Excel refuses for its size, is read sheet by sheet by `readOne` (readSheet's chunks).
 * Syncs: 1 + groups (+ 1 for tables when no group) + readOne's for the big ones; a single sheet goes to `readOne`.
 */
export async function readTogether(
  context: Excel.RequestContext,
  sheets: readonly string[],
  hint: (sheet: string) => ReadHint | undefined,
  limits: ReadLimits,
  readOne: (sheet: string) => Promise<SheetRead>,
): Promise<Map<string, SheetRead>> {
  // One sheet: readSheet brings a small one in its sync 1 (a sample window), one sync less than the grouped read.
  const [only] = sheets;
  if (sheets.length === 1 && only !== undefined) return new Map([[only, await readOne(only)]]);
  const pending: Pending[] = sheets.map((name) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const usedRange = sheet.getUsedRangeOrNullObject(true).load("address,rowCount,columnCount");
    const [names, tables] = [queueNames(sheet), queueTables(sheet)];
    const protection = sheet.protection.load("protected");
    return { name, sheet, usedRange, names, tables, protection, used: null, read: null, queuedTables: [] };
  });
  if (pending.length === 0) return new Map();
  await context.sync();
  for (const p of pending) p.used = usedWindow(p.usedRange);
  const { groups, alone } = readGroups(
    pending,
    (p) => hint(p.name)?.bytesPerCell ?? readBytesPerCell,
    limits,
  );
  let tablesQueued = false;
  const queueTablesOnce = (): void => {
    if (tablesQueued) return;
    for (const p of pending) p.queuedTables = queueTableRanges(p.tables);
    tablesQueued = true;
  };
  const results = new Map<string, SheetRead>();
  await sequentially(groups, async (group) => {
    for (const p of group) p.read = p.used && queueWindow(p.sheet, p.used, true);
    const riding = !tablesQueued;
    queueTablesOnce();
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      if (riding) tablesQueued = false; // the refused sync brought nothing: queue the tables again
      for (const p of group) {
        p.read = null;
        alone.push(p);
      }
    }
  });
  if (!tablesQueued) {
    queueTablesOnce();
    if (pending.some((p) => p.queuedTables.length > 0)) await context.sync();
  }
  const big = new Set(alone.map((p) => p.name));
  for (const p of pending) if (!big.has(p.name)) results.set(p.name, finish(p));
  await sequentially(
    sheets.filter((name) => big.has(name)),
    async (name) => void results.set(name, await readOne(name)),
  );
  return results;
}
