/**
 * The content of one Development record (大客户开发记录表) sheet, exactly the seed's table: title, the customer's
 * name, the reason development has not succeeded yet, a two-level header (业务进度 and 客户态度 over their
 * sub-columns), 30 record rows whose progress and attitude cells accept only ✓, and two small grey helper columns
 * the index sheet's formulas read.
 */
import type { Catalog } from "../../i18n";
import type { Edit } from "../../plan/edits";
import { devLayoutFor, defaultRecordRows } from "./devLayout";
import { headerEdits, recordEdits } from "./devRecordParts";

export { devLayout, devLayoutFor, type DevLayout } from "./devLayout";
export { devRecordStats, emptyDevStats, type DevStats } from "./devRecordStats";
export { helperFormulas } from "./devRecordParts";

export type DevTexts = Catalog["records"]["dev"];

/** A…M, then the gap column N and the helpers O, P. */
const widths = [17, 14, 10, 16, 9, 9, 9, 9, 9, 8, 8, 8, 28, 2, 9, 9];

/**
 * The record sheet's edits for `customer` (written as text) with `rows` record rows (at least 1; the seed's 30
 * by default). Addresses: `devLayoutFor(rows)`.
 * @example devRecordContent("甲公司", "甲公司", catalog("zh-CN").records.dev)
 * // A1 "大客户开发记录表"; A2 "客户名称：", B2 "甲公司"; A3 "未成功原因：", B3 input; headers rows 4–5; rows 6–35
 */
export function devRecordContent(
  sheet: string,
  customer: string,
  texts: DevTexts,
  rows = defaultRecordRows,
): Edit[] {
  const layout = devLayoutFor(rows);
  const [, bottom] = layout.headerRows;
  return [
    { kind: "cells", sheet, at: "A1", rows: [[texts.title]], style: "rec.title" },
    { kind: "merge", sheet, range: `A1:${layout.lastColumn}1` },
    { kind: "rowHeights", sheet, row: 1, heights: [28] },
    {
      kind: "cells",
      sheet,
      at: "A2",
      rows: [
        [texts.customerLabel, customer],
        [texts.reasonLabel, null],
      ],
      cellStyles: [
        ["rec.label", "rec.text"],
        ["rec.label", "rec.input"],
      ],
    },
    { kind: "merge", sheet, range: `${layout.nameCell}:F2` },
    { kind: "style", sheet, range: `${layout.reasonCell}:${layout.lastColumn}3`, style: "rec.input" },
    { kind: "merge", sheet, range: `${layout.reasonCell}:${layout.lastColumn}3` },
    ...headerEdits(sheet, layout, texts),
    ...recordEdits(sheet, layout, texts),
    { kind: "columnWidths", sheet, column: "A", widths },
    { kind: "freeze", sheet, rows: bottom, columns: 1 },
    {
      kind: "pageSetup",
      sheet,
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      printTitleRows: `${layout.headerRows[0]}:${bottom}`,
      printArea: `A1:${layout.lastColumn}${layout.lastRow}`,
      footer: { center: "{page} / {pages}" },
    },
  ];
}
