import type { NameEdit, OwnEdit } from "../../../plan/edits";
import { ownershipName } from "../../../plan/ownershipRecord";
import { parseA1Range } from "../a1";
import { ExcelHostError } from "../excelHostError";
import { queueOwnership } from "../ownershipNames";

/** Key of a defined name in its scope: "|GrowthRate" (workbook), "Monthly sales|SalesTotal" (sheet). */
export function nameKey(scope: string | undefined, name: string): string {
  return `${scope ?? ""}|${name.toUpperCase()}`;
}

/** The scope and name an edit defines, when it defines one. */
export function definedName(edit: NameEdit | OwnEdit): { scope: string | undefined; name: string } {
  return edit.kind === "name"
    ? { scope: edit.scope, name: edit.name }
    : { scope: edit.sheet, name: ownershipName(edit.job) };
}

function collection(workbook: Excel.Workbook, scope: string | undefined): Excel.NamedItemCollection {
  return scope === undefined ? workbook.names : workbook.worksheets.getItem(scope).names;
}

/**
 * Queue a defined name (1.4) with its comment, hidden when asked (NamedItem.visible); a name already there (a
 * rerun) is deleted first so that the new one replaces it. `names` holds the keys present and is kept up to date.
 */
export function queueName(workbook: Excel.Workbook, edit: NameEdit, names: Set<string>): void {
  const items = collection(workbook, edit.scope);
  const key = nameKey(edit.scope, edit.name);
  if (names.has(key)) items.getItem(edit.name).delete();
  const formula = `=${edit.refersTo}`;
  const item = edit.comment ? items.add(edit.name, formula, edit.comment) : items.add(edit.name, formula);
  if (edit.visible === false) item.visible = false;
  names.add(key);
}

/** Queue an ownership record: the hidden `_kaw_<job>` name of the sheet, replacing the job's earlier one. */
export function queueOwn(workbook: Excel.Workbook, edit: OwnEdit, names: Set<string>): void {
  const rect = parseA1Range(edit.range);
  if (!rect) throw new ExcelHostError("excel.badRange", new Error(edit.range), { range: edit.range });
  const key = nameKey(edit.sheet, ownershipName(edit.job));
  const fingerprint = edit.fingerprint === undefined ? {} : { fingerprint: edit.fingerprint };
  const sheet = workbook.worksheets.getItem(edit.sheet);
  queueOwnership(sheet, edit.sheet, edit.job, rect, names.has(key), {
    whole: edit.whole ?? false,
    ...fingerprint,
  });
  names.add(key);
}
