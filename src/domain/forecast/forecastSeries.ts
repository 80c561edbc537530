/** The sales forecast of one customer: the public entry point of the forecast engine. */
import type { ForecastFlag, ForecastOptions, ForecastResult, RawForecast } from "./forecastTypes";
import { fitForecast } from "./fitForecast";
import { z80, z95 } from "./intervals";

export const defaultHorizonSteps = 12;
export const defaultSeasonLength = 12;

/** Options outside their range: a bug of the caller, not an outcome of the data. */
export class ForecastOptionsError extends Error {
  readonly code = "forecastOptions";
  override readonly name = "ForecastOptionsError";
}

/**
 * Forecasts the next `horizon` values of a history (monthly sales, oldest first) with prediction intervals.
 * Method: ETS AAA as Excel's FORECAST.ETS / LibreOffice's FORECAST.ETS.ADD (n ≥ 2m), Holt's linear trend
 * (6 ≤ n < 2m), else the mean (flag "insufficientHistory"); see `fitForecast`. Intervals: point ± z·√variance
 * (z = 1.2816 for 80 %, 1.9600 for 95 %, normal errors, analytic variance of the additive model). Non-finite history
 * values count as 0. Forecasts and lower bounds below 0 become 0 (flag "clampedAtZero"); the total is the sum of the
 * clamped forecasts, its bounds Σ raw ± z·√(total variance), the lower clamped at 0, the upper at least the total.
 * Formula: forecast_h = max(0, ŷ_h); low80_h = max(0, ŷ_h − 1.2816·σ_h); high80_h = max(forecast_h, ŷ_h + 1.2816·σ_h).
 * @example forecastSeries([100, 120, 110], { horizon: 2 }).forecast //=> [110, 110] (mean, insufficientHistory)
 */
export function forecastSeries(history: readonly number[], options: ForecastOptions = {}): ForecastResult {
  const horizon = options.horizon ?? defaultHorizonSteps;
  const seasonLength = options.seasonLength ?? defaultSeasonLength;
  if (!Number.isInteger(horizon) || horizon < 1) throw new ForecastOptionsError(`horizon ${horizon}`);
  if (!Number.isInteger(seasonLength) || seasonLength < 2)
    throw new ForecastOptionsError(`season ${seasonLength}`);
  const values = history.map((v) => (Number.isFinite(v) ? v : 0));
  return clampForecast(fitForecast(values, horizon, seasonLength));
}

/**
 * Turns a raw forecast into the published result: intervals from the variances, values clamped at 0, flags.
 * Formula: see `forecastSeries`.
 * @example clampForecast({ method: "holt", points: [-5], stepVariances: [0], totalVariance: 0, … }).forecast //=> [0]
 */
export function clampForecast(raw: RawForecast): ForecastResult {
  let clamped = false;
  const floor = (v: number) => {
    if (v < 0) clamped = true;
    return Math.max(0, v);
  };
  const band = (z: number, sign: number) =>
    raw.points.map((p, i) => p + sign * z * Math.sqrt(raw.stepVariances[i] ?? 0));
  const forecast = raw.points.map(floor);
  const high = (z: number) => band(z, 1).map((v, i) => Math.max(v, forecast[i] ?? 0));
  const low80 = band(z80, -1).map(floor);
  const low95 = band(z95, -1).map(floor);
  const value = forecast.reduce((a, b) => a + b, 0);
  const sum = raw.points.reduce((a, b) => a + b, 0);
  const spread = Math.sqrt(raw.totalVariance);
  const total = {
    value,
    low80: Math.max(0, sum - z80 * spread),
    high80: Math.max(value, sum + z80 * spread),
    low95: Math.max(0, sum - z95 * spread),
    high95: Math.max(value, sum + z95 * spread),
  };
  const flags: ForecastFlag[] = [];
  if (raw.method === "mean") flags.push("insufficientHistory");
  if (clamped || sum - z95 * spread < 0) flags.push("clampedAtZero");
  const { method, alpha, beta, gamma, smape, mase, variance } = raw;
  return {
    method,
    forecast,
    low80,
    high80: high(z80),
    low95,
    high95: high(z95),
    total,
    alpha,
    beta,
    gamma,
    smape,
    mase,
    variance,
    flags,
  };
}
