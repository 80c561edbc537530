/**
 * Dates of order lines, by the README's "Dates" rule: Excel serials (numbers or digit texts) and the written forms
 * yyyy-m-d, yyyy/m/d, yyyy.m.d, yyyy年m月d日, d/m/yyyy and m/d/yyyy. Day-first or month-first is never guessed.
 */
import type { CellValue } from "../types";
import { foldText, isTxBlank } from "./txText";
import {
  fictitiousLeapSerial,
  isValidYmd,
  maxDateSerial,
  monthText,
  serialMonthIndex,
  ymdToSerial,
} from "./txSerial";

export { isValidYmd, serialToYmd, ymdToSerial, serialMonthIndex, monthText } from "./txSerial";

export type TxDate =
  | { kind: "date"; serial: number; month: string }
  | { kind: "blank" }
  | { kind: "bad" }
  | { kind: "ambiguous" };

/** `txCellDate` codes for a cell that gives no date; a date is its serial, ≥ 1. */
export const dateBlank = 0;
export const dateBad = -1;
export const dateAmbiguous = -2;

const trailingTime = / [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$/;
const digitsSerial = /^[0-9]+(?:\.[0-9]+)?$/;
const yearFirst = /^([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})$/;
const yearFirstChinese = /^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})[日号]?$/;
const yearLast = /^([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{4})$/;

/**
 * The serial of an Excel date number, or `dateBad`. Formula: s = ⌊n⌋ (the time is dropped); 1 ≤ s ≤ 2958465, s ≠ 60.
 * @example serialDate(45356.75) //=> 45356
 * @example serialDate(60) //=> -1 (dateBad: 1900-02-29 never was)
 */
export function serialDate(value: number): number {
  const serial = Math.floor(value);
  if (!(serial >= 1 && serial <= maxDateSerial) || serial === fictitiousLeapSerial) return dateBad;
  return serial;
}

function ymdSerial(year: string, month: string, day: string): number {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  return isValidYmd(y, m, d) ? ymdToSerial(y, m, d) : dateBad;
}

/** d/m/yyyy or m/d/yyyy: a first number > 12 is a day, a second > 12 is a day, equal numbers are both. */
function dayMonthSerial(first: string, second: string, year: string): number {
  const [a, b] = [Number(first), Number(second)];
  if (a > 12) return ymdSerial(year, second, first);
  if (b > 12 || a === b) return ymdSerial(year, first, second);
  return dateAmbiguous;
}

/**
 * The serial a non-blank text stands for, or `dateBad` / `dateAmbiguous`. The text is folded and a trailing
 * " hh:mm" or " hh:mm:ss" dropped; then digits (with an optional fraction) are a serial, else one of the forms.
 * @example txTextDate("2024年3月5日") //=> 45356
 * @example txTextDate("03/05/2024") //=> -2 (dateAmbiguous)
 */
export function txTextDate(text: string): number {
  const body = foldText(text).replace(trailingTime, "");
  if (digitsSerial.test(body)) return serialDate(Number(body));
  const ymd = yearFirst.exec(body) ?? yearFirstChinese.exec(body);
  if (ymd !== null) {
    const [year, month, day] = ymd.length === 5 ? [ymd[1], ymd[3], ymd[4]] : [ymd[1], ymd[2], ymd[3]];
    return ymdSerial(year ?? "", month ?? "", day ?? "");
  }
  const dmy = yearLast.exec(body);
  if (dmy === null) return dateBad;
  return dayMonthSerial(dmy[1] ?? "", dmy[3] ?? "", dmy[4] ?? "");
}

/**
 * The core of `parseTxDate` without an object per call: a serial ≥ 1, or `dateBlank`, `dateBad`, `dateAmbiguous`.
 * Booleans and error values are `dateBad`.
 * @example txCellDate(45356) //=> 45356
 * @example txCellDate(null) //=> 0 (dateBlank)
 */
export function txCellDate(raw: CellValue | undefined): number {
  if (isTxBlank(raw)) return dateBlank;
  if (typeof raw === "number") return serialDate(raw);
  return typeof raw === "string" ? txTextDate(raw) : dateBad;
}

/**
 * A date cell: the date's serial and month bucket, blank, bad (no date, out of range, 1900-02-29) or ambiguous.
 * @example parseTxDate("2024.03.05 14:30") //=> { kind: "date", serial: 45356, month: "2024-03" }
 * @example parseTxDate("13/05/2024") //=> { kind: "date", serial: 45425, month: "2024-05" }
 * @example parseTxDate("2024-02-30") //=> { kind: "bad" }
 */
export function parseTxDate(raw: CellValue | undefined): TxDate {
  const code = txCellDate(raw);
  if (code === dateBlank) return { kind: "blank" };
  if (code === dateBad) return { kind: "bad" };
  if (code === dateAmbiguous) return { kind: "ambiguous" };
  return { kind: "date", serial: code, month: monthText(serialMonthIndex(code)) };
}
