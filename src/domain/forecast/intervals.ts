/** Analytic prediction-error variances of additive exponential smoothing (Hyndman et al. 2008, class 1 models). */

/** Standard normal quantiles for two-sided 80 % and 95 % intervals (0.9 and 0.975). */
export const z80 = 1.2815515655446004;
export const z95 = 1.959963984540054;

/**
 * The weights cⱼ with which the one-step error of step t + j carries into later forecasts, j = 1 … count.
 * Formula: cⱼ = α + α·β·j + γ·(1 − α)·[j mod m = 0] — the update rules ℓ += α·e, b += α·β·e and s += γ(1 − α)·e
 * of Holt-Winters in error-correction form (γ = 0 and m = 0 for Holt's method).
 * @example errorWeights(0.5, 0.2, 0.4, 2, 3) //=> [0.6, 0.9, 0.8] (0.5 + 0.1j, plus 0.2 at j = 2)
 */
export function errorWeights(
  alpha: number,
  beta: number,
  gamma: number,
  m: number,
  count: number,
): Float64Array {
  const c = new Float64Array(count);
  for (let j = 1; j <= count; j += 1) {
    c[j - 1] = alpha + alpha * beta * j + (m > 0 && j % m === 0 ? gamma * (1 - alpha) : 0);
  }
  return c;
}

/**
 * Variance of the forecast error at each step h = 1 … horizon.
 * Formula: σ²·(1 + Σⱼ₌₁^{h−1} cⱼ²).
 * @example stepVariances(Float64Array.of(0.5, 0.5), 4, 3) //=> [4, 5, 6]
 */
export function stepVariances(weights: Float64Array, variance: number, horizon: number): number[] {
  const out: number[] = [];
  let sum = 1;
  for (let h = 1; h <= horizon; h += 1) {
    out.push(variance * sum);
    const c = weights[h - 1] ?? 0;
    sum += c * c;
  }
  return out;
}

/**
 * Variance of the error of the forecast total over steps 1 … horizon: each future one-step error eₖ enters the
 * sum once directly and through the weights of every later step.
 * Formula: σ²·Σₖ₌₁^{H} (1 + Σⱼ₌₁^{H−k} cⱼ)².
 * @example totalVariance(Float64Array.of(0.5, 0.5), 4, 3) //=> 4 × (2² + 1.5² + 1²) = 29
 */
export function totalVariance(weights: Float64Array, variance: number, horizon: number): number {
  let total = 0;
  let carried = 1;
  for (let k = horizon; k >= 1; k -= 1) {
    total += carried * carried;
    carried += weights[horizon - k] ?? 0;
  }
  return variance * total;
}
