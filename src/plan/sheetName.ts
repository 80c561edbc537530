/**
 * One rule for sheet names, shared by every job: what Excel accepts, and a unique name when the wanted one is taken.
 */

/** Excel's longest sheet name, in UTF-16 code units. */
export const maxSheetNameLength = 31;

const forbidden = /[[\]:*?/\\]/;

export type SheetNameProblem = "blank" | "tooLong" | "forbiddenCharacter" | "apostropheAtEnd" | "reserved";

/**
 * Why Excel would refuse a sheet name, or null when it accepts it: blank, more than 31 characters, one of
 * `[ ] : * ? / \`, an apostrophe first or last, or "History" (reserved by Excel, any case).
 * @example sheetNameProblem("Sales: 2024") //=> "forbiddenCharacter"
 */
export function sheetNameProblem(name: string): SheetNameProblem | null {
  if (name.trim() === "") return "blank";
  if (name.length > maxSheetNameLength) return "tooLong";
  if (forbidden.test(name)) return "forbiddenCharacter";
  if (name.startsWith("'") || name.endsWith("'")) return "apostropheAtEnd";
  if (name.toLowerCase() === "history") return "reserved";
  return null;
}

/** The wanted name made acceptable: forbidden characters become "_", end apostrophes go, long names are cut. */
function cleaned(wanted: string): string {
  let name = wanted.replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "");
  if (name.trim() === "") name = "Sheet";
  if (name.toLowerCase() === "history") name = `${name}_`;
  return cutTo(name, maxSheetNameLength);
}

/** Cut to `length` code units without splitting a surrogate pair, and without leaving an apostrophe at the end. */
function cutTo(name: string, length: number): string {
  let cut = name.slice(0, length);
  const last = cut.charCodeAt(cut.length - 1);
  if (cut.length < name.length && last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut.replace(/'+$/, "");
}

/**
 * A valid sheet name, unique among `existing` ignoring case: the wanted name cleaned, else numbered " (2)",
 * " (3)"… with the base shortened so the whole stays within 31 characters.
 * @example uniqueSheetName("Monthly sales", ["monthly SALES"]) //=> "Monthly sales (2)"
 */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const base = cleaned(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const name = `${cutTo(base, maxSheetNameLength - suffix.length)}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
