/**
 * The one-dimensional search LibreOffice's FORECAST.ETS.ADD (sc/source/core/tool/interpr8.cxx,
 * ScETSForecastCalculation::CalcGamma and its siblings) runs for each smoothing parameter, re-implemented here.
 */

/** The search stops once the bracket's upper half is no wider than this (LibreOffice's cfMinABCResolution). */
export const smoothingResolution = 0.001;

export interface SearchOutcome {
  /** The chosen parameter value in [0, 1]. */
  readonly value: number;
  /** The error `trial` returned for it (the last trial run is always at `value`). */
  readonly error: number;
}

/**
 * Searches a smoothing parameter on [0, 1] for the smallest error by bracket halving, deterministically.
 * Formula: try 0, 1 and ½; while high − mid > 0.001: if error(high) > error(low) the bracket becomes
 * [low, mid] and the new mid is (low + mid) / 2, else [mid, high] and (mid + high) / 2, the moved end taking the
 * error of the old mid; finally the better end replaces mid when it beats mid's error. When 0, ½ and 1 give
 * exactly the same error the parameter does not matter and 0 is taken. About 12 trials; `trial` must leave its
 * model fitted with the value it was last called with, so the last call is always at the chosen value.
 * @example searchSmoothing((v) => (v - 0.3) ** 2).value //=> 0.2998046875
 */
export function searchSmoothing(trial: (value: number) => number): SearchOutcome {
  let low = 0;
  let lowError = trial(low);
  let high = 1;
  let highError = trial(high);
  let mid = 0.5;
  let error = trial(mid);
  if (lowError === error && error === highError) return { value: 0, error: trial(0) };
  while (high - mid > smoothingResolution) {
    // Only the ends are compared, as LibreOffice does: the half next to the worse end is dropped.
    if (highError > lowError) {
      high = mid;
      highError = error;
      mid = (low + mid) / 2;
    } else {
      low = mid;
      lowError = error;
      mid = (mid + high) / 2;
    }
    error = trial(mid);
  }
  if (highError > lowError) {
    if (lowError < error) return { value: low, error: trial(low) };
  } else if (highError < error) {
    return { value: high, error: trial(high) };
  }
  return { value: mid, error };
}
