import type { SheetSnapshot } from "../../plan/sheetSnapshot";
import type { GeneratedSheet, WorkbookSnapshot } from "../../plan/workbookSnapshot";
import type { KnownProtection } from "./edits/sheetProtection";
import { ownershipRecords, queueNames } from "./ownershipNames";
import type { ReadExtras, SheetRead } from "./readSheet";
import { sequentially } from "./sequentially";

/** Reads one sheet inside the run (see readSheet for the extras: loads riding on sync 1, formula cells). */
export type ReadOne = (sheet: string, extras: ReadExtras) => Promise<SheetRead>;

/** What a job run read: the plan's snapshot, the sheet reads (for the write) and every sheet's protection. */
export interface WorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  readonly reads: ReadonlyMap<string, SheetRead>;
  readonly protection: KnownProtection;
}

interface OtherSheet {
  readonly name: string;
  readonly names: Excel.NamedItemCollection;
  readonly protection: Excel.WorksheetProtection;
}

/**
 * Read a workbook inside a running batch for a job: every worksheet's name in tab order (hidden ones too), the
 * `_kaw_` records and protection of every sheet, and the full snapshots of `reads`. No sync of its own when two or
 * more sheets are read: the sheet list rides on the first read's sync 1, the other sheets' names and protection on
 * the second's. With one read they take one more sync (none when the workbook has no other sheet); with none, two.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  reads: readonly string[],
  readOne: ReadOne,
): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  const wanted = [...new Set(reads)];
  const read = new Set(wanted.map((sheet) => sheet.toLowerCase()));
  const queueList = (): void => void worksheets.load("items/name");
  let others: OtherSheet[] | null = null;
  const queueOthers = (): void => {
    others = worksheets.items
      .filter((sheet) => !read.has(sheet.name.toLowerCase()))
      .map((sheet) => ({
        name: sheet.name,
        names: queueNames(sheet),
        protection: sheet.protection.load("protected"),
      }));
  };
  const sheets = new Map<string, SheetRead>();
  await sequentially(wanted, async (sheet, index) => {
    const alsoQueue = index === 0 ? queueList : index === 1 ? queueOthers : undefined;
    sheets.set(sheet, await readOne(sheet, alsoQueue ? { alsoQueue } : {}));
  });
  if (wanted.length === 0) {
    queueList();
    await context.sync();
  }
  if (others === null) {
    queueOthers();
    if ((others ?? []).length > 0) await context.sync();
  }
  return assemble(
    worksheets.items.map((sheet) => sheet.name),
    sheets,
    others ?? [],
  );
}

function assemble(
  sheetNames: string[],
  reads: ReadonlyMap<string, SheetRead>,
  others: readonly OtherSheet[],
): WorkbookRead {
  const snapshots = new Map<string, SheetSnapshot>([...reads].map(([name, r]) => [name, r.snapshot]));
  const protection = new Map<string, boolean>();
  const owned = new Map<string, SheetSnapshot["owned"]>();
  for (const [name, r] of reads) {
    protection.set(name.toLowerCase(), r.snapshot.protected === true);
    owned.set(name.toLowerCase(), r.snapshot.owned);
  }
  for (const other of others) {
    protection.set(other.name.toLowerCase(), other.protection.protected);
    owned.set(other.name.toLowerCase(), ownershipRecords(other.names.items).owned);
  }
  const generated: GeneratedSheet[] = sheetNames.flatMap((sheet) =>
    (owned.get(sheet.toLowerCase()) ?? [])
      .filter((record) => record.whole === true)
      .map((record) => ({
        job: record.job,
        sheet,
        ...(record.fingerprint !== undefined ? { fingerprint: record.fingerprint } : {}),
      })),
  );
  return { snapshot: { sheetNames, sheets: snapshots, generated }, reads, protection };
}

/** Reads several sheets with their formula cells, sharing syncs (readTogether). */
export type ReadMany = (sheets: readonly string[]) => Promise<ReadonlyMap<string, SheetRead>>;

/**
 * Add to a run's read the sheets `job` generated (records `_kaw_<job>` or `_kaw_<job>.<slot>` with `whole`), read
 * with their formula cells so the plan can tell typed entries from recalculated ones: all together (`readMany`), so
 * a job with a sheet per customer reads them in a few syncs, not one each; in tab order.
 */
export async function readGenerated(
  read: WorkbookRead,
  job: string,
  readMany: ReadMany,
): Promise<WorkbookRead> {
  const own = read.snapshot.generated.filter((g) => g.job === job || g.job.startsWith(`${job}.`));
  const names = [...new Set(own.map((g) => g.sheet))];
  if (names.length === 0) return read;
  const reads = new Map(read.reads);
  const sheets = new Map(read.snapshot.sheets);
  const generated = await readMany(names);
  for (const sheet of names) {
    const one = generated.get(sheet);
    if (!one) continue;
    reads.set(sheet, one);
    sheets.set(sheet, one.snapshot);
  }
  return { ...read, reads, snapshot: { ...read.snapshot, sheets } };
}
