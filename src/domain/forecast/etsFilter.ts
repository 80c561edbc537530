/** One pass of additive Holt-Winters over a history, in LibreOffice's order of updates. */
import type { EtsStart } from "./etsInit";

/**
 * The smoothing recursions of additive Holt-Winters run over the history for given α, β, γ, keeping what the last
 * pass left: its final level and trend, its one-step forecasts, and its seasonal deviations by time.
 *
 * The seasonal deviations of times 1 … m live in the same cells as the initial ones and each pass overwrites them,
 * so a pass starts from what the previous pass left there (time m, having no initial cell, starts from 0). That is
 * how LibreOffice's ScETSForecastCalculation::refill behaves, and Excel's published example (5564.34) needs it: a
 * clean start for every pass gives 5611.99. So one filter serves one search, and the order of passes matters.
 */
export class EtsFilter {
  /** sₜ by time: s₀ … s_{m−1} start as the initial deviations, later cells hold the last pass's values. */
  readonly seasonal: Float64Array;
  /** One-step forecasts ŷₜ of the last pass (ŷ₀ = y₀). */
  readonly fitted: Float64Array;
  level = 0;
  trend = 0;
  /** Seasonal cells of the earlier passes of a batch (`etsBatch`), one buffer per pass, reused. */
  readonly aside: readonly [Float64Array, Float64Array];
  /** The errors of the passes of the last batch, in order. */
  readonly errors = new Float64Array(3);

  constructor(
    readonly values: Float64Array,
    readonly seasonLength: number,
    readonly start: EtsStart,
  ) {
    this.seasonal = new Float64Array(values.length);
    this.seasonal.set(start.seasonal.subarray(0, Math.min(seasonLength, values.length)));
    this.fitted = new Float64Array(values.length);
    this.fitted[0] = values[0] ?? 0;
    this.aside = [new Float64Array(values.length), new Float64Array(values.length)];
  }

  /**
   * Runs the recursions and returns the mean squared one-step error.
   * Formula: for t = 1 … n − 1, with k = t − m when t > m, else k = t:
   * ŷₜ = ℓₜ₋₁ + bₜ₋₁ + s_k; ℓₜ = α(yₜ − s_k) + (1 − α)(ℓₜ₋₁ + bₜ₋₁); sₜ = γ(yₜ − ℓₜ) + (1 − γ)s_k;
   * bₜ = β(ℓₜ − ℓₜ₋₁) + (1 − β)bₜ₋₁; MSE = Σ (ŷₜ − yₜ)² / (n − 1).
   * @example new EtsFilter(Float64Array.of(1, 3, 2, 4), 2, start).run(0.5, 0.5, 0.5)
   */
  run(alpha: number, beta: number, gamma: number): number {
    const y = this.values;
    const s = this.seasonal;
    const fitted = this.fitted;
    const m = this.seasonLength;
    const n = y.length;
    const keepLevel = 1 - alpha;
    const keepSeason = 1 - gamma;
    const keepTrend = 1 - beta;
    let level = this.start.level;
    let trend = this.start.trend;
    let squares = 0;
    // Up to t = m the deviation read is the cell's own (k = t), later the one a season back (k = t − m).
    for (let t = 1, k = 1; t < n; t += 1, k = t > m ? t - m : t) {
      const before = s[k] as number;
      const actual = y[t] as number;
      const sum = level + trend;
      const forecast = sum + before;
      fitted[t] = forecast;
      const error = forecast - actual;
      squares += error * error;
      const next = alpha * (actual - before) + keepLevel * sum;
      s[t] = gamma * (actual - next) + keepSeason * before;
      trend = beta * (next - level) + keepTrend * trend;
      level = next;
    }
    this.level = level;
    this.trend = trend;
    return squares / (n - 1);
  }

  /**
   * The point forecast h steps after the last value, as FORECAST.ETS.ADD computes it.
   * Formula: ℓ + h·b + s[n − 1 − m + (h mod m)] (for h = m LibreOffice takes the deviation of one season earlier).
   */
  point(steps: number): number {
    const n = this.values.length;
    const m = this.seasonLength;
    return this.level + steps * this.trend + (this.seasonal[n - 1 - m + (steps % m)] ?? 0);
  }
}
