/**
 * The TxAggregate from the result sets of aggregate.sql (rows as DuckDB's node API gives them: BIGINT and HUGEINT
 * as bigint). Sums arrive in whole cents and thousandths; totals are Σcents / 100 and Σthousandths / 1000.
 */
import type {
  CustomerTotals,
  SkipReason,
  SkuTotals,
  TxAggregate,
} from "../../domain/transactions/aggregateTypes";
import { monthText } from "../../domain/transactions/txSerial";

export type ResultRow = Readonly<Record<string, unknown>>;

export interface AggregateRows {
  readonly counts: ResultRow;
  readonly customers: readonly ResultRow[];
  readonly customerMonths: readonly ResultRow[];
  readonly customerSkus: readonly ResultRow[];
  readonly skus: readonly ResultRow[];
}

/** A SQL number or NULL as a JS number (NULL is 0). */
export function num(value: unknown): number {
  if (typeof value === "bigint") return Number(value);
  return typeof value === "number" ? value : 0;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function skuTotals(row: ResultRow): SkuTotals {
  return {
    sku: text(row.sku_key),
    product: text(row.product),
    amount: num(row.cents) / 100,
    quantity: num(row.milli) / 1000,
  };
}

const countColumns: Readonly<Record<SkipReason, string>> = {
  blank: "blank",
  noDate: "no_date",
  badDate: "bad_date",
  ambiguousDate: "ambiguous_date",
  noCustomer: "no_customer",
  badNumber: "bad_number",
  noAmount: "no_amount",
};

/**
 * Assembles the aggregate: months from the first to the last counted month, customers in the order the SQL gave
 * (key, code point order), each with its monthly sums, last order serial and SKUs (amount descending, code).
 * @example assembleAggregate({ counts: { rows_read: 1n, first_month: 24290n, last_month: 24290n, … }, customers: [{ cust_key: "甲", name: "甲", last_order: 45356n }], customerMonths: [{ cust_key: "甲", month_index: 24290n, cents: 1000n, milli: 2000n }], … })
 * //=> { months: ["2024-03"], customers: [{ key: "甲", monthlyAmount: [10], monthlyQuantity: [2], … }], rowsRead: 1, … }
 */
export function assembleAggregate(rows: AggregateRows): TxAggregate {
  const { counts } = rows;
  const first = num(counts.first_month);
  const count = rows.customers.length === 0 ? 0 : num(counts.last_month) - first + 1;
  const months = Array.from({ length: count }, (_, i) => monthText(first + i));
  const monthly = new Map<string, { amount: number[]; quantity: number[] }>();
  const skus = new Map<string, SkuTotals[]>();
  for (const row of rows.customers) {
    monthly.set(text(row.cust_key), {
      amount: new Array<number>(count).fill(0),
      quantity: new Array<number>(count).fill(0),
    });
    skus.set(text(row.cust_key), []);
  }
  for (const row of rows.customerMonths) {
    const sums = monthly.get(text(row.cust_key));
    const i = num(row.month_index) - first;
    if (sums === undefined) continue;
    sums.amount[i] = num(row.cents) / 100;
    sums.quantity[i] = num(row.milli) / 1000;
  }
  for (const row of rows.customerSkus) skus.get(text(row.cust_key))?.push(skuTotals(row));
  const customers = rows.customers.map((row): CustomerTotals => {
    const key = text(row.cust_key);
    const sums = monthly.get(key);
    return {
      key,
      name: text(row.name),
      monthlyAmount: sums?.amount ?? [],
      monthlyQuantity: sums?.quantity ?? [],
      lastOrder: num(row.last_order),
      skus: skus.get(key) ?? [],
    };
  });
  const skipped = Object.fromEntries(
    Object.entries(countColumns).map(([reason, column]) => [reason, num(counts[column])]),
  ) as Record<SkipReason, number>;
  return {
    months,
    customers,
    skus: rows.skus.map(skuTotals),
    rowsRead: num(counts.rows_read),
    skipped,
    amountsComputed: num(counts.amounts_computed),
    returns: num(counts.return_lines),
  };
}
