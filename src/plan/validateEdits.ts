/**
 * Everything an edit list says is checked before a host writes anything: the sheets it names exist (or are created
 * earlier in the list), new sheet names follow Excel's rule, ranges lie inside the sheet, formulas parse and call
 * only portable functions, styles are declared, merges do not overlap, names are valid and do not clash. Each
 * problem is an Issue naming the sheet, the range and what is wrong; an empty list means the hosts may apply it.
 */
import type { Issue } from "../domain/types";
import type { Edit, EditList } from "./edits";
import { formulaChecker } from "./formulaSyntax";
import { checkEditContent } from "./validateContent";
import { overlaps, parseRange } from "./range";
import { sheetNameProblem } from "./sheetName";
import type { CellRect } from "./sheetSnapshot";

/** Stop listing after this many problems: the first ones say what is wrong. */
const maxIssues = 20;

/** The workbook as the plan saw it. */
export interface WorkbookFacts {
  /** Every sheet's name (worksheets and others), in tab order. */
  readonly sheets: readonly string[];
}

/**
 * Problems that stop `edit` from being applied to a workbook with `facts`; empty when it may be applied.
 * @example validateEdits({ changes: [{ kind: "merge", sheet: "Nope", range: "A1:B1" }] }, { sheets: ["S"] })
 * //=> [{ code: "edit.unknownSheet", sheet: "Nope", … }]
 */
export function validateEdits(edit: EditList, facts: WorkbookFacts): Issue[] {
  const issues: Issue[] = [];
  const sheets = new Map(facts.sheets.map((name) => [name.toLowerCase(), name]));
  const merges = new Map<string, CellRect[]>();
  const names = new Map<string, string>();
  const check = formulaChecker();
  for (const change of edit.changes) {
    if (issues.length >= maxIssues) break;
    issues.push(...sheetIssues(change, sheets));
    issues.push(...checkEditContent(change, edit.styles ?? {}, check));
    if (change.kind === "merge") issues.push(...mergeIssues(change.sheet, change.range, merges));
    if (change.kind === "name" || change.kind === "table") issues.push(...nameClash(change, names));
  }
  return issues.slice(0, maxIssues);
}

/** Sheet existence and naming; keeps `sheets` up to date as the list creates and deletes sheets. */
function sheetIssues(change: Edit, sheets: Map<string, string>): Issue[] {
  if (change.kind === "createSheet") {
    const problem = sheetNameProblem(change.sheet);
    if (problem) return [{ code: "edit.badSheetName", sheet: change.sheet, params: { problem } }];
    if (sheets.has(change.sheet.toLowerCase())) return [{ code: "edit.sheetExists", sheet: change.sheet }];
    sheets.set(change.sheet.toLowerCase(), change.sheet);
    return [];
  }
  if (change.kind === "name") {
    return change.scope === undefined || sheets.has(change.scope.toLowerCase())
      ? []
      : [{ code: "edit.unknownSheet", sheet: change.scope }];
  }
  const issues: Issue[] = [];
  if (!sheets.has(change.sheet.toLowerCase()))
    issues.push({ code: "edit.unknownSheet", sheet: change.sheet });
  if (change.kind === "hyperlink" && !sheets.has(change.target.sheet.toLowerCase()))
    issues.push({ code: "edit.unknownSheet", sheet: change.target.sheet });
  if (change.kind === "deleteSheet") sheets.delete(change.sheet.toLowerCase());
  return issues;
}

function mergeIssues(sheet: string, range: string, merges: Map<string, CellRect[]>): Issue[] {
  const rect = parseRange(range);
  if (!rect) return [];
  const key = sheet.toLowerCase();
  const earlier = merges.get(key) ?? [];
  const clash = earlier.find((other) => overlaps(other, rect));
  merges.set(key, [...earlier, rect]);
  return clash ? [{ code: "edit.mergeOverlap", sheet, params: { range } }] : [];
}

/**
 * Two names of one scope, or a table and any name, that differ only in case clash: Excel keeps one namespace for
 * defined names and table names. (Redefining a name the workbook already has is how a rerun updates it.)
 */
function nameClash(change: Extract<Edit, { kind: "name" | "table" }>, names: Map<string, string>): Issue[] {
  const name = change.name.toLowerCase();
  const scope = change.kind === "name" && change.scope !== undefined ? change.scope.toLowerCase() : "";
  const keys = change.kind === "table" ? [...names.keys()].filter((key) => key.endsWith(`!${name}`)) : [];
  const key = `${scope}!${name}`;
  const clash = names.has(key) || names.has(`table!${name}`) || keys.length > 0;
  names.set(change.kind === "table" ? `table!${name}` : key, change.name);
  if (!clash) return [];
  const sheet =
    change.kind === "table" ? { sheet: change.sheet } : change.scope ? { sheet: change.scope } : {};
  return [{ code: "edit.nameClash", ...sheet, params: { name: change.name } }];
}
