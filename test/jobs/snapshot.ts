import type { CellValue } from "../../src/domain/types";
import type { RatioPlan } from "../../src/jobs/ratios";
import type { OwnedBlock, SheetSnapshot, TableInfo } from "../../src/plan/sheetSnapshot";

/** A snapshot of a sheet whose rows start at A1. */
export function snapshotOf(
  rows: CellValue[][],
  extra: { sheet?: string; owned?: OwnedBlock[]; tables?: TableInfo[]; protected?: boolean } = {},
): SheetSnapshot {
  return {
    grid: { sheet: extra.sheet ?? "客户财务", top: 0, left: 0, values: rows },
    owned: extra.owned ?? [],
    tables: extra.tables ?? [],
    ...(extra.protected !== undefined ? { protected: extra.protected } : {}),
  };
}

/**
 * The sheet as a previous run left it: the plan's block written into a copy of the rows, and its ownership record.
 * Throws when the plan was refused.
 */
export function afterRun(rows: CellValue[][], plan: RatioPlan): { rows: CellValue[][]; owned: OwnedBlock[] } {
  const change = plan.ok ? plan.edit.changes[0] : undefined;
  if (change?.kind !== "columnBlock") throw new Error("the run was refused");
  const out = rows.map((row) => [...row]);
  const put = (row1: number, col1: number, value: CellValue): void => {
    const row = out[row1 - 1] ?? [];
    while (row.length < col1) row.push(null);
    row[col1 - 1] = value;
    out[row1 - 1] = row;
  };
  change.columns.forEach((column, c) => {
    put(change.headerRow, change.firstColumn + c, column.header);
    column.values.forEach((value, i) =>
      put(
        change.firstRow + i,
        change.firstColumn + c,
        typeof value === "object" && value ? value.value : value,
      ),
    );
  });
  const right = change.firstColumn + change.columns.length - 1;
  const rect = { top: change.headerRow, left: change.firstColumn, bottom: change.lastRow, right };
  return { rows: out, owned: [{ job: change.job, rect }] };
}

export const zhHeaders = [
  "客户名称",
  "流动资产合计",
  "流动负债合计",
  "资产总计",
  "期初资产总计",
  "营业收入",
  "营业成本",
  "净利润",
  "应收账款",
  "存货",
];

/**
 * Two customers and a totals row, amounts in 万元. Worked by hand:
 * 甲公司: current ratio 1200/800 = 1.5; current-asset ratio 1200/3000 = 0.4; margin 250/5000 = 0.05;
 *         ROA 250/((3000+2000)/2) = 0.1; collection 600/5000*365 = 43.8; inventory 500/4000*365 = 45.625.
 * 乙公司: current liabilities 0 → no current ratio; 900/1800 = 0.5; -90/3600 = -0.025; opening blank so ROA
 *         -90/1800 = -0.05; 360/3600*365 = 36.5; inventory #N/A → no inventory period.
 */
export function sampleRows(): CellValue[][] {
  return [
    ["客户财务数据"],
    ["单位：万元"],
    [...zhHeaders],
    ["甲公司", 1200, 800, 3000, 2000, 5000, 4000, 250, 600, 500],
    ["乙公司", 900, 0, 1800, "", 3600, 2700, -90, 360, "#N/A"],
    ["合计", 2100, 800, 4800, 2000, 8600, 6700, 160, 960, 500],
  ];
}
