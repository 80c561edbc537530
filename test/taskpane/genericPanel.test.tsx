/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { JobDefinition } from "../../src/jobs/jobDefinition";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "./fakeHost";
import { fakeScoresJob, methodOption } from "./fakeRegistry";
import { sampleSheets } from "./fixtures";

afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
});

function setup(job: JobDefinition, lang = "en-US", active = "客户财务") {
  const host = new FakeHost(sampleSheets(), active);
  render(<App host={host} displayLanguage={lang} jobs={[job]} panels={{}} />);
  return host;
}

const runButton = (name = "Customer scores") => screen.findByRole("button", { name });

describe("the generic job panel", () => {
  it("runs the job on the chosen sheet with the chosen option and shows its line and issues", async () => {
    const { job, plan } = fakeScoresJob();
    const host = setup(job);
    await screen.findByRole("combobox", { name: "Customer sheet 客户财务" });
    fireEvent.click(screen.getByRole("radio", { name: "equal" }));
    fireEvent.click(await runButton());
    expect(await screen.findByText("Scored, 1 issues")).toBeTruthy();
    expect(host.workbookRuns).toEqual([["客户财务"]]);
    expect(plan).toHaveBeenCalledTimes(1);
    const input = plan.mock.calls[0]?.[0];
    expect(input?.sheets).toEqual({ customers: "客户财务" });
    expect(input?.options).toEqual({ method: "equal" });
    expect(input?.lang).toBe("en-US");
    expect(host.applied).toEqual([
      { changes: [{ kind: "cells", sheet: "客户财务", at: "L3", rows: [["score"]] }] },
    ]);
    // The report's issue, in the pane's language, selects its cell.
    fireEvent.click(screen.getByText("客户财务!F7 Revenue: blank"));
    expect(host.selected).toEqual([{ sheet: "客户财务", cell: "F7" }]);
  });

  it("reads the sheet chosen for the role instead of the active one", async () => {
    const { job, plan } = fakeScoresJob();
    const host = setup(job, "en-US", "Notes");
    fireEvent.click(await screen.findByRole("combobox", { name: "Customer sheet Notes" }));
    fireEvent.click(await screen.findByRole("option", { name: "Customers" }));
    fireEvent.click(await runButton());
    await screen.findByText("Scored, 1 issues");
    expect(host.workbookRuns).toEqual([["Customers"]]);
    expect(plan.mock.calls[0]?.[0].options).toEqual({ method: "weighted" });
  });

  it("shows a refusal's issues and writes nothing when the plan's edits do not fit the workbook", async () => {
    const { job } = fakeScoresJob({
      outcome: (input) => ({
        ok: true,
        edit: { changes: [{ kind: "cells", sheet: "Gone", at: "A1", rows: [[1]] }] },
        report: { job: "scores", lang: input.lang ?? "en-US", issues: [] },
      }),
    });
    const host = setup(job);
    fireEvent.click(await runButton());
    expect(await screen.findByText("Nothing was written.")).toBeTruthy();
    expect(screen.getByText("The plan names the sheet Gone, which the workbook does not have")).toBeTruthy();
    expect(host.applied).toEqual([]);
  });

  it("validates a number option against its bounds and passes numbers and flags to the plan", async () => {
    const { job, plan } = fakeScoresJob({
      options: [
        methodOption,
        {
          key: "top",
          kind: "number",
          min: 1,
          max: 50,
          default: 10,
          names: { "zh-CN": "前几名", "en-US": "Top" },
          help: { "zh-CN": "名次", "en-US": "How many" },
        },
        {
          key: "chart",
          kind: "flag",
          default: false,
          names: { "zh-CN": "图表", "en-US": "Add a chart" },
          help: { "zh-CN": "图", "en-US": "A chart" },
        },
      ],
    });
    setup(job);
    const top = await screen.findByRole("textbox", { name: "Top" });
    fireEvent.change(top, { target: { value: "51" } });
    expect(await screen.findByText("Enter a number from 1 to 50.")).toBeTruthy();
    expect((await runButton()).hasAttribute("disabled")).toBe(true);
    fireEvent.change(top, { target: { value: "12" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "Add a chart" }));
    fireEvent.click(await runButton());
    await screen.findByText("Scored, 1 issues");
    expect(plan.mock.calls[0]?.[0].options).toEqual({ method: "weighted", top: 12, chart: true });
  });

  it("says when the workbook's sheets cannot be listed and lists them again on request", async () => {
    const { job } = fakeScoresJob();
    const host = new FakeHost(sampleSheets(), "客户财务");
    host.listFailure = new Error("GeneralException");
    render(<App host={host} displayLanguage="en-US" jobs={[job]} panels={{}} />);
    expect(await screen.findByText("Could not read the sheet: GeneralException")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Customer scores" })).toBeNull();
    host.listFailure = null;
    fireEvent.click(screen.getByRole("button", { name: "Read the sheet again" }));
    expect(await screen.findByRole("combobox", { name: "Customer sheet 客户财务" })).toBeTruthy();
  });

  it("says in Chinese when the run failed and runs again on Try again", async () => {
    const { job } = fakeScoresJob();
    const host = setup(job, "zh-CN");
    host.run = { fail: new Error("GeneralException") };
    fireEvent.click(await runButton("客户评分"));
    expect(await screen.findByText("客户评分 未能完成。")).toBeTruthy();
    expect(screen.getByText("原因：GeneralException")).toBeTruthy();
    host.run = {};
    fireEvent.click(screen.getByRole("button", { name: "重试" }));
    expect(await screen.findByText("已评分，1 个问题")).toBeTruthy();
    expect(screen.getByText("将创建：")).toBeTruthy();
    expect(screen.getByText("工作表：客户评分")).toBeTruthy();
  });
});

describe("a generated sheet the person typed into", () => {
  it("is named in the refusal, and Write a new copy runs again asking for one", async () => {
    const { job, plan } = fakeScoresJob({
      outcome: (input) =>
        input.newCopy
          ? {
              ok: true,
              edit: { changes: [{ kind: "cells", sheet: "客户财务", at: "L3", rows: [["score"]] }] },
              report: { job: "scores", lang: input.lang ?? "en-US", issues: [] },
            }
          : { ok: false, issues: [{ code: "output.generatedSheetEdited", sheet: "Customer scores" }] },
    });
    const host = setup(job);
    fireEvent.click(await runButton());
    expect(
      await screen.findByText(/Customer scores was generated by an earlier run and has been typed into/),
    ).toBeTruthy();
    expect(screen.getByText(/Your entries in that sheet stay as they are/)).toBeTruthy();
    expect(host.applied).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Write a new copy" }));
    expect(await screen.findByText("Scored, 0 issues")).toBeTruthy();
    expect(plan.mock.calls.map((call) => call[0].newCopy === true)).toEqual([false, true]);
    expect(host.applied).toHaveLength(1);
  });

  it("offers no new copy for other refusals", async () => {
    const { job } = fakeScoresJob({
      outcome: () => ({ ok: false, issues: [{ code: "source.noDataRows", sheet: "客户财务" }] }),
    });
    setup(job, "zh-CN");
    fireEvent.click(await runButton("客户评分"));
    expect(await screen.findByText("未写入任何内容。")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "另写一份新表" })).toBeNull();
  });
});
