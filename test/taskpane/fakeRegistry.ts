import type { Lang } from "../../src/domain/types";
import type {
  JobDefinition,
  JobInput,
  JobOutcome,
  JobReport,
  OptionSpec,
} from "../../src/jobs/jobDefinition";

/** Text in both languages for a fake job. */
const both = (zh: string, en: string) => ({ "zh-CN": zh, "en-US": en });

export interface FakeJobSpec {
  readonly key?: string;
  readonly step?: JobDefinition["step"];
  readonly names?: Readonly<Record<Lang, string>>;
  readonly options?: readonly OptionSpec[];
  /** What the plan returns instead of its small cells edit. */
  readonly outcome?: (input: JobInput) => JobOutcome;
}

/** The fake scoring job's choice option. */
export const methodOption: OptionSpec = {
  key: "method",
  kind: "choice",
  choices: ["weighted", "equal"],
  default: "weighted",
  names: both("评分方法", "Scoring method"),
  help: both("各项指标的权重", "How the measures are weighted"),
};

/**
 * A second job the registry does not have (method step 3, scores): one role, one choice option, and a plan that
 * writes one cell on the customer sheet and reports a blank revenue cell.
 */
export function fakeScoresJob(spec: FakeJobSpec = {}) {
  const plan = jest.fn((input: JobInput): JobOutcome => {
    if (spec.outcome) return spec.outcome(input);
    const sheet = input.sheets.customers ?? "";
    return {
      ok: true,
      edit: { changes: [{ kind: "cells", sheet, at: "L3", rows: [["score"]] }] },
      report: {
        job: spec.key ?? "scores",
        lang: input.lang ?? "en-US",
        issues: [{ code: "cell.blank", sheet, cell: "F7", field: "revenue" }],
      },
    };
  });
  const job: JobDefinition<JobReport> = {
    key: spec.key ?? "scores",
    step: spec.step ?? "scores",
    names: spec.names ?? both("客户评分", "Customer scores"),
    summary: both("给每个客户打分", "a score for each customer"),
    reads: [{ role: "customers", names: both("客户表", "Customer sheet"), fields: [] }],
    options: spec.options ?? [methodOption],
    creates: [{ kind: "sheet", names: both("客户评分", "Scores") }],
    issueCodes: [],
    plan,
    describe: (report, lang) =>
      lang === "zh-CN" ? `已评分，${report.issues.length} 个问题` : `Scored, ${report.issues.length} issues`,
    summarize: () => [],
    toJson: (report) => ({ job: report.job }),
    locateHeaders: () => null,
    example: both("kaw scores in.xlsx", "kaw scores in.xlsx"),
  };
  return { job, plan };
}
