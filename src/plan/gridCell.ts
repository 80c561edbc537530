import type { CellValue, Grid } from "../domain/types";

/** The raw value at a 1-based sheet row and column, or null outside what the grid holds. */
export function gridCell(grid: Grid, row: number, column: number): CellValue {
  return grid.values[row - 1 - grid.top]?.[column - 1 - grid.left] ?? null;
}

/** True when a raw cell holds nothing at all (a host reads empty cells as null or ""). */
export function isEmptyCell(value: CellValue): boolean {
  return value === null || value === "";
}

/** The last 1-based sheet row the grid holds. */
export function gridBottom(grid: Grid): number {
  return grid.top + grid.values.length;
}
