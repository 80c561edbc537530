/**
 * The `TxAggregate` of the in-sheet engine's running totals: months from the first to the last counted month, customers
 * and SKUs in the README's order (code points, never locale collation), integer sums divided back to yuan and units.
 */
import type { CustomerTotals, SkuTotals, TxAggregate } from "./aggregateTypes";
import type { CustomerSum, SkuSum, TxTotals } from "./txAccumulator";
import { monthValues } from "./monthSums";
import { monthText } from "./txSerial";
import { compareCodePoints } from "./txText";

function skuList(skus: Iterable<SkuSum>): SkuTotals[] {
  const sorted = [...skus].sort((a, b) => b.cents - a.cents || compareCodePoints(a.sku, b.sku));
  return sorted.map((s) => ({
    sku: s.sku,
    product: s.product,
    amount: s.cents / 100,
    quantity: s.milli / 1000,
  }));
}

function customerTotals(sum: CustomerSum, first: number, count: number): CustomerTotals {
  const { amounts, quantities } = monthValues(sum, first, count);
  const { key, name, lastOrder } = sum;
  return {
    key,
    name,
    monthlyAmount: amounts,
    monthlyQuantity: quantities,
    lastOrder,
    skus: skuList(sum.skus.values()),
  };
}

/** The aggregate of the totals; the counts come from the caller's pass over the lines. */
export function buildAggregate(
  totals: TxTotals,
  counts: Pick<TxAggregate, "rowsRead" | "skipped" | "amountsComputed" | "returns">,
): TxAggregate {
  const first = totals.firstMonth;
  const count = totals.customers.size === 0 ? 0 : totals.lastMonth - first + 1;
  const months = Array.from({ length: count }, (_, i) => monthText(first + i));
  const sums = [...totals.customers.values()].sort((a, b) => compareCodePoints(a.key, b.key));
  const customers = sums.map((sum) => customerTotals(sum, first, count));
  // Codes are made only for counted lines, so every one belongs in the list.
  const skus = skuList([...totals.skuCodes.values()].map((code) => code.sum));
  return { months, customers, skus, ...counts };
}
