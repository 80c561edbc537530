/**
 * The table columns of the Customer segments sheet and the named styles of its cells (every name prefixed "seg."):
 * title, section heading, header, unclassified segment, and per column a body and a total style.
 */
import type { BorderStyle, CellStyle } from "../../plan/cellStyle";
import type { StyleSheet } from "../../plan/edits";

/** The table's columns from A: width in characters and the number format of each. */
export const segmentColumns = [
  { key: "segment", width: 28 },
  { key: "customers", width: 12, numberFormat: "#,##0" },
  { key: "revenue", width: 20, numberFormat: "#,##0.00" },
  { key: "share", width: 14, numberFormat: "0.0%" },
  { key: "medianCurrentRatio", width: 16, numberFormat: "0.00" },
  { key: "medianNetProfitMargin", width: 18, numberFormat: "0.0%" },
] as const;

export type SegmentColumn = (typeof segmentColumns)[number]["key"];

const accent = "1F4E79";
const thin: BorderStyle = { top: "thin", bottom: "thin", left: "thin", right: "thin" };

/**
 * The sheet's style table: "seg.title", "seg.section", "seg.header", "seg.unclassified", and for each column
 * "seg.<key>" (thin border, its number format) and "seg.total.<key>" (bold, medium top border).
 * @example segmentStyles()["seg.total.revenue"]
 * //=> { numberFormat: "#,##0.00", font: { bold: true }, border: { top: "medium", bottom: "thin", … } }
 */
export function segmentStyles(): StyleSheet {
  const styles: Record<string, CellStyle> = {
    "seg.title": { font: { bold: true, size: 14, color: accent } },
    "seg.section": { font: { bold: true, size: 12, color: accent } },
    "seg.header": {
      font: { bold: true },
      fill: "DDEBF7",
      border: thin,
      alignment: { horizontal: "center", vertical: "center", wrap: true },
    },
    "seg.unclassified": { border: thin, font: { italic: true, color: "7F7F7F" } },
  };
  for (const column of segmentColumns) {
    const format = "numberFormat" in column ? { numberFormat: column.numberFormat } : {};
    styles[`seg.${column.key}`] = { ...format, border: thin };
    styles[`seg.total.${column.key}`] = {
      ...format,
      font: { bold: true },
      border: { ...thin, top: "medium" },
    };
  }
  return styles;
}
