/** Accuracy of a one-step fit, as FORECAST.ETS.STAT reports it (types 5 and 4). */

/**
 * Symmetric mean absolute percentage error of the one-step forecasts ŷ₁ … ŷₙ₋₁ (0 … 2; 0.1 reads as 10 %).
 * Formula: 2/(n − 1) · Σₜ |ŷₜ − yₜ| / (|ŷₜ| + |yₜ|), a term with ŷₜ = yₜ = 0 counting 0; NaN when n < 2.
 * @example smape([10, 20, 30], Float64Array.of(10, 10, 30)) //=> 0.3333… (2/2 × 10/30)
 */
export function smape(values: readonly number[], fitted: ArrayLike<number>): number {
  let sum = 0;
  for (let t = 1; t < values.length; t += 1) {
    const actual = values[t] ?? 0;
    const forecast = fitted[t] ?? 0;
    const scale = Math.abs(forecast) + Math.abs(actual);
    if (scale > 0) sum += Math.abs(forecast - actual) / scale;
  }
  return values.length < 2 ? Number.NaN : (2 * sum) / (values.length - 1);
}

/**
 * Mean absolute scaled error: the mean absolute one-step error over the mean absolute change between
 * consecutive values from the second on (LibreOffice's scaling). NaN when fewer than 3 values or no change.
 * Formula: (Σₜ₌₁ |ŷₜ − yₜ| / (n − 1)) ÷ (Σₜ₌₂ |yₜ − yₜ₋₁| / (n − 2)).
 * @example mase([10, 20, 30], Float64Array.of(10, 10, 30)) //=> 0.5 (10/2 ÷ 10/1)
 */
export function mase(values: readonly number[], fitted: ArrayLike<number>): number {
  const n = values.length;
  let errors = 0;
  for (let t = 1; t < n; t += 1) errors += Math.abs((fitted[t] ?? 0) - (values[t] ?? 0));
  let changes = 0;
  for (let t = 2; t < n; t += 1) changes += Math.abs((values[t] ?? 0) - (values[t - 1] ?? 0));
  return n < 3 || changes === 0 ? Number.NaN : errors / (n - 1) / (changes / (n - 2));
}
