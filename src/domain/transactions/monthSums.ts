/**
 * One customer's sums per month in whole cents and thousandths, over a window of months that grows as lines come
 * (typed arrays: the aggregation adds to them once per order line). Integers stay exact in a double up to 2^53.
 */

/** Months added on each side when a window grows, so that unsorted lines do not copy the arrays each time. */
const growthMonths = 12;

export interface MonthSums {
  /** Month index (year × 12 + month − 1) of element 0. */
  base: number;
  cents: Float64Array;
  milli: Float64Array;
}

export function newMonthSums(month: number): MonthSums {
  const size = 2 * growthMonths;
  return { base: month - growthMonths, cents: new Float64Array(size), milli: new Float64Array(size) };
}

function grow(sums: MonthSums, month: number): void {
  const first = Math.min(sums.base, month - growthMonths);
  const end = Math.max(sums.base + sums.cents.length, month + growthMonths);
  const cents = new Float64Array(end - first);
  const milli = new Float64Array(end - first);
  cents.set(sums.cents, sums.base - first);
  milli.set(sums.milli, sums.base - first);
  [sums.base, sums.cents, sums.milli] = [first, cents, milli];
}

/** Adds a line's cents and thousandths to its month. */
export function addToMonth(sums: MonthSums, month: number, cents: number, milli: number): void {
  let i = month - sums.base;
  if (i < 0 || i >= sums.cents.length) {
    grow(sums, month);
    i = month - sums.base;
  }
  sums.cents[i] = (sums.cents[i] ?? 0) + cents;
  sums.milli[i] = (sums.milli[i] ?? 0) + milli;
}

/**
 * The sums of `count` months from month index `first` on, divided back to yuan and units.
 * Formula: amount[k] = cents[first + k] / 100, quantity[k] = thousandths[first + k] / 1000 (0 outside the window).
 * @example monthValues(sums, 24290, 2) //=> { amounts: [59.97, 0], quantities: [3, 0] }
 */
export function monthValues(
  sums: MonthSums,
  first: number,
  count: number,
): { amounts: number[]; quantities: number[] } {
  const amounts = new Array<number>(count).fill(0);
  const quantities = new Array<number>(count).fill(0);
  for (let k = 0; k < count; k += 1) {
    const i = first + k - sums.base;
    if (i < 0 || i >= sums.cents.length) continue;
    // + 0 turns a −0 (a sum of rounded-away returns) into 0.
    amounts[k] = (sums.cents[i] ?? 0) / 100 + 0;
    quantities[k] = (sums.milli[i] ?? 0) / 1000 + 0;
  }
  return { amounts, quantities };
}
