/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { ratiosJob } from "../../src/jobs/ratiosJob";
import { webJobStorage } from "../../src/taskpane/jobStorage";
import { FakeHost } from "./fakeHost";
import { fakePanels } from "./fakeJobs";
import { fakeScoresJob } from "./fakeRegistry";
import { sampleSheets } from "./fixtures";

afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
});

function memoryStorage() {
  const stored = new Map<string, string>();
  const storage = {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
  };
  return { stored, storage: webJobStorage(storage) };
}

const tabNames = () => screen.getAllByRole("tab").map((tab) => tab.textContent?.trim());

describe("the pane's frame", () => {
  it("shows the product's title, the language switch and the registered jobs with their step numbers", async () => {
    render(
      <App host={new FakeHost(sampleSheets(), "客户财务")} displayLanguage="zh-CN" panels={fakePanels()} />,
    );
    expect(await screen.findByRole("heading", { level: 1, name: "大客户开发工作台" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "窗格及写入表头的语言" })).toBeTruthy();
    // The registry's jobs in the method's order: ratios (step 2), scores (3), transactions (4), forecast (5), records (6).
    expect(screen.getByRole("tablist", { name: "按方法顺序排列的工作" })).toBeTruthy();
    expect(tabNames()).toEqual([
      "2 客户财务分析",
      "3 评分与客户等级",
      "4 交易分析",
      "5 销售与成本预测",
      "6 记录表",
    ]);
    expect(screen.getByRole("tab", { name: "2 客户财务分析" }).getAttribute("aria-selected")).toBe("true");
    // The ratio panel keeps a heading of its own, named by the ratio job's definition.
    expect(screen.getByRole("heading", { level: 2, name: "客户财务分析" })).toBeTruthy();
    expect(screen.getByRole("tabpanel", { name: "2 客户财务分析" })).toBeTruthy();
  });

  it("lists a job passed in after the ratio job and opens its generic panel, in the pane's language", async () => {
    const { job } = fakeScoresJob();
    render(
      <App
        host={new FakeHost(sampleSheets(), "客户财务")}
        displayLanguage="en-US"
        jobs={[ratiosJob, job]}
        panels={fakePanels()}
      />,
    );
    await screen.findByText("Field mapping: 8/8 required and 2/5 optional fields found");
    expect(tabNames()).toEqual(["2 Customer ratios", "3 Customer scores"]);
    fireEvent.click(screen.getByRole("tab", { name: "3 Customer scores" }));
    const panel = screen.getByRole("tabpanel", { name: "3 Customer scores" });
    expect(within(panel).getByRole("heading", { level: 2, name: "Customer scores" })).toBeTruthy();
    expect(within(panel).queryByText(/^Field mapping/)).toBeNull();
    expect(
      (await within(panel).findByRole("combobox", { name: "Customer sheet 客户财务" })).textContent,
    ).toBe("客户财务");
    expect(within(panel).getByRole("radiogroup", { name: "Scoring method" })).toBeTruthy();
    expect(within(panel).getByText("Sheet: Scores")).toBeTruthy();
    expect(within(panel).getByRole("button", { name: "Customer scores" })).toBeTruthy();
  });

  it("remembers the last job and opens on it, or on the first job when that one is gone", async () => {
    const { job } = fakeScoresJob();
    const { stored, storage } = memoryStorage();
    const host = new FakeHost(sampleSheets(), "客户财务");
    const props = { host, displayLanguage: "en-US", panels: fakePanels(), jobStorage: storage };
    const first = render(<App {...props} jobs={[ratiosJob, job]} />);
    fireEvent.click(await screen.findByRole("tab", { name: "3 Customer scores" }));
    await screen.findByRole("combobox", { name: "Customer sheet 客户财务" });
    first.unmount();
    const second = render(<App {...props} jobs={[ratiosJob, job]} />);
    expect(screen.getByRole("tab", { name: "3 Customer scores" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByRole("heading", { level: 2, name: "Customer scores" })).toBeTruthy();
    expect([...stored.values()]).toEqual(["scores"]);
    second.unmount();
    // The scoring job is no longer registered: the pane opens on the ratio job.
    render(<App {...props} jobs={[ratiosJob]} />);
    expect(await screen.findByRole("heading", { level: 2, name: "Customer ratios" })).toBeTruthy();
  });

  it("lists six jobs in the method's order whatever order they come in, wrapping the tabs that do not fit", async () => {
    const steps = ["records", "forecast", "transactions", "scores", "ratios", "data"] as const;
    const six = steps.map(
      (step) => fakeScoresJob({ key: step, step, names: { "zh-CN": step, "en-US": step } }).job,
    );
    render(
      <App host={new FakeHost(sampleSheets(), "Notes")} displayLanguage="en-US" jobs={six} panels={{}} />,
    );
    expect(tabNames()).toEqual([
      "1 data",
      "2 ratios",
      "3 scores",
      "4 transactions",
      "5 forecast",
      "6 records",
    ]);
    // Every tab stays in sight: the row wraps rather than scrolling sideways or hiding tabs.
    expect(getComputedStyle(screen.getByRole("tablist")).flexWrap).toBe("wrap");
    expect(
      screen.getAllByRole("tab").every((tab) => tab.getAttribute("data-is-overflowing") !== "true"),
    ).toBe(true);
    // Measured in Chromium (not here: jsdom has no layout): six English names wrap into five 32 px rows at 340 px.
    // The first job's generic panel opens on the active sheet.
    expect(await screen.findByRole("combobox", { name: "Customer sheet Notes" })).toBeTruthy();
  });
});
