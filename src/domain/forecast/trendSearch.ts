/** The innermost search of the ETS fit (β for a trial α and γ), with its passes batched two or three at a time. */
import { runThree, runTwo } from "./etsBatch";
import type { EtsFilter } from "./etsFilter";
import { smoothingResolution } from "./smoothingSearch";

export interface TrendOutcome {
  /** The β `searchSmoothing` would choose. */
  readonly beta: number;
  /** The error of the extra pass at (α, β, γ) that follows the search. */
  readonly error: number;
}

/**
 * Exactly `β = searchSmoothing((v) => filter.run(alpha, v, gamma)).value` followed by one more
 * `filter.run(alpha, β, gamma)`: the same passes, with the same β, in the same order, so the same result bit for bit;
 * only they run side by side (`runTwo`, `runThree`). That is possible because the halving picks each next trial
 * from the errors of the bracket's ends, which never include the error of the trial just before: the trials at 0,
 * 1 and ½ are fixed, and each later pair of trials is known once the previous pair's errors are.
 * Formula: see `searchSmoothing`.
 * @example searchTrend(filter, 0.5, 0.2).beta //=> the β of the nested search at α = 0.5, γ = 0.2
 */
export function searchTrend(filter: EtsFilter, alpha: number, gamma: number): TrendOutcome {
  const errors = filter.errors;
  let low = 0;
  let high = 1;
  let mid = 0.5;
  let error = runThree(filter, alpha, gamma, low, high, mid);
  let lowError = errors[0] as number;
  let highError = errors[1] as number;
  if (lowError === error && error === highError) {
    runTwo(filter, alpha, gamma, 0, 0);
    return { beta: 0, error: errors[1] as number };
  }
  while (high - mid > smoothingResolution) {
    // The step searchSmoothing takes after the trial at `mid`, whose error moves to the end that moves.
    const lower = highError > lowError;
    const first = lower ? (low + mid) / 2 : (mid + high) / 2;
    if (lower) {
      high = mid;
      highError = error;
    } else {
      low = mid;
      lowError = error;
    }
    mid = first;
    if (!(high - mid > smoothingResolution)) {
      error = filter.run(alpha, mid, gamma);
      break;
    }
    // The step after that is known before the trial at `first` runs: it compares the ends as they now stand.
    const lowerNext = highError > lowError;
    const second = lowerNext ? (low + mid) / 2 : (mid + high) / 2;
    error = runTwo(filter, alpha, gamma, first, second);
    if (lowerNext) {
      high = first;
      highError = errors[0] as number;
    } else {
      low = first;
      lowError = errors[0] as number;
    }
    mid = second;
  }
  let beta = mid;
  let moved = true;
  if (highError > lowError && lowError < error) beta = low;
  else if (!(highError > lowError) && highError < error) beta = high;
  else moved = false;
  // searchSmoothing's last trial at the chosen end, when it moved off `mid`, and the pass that follows the search.
  return { beta, error: moved ? runTwo(filter, alpha, gamma, beta, beta) : filter.run(alpha, beta, gamma) };
}
