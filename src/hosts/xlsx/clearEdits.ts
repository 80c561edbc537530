/**
 * `clear` edits as the sheet writers know them: a `cells` edit of empty values in a style with no settings (the
 * workbook's default look), so a cleared cell loses both its value and its format.
 */
import type { CellsEdit, ClearEdit, Edit, EditList } from "../../plan/edits";
import { formatRange, parseRange } from "./cellRef";
import { XlsxError } from "./xlsxError";

/** Name of the empty style cleared cells get (not a name a job can declare: styles are plain words). */
export const clearedStyleName = " kaw cleared";

function clearAsCells(edit: ClearEdit): CellsEdit {
  const rect = parseRange(edit.range);
  if (!rect) throw new XlsxError("xlsx.badEdit", `cleared range "${edit.range}" is not a range`);
  const width = rect.right - rect.left + 1;
  const rows = Array.from({ length: rect.bottom - rect.top + 1 }, () => new Array<null>(width).fill(null));
  const at = formatRange({ ...rect, bottom: rect.top, right: rect.left });
  return { kind: "cells", sheet: edit.sheet, at, rows, style: clearedStyleName };
}

/** The list with every `clear` edit turned into empty cells in the empty style (declared when needed). */
export function withClearsAsCells(list: EditList): EditList {
  if (!list.changes.some((edit) => edit.kind === "clear")) return list;
  const changes = list.changes.map((edit): Edit => (edit.kind === "clear" ? clearAsCells(edit) : edit));
  return { styles: { ...list.styles, [clearedStyleName]: {} }, changes };
}
