/**
 * Numbers of order lines (quantity, unit price, amount), by the README's "Numbers" rule.
 */
import type { CellValue } from "../types";
import { foldText, isTxBlank } from "./txText";

export { foldText } from "./txText";

export type TxNumber = { kind: "number"; value: number } | { kind: "blank" } | { kind: "invalid" };

const currencyPrefix = /^(?:¥|￥|\$|rmb|cny|usd) ?/i;
const commas = /,/g;
const inParentheses = /^\((.*)\)$/;
const plainNumber = /^[+-]?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$/;

/**
 * The number a non-blank text stands for, NaN when it is none. Formula: fold; strip one leading ¥, ￥, $, RMB, CNY or
 * USD (any case, optional space after); drop every ","; "(x)" becomes "-x"; then it must be a plain decimal.
 * So "(-5)" is "--5": not a number.
 * @example txTextNumber("¥ (1,234.50)") //=> -1234.5
 * @example txTextNumber("12元") //=> NaN
 */
export function txTextNumber(text: string): number {
  let body = foldText(text).replace(currencyPrefix, "").replace(commas, "");
  const inner = inParentheses.exec(body)?.[1];
  if (inner !== undefined) body = `-${inner}`;
  return plainNumber.test(body) ? Number(body) : Number.NaN;
}

/**
 * The number in a non-blank cell, NaN when it holds none: a finite number as it is, a text by `txTextNumber`,
 * never a boolean. The core of `parseTxNumber`, without an object per call (for the aggregation's hot path).
 * @example txCellNumber(" 3 ") //=> 3
 * @example txCellNumber(true) //=> NaN
 */
export function txCellNumber(raw: CellValue | undefined): number {
  if (typeof raw === "number") return raw - raw === 0 ? raw : Number.NaN;
  return typeof raw === "string" ? txTextNumber(raw) : Number.NaN;
}

/**
 * A quantity, unit price or amount cell: its number, blank, or invalid (text that is no number, a boolean, an error
 * value such as "#N/A", an infinite number).
 * @example parseTxNumber("USD 1,200") //=> { kind: "number", value: 1200 }
 * @example parseTxNumber("（５）") //=> { kind: "number", value: -5 }
 * @example parseTxNumber("\u3000") //=> { kind: "blank" }
 * @example parseTxNumber("#N/A") //=> { kind: "invalid" }
 */
export function parseTxNumber(raw: CellValue | undefined): TxNumber {
  if (isTxBlank(raw)) return { kind: "blank" };
  const value = txCellNumber(raw);
  return Number.isNaN(value) ? { kind: "invalid" } : { kind: "number", value };
}
