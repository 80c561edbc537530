/**
 * What the index sheet's formulas give over one Development record sheet, computed from its grid the way Excel
 * computes them: the job writes these as the formulas' cached values, so a host that cannot recalculate shows
 * the same figures.
 */
import { columnNumber } from "../../domain/address";
import type { Grid } from "../../domain/types";
import { gridCell, isEmptyCell } from "../../plan/gridCell";
import { parseCell } from "../../plan/range";
import type { DevLayout } from "./devLayout";
import { tickMark } from "./prepSheet";

/** The index row of one record sheet. */
export interface DevStats {
  /** Furthest stage ticked in any row: 0 none, 1 contact … 5 contract (MAX of the stage helper). */
  readonly furthestStage: number;
  /** The attitude helper of the first row holding the latest date ("" without a dated row). */
  readonly latestAttitude: string | number | boolean;
  /** Cells of the date column holding a number (COUNT). */
  readonly contacts: number;
  /** The latest of them (MAX), null when there is none. */
  readonly lastContact: number | null;
  /** The reason cell's value, "" when empty. */
  readonly reason: string | number | boolean;
}

/** The stats of a new, empty record sheet. */
export const emptyDevStats: DevStats = {
  furthestStage: 0,
  latestAttitude: "",
  contacts: 0,
  lastContact: null,
  reason: "",
};

/** Excel's `=` between a cell and the "✓" literal: only that text (✓ has no case). */
const ticked = (grid: Grid, row: number, column: string): boolean =>
  gridCell(grid, row, columnNumber(column)) === tickMark;

/** The stage helper of row `r`. Formula: IF(I="✓",5,IF(H="✓",4,…,0)) */
function rowStage(grid: Grid, r: number, layout: DevLayout): number {
  for (let i = layout.stageColumns.length - 1; i >= 0; i -= 1)
    if (ticked(grid, r, layout.stageColumns[i] ?? "")) return i + 1;
  return 0;
}

/** The attitude helper of row `r`: the header text of the first ticked attitude; an empty header reads as 0. */
function rowAttitude(grid: Grid, r: number, layout: DevLayout): string | number | boolean {
  const column = layout.attitudeColumns.find((c) => ticked(grid, r, c));
  if (column === undefined) return "";
  const header = gridCell(grid, layout.headerRows[1], columnNumber(column));
  return header === null || header === "" ? 0 : header;
}

/**
 * The index figures of a record sheet read into `grid`.
 * Formula: stage = MAX(O6:O35); contacts = COUNT(A6:A35); last = MAX(A6:A35); attitude = INDEX(P6:P35,
 * MATCH(MAX(A6:A35),A6:A35,0)); reason = IF(B3="","",B3)
 * @example devRecordStats(grid with A6 = 45366, F6 = "✓", J6 = "✓", devLayout)
 * //=> { furthestStage: 2, latestAttitude: "热心", contacts: 1, lastContact: 45366, reason: "" }
 */
export function devRecordStats(grid: Grid, layout: DevLayout): DevStats {
  const dateColumn = columnNumber(layout.dateColumn);
  let furthestStage = 0;
  let contacts = 0;
  let lastContact: number | null = null;
  let latestRow = 0;
  for (let r = layout.firstRow; r <= layout.lastRow; r += 1) {
    furthestStage = Math.max(furthestStage, rowStage(grid, r, layout));
    const date = gridCell(grid, r, dateColumn);
    if (typeof date !== "number") continue;
    contacts += 1;
    // MATCH(…, 0) finds the first row holding the maximum.
    if (lastContact === null || date > lastContact) [lastContact, latestRow] = [date, r];
  }
  const reasonAt = parseCell(layout.reasonCell);
  const reason = reasonAt ? gridCell(grid, reasonAt.row, reasonAt.column) : null;
  return {
    furthestStage,
    latestAttitude: lastContact === null ? "" : rowAttitude(grid, latestRow, layout),
    contacts,
    lastContact,
    reason: reason === null || isEmptyCell(reason) ? "" : reason,
  };
}
