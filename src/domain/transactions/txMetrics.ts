/**
 * Per-customer figures from a `TxAggregate`: the last 12 months' sales and volume, year-on-year growth, the top SKU
 * and the last order. Sums of months are taken in whole cents (thousandths) so they are exact.
 */
import type { Issue } from "../types";
import type { CustomerTotals, TxAggregate } from "./aggregateTypes";

/** Months in a "last 12 months" window. */
export const windowMonths = 12;

export interface CustomerMetrics {
  readonly key: string;
  readonly name: string;
  /** Σ amount over the 12 calendar months ending with the data's last month, yuan. */
  readonly sales12m: number;
  /** Σ quantity over the same months. */
  readonly volume12m: number;
  /** sales12m ÷ Σ amount of the 12 months before − 1; NaN without 24 months of data or a previous Σ ≤ 0. */
  readonly salesGrowth: number;
  /** The SKU code with the largest positive amount over the whole period ("" when none). */
  readonly topSku: string;
  /** Date serial of the latest order line. */
  readonly lastOrder: number;
}

/**
 * The exact sum of a window of monthly figures in units of 1/scale, ending `endOffset` months before the last one.
 * Months before the first month of the data count as 0.
 * Formula: Σ round(v × scale) over values[n − endOffset − count … n − endOffset − 1], ÷ scale.
 * @example windowSum([0.1, 0.2, 0.3], 2, 0, 100) //=> 0.5
 * @example windowSum([5, 7], 12, 1, 100) //=> 5
 */
export function windowSum(
  values: readonly number[],
  count: number,
  endOffset: number,
  scale: number,
): number {
  const end = values.length - endOffset;
  let units = 0;
  for (let i = Math.max(0, end - count); i < end; i += 1) units += Math.round((values[i] ?? 0) * scale);
  return units / scale;
}

/**
 * Sales of the last 12 months (the 12 calendar months ending with the data's last month).
 * Formula: Σ monthlyAmount over the last 12 months of the aggregate.
 * @example sales12m({ monthlyAmount: [100, 0.1, 0.2], … }) //=> 100.3
 */
export function sales12m(customer: Pick<CustomerTotals, "monthlyAmount">): number {
  return windowSum(customer.monthlyAmount, windowMonths, 0, 100);
}

/**
 * Purchase volume of the last 12 months.
 * Formula: Σ monthlyQuantity over the last 12 months of the aggregate.
 * @example volume12m({ monthlyQuantity: [3, -1, 2.5], … }) //=> 4.5
 */
export function volume12m(customer: Pick<CustomerTotals, "monthlyQuantity">): number {
  return windowSum(customer.monthlyQuantity, windowMonths, 0, 1000);
}

/**
 * Year-on-year growth of sales: NaN when the data covers fewer than 24 months or the previous 12 months sum to ≤ 0.
 * Formula: Σ last 12 months ÷ Σ the 12 months before − 1.
 * @example salesGrowth({ monthlyAmount: [...Array(12).fill(100), ...Array(12).fill(110)] }) //=> 0.1 (1320 ÷ 1200 − 1)
 */
export function salesGrowth(customer: Pick<CustomerTotals, "monthlyAmount">): number {
  const amounts = customer.monthlyAmount;
  if (amounts.length < 2 * windowMonths) return Number.NaN;
  const previous = windowSum(amounts, windowMonths, windowMonths, 100);
  return previous > 0 ? windowSum(amounts, windowMonths, 0, 100) / previous - 1 : Number.NaN;
}

/**
 * The customer's top SKU: the first (amount descending, then code) with a code and a positive amount, "" when none.
 * @example topSku({ skus: [{ sku: "", amount: 900, … }, { sku: "A-1", amount: 500, … }] }) //=> "A-1"
 */
export function topSku(customer: Pick<CustomerTotals, "skus">): string {
  return customer.skus.find((sku) => sku.sku !== "" && sku.amount > 0)?.sku ?? "";
}

/**
 * Every customer's metrics, in the aggregate's order, and one issue for the whole job when the data covers fewer
 * than 24 months (`transactions.fewerThan24Months`, params months).
 * @example customerMetrics(aggregate) //=> { metrics: [{ key: "甲", sales12m: 1320, salesGrowth: 0.1, … }], issues: [] }
 */
export function customerMetrics(aggregate: TxAggregate): { metrics: CustomerMetrics[]; issues: Issue[] } {
  const metrics = aggregate.customers.map((customer) => ({
    key: customer.key,
    name: customer.name,
    sales12m: sales12m(customer),
    volume12m: volume12m(customer),
    salesGrowth: salesGrowth(customer),
    topSku: topSku(customer),
    lastOrder: customer.lastOrder,
  }));
  const months = aggregate.months.length;
  const short = months < 2 * windowMonths && aggregate.customers.length > 0;
  const issues: Issue[] = short ? [{ code: "transactions.fewerThan24Months", params: { months } }] : [];
  return { metrics, issues };
}
