/**
 * One order line by the README's "A line" rules: the first failing rule gives the skip reason, else the line counts.
 * Kept free of allocation per line (the pass object is reused) because it runs a million times per sheet.
 */
import type { CellValue } from "../types";
import { skipReasons } from "./aggregateTypes";
import type { SkipReason } from "./aggregateTypes";
import type { TxField } from "./txFieldNames";
import type { LineFacts, Spelling, TxTotals } from "./txAccumulator";
import { addLine, spellingOf } from "./txAccumulator";
import { dateBad, serialDate, serialMonthIndex, txTextDate } from "./txDate";
import { txTextNumber } from "./txNumber";
import { isTxBlank } from "./txText";

/** Distinct texts remembered per pass: enough for every date and price of real order books, bounded for odd ones. */
const maxCachedTexts = 100000;

export interface LinePass {
  readonly totals: TxTotals;
  readonly facts: LineFacts;
  readonly index: Readonly<Record<TxField, number>>;
  readonly dates: Map<string, number>;
  readonly numbers: Map<string, number>;
  computed: number;
  returns: number;
  /** The field and cell of the last skipped line's failing rule. */
  field: TxField;
  raw: CellValue | undefined;
}

const reasonIndex = (reason: SkipReason): number => skipReasons.indexOf(reason);
const [blank, noDate, badDate, ambiguousDate, noCustomer, badNumber, noAmount] = (
  ["blank", "noDate", "badDate", "ambiguousDate", "noCustomer", "badNumber", "noAmount"] as const
).map(reasonIndex) as [number, number, number, number, number, number, number];

const noSpelling: Spelling = { key: "", trimmed: "", sum: null };

export function newPass(totals: TxTotals, columns: Partial<Record<TxField, number>>): LinePass {
  const at = (field: TxField): number => columns[field] ?? -1;
  const index = {
    date: at("date"),
    customer: at("customer"),
    sku: at("sku"),
    product: at("product"),
    quantity: at("quantity"),
    unitPrice: at("unitPrice"),
    amount: at("amount"),
  };
  const facts: LineFacts = {
    spelling: noSpelling,
    serial: 0,
    month: 0,
    sku: null,
    product: null,
    cents: 0,
    milli: 0,
  };
  const maps = { dates: new Map<string, number>(), numbers: new Map<string, number>() };
  return { totals, facts, index, ...maps, computed: 0, returns: 0, field: "date", raw: null };
}

function cachedText(cache: Map<string, number>, text: string, parse: (text: string) => number): number {
  let value = cache.get(text);
  if (value === undefined) {
    value = parse(text);
    if (cache.size < maxCachedTexts) cache.set(text, value);
  }
  return value;
}

function dateOf(pass: LinePass, raw: CellValue | undefined): number {
  if (typeof raw === "number") return serialDate(raw);
  return typeof raw === "string" ? cachedText(pass.dates, raw, txTextDate) : dateBad;
}

function numberOf(pass: LinePass, raw: CellValue | undefined): number {
  if (typeof raw === "number") return raw - raw === 0 ? raw : Number.NaN;
  return typeof raw === "string" ? cachedText(pass.numbers, raw, txTextNumber) : Number.NaN;
}

// A function of its own, not a closure in readLine: a closure over `row` would cost a context object per line.
function emptyAt(row: readonly CellValue[], i: number): boolean {
  return i < 0 || isTxBlank(row[i]);
}

function skip(pass: LinePass, reason: number, field: TxField, raw: CellValue | undefined): number {
  pass.field = field;
  pass.raw = raw;
  return reason;
}

/** Rules 4 and 5, then the count: −1 when the line counted, else the skip reason's index. */
function readFigures(
  pass: LinePass,
  row: readonly CellValue[],
  at: Readonly<Record<TxField, number>>,
): number {
  const q = at.quantity < 0 ? null : row[at.quantity];
  const p = at.unitPrice < 0 ? null : row[at.unitPrice];
  const a = at.amount < 0 ? null : row[at.amount];
  const qBlank = isTxBlank(q);
  const pBlank = isTxBlank(p);
  const aBlank = isTxBlank(a);
  const quantity = qBlank ? 0 : numberOf(pass, q);
  if (quantity !== quantity) return skip(pass, badNumber, "quantity", q);
  const price = pBlank ? 0 : numberOf(pass, p);
  if (price !== price) return skip(pass, badNumber, "unitPrice", p);
  let amount = aBlank ? 0 : numberOf(pass, a);
  if (amount !== amount) return skip(pass, badNumber, "amount", a);
  if (aBlank && (qBlank || pBlank)) {
    return skip(pass, noAmount, at.amount >= 0 ? "amount" : qBlank ? "quantity" : "unitPrice", null);
  }
  if (aBlank) {
    amount = quantity * price;
    pass.computed += 1;
  }
  if (quantity < 0) {
    amount = -Math.abs(amount);
    pass.returns += 1;
  }
  const facts = pass.facts;
  facts.cents = amount >= 0 ? Math.floor(amount * 100 + 0.5) : -Math.floor(-amount * 100 + 0.5);
  facts.milli = quantity >= 0 ? Math.floor(quantity * 1000 + 0.5) : -Math.floor(-quantity * 1000 + 0.5);
  facts.sku = at.sku < 0 ? null : row[at.sku];
  facts.product = at.product < 0 ? null : row[at.product];
  addLine(pass.totals, facts);
  return -1;
}

/**
 * Reads one order line: −1 when it counted (added to the pass's totals), else the index in `skipReasons` of why not,
 * with the failing field and cell left in `pass.field` and `pass.raw`.
 */
export function readLine(pass: LinePass, row: readonly CellValue[]): number {
  const at = pass.index;
  const d = at.date < 0 ? null : row[at.date];
  const c = at.customer < 0 ? null : row[at.customer];
  const dBlank = isTxBlank(d);
  const cBlank = isTxBlank(c);
  if (
    dBlank &&
    cBlank &&
    emptyAt(row, at.quantity) &&
    emptyAt(row, at.unitPrice) &&
    emptyAt(row, at.amount)
  ) {
    return blank;
  }
  if (dBlank) return skip(pass, noDate, "date", d);
  const serial = dateOf(pass, d);
  if (serial < 1) return skip(pass, serial === dateBad ? badDate : ambiguousDate, "date", d);
  const spelling = cBlank ? noSpelling : spellingOf(pass.totals, c);
  if (spelling.key === "") return skip(pass, noCustomer, "customer", c);
  pass.facts.spelling = spelling;
  pass.facts.serial = serial;
  pass.facts.month = serialMonthIndex(serial);
  return readFigures(pass, row, at);
}
