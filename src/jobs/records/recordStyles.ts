/**
 * The named styles of the record sheets (Visit record, Visit preparation, Development record, Development records):
 * every name prefixed "rec.". Body cells have thin borders and wrap, so a printed form has room to write in.
 */
import type { BorderStyle, CellStyle } from "../../plan/cellStyle";
import type { StyleSheet } from "../../plan/edits";

const accent = "1F4E79";
const headerFill = "DDEBF7";
const inputFill = "FFF2CC";
const helperGrey = "808080";
const thin: BorderStyle = { top: "thin", bottom: "thin", left: "thin", right: "thin" };
const wrapTop = { vertical: "top", wrap: true } as const;

/** Number formats of the record sheets. */
export const recordFormats = {
  date: "yyyy-mm-dd",
  dateTime: "yyyy-mm-dd hh:mm",
  time: "hh:mm",
  amount: "#,##0.00",
  ratio: "0.00",
  percent: "0.0%",
  days: "0",
  whole: "0",
} as const;

/**
 * The style table. Text cells carry the "@" format so that what a person types stays text.
 * @example recordStyles()["rec.date"] //=> { numberFormat: "yyyy-mm-dd", border: { top: "thin", … }, alignment: { … } }
 */
export function recordStyles(): StyleSheet {
  const body = (extra: CellStyle = {}): CellStyle => ({ border: thin, alignment: wrapTop, ...extra });
  return {
    "rec.title": {
      font: { bold: true, size: 16, color: accent },
      alignment: { horizontal: "center", vertical: "center" },
    },
    "rec.section": { font: { bold: true, size: 12, color: accent } },
    "rec.note": { font: { italic: true, color: "595959" } },
    "rec.label": { font: { bold: true }, alignment: { vertical: "center" } },
    "rec.header": {
      font: { bold: true },
      fill: headerFill,
      border: thin,
      alignment: { horizontal: "center", vertical: "center", wrap: true },
    },
    "rec.text": body({ numberFormat: "@" }),
    "rec.input": body({ numberFormat: "@", fill: inputFill }),
    "rec.no": body({
      numberFormat: recordFormats.whole,
      alignment: { horizontal: "center", vertical: "top" },
    }),
    "rec.date": body({
      numberFormat: recordFormats.date,
      alignment: { horizontal: "center", vertical: "top" },
    }),
    "rec.dateTime": body({
      numberFormat: recordFormats.dateTime,
      alignment: { horizontal: "center", vertical: "top" },
    }),
    "rec.time": body({
      numberFormat: recordFormats.time,
      alignment: { horizontal: "center", vertical: "top" },
    }),
    "rec.due": body({
      numberFormat: recordFormats.date,
      fill: "F2F2F2",
      alignment: { horizontal: "center", vertical: "top" },
    }),
    "rec.tick": body({ alignment: { horizontal: "center", vertical: "center" } }),
    "rec.amount": body({ numberFormat: recordFormats.amount }),
    "rec.ratio": body({ numberFormat: recordFormats.ratio }),
    "rec.percent": body({ numberFormat: recordFormats.percent }),
    "rec.days": body({ numberFormat: recordFormats.days }),
    "rec.count": body({
      numberFormat: recordFormats.whole,
      alignment: { horizontal: "center", vertical: "top" },
    }),
    "rec.link": body({ numberFormat: "@", font: { color: "0563C1", underline: true } }),
    "rec.helper.header": { font: { size: 8, color: helperGrey, italic: true }, alignment: { wrap: true } },
    "rec.helper": { font: { size: 8, color: helperGrey } },
  };
}
