/** Holt's linear trend (double exponential smoothing) fitted as LibreOffice's FORECAST.ETS.ADD does without season. */
import { searchSmoothing } from "./smoothingSearch";

export interface HoltFit {
  readonly alpha: number;
  /** Trend smoothing. */
  readonly beta: number;
  /** Mean squared one-step error, Σ (ŷₜ − yₜ)² / (n − 1). */
  readonly mse: number;
  /** One-step forecasts ŷ₁ … ŷₙ₋₁ (index 0 holds y₀). */
  readonly fitted: Float64Array;
  readonly point: (steps: number) => number;
}

/**
 * One pass of Holt's recursions for given α, β; writes the one-step forecasts into `fitted`.
 * Formula: ℓ₀ = y₀, b₀ = (yₙ₋₁ − y₀)/(n − 1); ŷₜ = ℓₜ₋₁ + bₜ₋₁; returns [Σ (ŷₜ − yₜ)²/(n − 1), ℓₙ₋₁, bₙ₋₁].
 * @example holtPass(Float64Array.of(10, 12, 15, 16), 0.5, 0.5, new Float64Array(4)) //=> [0.5208…, 16.375, 2.0625]
 */
export function holtPass(
  y: Float64Array,
  alpha: number,
  beta: number,
  fitted: Float64Array,
): [number, number, number] {
  let level = y[0] ?? 0;
  let trend = ((y[y.length - 1] ?? 0) - level) / (y.length - 1);
  let squares = 0;
  for (let t = 1; t < y.length; t += 1) {
    const forecast = level + trend;
    fitted[t] = forecast;
    const error = forecast - (y[t] ?? 0);
    squares += error * error;
    const next = alpha * (y[t] ?? 0) + (1 - alpha) * (level + trend);
    trend = beta * (next - level) + (1 - beta) * trend;
    level = next;
  }
  return [squares / (y.length - 1), level, trend];
}

/**
 * Fits Holt's linear trend to a history of at least 2 values.
 * Method: initial states per NIST/SEMATECH e-Handbook 6.4.3.3 as LibreOffice sets them (ℓ₀ = y₀,
 * b₀ = (yₙ₋₁ − y₀)/(n − 1)); α searched on [0, 1] and, for each trial α, β (`searchSmoothing`, resolution 0.001),
 * minimising the mean squared one-step error. Deterministic.
 * Formula: ℓₜ = α·yₜ + (1 − α)(ℓₜ₋₁ + bₜ₋₁); bₜ = β(ℓₜ − ℓₜ₋₁) + (1 − β)bₜ₋₁; forecast h ahead = ℓₙ₋₁ + h·bₙ₋₁.
 * @example fitHolt([10, 20, 30, 40, 50, 60]).point(1) //=> 70
 */
export function fitHolt(history: readonly number[]): HoltFit {
  const y = Float64Array.from(history);
  const fitted = new Float64Array(y.length);
  fitted[0] = y[0] ?? 0;
  let beta = 0;
  const { value: alpha } = searchSmoothing((alphaTrial) => {
    beta = searchSmoothing((trend) => holtPass(y, alphaTrial, trend, fitted)[0]).value;
    return holtPass(y, alphaTrial, beta, fitted)[0];
  });
  const [mse, level, trend] = holtPass(y, alpha, beta, fitted);
  return { alpha, beta, mse, fitted, point: (steps) => level + steps * trend };
}
