/** Initial states of additive Holt-Winters, as LibreOffice's FORECAST.ETS.ADD sets them. */

/** |s₀| at or below this share of the largest |y| counts as 0 (rounding noise of a flat series). */
export const negligibleShare = 1e-9;

function largest(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i += 1) max = Math.max(max, Math.abs(values[i] ?? 0));
  return max;
}

export interface EtsStart {
  readonly level: number;
  readonly trend: number;
  /** One seasonal deviation per position in the season, the first season's. */
  readonly seasonal: Float64Array;
}

/**
 * Initial level, trend and seasonal deviations from the complete seasons at the start of the history, per the
 * NIST/SEMATECH e-Handbook of Statistical Methods 6.4.3.5 (triple exponential smoothing) with the seasonal
 * deviations corrected for the trend, as LibreOffice does (ScETSForecastCalculation::prefillTrendData,
 * prefillPerIdx, prefillBaseData). Needs at least 2 seasons.
 * Formula: trend b₀ = Σⱼ (y[m + j] − y[j]) / m²; with A_p the mean of complete season p (p < P = ⌊n / m⌋),
 * s_j = Σ_p (y[p·m + j] − (A_p + (j − (m − 1)/2)·b₀)) / P; level ℓ₀ = y₀ / s₀ — LibreOffice's expression (a
 * ratio, though the model is additive), kept because Excel's published example needs it; when |s₀| is at most
 * 1e-9 × the largest |y| (a flat series, where LibreOffice gives an error), ℓ₀ = y₀ − s₀ instead.
 * @example etsStart([1, 3, 2, 4], 2) //=> { level: -1.333… (1 ÷ −0.75), trend: 0.5, seasonal: [-0.75, 0.75] }
 */
export function etsStart(values: ArrayLike<number>, seasonLength: number): EtsStart {
  const m = seasonLength;
  let rise = 0;
  for (let j = 0; j < m; j += 1) rise += (values[m + j] ?? 0) - (values[j] ?? 0);
  const trend = rise / (m * m);
  const seasons = Math.floor(values.length / m);
  const means = new Float64Array(seasons);
  for (let p = 0; p < seasons; p += 1) {
    let sum = 0;
    for (let j = 0; j < m; j += 1) sum += values[p * m + j] ?? 0;
    means[p] = sum / m;
  }
  const seasonal = new Float64Array(m);
  for (let j = 0; j < m; j += 1) {
    let deviation = 0;
    for (let p = 0; p < seasons; p += 1) {
      deviation += (values[p * m + j] ?? 0) - ((means[p] ?? 0) + (j - 0.5 * (m - 1)) * trend);
    }
    seasonal[j] = deviation / seasons;
  }
  const first = values[0] ?? 0;
  const s0 = seasonal[0] ?? 0;
  // A flat series leaves s₀ at rounding noise (1e-13), where the ratio would explode instead of failing.
  const level = Math.abs(s0) > negligibleShare * largest(values) ? first / s0 : first - s0;
  return { level, trend, seasonal };
}
