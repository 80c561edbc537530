/**
 * A plain reference of the README's rules for the property test of the optimised engine: one object per line, the
 * public parsers, string month keys and sorting at the end. Slow and obvious on purpose.
 */
import type {
  CustomerTotals,
  SkipReason,
  SkuTotals,
  TxAggregate,
} from "../../../src/domain/transactions/aggregateTypes";
import { parseTxDate } from "../../../src/domain/transactions/txDate";
import { foldText, parseTxNumber } from "../../../src/domain/transactions/txNumber";
import { cellSpelling, compareCodePoints, trimSpelling } from "../../../src/domain/transactions/txText";
import type { CellValue } from "../../../src/domain/types";

export type RefLine = readonly [CellValue, CellValue, CellValue, CellValue, CellValue, CellValue, CellValue];
type Sku = { products: string[]; cents: number; milli: number };
type Customer = {
  names: string[];
  cents: Map<string, number>;
  milli: Map<string, number>;
  last: number;
  skus: Map<string, Sku>;
};

const round = (x: number, scale: number): number => Math.sign(x) * Math.floor(Math.abs(x) * scale + 0.5);
const smallest = (texts: string[]): string => [...texts].sort(compareCodePoints)[0] ?? "";

function addSku(skus: Map<string, Sku>, code: string, product: string, cents: number, milli: number): void {
  const sku = skus.get(code) ?? { products: [], cents: 0, milli: 0 };
  skus.set(code, {
    products: product === "" ? sku.products : [...sku.products, product],
    cents: sku.cents + cents,
    milli: sku.milli + milli,
  });
}

function skuList(skus: Map<string, Sku>): SkuTotals[] {
  return [...skus]
    .sort(([a, x], [b, y]) => y.cents - x.cents || compareCodePoints(a, b))
    .map(([sku, s]) => ({
      sku,
      product: smallest(s.products),
      amount: s.cents / 100,
      quantity: s.milli / 1000,
    }));
}

function reasonOf(line: RefLine): SkipReason | { cents: number; milli: number; computed: boolean } {
  const [d, c, , , q, p, a] = line;
  const [date, qty, price, amount] = [parseTxDate(d), parseTxNumber(q), parseTxNumber(p), parseTxNumber(a)];
  const customer = foldText(cellSpelling(c));
  if (date.kind === "blank" && customer === "" && [qty, price, amount].every((n) => n.kind === "blank"))
    return "blank";
  if (date.kind !== "date")
    return date.kind === "blank" ? "noDate" : date.kind === "bad" ? "badDate" : "ambiguousDate";
  if (customer === "") return "noCustomer";
  if ([qty, price, amount].some((n) => n.kind === "invalid")) return "badNumber";
  const x = qty.kind === "number" ? qty.value : 0;
  if (amount.kind === "number")
    return {
      cents: round(x < 0 ? -Math.abs(amount.value) : amount.value, 100),
      milli: round(x, 1000),
      computed: false,
    };
  if (qty.kind !== "number" || price.kind !== "number") return "noAmount";
  const product = qty.value * price.value;
  return { cents: round(x < 0 ? -Math.abs(product) : product, 100), milli: round(x, 1000), computed: true };
}

export function referenceAggregate(lines: readonly RefLine[]): TxAggregate {
  const skipped: Record<SkipReason, number> = {
    blank: 0,
    noDate: 0,
    badDate: 0,
    ambiguousDate: 0,
    noCustomer: 0,
    badNumber: 0,
    noAmount: 0,
  };
  const customers = new Map<string, Customer>();
  const overall = new Map<string, Sku>();
  let [computed, returns] = [0, 0];
  for (const line of lines) {
    const result = reasonOf(line);
    if (typeof result === "string") {
      skipped[result] += 1;
      continue;
    }
    const date = parseTxDate(line[0]);
    if (date.kind !== "date") throw new Error("unreachable");
    if (result.computed) computed += 1;
    if (parseTxNumber(line[4]).kind === "number" && (parseTxNumber(line[4]) as { value: number }).value < 0)
      returns += 1;
    const key = foldText(cellSpelling(line[1]));
    const customer: Customer = customers.get(key) ?? {
      names: [],
      cents: new Map(),
      milli: new Map(),
      last: 0,
      skus: new Map(),
    };
    customers.set(key, customer);
    customer.names.push(trimSpelling(cellSpelling(line[1])));
    customer.cents.set(date.month, (customer.cents.get(date.month) ?? 0) + result.cents);
    customer.milli.set(date.month, (customer.milli.get(date.month) ?? 0) + result.milli);
    customer.last = Math.max(customer.last, date.serial);
    const [code, product] = [foldText(cellSpelling(line[2])), trimSpelling(cellSpelling(line[3]))];
    addSku(customer.skus, code, product, result.cents, result.milli);
    addSku(overall, code, product, result.cents, result.milli);
  }
  const keys = [...customers.values()].flatMap((c) => [...c.cents.keys()]).sort();
  const months: string[] = [];
  for (let m = keys[0]; m !== undefined && m <= (keys[keys.length - 1] ?? "");) {
    months.push(m);
    const [y, mo] = m.split("-").map(Number) as [number, number];
    m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
  }
  const totals: CustomerTotals[] = [...customers]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([key, c]) => ({
      key,
      name: smallest(c.names),
      monthlyAmount: months.map((m) => (c.cents.get(m) ?? 0) / 100 + 0),
      monthlyQuantity: months.map((m) => (c.milli.get(m) ?? 0) / 1000 + 0),
      lastOrder: c.last,
      skus: skuList(c.skus),
    }));
  return {
    months,
    customers: totals,
    skus: skuList(overall),
    rowsRead: lines.length,
    skipped,
    amountsComputed: computed,
    returns,
  };
}
