import type { OwnershipFacts } from "../../plan/ownershipRecord";
import {
  ownershipComment,
  ownershipName,
  ownershipPrefix,
  parseOwnershipComment,
} from "../../plan/ownershipRecord";
import type { CellRect, OwnedBlock } from "../../plan/sheetSnapshot";
import { absoluteReference, parseA1Range } from "./a1";

export { ownershipName, ownershipPrefix };

/** Queue loading the sheet's names (ExcelApi 1.4 worksheet scope) with their formulas and comments (1.4). */
export function queueNames(sheet: Excel.Worksheet): Excel.NamedItemCollection {
  sheet.names.load("items/name,items/formula,items/comment");
  return sheet.names;
}

/** A loaded name as `ownershipRecords` reads it. */
export interface NameFacts {
  readonly name: string;
  readonly formula: unknown;
  readonly comment?: string | null;
}

export interface OwnershipRecords {
  readonly owned: OwnedBlock[];
  /** Every `_kaw_` name present, even one whose reference broke (e.g. "=#REF!"): it must be replaced, not added. */
  readonly names: Set<string>;
}

/**
 * The `_kaw_<job>` names of a loaded collection, as owned blocks (1-based rects, with `whole` and `fingerprint` from
 * the comment as in the .xlsx host) and raw names.
 */
export function ownershipRecords(items: readonly NameFacts[]): OwnershipRecords {
  const owned: OwnedBlock[] = [];
  const names = new Set<string>();
  for (const item of items) {
    // Some hosts report a sheet-scoped name with its sheet ("Sheet1!_kaw_ratios").
    const name = item.name.slice(item.name.lastIndexOf("!") + 1);
    if (!name.startsWith(ownershipPrefix)) continue;
    names.add(name);
    const rect = typeof item.formula === "string" ? parseA1Range(item.formula) : null;
    const { whole, fingerprint } = parseOwnershipComment(item.comment);
    const facts = { ...(whole ? { whole } : {}), ...(fingerprint ? { fingerprint } : {}) };
    if (rect) owned.push({ job: name.slice(ownershipPrefix.length), rect, ...facts });
  }
  return { owned, names };
}

/**
 * Queue recording `rect` as owned by `job`: a hidden worksheet-scoped name `_kaw_<job>` referring to
 * `='<sheet>'!$H$3:$N$43`, with the comment `ownershipComment(facts)` when it says anything (a whole generated sheet,
 * a fingerprint). An existing name is deleted first, so a rerun replaces the reference.
 */
export function queueOwnership(
  sheet: Excel.Worksheet,
  sheetName: string,
  job: string,
  rect: CellRect,
  exists: boolean,
  facts: OwnershipFacts = { whole: false },
): void {
  const name = ownershipName(job);
  if (exists) sheet.names.getItem(name).delete();
  const reference = `=${absoluteReference(sheetName, rect)}`;
  const comment = ownershipComment(facts);
  const item = comment === "" ? sheet.names.add(name, reference) : sheet.names.add(name, reference, comment);
  item.visible = false;
}
