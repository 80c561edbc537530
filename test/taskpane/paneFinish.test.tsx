/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { Lang } from "../../src/domain/types";
import { RatioPanel } from "../../src/taskpane/components/RatioPanel";
import { ratiosJob } from "../../src/jobs/ratiosJob";
import { FakeHost } from "./fakeHost";
import { fakeJobs } from "./fakeJobs";
import type { FakeJobOptions } from "./fakeJobs";
import { sampleSheets } from "./fixtures";

function setup(lang: Lang = "en-US", options: FakeJobOptions = {}, active = "客户财务") {
  const host = new FakeHost(sampleSheets(), active);
  render(<RatioPanel host={host} lang={lang} job={ratiosJob} jobs={fakeJobs(options)} />);
  return host;
}

afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
});

describe("the outcome after Calculate", () => {
  const scrolled: Element[] = [];
  beforeAll(() => {
    // jsdom lays nothing out and has no scrollIntoView: record which element asked to be scrolled into view.
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
  });
  afterAll(() => {
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it("scrolls into view and takes focus, so the person sees what happened below the open mapping", async () => {
    setup("en-US", {
      issues: [{ code: "cell.blank", sheet: "客户财务", cell: "D6", field: "currentLiabilities" }],
    });
    fireEvent.click(await screen.findByRole("button", { name: /^Field mapping/ }));
    fireEvent.click(screen.getByRole("button", { name: "Calculate ratios" }));
    await screen.findByText(/^Analysed 40 customers/);
    const result = screen.getByRole("region", { name: "Result" });
    expect(document.activeElement).toBe(result);
    expect(scrolled.at(-1)).toBe(result);
    expect(result.textContent).toContain("1 row has a problem");
  });

  it("takes focus when the run is refused too", async () => {
    const plan = {
      ok: false as const,
      issues: [
        { code: "output.cellNotEmpty" as const, sheet: "客户财务", cell: "K5", params: { cell: "K5" } },
      ],
    };
    setup("zh-CN", { plan });
    fireEvent.click(await screen.findByRole("button", { name: "计算比率" }));
    await screen.findByText("未写入任何内容。");
    expect(document.activeElement).toBe(screen.getByRole("region", { name: "运行结果" }));
  });
});

describe("dropdowns", () => {
  it("do not remap a field when an arrow key is pressed on a closed dropdown: they open the list instead", async () => {
    const host = setup("en-US");
    fireEvent.click(await screen.findByRole("button", { name: /^Field mapping/ }));
    const netProfit = screen.getByRole("combobox", { name: "Net profit ← column" });
    expect(netProfit.textContent).toContain("H · 净利润(元)");
    netProfit.focus();
    fireEvent.keyDown(netProfit, { key: "ArrowDown", keyCode: 40, which: 40 });
    // Still column H (Fluent alone would have moved to I · 应收账款), and the list is open to choose from.
    expect(netProfit.textContent).toContain("H · 净利润(元)");
    expect(await screen.findByRole("listbox")).toBeTruthy();
    expect(netProfit.getAttribute("aria-expanded")).toBe("true");
    expect(host.reads).toEqual(["客户财务"]);
  });

  it("open their list in place (a callout under the field), not as a full-height side panel", async () => {
    setup("en-US");
    fireEvent.click(await screen.findByRole("combobox", { name: "Sheet 客户财务" }));
    await screen.findByRole("listbox");
    expect(document.querySelector(".ms-Dropdown-callout")).not.toBeNull();
    expect(document.querySelector(".ms-Panel")).toBeNull();
  });
});

describe("messages for people", () => {
  it("offers a working Read again when the first read failed", async () => {
    const host = new FakeHost(sampleSheets(), "客户财务");
    // Excel failed before the pane knew any sheet: the dead end the issue describes.
    host.listFailure = Object.assign(new Error("excel.readFailed: The workbook is busy."), {
      code: "excel.readFailed",
    });
    render(<RatioPanel host={host} lang="en-US" job={ratiosJob} jobs={fakeJobs()} />);
    expect(await screen.findByText("Could not read the sheet: The workbook is busy.")).toBeTruthy();
    expect(screen.getByText("Details: excel.readFailed")).toBeTruthy();
    expect(screen.queryByText(/Could not read the sheet: .*excel\.readFailed/)).toBeNull();
    host.listFailure = null;
    const again = screen.getAllByRole("button", { name: "Read the sheet again" });
    expect(again.map((button) => button.hasAttribute("disabled"))).toEqual([false, false]);
    fireEvent.click(again[1] as HTMLElement);
    expect(await screen.findByText(/^Field mapping: 8\/8 required/)).toBeTruthy();
    expect(host.reads).toEqual(["客户财务"]);
  });

  it("does not say nothing was written when the run failed while writing", async () => {
    const host = setup("zh-CN");
    host.run = { failWriting: new Error("The request payload size has exceeded the limit.") };
    fireEvent.click(await screen.findByRole("button", { name: "计算比率" }));
    expect(await screen.findByText("计算在写入时中断：新列可能只写入了一部分。")).toBeTruthy();
    expect(screen.queryByText(/未写入任何内容/)).toBeNull();
    expect(screen.getByText("请查看工作表上的新列，然后点击“重试”。")).toBeTruthy();
  });
});

describe("after a run", () => {
  const block = { job: "ratios", rect: { top: 3, left: 11, bottom: 43, right: 17 } };

  it("says it will update the columns K–Q of the last run instead of adding seven", async () => {
    const host = new FakeHost(sampleSheets(), "客户财务");
    host.owned = { 客户财务: [block] };
    render(<RatioPanel host={host} lang="en-US" job={ratiosJob} jobs={fakeJobs()} />);
    expect(await screen.findByText(/^Will update the 7 columns of the last run: Current ratio/)).toBeTruthy();
    expect(screen.getByText("Columns K–Q of 客户财务 are rewritten; no columns are added.")).toBeTruthy();
    expect(screen.queryByText(/^Will add/)).toBeNull();
  });

  it("does not offer the job's own written columns as source columns (the real job)", async () => {
    const sheets = sampleSheets();
    // The fixture's header row with the seven written headers in K–Q, as after a run.
    const written = [
      "流动比率",
      "流动资产率",
      "净利润率",
      "资产回报率",
      "回款周期(天)",
      "存货周期(天)",
      "数据问题",
    ];
    sheets["客户财务"] = sheets["客户财务"]!.map((row, i) => (i === 2 ? [...row, ...written] : row));
    const host = new FakeHost(sheets, "客户财务");
    host.owned = { 客户财务: [block] };
    render(<RatioPanel host={host} lang="en-US" job={ratiosJob} />);
    fireEvent.click(await screen.findByRole("button", { name: /^Field mapping/ }));
    fireEvent.click(screen.getByRole("combobox", { name: "Opening inventory ← column" }));
    const options = (await screen.findAllByRole("option")).map((option) => option.textContent);
    // Not mapped + the ten source columns A–J; nothing from K–Q.
    expect(options).toHaveLength(11);
    expect(options.at(-1)).toBe("J · 存货");
  });
});
