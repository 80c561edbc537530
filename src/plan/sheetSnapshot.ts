import type { Grid } from "../domain/types";
import type { WorkbookEdit } from "./workbookEdit";
import type { WorkbookSnapshot } from "./workbookSnapshot";

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
  /** The job generated the whole sheet (recorded by an `own` edit with `whole`). */
  readonly whole?: boolean;
  /** Fingerprint of what the job wrote (see `contentFingerprint`), when recorded. */
  readonly fingerprint?: string;
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
  /**
   * Cells holding formulas, as "row,column" (1-based), when the host read them (it does for sheets a job generated):
   * their values move with their inputs, so they are left out of the typed-into check.
   */
  readonly formulaCells?: readonly string[];
  /** True when the sheet is protected: Excel refuses writes into its locked cells, so jobs refuse before writing. */
  readonly protected?: boolean;
}

/** What every host offers the jobs and the UI. */
export interface WorkbookHost {
  /** Names of the visible worksheets, in tab order. */
  listSheets(): Promise<string[]>;
  /** The active sheet's name (the first sheet for files). */
  activeSheet(): Promise<string>;
  /** Read one sheet's used cells, ownership records and tables. */
  read(sheet: string): Promise<SheetSnapshot>;
  /** Apply a plan (outside a job run: prefer `runJob`). */
  apply(edit: WorkbookEdit): Promise<void>;
  /**
   * One job run as one host transaction: read the sheet, hand the snapshot to the pure `plan` function, apply the
   * edit it returns (nothing when `edit` is null, e.g. a refusal) and return its `result`. In Excel this is one
   * `Excel.run`. `onProgress` receives the fraction written (0..1) when the write is chunked.
   */
  runJob<T>(
    sheet: string,
    plan: (snapshot: SheetSnapshot) => JobPlan<T>,
    onProgress?: (fraction: number) => void,
  ): Promise<T>;
  /**
   * One job run over several sheets as one host transaction (one `Excel.run`): read every sheet's name and
   * ownership records and the full snapshots of `reads`, hand them to the pure `plan`, apply the edit it returns
   * (nothing when null) and return its `result`.
   */
  runWorkbookJob<T>(
    reads: readonly string[],
    plan: (workbook: WorkbookSnapshot) => JobPlan<T>,
    onProgress?: (fraction: number) => void,
    options?: RunOptions,
  ): Promise<T>;
  /** Select a cell for the person (Excel); hosts without a UI do nothing. */
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Tell `listener` when the workbook changes under the pane: another sheet activated, sheets added, deleted or
   * renamed, or cells of `source` edited (not the host's own writes, where it can tell). Returns an unsubscribe.
   * Hosts without live changes (files) leave it out.
   */
  onChange?(listener: (change: WorkbookChange) => void, source: string | null): () => void;
}

/** A change of the workbook that may change what a job detects. */
export interface WorkbookChange {
  readonly kind: "activated" | "sheets" | "edited";
  /** The sheet activated or edited. */
  readonly sheet?: string;
}

/** What else a job run reads. */
export interface RunOptions {
  /**
   * Also read every sheet this job generated (records `_kaw_<job>` or `_kaw_<job>.<slot>` with `whole`), with
   * their formula cells (`SheetSnapshot.formulaCells`), so the plan can tell whether the person typed into them.
   */
  readonly generatedBy?: string;
}

/** What a job's pure planner returns to `runJob`. */
export interface JobPlan<T> {
  readonly edit: WorkbookEdit | null;
  readonly result: T;
}
