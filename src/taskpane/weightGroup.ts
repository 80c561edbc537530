/**
 * A group of weights as the Score panel edits them: in thousandths, so that the group adds up to exactly 1 after
 * every edit (the Settings sheet accepts 1 ± 0.001; the pane keeps no rounding error at all).
 */

/** Weights are kept to this many parts of 1 (three decimals). */
export const weightPartsPerOne = 1000;

const toParts = (weight: number): number => Math.round(weight * weightPartsPerOne);
const fromParts = (parts: number): number => parts / weightPartsPerOne;

/**
 * The weights rescaled to add up to exactly 1, to three decimals: each rounded, the last takes the remainder.
 * Formula: w_i' = round(1000 · w_i / Σw) / 1000 for i < n, w_n' = 1 − Σ_{i<n} w_i'. Equal weights when all are 0.
 * @example settleWeights([0.2, 0.2, 0.2]) //=> [0.333, 0.333, 0.334]
 * @example settleWeights([0.1007, 0.2255, 0.6738]) //=> [0.101, 0.226, 0.673]
 */
export function settleWeights(weights: readonly number[]): number[] {
  return shareParts(
    weightPartsPerOne,
    weights.map((weight) => Math.max(0, weight)),
  ).map(fromParts);
}

/**
 * Sets one weight (clamped to 0–1, three decimals) and rescales the others proportionally so the group still adds
 * up to 1; when the others are all 0 they share the rest equally. The last of the others takes the rounding remainder.
 * Formula: w_j' = (1 − v) · w_j / Σ_{k≠i} w_k for j ≠ i.
 * @example setWeight([0.4, 0.3, 0.3], 0, 0.5) //=> [0.5, 0.25, 0.25]
 * @example setWeight([0.4, 0.3, 0.3], 1, 0.6) //=> [0.229, 0.6, 0.171]
 */
export function setWeight(weights: readonly number[], index: number, value: number): number[] {
  const own = Math.min(weightPartsPerOne, Math.max(0, toParts(Number.isFinite(value) ? value : 0)));
  const others = weights.filter((_weight, j) => j !== index).map((weight) => Math.max(0, weight));
  const given = shareParts(weightPartsPerOne - own, others);
  const result: number[] = [];
  let next = 0;
  for (let j = 0; j < weights.length; j++) result.push(j === index ? own : (given[next++] ?? 0));
  return result.map(fromParts);
}

/** `total` parts shared in proportion to `weights` (equally when they are all 0); the last takes the remainder. */
function shareParts(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, weight) => s + weight, 0);
  const exact = weights.map((weight) => (sum > 0 ? (total * weight) / sum : total / weights.length));
  // Rounding the first ones can overshoot by a part when the last is near 0: then round them down instead.
  for (const round of [Math.round, Math.floor]) {
    const parts = exact.map((part) => round(part + 1e-9));
    const rest = parts.slice(0, -1).reduce((s, part) => s + part, 0);
    if (parts.length > 0) parts[parts.length - 1] = total - rest;
    if ((parts[parts.length - 1] ?? 0) >= 0) return parts;
  }
  return [];
}

/** The sum of a group, to three decimals (what the panel shows as "= 1.00"). */
export function weightSum(weights: readonly number[]): number {
  return fromParts(weights.reduce((sum, weight) => sum + toParts(weight), 0));
}
