import type { FieldKey, Issue } from "../../domain/types";
import type { FieldOverrides } from "../../domain/source";
import type { SheetSnapshot } from "../../plan/sheetSnapshot";
import type { RatioInspection, RatioOptions, RatioPlan, RatioReport } from "../../jobs/ratios";

/** The job functions the panel calls; tests may pass their own. */
export interface RatioJobs {
  readonly inspectRatios: (snapshot: SheetSnapshot, options: RatioOptions) => RatioInspection;
  readonly planRatios: (snapshot: SheetSnapshot, options: RatioOptions) => RatioPlan;
}

/** What the pane knows about the chosen sheet. */
export type SourceState =
  | { readonly kind: "loading" }
  | { readonly kind: "readFailed"; readonly message: string }
  | { readonly kind: "empty"; readonly sheet: string }
  | { readonly kind: "inspected"; readonly sheet: string; readonly inspection: RatioInspection }
  | { readonly kind: "inspectFailed"; readonly sheet: string; readonly message: string };

/** Where the last run stands. */
export type RunState =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly fraction: number | null }
  | { readonly kind: "done"; readonly sheet: string; readonly report: RatioReport; readonly seconds: number }
  | { readonly kind: "refused"; readonly sheet: string; readonly issues: readonly Issue[] }
  | { readonly kind: "failed"; readonly message: string };

export interface RatioJob {
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  readonly source: SourceState;
  readonly run: RunState;
  readonly days: 365 | 360;
  readonly overrides: FieldOverrides;
  readonly chooseSheet: (sheet: string) => void;
  readonly reload: () => void;
  readonly setDays: (days: 365 | 360) => void;
  readonly mapField: (field: FieldKey, column: number | null) => void;
  readonly calculate: () => void;
}
