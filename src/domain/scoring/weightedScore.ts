/**
 * A weighted sum over the scores that are present, the weights renormalised over them: the one combination the
 * health, purchase influence and priority scores share.
 */

/** A combined score (NaN when no weighted part is present) and the share of the total weight present (0–1). */
export interface WeightedScore {
  score: number;
  coverage: number;
}

/**
 * The weighted mean of the present scores (NaN = absent), with its coverage.
 * Formula: score = Σ wᵢsᵢ ÷ Σ wᵢ over present i; coverage = Σ wᵢ (present) ÷ Σ wᵢ (all). Empty when the present
 * weight is 0. Scores are on 0–100 and the result is kept there. Weights are taken as given (finite, ≥ 0; normally
 * summing to 1).
 * @example weightedScore([80, Number.NaN, 50], [0.4, 0.3, 0.3]) //=> { score: 68.571…, coverage: 0.7 }  (44 ÷ 0.7)
 */
export function weightedScore(scores: ArrayLike<number>, weights: ArrayLike<number>): WeightedScore {
  let sum = 0;
  let present = 0;
  let total = 0;
  for (let i = 0; i < weights.length; i += 1) {
    const weight = weights[i] ?? 0;
    const score = scores[i] ?? Number.NaN;
    total += weight;
    if (!Number.isNaN(score) && weight > 0) {
      sum += weight * score;
      present += weight;
    }
  }
  if (!(present > 0)) return { score: Number.NaN, coverage: 0 };
  // Rounding can carry a mean of scores in 0–100 a hair outside; the scale is closed.
  return { score: Math.min(100, Math.max(0, sum / present)), coverage: Math.min(1, present / total) };
}

/**
 * Column by column: the weighted mean of each customer's present parts, into `score` and `coverage`.
 * Formula: as `weightedScore`, per customer i over the columns parts[k][i].
 * @example weightedColumns([Float64Array.of(80), Float64Array.of(50)], [0.5, 0.5]).score[0] //=> 65
 */
export function weightedColumns(
  parts: readonly Float64Array[],
  weights: readonly number[],
): { score: Float64Array; coverage: Float64Array } {
  const count = parts[0]?.length ?? 0;
  const score = new Float64Array(count);
  const coverage = new Float64Array(count);
  const row = new Float64Array(parts.length);
  for (let i = 0; i < count; i += 1) {
    for (let k = 0; k < parts.length; k += 1) row[k] = parts[k]?.[i] ?? Number.NaN;
    const combined = weightedScore(row, weights);
    score[i] = combined.score;
    coverage[i] = combined.coverage;
  }
  return { score, coverage };
}
