import type { CellsEdit } from "../../../plan/edits";
import type { CellRect } from "../../../plan/sheetSnapshot";
import { styleAt } from "./cellInputs";

/**
 * The rectangles, 0-based within the edit, that each style covers in rows `start .. start + count - 1`: runs of equal
 * style down each column, joined with the same run of the column to the left. A column style over 100 000 rows is one
 * rectangle; a header row of one style is one rectangle; only truly scattered cells give many.
 * @example a 3 × 2 edit, column styles ["a", "b"], cell (0, 0) "h" → { h: [(0,0)], a: [(1..2, 0)], b: [(0..2, 1)] }
 */
export function styleRects(
  edit: CellsEdit,
  width: number,
  start: number,
  count: number,
): Map<string, CellRect[]> {
  const open = new Map<string, { list: CellRect[]; index: number }>();
  const byStyle = new Map<string, CellRect[]>();
  for (let column = 0; column < width; column += 1) {
    let row = start;
    while (row < start + count) {
      const style = styleAt(edit, row, column);
      let bottom = row;
      while (bottom + 1 < start + count && styleAt(edit, bottom + 1, column) === style) bottom += 1;
      if (style !== null) extend(open, byStyle, style, { top: row, left: column, bottom, right: column });
      row = bottom + 1;
    }
  }
  return byStyle;
}

/** Widen the rectangle that ends in the previous column with the same rows and style, or start a new one. */
function extend(
  open: Map<string, { list: CellRect[]; index: number }>,
  byStyle: Map<string, CellRect[]>,
  style: string,
  run: CellRect,
): void {
  const key = `${style}|${run.top}|${run.bottom}`;
  const found = open.get(key);
  const rect = found?.list[found.index];
  if (found && rect && rect.right === run.left - 1) {
    found.list[found.index] = { ...rect, right: run.right };
    return;
  }
  const list = byStyle.get(style) ?? [];
  byStyle.set(style, list);
  open.set(key, { list, index: list.push(run) - 1 });
}
