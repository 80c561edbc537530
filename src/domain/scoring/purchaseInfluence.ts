/**
 * The purchase influence score: the weighted sum of the three factors present (procurement cost, technical fit,
 * policy and social factors), each 0–100 with higher meaning a purchase from us is easier.
 */
import type { Issue } from "../types";
import type { FactorColumn } from "./ratingColumn";
import type { RowIssues } from "./rowIssues";
import type { InfluenceFactor } from "./scoreSettings";
import { influenceFactors } from "./scoreSettings";
import { weightedColumns } from "./weightedScore";

export interface InfluenceColumns {
  /** 0–100; NaN when no factor is present. */
  readonly score: Float64Array;
  /** Share of the total weight whose factor is present, 0–1. */
  readonly coverage: Float64Array;
  /** The factors' issues of single customers, merged. */
  readonly rowIssues: RowIssues;
  /** The factors' issues about whole columns (a missing rating column: one each). */
  readonly issues: readonly Issue[];
}

/**
 * Purchase influence of every customer from its factor columns.
 * Formula: Σ w_f s_f ÷ Σ w_f over the factors f present (weights e.g. 0.4 / 0.3 / 0.3); empty when none is.
 * @example
 * // cost 80, technology empty, policy 50 → (0.4×80 + 0.3×50) ÷ 0.7 = 67.14
 * purchaseInfluenceColumns({ cost, technology, policy }, { cost: 0.4, technology: 0.3, policy: 0.3 }).score[0]
 */
export function purchaseInfluenceColumns(
  factors: Readonly<Record<InfluenceFactor, FactorColumn>>,
  weights: Readonly<Record<InfluenceFactor, number>>,
): InfluenceColumns {
  const columns = influenceFactors.map((key) => factors[key]);
  const { score, coverage } = weightedColumns(
    columns.map((column) => column.score),
    influenceFactors.map((key) => weights[key]),
  );
  const rowIssues: RowIssues = new Map();
  for (const column of columns) {
    for (const [index, list] of column.rowIssues) {
      const merged = rowIssues.get(index);
      if (merged === undefined) rowIssues.set(index, [...list]);
      else for (const issue of list) merged.push(issue);
    }
  }
  return { score, coverage, rowIssues, issues: columns.flatMap((column) => column.issues) };
}
