import type { EditList } from "../../../plan/edits";
import { ExcelHostError } from "../excelHostError";

/** Whether each sheet is protected, by lower-cased name (Excel's sheet names ignore case). */
export type KnownProtection = ReadonlyMap<string, boolean>;

/**
 * The existing sheets a list writes to, in the order it first does: every edit's `sheet` that no earlier
 * `createSheet` of the list made (a sheet the list creates cannot be protected yet).
 */
export function touchedSheets(list: EditList): string[] {
  const created = new Set<string>();
  const touched = new Map<string, string>();
  for (const edit of list.changes) {
    if (!("sheet" in edit)) continue;
    const key = edit.sheet.toLowerCase();
    if (edit.kind === "createSheet") created.add(key);
    else if (!created.has(key) && !touched.has(key)) touched.set(key, edit.sheet);
  }
  return [...touched.values()];
}

export interface ProtectionLookup {
  readonly sheet: string;
  readonly protection: Excel.WorksheetProtection | null;
  readonly known?: boolean;
}

/**
 * For each sheet the list writes to: its protection when `known` has it (read earlier in the run), else a queued
 * load of `worksheet.protection.protected` (ExcelApi 1.2), which rides on the sync that looks up the list's names.
 */
export function queueProtections(
  workbook: Excel.Workbook,
  list: EditList,
  known: KnownProtection,
): ProtectionLookup[] {
  return touchedSheets(list).map((sheet) => {
    const given = known.get(sheet.toLowerCase());
    if (given !== undefined) return { sheet, protection: null, known: given };
    return { sheet, protection: workbook.worksheets.getItem(sheet).protection.load("protected") };
  });
}

/**
 * After the lookup sync: refuse, naming the first protected sheet, before any write is queued. Excel refuses writes
 * into a protected sheet's locked cells (and its merges, rules, charts and page setup) one at a time, so without
 * this a list would stop half-way.
 */
export function refuseProtected(lookups: readonly ProtectionLookup[]): void {
  const locked = lookups.find((lookup) => (lookup.known ?? lookup.protection?.protected) === true);
  if (!locked) return;
  const error = new Error(`the sheet "${locked.sheet}" is protected`);
  throw new ExcelHostError("excel.sheetProtected", error, { sheet: locked.sheet });
}

/** What the sheets read in this run say about their protection. */
export function protectionOfReads(
  reads: ReadonlyMap<string, { readonly snapshot: { readonly protected?: boolean } }>,
): Map<string, boolean> {
  const known = new Map<string, boolean>();
  for (const [sheet, read] of reads) known.set(sheet.toLowerCase(), read.snapshot.protected === true);
  return known;
}
