import type { EditList, NameEdit, OwnEdit } from "../../../plan/edits";
import { definedName, nameKey } from "./queueNames";

export interface NameLookup {
  readonly key: string;
  readonly item: Excel.NamedItem;
}

/**
 * Queue looking up every name the list defines (names and ownership records) in its scope, to learn which exist and
 * must be replaced. Names on sheets the list creates cannot exist yet and are not looked up (the sheet is not there).
 */
export function queueNameLookups(workbook: Excel.Workbook, list: EditList): NameLookup[] {
  const created = new Set(list.changes.flatMap((edit) => (edit.kind === "createSheet" ? [edit.sheet] : [])));
  const defining = list.changes.filter(
    (edit): edit is NameEdit | OwnEdit => edit.kind === "name" || edit.kind === "own",
  );
  const lookups = new Map<string, NameLookup>();
  for (const edit of defining) {
    const { scope, name } = definedName(edit);
    const key = nameKey(scope, name);
    if ((scope !== undefined && created.has(scope)) || lookups.has(key)) continue;
    const names = scope === undefined ? workbook.names : workbook.worksheets.getItem(scope).names;
    lookups.set(key, { key, item: names.getItemOrNullObject(name).load("name") });
  }
  return [...lookups.values()];
}

/** After the sync: the keys of the names that exist. */
export function presentNames(lookups: readonly NameLookup[]): Set<string> {
  return new Set(lookups.filter((lookup) => !lookup.item.isNullObject).map((lookup) => lookup.key));
}
