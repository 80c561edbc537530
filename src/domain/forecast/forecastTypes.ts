/** Types of the sales forecast engine (`forecastSeries`). */

/** ETS AAA (additive Holt-Winters), Holt's linear trend, or the mean of the months available. */
export type ForecastMethod = "ets" | "holt" | "mean";

/**
 * `insufficientHistory`: fewer than 6 values, the forecast is their mean. `clampedAtZero`: a forecast or a lower
 * bound came out below zero and was raised to 0.
 */
export type ForecastFlag = "insufficientHistory" | "clampedAtZero";

export interface ForecastOptions {
  /** Steps to forecast (months), a whole number ≥ 1; default 12. */
  readonly horizon?: number;
  /** Steps per season (12 for monthly data), a whole number ≥ 2; default 12. */
  readonly seasonLength?: number;
}

/** A sum over the horizon with its prediction intervals. */
export interface ForecastTotal {
  readonly value: number;
  readonly low80: number;
  readonly high80: number;
  readonly low95: number;
  readonly high95: number;
}

export interface ForecastResult {
  readonly method: ForecastMethod;
  /** Point forecasts for steps 1 … horizon, never below 0. */
  readonly forecast: readonly number[];
  readonly low80: readonly number[];
  readonly high80: readonly number[];
  readonly low95: readonly number[];
  readonly high95: readonly number[];
  readonly total: ForecastTotal;
  /** Level smoothing; null for the mean. */
  readonly alpha: number | null;
  /** Trend smoothing (Excel's FORECAST.ETS.STAT type 2); null for the mean. */
  readonly beta: number | null;
  /** Seasonal smoothing (FORECAST.ETS.STAT type 3); null unless ETS. */
  readonly gamma: number | null;
  /** Symmetric mean absolute percentage error of the one-step fit, 0 … 2; NaN with fewer than 2 values. */
  readonly smape: number;
  /** Mean absolute scaled error of the one-step fit against the naive forecast; NaN when undefined. */
  readonly mase: number;
  /** One-step error variance σ² the intervals are built on. */
  readonly variance: number;
  readonly flags: readonly ForecastFlag[];
}

/** A fitted model before clamping: raw point forecasts and the variance of each step's and of the total's error. */
export interface RawForecast {
  readonly method: ForecastMethod;
  readonly points: readonly number[];
  readonly stepVariances: readonly number[];
  readonly totalVariance: number;
  readonly alpha: number | null;
  readonly beta: number | null;
  readonly gamma: number | null;
  readonly smape: number;
  readonly mase: number;
  readonly variance: number;
}
