/** A real-looking source sheet (title row, unit line, header row, data rows) and a hand-built ratio block. */
import type { CellValue } from "../../../src/domain/types";
import type { ColumnBlock, ColumnWrite, OutValue } from "../../../src/plan/workbookEdit";

export const sourceHeaders = [
  "客户名称",
  "客户编号",
  "流动资产合计",
  "流动负债合计",
  "资产总计",
  "期初资产总计",
  "营业收入",
  "营业成本",
  "净利润",
  "应收账款",
  "存货",
  "备注",
];

const blank = (n: number): CellValue[] => Array.from({ length: n }, () => "");

/** Rows from A1: 3 heading rows, then `dataRows` customers over 12 columns (A..L). */
export function financeRows(dataRows: number): CellValue[][] {
  const rows: CellValue[][] = [
    ["2024年度大客户财务数据", ...blank(11)],
    ["单位：万元", ...blank(11)],
    [...sourceHeaders],
  ];
  for (let i = 0; i < dataRows; i += 1) {
    rows.push([`客户${i + 1}`, `KA${1000 + i}`, 1200, 800, 5000, 4600, 9000, 7200, 450, 1500, 900, ""]);
  }
  return rows;
}

const column = (
  key: string,
  header: string,
  numberFormat: string,
  values: readonly OutValue[],
): ColumnWrite => ({ key, header, numberFormat, values });

/**
 * Seven output columns M..S (13..19) beside the 12 source columns, header row 3, data from row 4. Every row holds
 * the same values, so one row's payload is known: JSON `[1.5,0.25,12.5,3,0.125,100,"'k"]` (the note "k" behind Excel's
 * text apostrophe, see excelText) is 32 characters and
 * `["0.00","0.00","0.0%","0","0.000","0","@"]` is 42, so a row costs 32 + 42 + 2 separators = 76 bytes.
 */
export function ratioBlock(sheet: string, dataRows: number, extra: Partial<ColumnBlock> = {}): ColumnBlock {
  const fill = (value: OutValue): OutValue[] => Array.from({ length: dataRows }, () => value);
  return {
    kind: "columnBlock",
    job: "ratios",
    sheet,
    headerRow: 3,
    firstColumn: 13,
    firstRow: 4,
    lastRow: 3 + dataRows,
    headerStyleFrom: 12,
    columns: [
      column("currentRatio", "流动比率", "0.00", fill(1.5)),
      column("quickRatio", "速动比率", "0.00", fill(0.25)),
      column("debtRatio", "资产负债率", "0.0%", fill(12.5)),
      column("receivableDays", "应收账款周转天数", "0", fill(3)),
      column("inventoryTurnover", "存货周转率", "0.000", fill(0.125)),
      column("score", "评分", "0", fill(100)),
      column("notes", "问题说明", "@", fill("k")),
    ],
    ...extra,
  };
}
