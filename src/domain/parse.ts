/**
 * Cell parsing: what a raw cell holds as an amount. Never guesses: text that is not clearly a number is invalid.
 */
import type { CellValue } from "./types";

export type ParsedAmount =
  | { kind: "number"; value: number; magnitude: boolean }
  | { kind: "blank" }
  | { kind: "missing"; code: "cell.errorValue" | "cell.placeholder"; text: string }
  | { kind: "invalid"; text: string };

const errorValues: ReadonlySet<string> = new Set([
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

// Compared after NFKC, lower case and without spaces, so "N / A" and "Ｎ／Ａ" count too.
const placeholders: ReadonlySet<string> = new Set([
  "-",
  "--",
  "---",
  "—",
  "——",
  "–",
  "−",
  "n/a",
  "na",
  "待补充",
  "不详",
  "暂无",
  "无",
]);

const chineseMagnitudes: Readonly<Record<string, number>> = {
  千: 3,
  万: 4,
  十万: 5,
  百万: 6,
  千万: 7,
  亿: 8,
  万亿: 12,
};

const currency = String.raw`(?:[¥$€£]|rmb|cny|usd|eur|hkd|us\$|hk\$)`;
// sign, currency, sign again (either order), digits, Chinese magnitude, currency or 元, percent; optional parentheses.
const amountPattern = new RegExp(
  String.raw`^(\()?([-+])?(${currency})?([-+])?([0-9][0-9, ]*(?:\.[0-9]*)?|\.[0-9]+)(e[-+]?[0-9]+)?` +
    String.raw`(千|万|十万|百万|千万|亿|万亿)?(${currency}|元)?(%)?(\))?$`,
);
const plainDigits = /^[0-9]+(?:\.[0-9]*)?$|^\.[0-9]+$/;
// Separators must group by threes: "1,234,567.8" yes, "1,23" and "12,3456" no.
const groupedDigits = /^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]*)?$/;

/**
 * What a raw cell holds as an amount.
 * Formula: numbers pass through; numeric text is cleaned (separators, currency, full-width forms, NBSP), then
 * `(x)` and `-x` negate, `x%` is x ÷ 100 and `x万` / `x亿` are x × 10⁴ / x × 10⁸ (magnitude: true).
 * @example parseAmount("(1,234.50)") //=> { kind: "number", value: -1234.5, magnitude: false }
 * @example parseAmount("1.2万") //=> { kind: "number", value: 12000, magnitude: true }
 * @example parseAmount("#N/A") //=> { kind: "missing", code: "cell.errorValue", text: "#N/A" }
 */
export function parseAmount(raw: CellValue): ParsedAmount {
  // Hot path: most cells are plain numbers; no string work for them.
  if (typeof raw === "number") {
    return raw - raw === 0
      ? { kind: "number", value: raw, magnitude: false }
      : { kind: "invalid", text: String(raw) };
  }
  if (raw === null) return { kind: "blank" };
  if (typeof raw !== "string") return { kind: "invalid", text: raw ? "TRUE" : "FALSE" };
  const text = raw.trim();
  if (text === "") return { kind: "blank" };
  return parseText(text);
}

function parseText(text: string): ParsedAmount {
  if (text.charCodeAt(0) === 35 /* # */ && errorValues.has(text.toUpperCase())) {
    return { kind: "missing", code: "cell.errorValue", text };
  }
  // NFKC turns full-width digits, ，．－（）％ and ideographic spaces into their ASCII forms.
  const flat = text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ");
  if (placeholders.has(flat.replace(/ /g, ""))) return { kind: "missing", code: "cell.placeholder", text };
  const value = numberOf(flat.replace(/\u2212/g, "-"));
  return value === null ? { kind: "invalid", text } : value;
}

function numberOf(flat: string): ParsedAmount | null {
  // Spaces next to signs, currency and brackets are stray; spaces between digits must be thousands separators.
  const m = amountPattern.exec(flat.replace(/ ?([-+()$¥€£%.a-z]|[^\x20-\x7e]) ?/g, "$1").trim());
  if (m === null) return null;
  const [, open, sign1, cur1, sign2, body = "", exponent, magnitude, cur2, percent, close] = m;
  if ((open === undefined) !== (close === undefined)) return null;
  // One way of saying "negative" at most: "(-5)" and "-¥-5" are not numbers.
  if ([open, sign1, sign2].filter((part) => part !== undefined).length > 1) return null;
  if (cur1 !== undefined && cur2 !== undefined) return null;
  if (percent !== undefined && (magnitude ?? cur1 ?? cur2) !== undefined) return null;
  const digits = body.replace(/ *, */g, ",").replace(/ /g, ",");
  if (
    digits.includes(",") ? !groupedDigits.test(digits) || exponent !== undefined : !plainDigits.test(digits)
  ) {
    return null;
  }
  // Shifting the decimal exponent in the text keeps 1.2万 exactly 12000 and 12.5% exactly 0.125.
  const shift =
    magnitude !== undefined ? (chineseMagnitudes[magnitude] ?? 0) : percent !== undefined ? -2 : 0;
  const ownExponent = exponent === undefined ? 0 : Number(exponent.slice(1));
  const size = Number(`${digits.replace(/,/g, "")}e${ownExponent + shift}`);
  if (!Number.isFinite(size)) return null;
  const negative = open !== undefined || sign1 === "-" || sign2 === "-";
  // 0 - 0 would be -0, which prints and compares oddly in tests and sheets.
  const value = negative && size !== 0 ? -size : size;
  return { kind: "number", value, magnitude: shift !== 0 };
}
