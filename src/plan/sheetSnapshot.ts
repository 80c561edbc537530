import type { Grid } from "../domain/types";
import type { WorkbookEdit } from "./workbookEdit";

/** A rectangle in 1-based sheet coordinates, inclusive. */
export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A block of cells the product wrote earlier, as recorded inside the workbook. */
export interface OwnedBlock {
  /** Job key, e.g. "ratios". */
  readonly job: string;
  readonly rect: CellRect;
}

/** An Excel table (ListObject) on the sheet. */
export interface TableInfo {
  readonly name: string;
  /** Whole table range including the header row. */
  readonly rect: CellRect;
  readonly hasTotalsRow: boolean;
}

/** What a host read of one sheet: its cells plus what the jobs need to plan safely. */
export interface SheetSnapshot {
  /** The sheet's used cells (starting at A1 or the used range's corner). */
  readonly grid: Grid;
  /** Blocks recorded as owned by the product on this sheet. */
  readonly owned: readonly OwnedBlock[];
  readonly tables: readonly TableInfo[];
}

/** What every host offers the jobs and the UI. */
export interface WorkbookHost {
  /** Names of the visible worksheets, in tab order. */
  listSheets(): Promise<string[]>;
  /** The active sheet's name (the first sheet for files). */
  activeSheet(): Promise<string>;
  /** Read one sheet's used cells, ownership records and tables. */
  read(sheet: string): Promise<SheetSnapshot>;
  /** Apply a plan. */
  apply(edit: WorkbookEdit): Promise<void>;
}
