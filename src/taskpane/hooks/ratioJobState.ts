import type { Issue } from "../../domain/types";
import type { FieldKey } from "../../domain/fieldKeys";
import type { FieldOverrides } from "../../domain/source";
import type { SheetSnapshot } from "../../plan/sheetSnapshot";
import type { RatioInspection, RatioOptions, RatioPlan, RatioReport } from "../../jobs/ratios";
import type { Failure } from "../describeError";

/** The job functions the panel calls; tests may pass their own. */
export interface RatioJobs {
  readonly inspectRatios: (snapshot: SheetSnapshot, options: RatioOptions) => RatioInspection;
  readonly planRatios: (snapshot: SheetSnapshot, options: RatioOptions) => RatioPlan;
}

/** What the pane knows about the chosen sheet. */
export type SourceState =
  | { readonly kind: "loading" }
  | { readonly kind: "readFailed"; readonly failure: Failure }
  | { readonly kind: "empty"; readonly sheet: string }
  | {
      readonly kind: "inspected";
      readonly sheet: string;
      readonly inspection: RatioInspection;
      readonly snapshot: SheetSnapshot;
    }
  | { readonly kind: "inspectFailed"; readonly sheet: string; readonly failure: Failure };

/** Where the last run stands. */
export type RunState =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly fraction: number | null }
  | { readonly kind: "done"; readonly sheet: string; readonly report: RatioReport; readonly seconds: number }
  | { readonly kind: "refused"; readonly sheet: string; readonly issues: readonly Issue[] }
  /** `writing`: the failure came after the job had started writing, so some cells may be written. */
  | { readonly kind: "failed"; readonly failure: Failure; readonly writing: boolean };

export interface RatioJob {
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  readonly source: SourceState;
  readonly run: RunState;
  readonly days: 365 | 360;
  readonly overrides: FieldOverrides;
  /** The customer on an issue's row of the source, for listing problems by name. */
  readonly customerOf: (issue: Issue) => string | undefined;
  readonly chooseSheet: (sheet: string) => void;
  readonly reload: () => void;
  readonly setDays: (days: 365 | 360) => void;
  readonly mapField: (field: FieldKey, column: number | null) => void;
  readonly calculate: () => void;
}
