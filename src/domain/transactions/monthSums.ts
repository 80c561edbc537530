/**
 * One customer's sums per month in whole cents and thousandths, over a window of months that grows as lines come.
 * One typed array of [cents, thousandths] pairs, held by the customer itself: the aggregation adds to it once per
 * order line, and one array read is one cache line. Integers stay exact in a double up to 2^53.
 */

/** Months added on each side when a window grows, so that unsorted lines do not copy the array each time. */
const growthMonths = 12;

export interface MonthSums {
  /** Month index (year × 12 + month − 1) of the first pair. */
  monthBase: number;
  /** sums[2k] = cents and sums[2k + 1] = thousandths of month monthBase + k. */
  monthSums: Float64Array;
}

/** A window of months around `month`, all zero. */
export function newMonthSums(month: number): MonthSums {
  return { monthBase: month - growthMonths, monthSums: new Float64Array(4 * growthMonths) };
}

function grow(sums: MonthSums, month: number): void {
  const first = Math.min(sums.monthBase, month - growthMonths);
  const end = Math.max(sums.monthBase + sums.monthSums.length / 2, month + growthMonths);
  const grown = new Float64Array(2 * (end - first));
  grown.set(sums.monthSums, 2 * (sums.monthBase - first));
  sums.monthBase = first;
  sums.monthSums = grown;
}

/** Adds a line's cents and thousandths to its month. */
export function addToMonth(sums: MonthSums, month: number, cents: number, milli: number): void {
  let i = 2 * (month - sums.monthBase);
  if (i < 0 || i >= sums.monthSums.length) {
    grow(sums, month);
    i = 2 * (month - sums.monthBase);
  }
  const pairs = sums.monthSums;
  pairs[i] = (pairs[i] ?? 0) + cents;
  pairs[i + 1] = (pairs[i + 1] ?? 0) + milli;
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
    const i = 2 * (first + k - sums.monthBase);
    if (i < 0 || i >= sums.monthSums.length) continue;
    // + 0 turns a −0 (a sum of rounded-away returns) into 0.
    amounts[k] = (sums.monthSums[i] ?? 0) / 100 + 0;
    quantities[k] = (sums.monthSums[i + 1] ?? 0) / 1000 + 0;
  }
  return { amounts, quantities };
}
