// API fixed for the helpers; the lead implements the bodies.
import type { FieldKey, Issue, Lang } from "../domain/types";
import type { FieldOverrides, SourceLayout } from "../domain/source";
import type { WorkbookEdit } from "../plan/workbookEdit";
import type { SheetSnapshot } from "../plan/sheetSnapshot";

export interface RatioOptions {
  /** Output language; default: the sheet's header language (zh-CN when most recognised headers are Chinese). */
  readonly lang?: Lang;
  readonly days?: 365 | 360;
  readonly overrides?: FieldOverrides;
}

/** What the job found, before it writes: for the task pane's "show before doing". */
export type RatioInspection =
  | {
      readonly ok: true;
      readonly layout: SourceLayout;
      readonly lang: Lang;
      /** Headers the run will write, in order. */
      readonly willAdd: readonly string[];
      /** 1-based column where the block goes. */
      readonly firstColumn: number;
      /** Required fields not mapped: the run would be refused. */
      readonly missing: readonly FieldKey[];
      /** Reasons the run would be refused (missing fields, header conflicts, occupied cells). Empty when it can run. */
      readonly refusals: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export interface RatioReport {
  readonly command: "ratios";
  readonly sheet: string;
  /** 1-based header row. */
  readonly headerRow: number;
  /** Customers analysed (data rows). */
  readonly rows: number;
  /** Headers written, in order. */
  readonly columns: readonly string[];
  readonly firstColumn: number;
  readonly lang: Lang;
  readonly issues: readonly Issue[];
  /** Data rows with at least one issue. */
  readonly rowsWithIssues: number;
}

export type RatioPlan =
  | { readonly ok: true; readonly edit: WorkbookEdit; readonly report: RatioReport }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export declare function inspectRatios(snapshot: SheetSnapshot, options: RatioOptions): RatioInspection;
export declare function planRatios(snapshot: SheetSnapshot, options: RatioOptions): RatioPlan;
