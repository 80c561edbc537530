import type { EditList } from "../../../plan/edits";

/**
 * The ranges an edit list's `replace` conditional formats clear, by lower-cased sheet name, each range once; and
 * the sheets already cleared in this list. One per edit list, kept with the queue state.
 */
export interface FormatClears {
  readonly bySheet: ReadonlyMap<string, readonly string[]>;
  readonly done: Set<string>;
}

/**
 * Gather the distinct ranges of the list's `replace` conditional formats ("k2:k10" and "$K$2:$K$10" are one).
 * @example formatClearsOf({ changes: [cf("S", "K2:K10", true), cf("S", "K2:K10", true)] }).bySheet //=> s → ["K2:K10"]
 */
export function formatClearsOf(list: EditList): FormatClears {
  const bySheet = new Map<string, string[]>();
  for (const edit of list.changes) {
    if (edit.kind !== "conditionalFormat" || edit.replace !== true) continue;
    const ranges = bySheet.get(edit.sheet.toLowerCase()) ?? [];
    const range = edit.range.replace(/\$/g, "").toUpperCase();
    if (!ranges.includes(range)) ranges.push(range);
    bySheet.set(edit.sheet.toLowerCase(), ranges);
  }
  return { bySheet, done: new Set() };
}

/**
 * Before the first conditional format the list adds on `sheetName`, clear every replace range of that sheet
 * (`ConditionalFormatCollection.clearAll`, ExcelApi 1.6). Clearing them all up front, rather than each before its
 * own edit, lets every format of the list survive, whichever ranges overlap — as in the .xlsx host, which removes
 * only formats that were there before the list.
 */
export function queueFormatClears(sheet: Excel.Worksheet, sheetName: string, clears: FormatClears): void {
  const key = sheetName.toLowerCase();
  if (clears.done.has(key)) return;
  clears.done.add(key);
  for (const range of clears.bySheet.get(key) ?? []) sheet.getRange(range).conditionalFormats.clearAll();
}
