/**
 * The customer sheet of test/jobs/scores.test.ts (copied: its header comment works out every score by hand), as a
 * MockExcel seed, the scores job's expected block for it, and a run of the registered job through ExcelWorkbook.
 */
import type { CellValue } from "../../../src/domain/types";
import { ExcelWorkbook } from "../../../src/hosts/excel/excelWorkbook";
import type { JobDefinition } from "../../../src/jobs/jobDefinition";
import { runRegisteredJob } from "../../../src/jobs/runJob";
import { scoresJob } from "../../../src/jobs/scores/scoresJob";
import type { ScoreJobReport } from "../../../src/jobs/scores/scoresReport";
import type { EditList } from "../../../src/plan/edits";
import type { WorkbookSnapshot } from "../../../src/plan/workbookSnapshot";
import type { SheetSeed } from "./mockExcel";
import type { MockJobWorkbook } from "./mockJobWorkbook";

export const customerSheet = "客户";

export const headers: readonly CellValue[] = [
  "客户名称",
  "流动资产",
  "流动负债",
  "资产总计",
  "营业收入",
  "营业成本",
  "净利润",
  "应收账款",
  "存货",
  "产品类别",
  "客户性质",
  "采购成本评级",
  "技术匹配度",
  "政策影响评级",
  "预计采购金额",
];

export const customers: readonly (readonly CellValue[])[] = [
  ["甲", 2000, 1000, 4000, 10000, 8000, 1000, 0, 0, "阀门", "国有企业", 1, 5, 3, null],
  ["乙", 1000, 1000, 5000, 10000, 8000, 0, 0, 0, "泵", "民营企业", 5, 1, 1, null],
  ["丙", 2000, 1000, 4000, 10000, 8000, 1000, 0, 0, "阀门 ", "国有企业", null, "abc", 4, 500],
  ["丁", 1000, 1000, 5000, 40000, 8000, 0, 0, 0, "泵", "外资企业", 3, 3, 6, null],
  ["戊", 2000, 1000, 4000, 10000, 8000, 1000, 0, 0, null, "经销商", null, null, null, null],
];

/** A fresh copy each time: MockExcel writes into its seeds' rows. */
export function customerSeed(): SheetSeed {
  return { name: customerSheet, rows: [headers, ...customers].map((row) => [...row]) };
}

/** W2:AE6 worked by hand in test/jobs/scores.test.ts (undefined: the cell is left empty). */
export const expectedScores: readonly (readonly unknown[])[] = [
  [91, 100, 100, 50, 85, "低", 61.9, "A", "客户访问"],
  [40, 0, 0, 0, 0, "高", 16, "C", "寄送资料"],
  [91, 67, undefined, 75, 70.428571, "低", 57.528571, "B", "产品介绍会/推广会"],
  [40, 50, 50, undefined, 50, "中", 61, "B", "产品介绍会/推广会"],
  [91, undefined, undefined, undefined, undefined, undefined, 52, "C", "寄送资料"],
];

export const scoreHeaders: readonly string[] = [
  "财务健康评分",
  "采购成本影响",
  "技术含量影响",
  "政策社会影响",
  "购买影响评分",
  "决策复杂度",
  "开发优先级评分",
  "客户等级",
  "建议开发方式",
];

/** Runs the registered scores job through ExcelWorkbook on `mock`, capturing what the plan saw and planned. */
export async function runScores(mock: MockJobWorkbook): Promise<ScoresRun> {
  const seen: ScoresRun["seen"] = [];
  const job: JobDefinition<ScoreJobReport> = {
    ...scoresJob,
    plan: (input) => {
      const outcome = scoresJob.plan(input);
      seen.push({ workbook: input.workbook, edit: outcome.ok ? outcome.edit : null });
      return outcome;
    },
  };
  const host = new ExcelWorkbook(mock.runner, { isSetSupported: () => true });
  const before = mock.sync.mock.calls.length;
  const outcome = await runRegisteredJob(host, job, { sheets: { customers: customerSheet } });
  const last = seen[seen.length - 1];
  if (!outcome.ok || !last?.edit) throw new Error(JSON.stringify(outcome));
  return { report: outcome.report, seen, edit: last.edit, syncs: mock.sync.mock.calls.length - before };
}

export interface ScoresRun {
  readonly report: ScoreJobReport;
  readonly seen: { readonly workbook: WorkbookSnapshot; readonly edit: EditList | null }[];
  /** The edit list the run applied. */
  readonly edit: EditList;
  /** `context.sync` calls of this run. */
  readonly syncs: number;
}
