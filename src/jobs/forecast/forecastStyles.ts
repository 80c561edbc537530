/** The named styles of the Sales forecast sheet: every name prefixed "fc.". */
import type { BorderStyle, CellStyle } from "../../plan/cellStyle";
import type { StyleSheet } from "../../plan/edits";

const accent = "1F4E79";
const thin: BorderStyle = { top: "thin", bottom: "thin", left: "thin", right: "thin" };

/**
 * The style table: title, section, note, header, name, amount, total (bold), parameter (0.000), percent.
 * @example forecastStyles()["fc.amount"] //=> { numberFormat: "#,##0", border: { top: "thin", … } }
 */
export function forecastStyles(): StyleSheet {
  const styles: Record<string, CellStyle> = {
    "fc.title": { font: { bold: true, size: 14, color: accent } },
    "fc.section": { font: { bold: true, size: 12, color: accent } },
    "fc.note": { font: { italic: true, color: "595959" }, alignment: { wrap: false } },
    "fc.header": {
      font: { bold: true },
      fill: "DDEBF7",
      border: thin,
      alignment: { horizontal: "center", vertical: "center", wrap: true },
    },
    "fc.name": { border: thin, numberFormat: "@" },
    "fc.amount": { border: thin, numberFormat: "#,##0" },
    "fc.total": { border: thin, numberFormat: "#,##0", font: { bold: true } },
    "fc.param": { border: thin, numberFormat: "0.000" },
    "fc.percent": { border: thin, numberFormat: "0.0%" },
  };
  return styles;
}
