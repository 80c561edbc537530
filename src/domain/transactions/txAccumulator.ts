/**
 * The running totals of the in-sheet engine, in whole cents and thousandths (buildAggregate.ts turns them into a
 * `TxAggregate`).
 * Integer sums are exact in a double up to 2^53: 9.0e13 yuan of amounts, 9.0e12 units of quantity per total.
 */
import type { CellValue } from "../types";
import type { MonthSums } from "./monthSums";
import { addToMonth, newMonthSums } from "./monthSums";
import { cellSpelling, compareCodePoints, foldText, trimSpelling } from "./txText";

export interface SkuSum {
  readonly sku: string;
  product: string;
  /** The product cell of the SKU's latest line: most lines repeat it, and then the names need no look-up. */
  lastProduct: CellValue | undefined;
  cents: number;
  milli: number;
}

/** A distinct SKU code: a small integer id (cheap map keys per customer) and its overall sums. */
export interface SkuCode {
  readonly id: number;
  readonly sum: SkuSum;
}

/** A customer's totals; its month sums are its own fields (one pointer less to follow per line). */
export interface CustomerSum extends MonthSums {
  readonly key: string;
  name: string;
  lastOrder: number;
  /** By SKU id. */
  readonly skus: Map<number, SkuSum>;
}

/** A distinct spelling of a customer cell: its key, trimmed form, and its customer once a line of it counted. */
export interface Spelling {
  readonly key: string;
  readonly trimmed: string;
  sum: CustomerSum | null;
}

export interface TxTotals {
  /** Customer cells' distinct spellings. */
  readonly spellings: Map<string, Spelling>;
  readonly customers: Map<string, CustomerSum>;
  /** SKU cells' distinct spellings, and the codes they fold to. */
  readonly skuSpellings: Map<string, SkuCode>;
  readonly skuCodes: Map<string, SkuCode>;
  /** Product cells' distinct spellings, trimmed. */
  readonly products: Map<string, string>;
  firstMonth: number;
  lastMonth: number;
}

export function newTotals(): TxTotals {
  const maps = { spellings: new Map(), customers: new Map(), skuSpellings: new Map(), skuCodes: new Map() };
  return {
    ...maps,
    products: new Map(),
    firstMonth: Number.POSITIVE_INFINITY,
    lastMonth: Number.NEGATIVE_INFINITY,
  };
}

/** The spelling of a non-blank customer cell, folded once per distinct text; its key is "" when it folds to nothing. */
export function spellingOf(totals: TxTotals, raw: CellValue | undefined): Spelling {
  const text = cellSpelling(raw);
  let spelling = totals.spellings.get(text);
  if (spelling === undefined) {
    spelling = { key: foldText(text), trimmed: trimSpelling(text), sum: null };
    totals.spellings.set(text, spelling);
  }
  return spelling;
}

function customerOf(totals: TxTotals, spelling: Spelling, month: number): CustomerSum {
  if (spelling.sum !== null) return spelling.sum;
  let sum = totals.customers.get(spelling.key);
  if (sum === undefined) {
    const { monthBase, monthSums } = newMonthSums(month);
    sum = { key: spelling.key, name: spelling.trimmed, monthBase, monthSums, lastOrder: 0, skus: new Map() };
    totals.customers.set(spelling.key, sum);
  } else if (compareCodePoints(spelling.trimmed, sum.name) < 0) sum.name = spelling.trimmed;
  spelling.sum = sum;
  return sum;
}

function productOf(totals: TxTotals, raw: CellValue | undefined): string {
  if (raw === null || raw === undefined) return "";
  const text = cellSpelling(raw);
  let product = totals.products.get(text);
  if (product === undefined) totals.products.set(text, (product = trimSpelling(text)));
  return product;
}

function newSkuSum(code: string): SkuSum {
  return { sku: code, product: "", lastProduct: undefined, cents: 0, milli: 0 };
}

function skuCodeOf(totals: TxTotals, raw: CellValue | undefined): SkuCode {
  const text = cellSpelling(raw);
  let code = totals.skuSpellings.get(text);
  if (code === undefined) {
    const folded = foldText(text);
    code = totals.skuCodes.get(folded);
    if (code === undefined) {
      code = { id: totals.skuCodes.size, sum: newSkuSum(folded) };
      totals.skuCodes.set(folded, code);
    }
    totals.skuSpellings.set(text, code);
  }
  return code;
}

function customerSku(sum: CustomerSum, code: SkuCode): SkuSum {
  let sku = sum.skus.get(code.id);
  if (sku === undefined) sum.skus.set(code.id, (sku = newSkuSum(code.sum.sku)));
  return sku;
}

function addSku(
  totals: TxTotals,
  sku: SkuSum,
  raw: CellValue | undefined,
  cents: number,
  milli: number,
): void {
  sku.cents += cents;
  sku.milli += milli;
  if (raw === sku.lastProduct) return;
  sku.lastProduct = raw;
  const product = productOf(totals, raw);
  if (
    product !== "" &&
    product !== sku.product &&
    (sku.product === "" || compareCodePoints(product, sku.product) < 0)
  ) {
    sku.product = product;
  }
}

/** One counted order line; the aggregation fills one such object and reuses it for every line. */
export interface LineFacts {
  spelling: Spelling;
  serial: number;
  month: number;
  sku: CellValue | undefined;
  product: CellValue | undefined;
  /** The amount in whole cents and the quantity in thousandths, rounded as README "Sums are exact" says. */
  cents: number;
  milli: number;
}

/** Adds one counted line to its customer, month, the customer's SKU and the overall SKU. */
export function addLine(totals: TxTotals, line: LineFacts): void {
  const { cents, milli } = line;
  const sum = customerOf(totals, line.spelling, line.month);
  addToMonth(sum, line.month, cents, milli);
  if (line.serial > sum.lastOrder) sum.lastOrder = line.serial;
  if (line.month < totals.firstMonth) totals.firstMonth = line.month;
  if (line.month > totals.lastMonth) totals.lastMonth = line.month;
  const code = skuCodeOf(totals, line.sku);
  addSku(totals, customerSku(sum, code), line.product, cents, milli);
  addSku(totals, code.sum, line.product, cents, milli);
}
