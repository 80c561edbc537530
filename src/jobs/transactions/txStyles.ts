/**
 * The named styles of the transaction sheets (Monthly sales, Monthly volume, SKU analysis): every name prefixed "tx.".
 */
import type { BorderStyle, CellStyle } from "../../plan/cellStyle";
import type { StyleSheet } from "../../plan/edits";

const accent = "1F4E79";
const thin: BorderStyle = { top: "thin", bottom: "thin", left: "thin", right: "thin" };
const total: BorderStyle = { ...thin, top: "medium" };

/** Number formats: amounts to the cent, quantities whole, shares to a tenth of a percent. */
export const txFormats = { amount: "#,##0.00", quantity: "#,##0", share: "0.0%", rank: "0" } as const;

/**
 * The style table: title, note, header, name (text), and per format a body, a total and a bold-total style.
 * @example txStyles()["tx.total.amount"] //=> { numberFormat: "#,##0.00", font: { bold: true }, border: { top: "medium", … } }
 */
export function txStyles(): StyleSheet {
  const styles: Record<string, CellStyle> = {
    "tx.title": { font: { bold: true, size: 14, color: accent } },
    "tx.note": { font: { italic: true, color: "595959" } },
    "tx.section": { font: { bold: true, size: 12, color: accent } },
    "tx.header": {
      font: { bold: true },
      fill: "DDEBF7",
      border: thin,
      alignment: { horizontal: "center", vertical: "center", wrap: true },
    },
    "tx.name": { border: thin, numberFormat: "@" },
    "tx.total.name": { border: total, font: { bold: true }, numberFormat: "@" },
  };
  for (const [key, numberFormat] of Object.entries(txFormats)) {
    styles[`tx.${key}`] = { numberFormat, border: thin };
    styles[`tx.total.${key}`] = { numberFormat, border: total, font: { bold: true } };
  }
  return styles;
}
