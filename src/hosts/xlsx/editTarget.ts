/** The state one `applyEdits` call keeps while it walks an edit list: workbook text, sheets in tab order. */
import type { CellInput, Edit, EditList } from "../../plan/edits";
import type { CellValue } from "../../domain/types";
import { parseCell, parseRange } from "./cellRef";
import type { SheetGeometry } from "./drawingPart";
import { defaultColumnPixels, defaultRowPixels } from "./drawingPart";
import type { PartStage } from "./partStage";
import type { WorkbookDraft } from "./workbookDraft";
import type { SheetEntry, WorkbookInfo } from "./workbookPart";
import { XlsxError } from "./xlsxError";

/** A worksheet as the edit list has left it so far. */
export interface SheetState {
  name: string;
  readonly part: string;
  /** Created by this edit list (its part is written whole), or an existing part patched. */
  readonly created: boolean;
  /** The sheet's edits for the sheet writers, in order. */
  readonly edits: Edit[];
  /** `r:id` of a drawing this edit list attached to the sheet (an existing drawing is reused, not listed). */
  drawingRelId?: string;
  drawingPart?: string;
  readonly tableRelIds: string[];
}

export interface EditTarget {
  readonly stage: PartStage;
  readonly workbook: WorkbookInfo;
  /** workbook.xml as the edits so far have left it. */
  readonly book: WorkbookDraft;
  /** Every sheet of the workbook in tab order (chart sheets too: positions count them). */
  readonly sheets: (SheetState | { readonly name: string; readonly other: SheetEntry })[];
  readonly list: EditList;
}

/** The position `findSheet` last answered, tried first: a list's edits come sheet by sheet. */
const lastFound = new WeakMap<EditTarget, number>();

/** Position and state of a worksheet by name (case-insensitive, as Excel compares names). */
export function findSheet(target: EditTarget, name: string): { index: number; sheet: SheetState } {
  const key = name.toLowerCase();
  const guess = lastFound.get(target) ?? -1;
  const index =
    target.sheets[guess]?.name.toLowerCase() === key
      ? guess
      : target.sheets.findIndex((s) => s.name.toLowerCase() === key);
  lastFound.set(target, index);
  const sheet = target.sheets[index];
  if (!sheet || "other" in sheet) throw new XlsxError("xlsx.noSuchSheet", `no worksheet named "${name}"`);
  return { index, sheet };
}

/** The SheetEntry the ownership helpers take for the sheet at `index`. */
export function entryAt(target: EditTarget, index: number): SheetEntry {
  const sheet = target.sheets[index];
  if (!sheet) throw new XlsxError("xlsx.noSuchSheet", `no sheet at position ${index}`);
  return {
    name: sheet.name,
    index,
    part: "part" in sheet ? sheet.part : "",
    kind: "worksheet",
    visible: true,
  };
}

/**
 * Text of the cells in a sheet row from `left` to `right` as the edit list writes them (its `cells` edits, the
 * last one wins), else as the existing sheet holds them (`existing`, read only when needed).
 */
export function rowText(
  list: EditList,
  sheet: string,
  row: number,
  columns: { left: number; right: number },
  existing: () => readonly (readonly CellValue[])[],
): string[] {
  const written = new Map<number, CellInput>();
  for (const edit of list.changes) {
    if (edit.kind !== "cells" || edit.sheet.toLowerCase() !== sheet.toLowerCase()) continue;
    const at = parseCell(edit.at);
    const values = at ? edit.rows[row - at.row] : undefined;
    if (!at || !values) continue;
    values.forEach((value, i) => written.set(at.column + i, value));
  }
  const texts: string[] = [];
  for (let column = columns.left; column <= columns.right; column++) {
    const value = written.has(column) ? written.get(column) : existing()[row - 1]?.[column - 1];
    texts.push(typeof value === "string" || typeof value === "number" ? String(value) : "");
  }
  return texts;
}

/** Column widths and row heights the sheet's edits set, in pixels (Calibri 11: 7 px a character, 5 px padding). */
export function geometryOf(edits: readonly Edit[]): SheetGeometry {
  const columns = new Map<number, number>();
  const rows = new Map<number, number>();
  for (const edit of edits) {
    if (edit.kind === "columnWidths") {
      const first = parseRange(`${edit.column}1`)?.left ?? 1;
      edit.widths.forEach((w, i) => columns.set(first + i, Math.trunc(w * 7 + 5)));
    }
    if (edit.kind === "rowHeights") edit.heights.forEach((h, i) => rows.set(edit.row + i, (h * 96) / 72));
  }
  return {
    columnPixels: (column) => columns.get(column) ?? defaultColumnPixels,
    rowPixels: (row) => rows.get(row) ?? defaultRowPixels,
  };
}
