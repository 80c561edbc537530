/**
 * Pairwise comparison matrices for AHP: validation with located issues, and the 3×3 matrix built from the three
 * judgements above its diagonal.
 */
import type { Issue } from "../types";

/** A square matrix of pairwise judgements: `matrix[i][j]` is how much more criterion i matters than j. */
export type PairwiseMatrix = readonly (readonly number[])[];

/** Saaty's scale runs from 1/9 to 9. */
export const saatyMin = 1 / 9;
export const saatyMax = 9;

/**
 * Relative tolerance of the reciprocal and scale checks: |a_ij × a_ji − 1| ≤ 0.01, so 0.33 typed for 1/3 passes
 * (0.33 × 3 = 0.99) while 0.3 does not (0.9).
 */
export const reciprocalTolerance = 0.01;

/** The largest matrix Saaty's random index table covers. */
export const maxCriteria = 10;

function cellIssues(matrix: PairwiseMatrix, n: number): Issue[] {
  const issues: Issue[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const value = matrix[i]?.[j] ?? NaN;
      const at = { row: i + 1, column: j + 1, value };
      if (!Number.isFinite(value) || value <= 0) issues.push({ code: "ahp.notPositive", params: at });
      else if (value < saatyMin * (1 - reciprocalTolerance) || value > saatyMax * (1 + reciprocalTolerance))
        issues.push({ code: "ahp.outOfScale", params: at });
    }
  }
  return issues;
}

function reciprocalIssues(matrix: PairwiseMatrix, n: number): Issue[] {
  const issues: Issue[] = [];
  for (let i = 0; i < n; i++) {
    // j ≥ i: each pair is checked once, the diagonal against itself (a_ii² = 1 means a_ii = 1).
    for (let j = i; j < n; j++) {
      const value = matrix[j]?.[i] ?? NaN;
      const expected = 1 / (matrix[i]?.[j] ?? NaN);
      if (Math.abs(value / expected - 1) > reciprocalTolerance)
        issues.push({ code: "ahp.notReciprocal", params: { row: j + 1, column: i + 1, value, expected } });
    }
  }
  return issues;
}

/**
 * Everything wrong with a pairwise matrix: not square n×n, n outside 2..10, a value not positive or outside
 * 1/9..9, or a_ji ≠ 1 / a_ij (relative tolerance 0.01). Rows and columns in params are 1-based.
 * @example pairwiseIssues([[1, 3], [1 / 3, 1]]) //=> []
 * @example pairwiseIssues([[1, 3], [3, 1]]) //=> [{ code: "ahp.notReciprocal", params: { row: 2, column: 1, value: 3, expected: 0.333… } }]
 */
export function pairwiseIssues(matrix: PairwiseMatrix): Issue[] {
  const n = matrix.length;
  if (n < 2) return [{ code: "ahp.tooSmall", params: { size: n } }];
  if (n > maxCriteria) return [{ code: "ahp.tooLarge", params: { size: n, max: maxCriteria } }];
  const ragged = matrix.findIndex((row) => row.length !== n);
  if (ragged >= 0)
    return [
      { code: "ahp.notSquare", params: { row: ragged + 1, length: matrix[ragged]?.length ?? 0, size: n } },
    ];
  const cells = cellIssues(matrix, n);
  return cells.length > 0 ? cells : reciprocalIssues(matrix, n);
}

/**
 * The 3×3 reciprocal matrix of three judgements: a12 (first over second), a13 and a23, with a_ji = 1 / a_ij.
 * @example pairwiseFromJudgements(3, 5, 2) //=> [[1, 3, 5], [1/3, 1, 2], [1/5, 1/2, 1]]
 */
export function pairwiseFromJudgements(a12: number, a13: number, a23: number): number[][] {
  return [
    [1, a12, a13],
    [1 / a12, 1, a23],
    [1 / a13, 1 / a23, 1],
  ];
}
