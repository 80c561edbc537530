import type { Edit } from "../../plan/edits";
import { parseCell } from "../../plan/range";
import type { CellWindow } from "./a1";

/** The cells a column block or a cells edit writes, as a 0-based window. */
export function writtenWindow(change: Edit): { sheet: string; window: CellWindow } | null {
  if (change.kind === "columnBlock") {
    if (change.columns.length === 0) return null;
    const bottom = Math.max(change.lastRow, change.headerRow);
    const window = {
      top: change.headerRow - 1,
      left: change.firstColumn - 1,
      rows: bottom - change.headerRow + 1,
      columns: change.columns.length,
    };
    return { sheet: change.sheet, window };
  }
  if (change.kind !== "cells") return null;
  const at = parseCell(change.at);
  let columns = 0;
  for (const row of change.rows) columns = Math.max(columns, row.length);
  if (!at || columns === 0) return null;
  return {
    sheet: change.sheet,
    window: { top: at.row - 1, left: at.column - 1, rows: change.rows.length, columns },
  };
}
