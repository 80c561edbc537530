/**
 * AHP weights from a pairwise comparison matrix: principal eigenvector (power iteration) or row geometric means,
 * with λmax, the consistency index and the consistency ratio.
 */
import type { Issue } from "../types";
import type { PairwiseMatrix } from "./ahpMatrix";
import { pairwiseIssues } from "./ahpMatrix";

export type AhpMethod = "eigenvector" | "geometricMean";

/**
 * Saaty's random index RI(n) for n = 1..10: the mean CI of random reciprocal matrices.
 * Source: T. L. Saaty (1990), "How to make a decision: The analytic hierarchy process", European Journal of
 * Operational Research 48, 9–26 (the table of random consistency indices); also Saaty (1980), The Analytic
 * Hierarchy Process, McGraw-Hill.
 */
export const randomIndex: readonly number[] = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

/** A consistency ratio at or above this gives the "ahp.inconsistent" warning (Saaty's 10 % rule). */
export const maxConsistencyRatio = 0.1;

/** Power iteration stops when no weight moves more than this between two steps… */
export const powerTolerance = 1e-12;
/** …or after this many steps (a positive matrix converges in a few dozen). */
export const powerMaxIterations = 1000;

export interface AhpWeights {
  /** Weights summing to 1, in the matrix's order. */
  readonly weights: readonly number[];
  readonly lambdaMax: number;
  /** Consistency index (λmax − n) ÷ (n − 1). */
  readonly ci: number;
  /** Consistency ratio CI ÷ RI(n); 0 when RI(n) = 0 (every 2×2 reciprocal matrix is consistent). */
  readonly cr: number;
}

/** Weights, or null when the matrix is unusable; issues list why, or warn of inconsistency. */
export interface AhpResult {
  readonly value: AhpWeights | null;
  readonly issues: readonly Issue[];
}

const normalised = (v: readonly number[]): number[] => {
  const sum = v.reduce((s, x) => s + x, 0);
  return v.map((x) => x / sum);
};

const times = (a: PairwiseMatrix, w: readonly number[]): number[] =>
  a.map((row) => row.reduce((s, x, j) => s + x * (w[j] ?? 0), 0));

/** w_i = (Π_j a_ij)^(1/n), normalised to sum 1. */
function geometricMeanCore(a: PairwiseMatrix): number[] {
  const n = a.length;
  return normalised(a.map((row) => Math.exp(row.reduce((s, x) => s + Math.log(x), 0) / n)));
}

/** w ← A w ÷ Σ(A w) from w = (1/n, …), until max |Δw| < powerTolerance or powerMaxIterations steps. */
function eigenvectorCore(a: PairwiseMatrix): number[] {
  let w = a.map(() => 1 / a.length);
  for (let step = 0; step < powerMaxIterations; step++) {
    const next = normalised(times(a, w));
    const moved = Math.max(...next.map((x, i) => Math.abs(x - (w[i] ?? 0))));
    w = next;
    if (moved < powerTolerance) break;
  }
  return w;
}

/**
 * AHP weights of a pairwise matrix, with λmax = mean_i (A w)_i ÷ w_i, CI = (λmax − n) ÷ (n − 1) and
 * CR = CI ÷ RI(n); a CR ≥ 0.1 adds the warning "ahp.inconsistent".
 * @example ahpWeights([[1, 1/3, 1/5], [3, 1, 1/4], [5, 4, 1]], "eigenvector")
 *   //=> weights ≈ [0.1007, 0.2255, 0.6738], lambdaMax ≈ 3.0858, ci ≈ 0.0429, cr ≈ 0.0739
 */
export function ahpWeights(matrix: PairwiseMatrix, method: AhpMethod): AhpResult {
  const invalid = pairwiseIssues(matrix);
  if (invalid.length > 0) return { value: null, issues: invalid };
  const n = matrix.length;
  const weights = method === "eigenvector" ? eigenvectorCore(matrix) : geometricMeanCore(matrix);
  const aw = times(matrix, weights);
  const lambdaMax = aw.reduce((s, x, i) => s + x / (weights[i] ?? 1), 0) / n;
  // λmax ≥ n for a positive reciprocal matrix; rounding can dip a hair below, which is not inconsistency.
  const ci = Math.max(0, (lambdaMax - n) / (n - 1));
  const ri = randomIndex[n - 1] ?? 0;
  const cr = ri === 0 ? 0 : ci / ri;
  const issues: Issue[] =
    cr >= maxConsistencyRatio ? [{ code: "ahp.inconsistent", params: { cr: Number(cr.toFixed(3)) } }] : [];
  return { value: { weights, lambdaMax, ci, cr }, issues };
}
