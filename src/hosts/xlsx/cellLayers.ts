import type { CellRect } from "../../plan/sheetSnapshot";
import type { CellsEdit, Edit, HyperlinkEdit, StyleEdit } from "../../plan/edits";
import { columnLetters, parseCell, parseRange } from "./cellRef";
import type { CellContent } from "./cellContent";
import { cellContent, isDateInput } from "./cellContent";
import type { StyleIds } from "./editStyles";
import { cellStyleName, xfFor } from "./editStyles";
import { XlsxError } from "./xlsxError";

/** What an edit does to one cell: new content, a new style, or both (absent: left as it is). */
export interface CellOp {
  readonly content?: CellContent;
  readonly s?: number;
}

/** A rectangle of cell operations, computed one row at a time (a 100 000-row edit is never expanded whole). */
export interface CellLayer extends CellRect {
  /** Add this layer's operations on `row` to `into` (by column), over those of earlier layers. */
  apply(row: number, p: string, into: Map<number, CellOp>): void;
}

/** The layers of one sheet's `cells`, `style` and `hyperlink` edits, in edit order. */
export function cellLayers(edits: readonly Edit[], ids: StyleIds): CellLayer[] {
  const layers: CellLayer[] = [];
  for (const edit of edits) {
    if (edit.kind === "cells") layers.push(cellsLayer(edit, ids));
    if (edit.kind === "style") layers.push(styleLayer(edit, ids));
    if (edit.kind === "hyperlink") layers.push(linkLayer(edit));
  }
  return layers;
}

/** Operations of every layer on `row`, later layers over earlier ones. */
export function rowOps(layers: readonly CellLayer[], row: number, p: string): Map<number, CellOp> {
  const ops = new Map<number, CellOp>();
  for (const layer of layers) if (layer.top <= row && row <= layer.bottom) layer.apply(row, p, ops);
  return ops;
}

function put(into: Map<number, CellOp>, column: number, op: CellOp): void {
  const before = into.get(column);
  if (!before) return void into.set(column, op);
  const content = op.content ?? before.content;
  const s = op.s ?? before.s;
  into.set(column, { ...(content !== undefined ? { content } : {}), ...(s !== undefined ? { s } : {}) });
}

function at(ref: string, what: string): { row: number; column: number } {
  const cell = parseCell(ref);
  if (!cell || cell.row < 1 || cell.column < 1)
    throw new XlsxError("xlsx.badEdit", `${what}: "${ref}" is not a cell`);
  return cell;
}

function cellsLayer(edit: CellsEdit, ids: StyleIds): CellLayer {
  const { row: top, column: left } = at(edit.at, `cells on ${edit.sheet}`);
  const width = Math.max(1, ...edit.rows.map((values) => values.length), edit.columnStyles?.length ?? 0);
  const apply = (row: number, p: string, into: Map<number, CellOp>): void => {
    const r = row - top;
    const values = edit.rows[r] ?? [];
    for (let c = 0; c < width; c++) {
      const value = values[c];
      const column = left + c;
      const s = xfFor(ids, cellStyleName(edit, r, c), isDateInput(value));
      const content =
        value === undefined ? undefined : cellContent(value, `${columnLetters(column)}${row}`, p);
      if (content !== undefined || s !== undefined)
        put(into, column, { ...(content ? { content } : {}), ...(s !== undefined ? { s } : {}) });
    }
  };
  return { top, left, bottom: top + Math.max(edit.rows.length, 1) - 1, right: left + width - 1, apply };
}

function styleLayer(edit: StyleEdit, ids: StyleIds): CellLayer {
  const rect = parseRange(edit.range);
  if (!rect) throw new XlsxError("xlsx.badEdit", `style on ${edit.sheet}: "${edit.range}" is not a range`);
  const s = xfFor(ids, edit.style, false) ?? 0;
  const apply = (_row: number, _p: string, into: Map<number, CellOp>): void => {
    for (let column = rect.left; column <= rect.right; column++) put(into, column, { s });
  };
  return { ...rect, apply };
}

/** The linked cell shows the link's text (the `<hyperlink>` element itself is written with the tail). */
function linkLayer(edit: HyperlinkEdit): CellLayer {
  const { row, column } = at(edit.cell, `hyperlink on ${edit.sheet}`);
  const apply = (_row: number, p: string, into: Map<number, CellOp>): void =>
    put(into, column, { content: cellContent(edit.text, edit.cell, p) });
  return { top: row, left: column, bottom: row, right: column, apply };
}
