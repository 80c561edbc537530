import { methodSteps } from "../../src/jobs/jobDefinition";
import { planRatios } from "../../src/jobs/ratios";
import { findJob, jobs } from "../../src/jobs/registry";
import { ratiosJob } from "../../src/jobs/ratiosJob";
import type { WorkbookSnapshot } from "../../src/plan/workbookSnapshot";
import { sampleRows, snapshotOf } from "./snapshot";

const rows = sampleRows();

function workbookWith(sheet = "客户财务"): WorkbookSnapshot {
  return {
    sheetNames: [sheet, "Notes"],
    sheets: new Map([[sheet, snapshotOf(rows, { sheet })]]),
    generated: [],
  };
}

describe("the job registry", () => {
  it("lists the jobs in the method's order, each key once", () => {
    const steps = jobs.map((job) => methodSteps.indexOf(job.step));
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    expect(new Set(jobs.map((job) => job.key)).size).toBe(jobs.length);
    expect(findJob("ratios")).toBe(ratiosJob);
    expect(findJob("nope")).toBeUndefined();
  });

  it("gives every job, sheet role, field and option a text in both languages", () => {
    for (const job of jobs) {
      const texts = [job.names, job.summary, ...job.creates.map((thing) => thing.names)];
      for (const role of job.reads) texts.push(role.names, ...role.fields.flatMap((f) => [f.names, f.reads]));
      for (const option of job.options) texts.push(option.names, option.help);
      for (const text of texts) {
        expect(text["zh-CN"].trim()).not.toBe("");
        expect(text["en-US"].trim()).not.toBe("");
        // A catalog gap shows as its key: no text may be a dotted key.
        expect(text["en-US"]).not.toMatch(/^[a-z]+(\.[A-Za-z]+)+$/);
        expect(text["zh-CN"]).not.toMatch(/^[a-z]+(\.[A-Za-z]+)+$/);
      }
    }
  });

  it("declares the ratio job's customer fields, eight of them required", () => {
    const [customers] = ratiosJob.reads;
    expect(customers?.role).toBe("customers");
    expect(customers?.fields.filter((field) => field.required).map((field) => field.key)).toEqual([
      "currentAssets",
      "currentLiabilities",
      "totalAssets",
      "revenue",
      "costOfSales",
      "netProfit",
      "accountsReceivable",
      "inventory",
    ]);
    expect(ratiosJob.creates.map((thing) => thing.names["zh-CN"])).toEqual([
      "流动比率",
      "流动资产率",
      "净利润率",
      "资产回报率",
      "回款周期(天)",
      "存货周期(天)",
      "数据问题",
    ]);
  });

  it("plans exactly what planRatios plans, with the job's key on the report", () => {
    const outcome = ratiosJob.plan({
      workbook: workbookWith(),
      sheets: { customers: "客户财务" },
      options: { days: "360" },
    });
    const direct = planRatios(snapshotOf(rows), { days: 360 });
    expect(outcome.ok && direct.ok).toBe(true);
    if (!outcome.ok || !direct.ok) return;
    expect(outcome.edit).toEqual(direct.edit);
    expect(outcome.report).toEqual({ ...direct.report, job: "ratios" });
    expect(ratiosJob.describe(outcome.report, "en-US")).toBe(
      "Analysed 2 customers on 客户财务, wrote 7 columns",
    );
  });

  it("refuses, naming the sheet, when the customer sheet was not read", () => {
    const outcome = ratiosJob.plan({ workbook: workbookWith(), sheets: { customers: "Other" }, options: {} });
    expect(outcome).toEqual({ ok: false, issues: [{ code: "edit.unknownSheet", sheet: "Other" }] });
  });
});
