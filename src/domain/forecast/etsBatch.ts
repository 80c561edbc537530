/**
 * Two or three consecutive passes of an `EtsFilter` that differ only in β, run side by side in one loop.
 *
 * A pass reads the seasonal cells of times 1 … m the previous pass left there, and the previous pass writes the cell
 * of time t in its step t. So the later pass's step t can follow the earlier pass's step t at once: running them in
 * lock step gives exactly what running them one after the other gives (the same operations in the same order for
 * each pass, bit for bit), while the processor overlaps the independent chains of arithmetic; one pass alone waits
 * on its own chain (ℓ → b → ℓ) at every step. The earlier passes keep their seasonal cells of later times in
 * `filter.aside`; only the last pass writes `seasonal`, `fitted`, `level` and `trend`, as it would have last.
 */
import type { EtsFilter } from "./etsFilter";

/**
 * Runs `filter.run(alpha, first, gamma)` then `filter.run(alpha, second, gamma)`; both errors land in
 * `filter.errors` (0 and 1). Formula: that of `EtsFilter.run`, for each pass.
 * @example runTwo(filter, 0.5, 0.2, 0, 1) //=> the error of β = 1 (filter.errors[0] holds that of β = 0)
 */
export function runTwo(
  filter: EtsFilter,
  alpha: number,
  gamma: number,
  first: number,
  second: number,
): number {
  const { values: y, seasonLength: m, fitted, seasonal: s } = filter;
  const a = filter.aside[0];
  const n = y.length;
  const keepLevel = 1 - alpha;
  const keepSeason = 1 - gamma;
  const keepA = 1 - first;
  const keepB = 1 - second;
  let levelA = filter.start.level;
  let trendA = filter.start.trend;
  let levelB = levelA;
  let trendB = trendA;
  let squaresA = 0;
  let squaresB = 0;
  for (let t = 1; t < n; t += 1) {
    const actual = y[t] as number;
    const k = t > m ? t - m : t;
    // Pass A reads the cells its predecessor left (s) until t = m, then its own (a); B reads A's, then its own.
    const beforeA = (t > m ? a[k] : s[k]) as number;
    const sumA = levelA + trendA;
    const errorA = sumA + beforeA - actual;
    squaresA += errorA * errorA;
    const nextA = alpha * (actual - beforeA) + keepLevel * sumA;
    a[t] = gamma * (actual - nextA) + keepSeason * beforeA;
    trendA = first * (nextA - levelA) + keepA * trendA;
    levelA = nextA;
    const beforeB = (t > m ? s[k] : a[k]) as number;
    const sumB = levelB + trendB;
    const forecastB = sumB + beforeB;
    fitted[t] = forecastB;
    const errorB = forecastB - actual;
    squaresB += errorB * errorB;
    const nextB = alpha * (actual - beforeB) + keepLevel * sumB;
    s[t] = gamma * (actual - nextB) + keepSeason * beforeB;
    trendB = second * (nextB - levelB) + keepB * trendB;
    levelB = nextB;
  }
  filter.level = levelB;
  filter.trend = trendB;
  filter.errors[0] = squaresA / (n - 1);
  filter.errors[1] = squaresB / (n - 1);
  return squaresB / (n - 1);
}

/**
 * Runs `filter.run(alpha, β, gamma)` for β = `betas[0]`, `betas[1]`, `betas[2]` in that order; the errors land
 * in `filter.errors`. Formula: that of `EtsFilter.run`, for each pass.
 * @example runThree(filter, 0.5, 0.2, 0, 1, 0.5) //=> the error of β = 0.5
 */
export function runThree(
  filter: EtsFilter,
  alpha: number,
  gamma: number,
  ...[first, second, third]: [number, number, number]
): number {
  const { values: y, seasonLength: m, fitted, seasonal: s } = filter;
  const [a, b] = filter.aside;
  const n = y.length;
  const keepLevel = 1 - alpha;
  const keepSeason = 1 - gamma;
  const keepA = 1 - first;
  const keepB = 1 - second;
  const keepC = 1 - third;
  let levelA = filter.start.level;
  let trendA = filter.start.trend;
  let levelB = levelA;
  let trendB = trendA;
  let levelC = levelA;
  let trendC = trendA;
  let squaresA = 0;
  let squaresB = 0;
  let squaresC = 0;
  for (let t = 1; t < n; t += 1) {
    const actual = y[t] as number;
    const own = t > m;
    const k = own ? t - m : t;
    const beforeA = (own ? a[k] : s[k]) as number;
    const sumA = levelA + trendA;
    const errorA = sumA + beforeA - actual;
    squaresA += errorA * errorA;
    const nextA = alpha * (actual - beforeA) + keepLevel * sumA;
    a[t] = gamma * (actual - nextA) + keepSeason * beforeA;
    trendA = first * (nextA - levelA) + keepA * trendA;
    levelA = nextA;
    const beforeB = (own ? b[k] : a[k]) as number;
    const sumB = levelB + trendB;
    const errorB = sumB + beforeB - actual;
    squaresB += errorB * errorB;
    const nextB = alpha * (actual - beforeB) + keepLevel * sumB;
    b[t] = gamma * (actual - nextB) + keepSeason * beforeB;
    trendB = second * (nextB - levelB) + keepB * trendB;
    levelB = nextB;
    const beforeC = (own ? s[k] : b[k]) as number;
    const sumC = levelC + trendC;
    const forecastC = sumC + beforeC;
    fitted[t] = forecastC;
    const errorC = forecastC - actual;
    squaresC += errorC * errorC;
    const nextC = alpha * (actual - beforeC) + keepLevel * sumC;
    s[t] = gamma * (actual - nextC) + keepSeason * beforeC;
    trendC = third * (nextC - levelC) + keepC * trendC;
    levelC = nextC;
  }
  filter.level = levelC;
  filter.trend = trendC;
  filter.errors[0] = squaresA / (n - 1);
  filter.errors[1] = squaresB / (n - 1);
  filter.errors[2] = squaresC / (n - 1);
  return squaresC / (n - 1);
}
