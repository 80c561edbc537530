/**
 * The priority score: financial health, purchase influence and account value (min–max normalised across the
 * customers), weighted.
 */
import type { PriorityPart } from "./scoreSettings";
import { priorityParts } from "./scoreSettings";
import { weightedColumns } from "./weightedScore";

/**
 * Values min–max normalised to 0–100 across the customers that have one (NaN stays empty). When all are equal
 * (or there is one) the spread says nothing, so each gets 50, the middle of the scale: the part then neither lifts
 * nor sinks anyone.
 * Formula: (v − min) ÷ (max − min) × 100.
 * @example minMaxScores(Float64Array.of(200, 600, NaN, 1000)) //=> [0, 50, NaN, 100]
 */
export function minMaxScores(values: Float64Array): Float64Array {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const spread = max - min;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? Number.NaN;
    if (!Number.isFinite(value)) out[i] = Number.NaN;
    else out[i] = spread > 0 ? ((value - min) / spread) * 100 : 50;
  }
  return out;
}

export interface PriorityColumns {
  /** 0–100; NaN when no part is present. */
  readonly score: Float64Array;
  /** Share of the total weight whose part is present, 0–1. */
  readonly coverage: Float64Array;
  /** The account value as normalised, 0–100. */
  readonly accountValueScore: Float64Array;
}

/**
 * Priority of every customer. The account value is last-12-month sales when the transaction job has run, else
 * revenue: the job picks one for all customers, so that one scale is normalised.
 * Formula: Σ w_p s_p ÷ Σ w_p over the parts p present, with s_accountValue = minMaxScores(account value).
 * @example
 * // health 80, influence 60, account value the largest (100); weights 0.4 / 0.3 / 0.3 → 32 + 18 + 30 = 80
 */
export function priorityColumns(
  parts: {
    readonly health: Float64Array;
    readonly influence: Float64Array;
    readonly accountValue: Float64Array;
  },
  weights: Readonly<Record<PriorityPart, number>>,
): PriorityColumns {
  const accountValueScore = minMaxScores(parts.accountValue);
  const { score, coverage } = weightedColumns(
    [parts.health, parts.influence, accountValueScore],
    priorityParts.map((key) => weights[key]),
  );
  return { score, coverage, accountValueScore };
}
