/**
 * Weights as given: accepted when they add up to 1 within 0.001, never rescaled silently. The UI may rescale them
 * explicitly, on the person's request.
 */
import type { Issue } from "../types";

/** Weights must add up to 1 within this. */
export const weightSumTolerance = 0.001;

/** Given weights, unchanged, and why they cannot be used as they are. */
export interface CheckedWeights {
  readonly weights: readonly number[];
  readonly issues: readonly Issue[];
}

/**
 * Checks weights as given: each finite and ≥ 0, and |Σw − 1| ≤ 0.001. The weights come back unchanged.
 * @example normaliseWeights([0.4, 0.3, 0.3]) //=> { weights: [0.4, 0.3, 0.3], issues: [] }
 * @example normaliseWeights([0.4, 0.4, 0.3]).issues //=> [{ code: "weights.sumNotOne", params: { sum: 1.1 } }]
 */
export function normaliseWeights(weights: readonly number[]): CheckedWeights {
  const issues: Issue[] = [];
  weights.forEach((value, i) => {
    if (!Number.isFinite(value) || value < 0)
      issues.push({ code: "weights.negative", params: { index: i + 1, value } });
  });
  const sum = weights.reduce((s, w) => s + w, 0);
  if (issues.length === 0 && !(Math.abs(sum - 1) <= weightSumTolerance))
    issues.push({ code: "weights.sumNotOne", params: { sum: Number(sum.toFixed(6)) } });
  return { weights, issues };
}

/**
 * Rescales weights to sum 1 on request: w_i ÷ Σw. Null when a weight is negative or not finite, or all are 0.
 * @example rescaleWeights([2, 1, 1]) //=> [0.5, 0.25, 0.25]
 * @example rescaleWeights([0, 0]) //=> null
 */
export function rescaleWeights(weights: readonly number[]): number[] | null {
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) return null;
  const sum = weights.reduce((s, w) => s + w, 0);
  return sum > 0 ? weights.map((w) => w / sum) : null;
}
