/**
 * What the transaction engine hands the transactions job, whichever engine aggregated the order lines: the in-sheet
 * engine (aggregate.ts, over cells a host read) or DuckDB in the CLI (over a CSV or Parquet file). Both must give the
 * same aggregate for the same order lines: a test holds them to it.
 */

/** Why an order line was not counted. */
export type SkipReason =
  | "blank" // nothing in the line's date, customer, quantity, price and amount cells
  | "noDate" // blank date
  | "badDate" // a date that is no date (text, out of range)
  | "ambiguousDate" // 03/05/2024: day-first or month-first cannot be told
  | "noCustomer" // blank customer
  | "badNumber" // a text or error where a number belongs (quantity, unit price or amount)
  | "noAmount"; // blank amount, and quantity × unit price cannot stand in for it

export const skipReasons: readonly SkipReason[] = [
  "blank",
  "noDate",
  "badDate",
  "ambiguousDate",
  "noCustomer",
  "badNumber",
  "noAmount",
];

/** One SKU of one customer (or overall), over the whole period. */
export interface SkuTotals {
  /** The SKU code, folded like a customer key; "" when the line had none. */
  readonly sku: string;
  /** The smallest (code-point order) non-empty product name on its lines, trimmed ("" when none). */
  readonly product: string;
  /** Σ amount (returns negative), yuan. */
  readonly amount: number;
  /** Σ quantity (returns negative). */
  readonly quantity: number;
}

/** One customer's totals. */
export interface CustomerTotals {
  /** The matching key: NFKC (full-width folded), trimmed, inner whitespace collapsed to one space, case kept. */
  readonly key: string;
  /** The display name: the smallest (code-point order) of the customer's spellings after trimming. */
  readonly name: string;
  /** Σ amount per month, aligned with `TxAggregate.months`. */
  readonly monthlyAmount: readonly number[];
  /** Σ quantity per month, aligned with `TxAggregate.months`. */
  readonly monthlyQuantity: readonly number[];
  /** Date serial (1900 system, whole days) of the customer's latest order line. */
  readonly lastOrder: number;
  /** The customer's SKUs, by amount descending, then SKU code ascending. */
  readonly skus: readonly SkuTotals[];
}

/** The aggregate of a set of order lines. */
export interface TxAggregate {
  /** Every calendar month from the first to the last month with a counted line, "yyyy-mm", ascending. */
  readonly months: readonly string[];
  /** Customers by key ascending (code-point order). */
  readonly customers: readonly CustomerTotals[];
  /** Every SKU over all customers, by amount descending, then SKU code ascending. */
  readonly skus: readonly SkuTotals[];
  /** Order lines read (not counting the header). */
  readonly rowsRead: number;
  /** Lines not counted, by reason. */
  readonly skipped: Readonly<Record<SkipReason, number>>;
  /** Lines whose blank amount was computed as quantity × unit price. */
  readonly amountsComputed: number;
  /** Lines with a negative quantity (returns: they reduce sales). */
  readonly returns: number;
}
