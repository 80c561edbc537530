/** Sheet names that say "order lines": 订单, 明细, 交易, 流水, order, transaction, invoice. */
const orderName = /订单|明细|交易|流水|order|transaction|invoice/i;
/** Sheet names that say "customers": 客户, customer, client. */
const customerName = /客户|customer|client/i;

/** The sheets the Transactions panel starts with; null: none (the person chooses). */
export interface TxSheetDefaults {
  readonly transactions: string | null;
  readonly customers: string | null;
}

/**
 * The order-lines sheet and customer sheet to start with, from the sheet names alone (reading every sheet to look
 * for headers would read a large order sheet an extra time in Excel). Orders: the first sheet named like order
 * lines, else the active sheet unless it is the customer sheet. Customers: the first other sheet named like
 * customers, else none. Sheets the job generates (`generated`) are never a source.
 * @example txSheetDefaults(["客户财务", "订单明细", "说明"], "说明", []) //=> { transactions: "订单明细", customers: "客户财务" }
 * @example txSheetDefaults(["客户财务", "说明"], "客户财务", []) //=> { transactions: null, customers: "客户财务" }
 */
export function txSheetDefaults(
  names: readonly string[],
  active: string | null,
  generated: readonly string[],
): TxSheetDefaults {
  const sources = names.filter((name) => !generated.includes(name));
  const named = sources.find((name) => orderName.test(name)) ?? null;
  const customers = sources.find((name) => name !== named && customerName.test(name)) ?? null;
  const fallback = active !== null && sources.includes(active) && active !== customers ? active : null;
  return { transactions: named ?? fallback, customers };
}
