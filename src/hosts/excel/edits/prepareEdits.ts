import type { CellsEdit, Edit, EditList, StyleEdit, StyleSheet } from "../../../plan/edits";
import type { CellRect } from "../../../plan/sheetSnapshot";
import { parseA1Range } from "../a1";
import { ExcelHostError } from "../excelHostError";
import { jsonBytes } from "../utf8Bytes";
import type { PreparedCells } from "./cellInputs";
import { prepareCells, unknownStyle } from "./cellInputs";

/** An edit made ready to queue: what it sends and the UTF-8 bytes of each of its rows (one row for most kinds). */
export interface PreparedEdit {
  readonly edit: Edit;
  readonly rowBytes: readonly number[];
  /** `cells`: the rectangle's inputs and its top-left cell. */
  readonly cells?: { readonly prepared: PreparedCells; readonly at: CellRect };
  /** `style` with a number format: the format and the rectangle it goes to, row by row. */
  readonly numberFormat?: { readonly format: string; readonly rect: CellRect };
}

function rectOf(range: string): CellRect {
  const rect = parseA1Range(range);
  if (!rect) throw new ExcelHostError("excel.badRange", new Error(range), { range });
  return rect;
}

function styleNames(edit: CellsEdit): string[] {
  const names = [edit.style, ...(edit.columnStyles ?? []), ...(edit.cellStyles ?? []).flat()];
  return names.filter((name): name is string => typeof name === "string");
}

function checkStyles(names: readonly string[], styles: StyleSheet): void {
  const missing = names.find((name) => styles[name] === undefined);
  if (missing !== undefined) throw unknownStyle(missing);
}

/**
 * A style edit sends a number format per cell (Range.numberFormat has no single-value form) — the style's, or General
 * when it names none, since a named style is the whole format as in the .xlsx host — one row of the rectangle per
 * "row" of the edit, so a style over 100 000 rows is chunked like cells.
 */
function prepareStyle(edit: StyleEdit, styles: StyleSheet): PreparedEdit {
  checkStyles([edit.style], styles);
  const format = styles[edit.style]?.numberFormat ?? "General";
  const rect = rectOf(edit.range);
  const rowBytes = jsonBytes(Array.from({ length: rect.right - rect.left + 1 }, () => format)) + 1;
  const rows = Array.from({ length: rect.bottom - rect.top + 1 }, () => rowBytes);
  rows[0] = rowBytes + jsonBytes(edit);
  return { edit, rowBytes: rows, numberFormat: { format, rect } };
}

function prepareEdit(edit: Edit, styles: StyleSheet): PreparedEdit {
  if (edit.kind === "cells") {
    checkStyles(styleNames(edit), styles);
    const prepared = prepareCells(edit, styles);
    return { edit, rowBytes: prepared.rowBytes, cells: { prepared, at: rectOf(edit.at) } };
  }
  if (edit.kind === "style") return prepareStyle(edit, styles);
  // Ranges Excel would refuse are refused here, before anything is written.
  if (edit.kind === "own" || edit.kind === "merge" || edit.kind === "clear") rectOf(edit.range);
  return { edit, rowBytes: [jsonBytes(edit)] };
}

/**
 * Check and prepare every edit before any is queued: unknown style names, ranges that are not A1 rectangles where
 * one is needed and non-finite numbers all throw here, so a bad plan writes nothing.
 */
export function prepareEdits(list: EditList): PreparedEdit[] {
  const styles = list.styles ?? {};
  return list.changes.map((edit) => prepareEdit(edit, styles));
}
