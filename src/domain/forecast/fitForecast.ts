/** The model for a history by its length, with raw (unclamped) forecasts and error variances. */
import type { RawForecast } from "./forecastTypes";
import { fitEts } from "./fitEts";
import { fitHolt } from "./fitHolt";
import { mase, smape } from "./fitStatistics";
import { errorWeights, stepVariances, totalVariance } from "./intervals";

/** Fewer values than this: the mean of the months available ("insufficientHistory"). */
export const minHoltValues = 6;

/**
 * Raw forecast of the mean of the values: every step forecasts the mean, the one-step fit is the running mean.
 * Formula: ŷ = ȳ; step variance s²(1 + 1/n), total variance s²(H + H²/n), s² the sample variance (0 when n < 2).
 * @example meanForecast([4, 6], 2).points //=> [5, 5]
 */
export function meanForecast(values: readonly number[], horizon: number): RawForecast {
  const n = values.length;
  const mean = n === 0 ? 0 : values.reduce((a, b) => a + b, 0) / n;
  const squares = values.reduce((a, v) => a + (v - mean) * (v - mean), 0);
  const variance = n < 2 ? 0 : squares / (n - 1);
  const fitted = new Float64Array(n);
  for (let t = 1, sum = values[0] ?? 0; t < n; sum += values[t] ?? 0, t += 1) fitted[t] = sum / t;
  return {
    method: "mean",
    points: Array.from({ length: horizon }, () => mean),
    stepVariances: Array.from({ length: horizon }, () => variance * (1 + 1 / Math.max(n, 1))),
    totalVariance: variance * (horizon + (horizon * horizon) / Math.max(n, 1)),
    ...{ alpha: null, beta: null, gamma: null, variance },
    smape: smape(values, fitted),
    mase: mase(values, fitted),
  };
}

/**
 * Fits the model the history's length calls for and forecasts `horizon` steps, before any clamping.
 * Formula: n ≥ 2m → ETS AAA (`fitEts`); 6 ≤ n < 2m → Holt (`fitHolt`); n < 6 → mean (`meanForecast`).
 * Variances from `stepVariances` / `totalVariance` with σ² = the fit's mean squared one-step error, `unbiased`.
 * @example fitForecast([10, 20, 30, 40, 50, 60], 2, 12).points //=> [70, 80] (Holt)
 */
export function fitForecast(values: readonly number[], horizon: number, seasonLength: number): RawForecast {
  if (values.length < minHoltValues && values.length < 2 * seasonLength) return meanForecast(values, horizon);
  const steps = Array.from({ length: horizon }, (_, i) => i + 1);
  if (values.length >= 2 * seasonLength) {
    const fit = fitEts(values, seasonLength);
    const weights = errorWeights(fit.alpha, fit.beta, fit.gamma, seasonLength, horizon);
    return model(
      "ets",
      values,
      { ...fit, mse: unbiased(fit.mse, values.length, seasonLength + 4) },
      fit.gamma,
      steps.map(fit.point),
      weights,
    );
  }
  const fit = fitHolt(values);
  const weights = errorWeights(fit.alpha, fit.beta, 0, 0, horizon);
  return model(
    "holt",
    values,
    { ...fit, mse: unbiased(fit.mse, values.length, 4) },
    null,
    steps.map(fit.point),
    weights,
  );
}

/**
 * The one-step error variance corrected for the k values fitted from the data (α, β, γ, ℓ₀, b₀ and m − 1 free
 * seasonal starts: k = m + 4; Holt k = 4), as Hyndman et al. (2008) estimate σ²: an in-sample MSE alone
 * understates the error of new months, and the 80 % interval then covers only about 70 % of them.
 * Formula: σ² = MSE·(n − 1)/max(n − 1 − k, 1).
 * @example unbiased(10, 36, 16) //=> 10 × 35/19 = 18.42…
 */
export function unbiased(mse: number, n: number, k: number): number {
  return (mse * (n - 1)) / Math.max(n - 1 - k, 1);
}

function model(
  method: "ets" | "holt",
  values: readonly number[],
  fit: { alpha: number; beta: number; mse: number; fitted: Float64Array },
  gamma: number | null,
  points: number[],
  weights: Float64Array,
): RawForecast {
  return {
    method,
    points,
    stepVariances: stepVariances(weights, fit.mse, points.length),
    totalVariance: totalVariance(weights, fit.mse, points.length),
    ...{ alpha: fit.alpha, beta: fit.beta, gamma, variance: fit.mse },
    smape: smape(values, fit.fitted),
    mase: mase(values, fit.fitted),
  };
}
