/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { Issue, Lang } from "../../src/domain/types";
import { RatioPanel } from "../../src/taskpane/components/RatioPanel";
import { ratiosJob } from "../../src/jobs/ratiosJob";
import { FakeHost } from "./fakeHost";
import { fakeJobs } from "./fakeJobs";
import type { FakeJobOptions } from "./fakeJobs";
import { sampleSheets } from "./fixtures";

// Five rows with problems (6, 7, 9, 12, 20); row 6 has two. Cells as the domain would report them.
const runIssues: Issue[] = [
  { code: "cell.blank", sheet: "客户财务", cell: "D6", field: "currentLiabilities" },
  { code: "cell.blank", sheet: "客户财务", cell: "F6", field: "revenue" },
  { code: "cell.errorValue", sheet: "客户财务", cell: "F7", field: "revenue", params: { value: "#N/A" } },
  { code: "cell.placeholder", sheet: "客户财务", cell: "H9", field: "netProfit", params: { value: "-" } },
  {
    code: "cell.notNumber",
    sheet: "客户财务",
    cell: "C12",
    field: "currentAssets",
    params: { value: "abc" },
  },
  { code: "cell.blank", sheet: "客户财务", cell: "E20", field: "totalAssets" },
];

function setup(lang: Lang = "zh-CN", options: FakeJobOptions = { issues: runIssues }, active = "客户财务") {
  const host = new FakeHost(sampleSheets(), active);
  const jobs = fakeJobs(options);
  render(<RatioPanel host={host} lang={lang} job={ratiosJob} jobs={jobs} />);
  return { host, jobs };
}

// A finished run reads the sheet again in the background; let that settle inside act before the next test.
afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
});

async function chooseOption(comboName: string, optionName: string) {
  fireEvent.click(screen.getByRole("combobox", { name: comboName }));
  const option = await screen.findByRole("option", { name: optionName });
  // Choosing a sheet starts a read; let it land inside act.
  await act(async () => {
    fireEvent.click(option);
    await Promise.resolve();
  });
}

describe("RatioPanel", () => {
  it("shows the detected source, the mapping count and what it will add, in Chinese", async () => {
    setup("zh-CN");
    // Header row 3 and 40 data rows (rows 4–43) of the fixture; all 8 required fields and 2 of the 5 optional ones
    // (customer ID and name; no opening balances) mapped; the block starts after J → K.
    expect(await screen.findByText("字段对应：已识别必填 8/8、可选 2/5 个字段")).toBeTruthy();
    expect(await screen.findByRole("combobox", { name: "工作表 客户财务" })).toBeTruthy();
    expect(screen.getByText("表头行").parentElement?.textContent).toBe("表头行 3");
    expect(screen.getByText("数据行").parentElement?.textContent).toBe("数据行 40");
    expect(screen.getByText("单位").parentElement?.textContent).toBe("单位 万元");
    expect(
      screen.getByText(
        "将添加 7 列：流动比率、流动资产率、净利润率、资产回报率、回款周期(天)、存货周期(天)、数据问题",
      ),
    ).toBeTruthy();
    expect(screen.getByText("从 客户财务 的 K 列开始。")).toBeTruthy();
    expect(screen.getByRole("button", { name: "计算比率" }).hasAttribute("disabled")).toBe(false);
  });

  it("speaks English when the pane is English (the written headers stay in the sheet's language)", async () => {
    setup("en-US");
    expect(await screen.findByText("Field mapping: 8/8 required and 2/5 optional fields found")).toBeTruthy();
    expect(screen.getByText("Header row").parentElement?.textContent).toBe("Header row 3");
    // The pane's language is the output language: an English pane over a Chinese sheet writes English headers.
    expect(screen.getByText(/^Will add 7 columns: Current ratio, Current-asset ratio/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Calculate ratios" })).toBeTruthy();
  });

  it("lists one dropdown per field with the header cells when the mapping is opened", async () => {
    setup("en-US");
    fireEvent.click(
      await screen.findByRole("button", {
        name: "Field mapping: 8/8 required and 2/5 optional fields found",
      }),
    );
    expect(screen.getAllByRole("combobox")).toHaveLength(1 + 13); // sheet + 13 fields (the language switch is in the frame)
    expect(screen.getByRole("combobox", { name: "Net profit ← column" }).textContent).toContain(
      "H · 净利润(元)",
    );
    expect(screen.getByText("unit 元")).toBeTruthy(); // net profit's header says 元 while the sheet is in 万元
    expect(screen.getByRole("combobox", { name: "Opening inventory ← column" }).textContent).toContain(
      "Not mapped",
    );
  });

  it("runs the job through host.runJob and reports customers, columns and where they went", async () => {
    const { host, jobs } = setup("zh-CN");
    fireEvent.click(await screen.findByRole("button", { name: "计算比率" }));
    expect(await screen.findByText(/^已分析 40 个客户，写入 7 列 \(\d+(\.\d)? 秒\)/)).toBeTruthy();
    expect(host.runs).toEqual(["客户财务"]);
    expect(jobs.planRatios).toHaveBeenCalledWith(expect.anything(), {
      days: 365,
      overrides: {},
      lang: "zh-CN",
    });
    // 7 columns from K (11) end at Q (17).
    expect(screen.getByText(/客户财务 的 K–Q 列：流动比率、/)).toBeTruthy();
  });

  it("expands the rows with problems and selects an issue's cell when it is clicked", async () => {
    const { host } = setup("zh-CN");
    fireEvent.click(await screen.findByRole("button", { name: "计算比率" }));
    // Six problems on five rows: both counts, each saying what it counts.
    const toggle = await screen.findByText("5 行数据有问题（共 6 个问题）");
    expect(screen.queryByText(/客户财务!D6/)).toBeNull();
    fireEvent.click(toggle);
    const items = screen.getAllByRole("listitem");
    // Each with its customer: row r of the fixture holds 客户(r − 3) in column B (rows 4–43 → 客户1–客户40).
    expect(items.map((li) => li.textContent)).toEqual([
      "客户财务!D6（客户3）流动负债：空白",
      "客户财务!F6（客户3）营业收入：空白",
      "客户财务!F7（客户4）营业收入：#N/A",
      expect.stringMatching(/^客户财务!H9（客户6）净利润/),
      expect.stringMatching(/^客户财务!C12（客户9）流动资产/),
      "客户财务!E20（客户17）资产总计：空白",
    ]);
    fireEvent.click(screen.getByText("客户财务!F7（客户4）营业收入：#N/A"));
    expect(host.selected).toEqual([{ sheet: "客户财务", cell: "F7" }]);
  });

  it("lists only the first 50 issues and counts rows and problems so that the counts agree", async () => {
    // Two problems (D and E) on each of the 30 rows 4–33: 60 problems in 30 rows.
    const many: Issue[] = Array.from({ length: 60 }, (_, i) => ({
      code: "cell.blank",
      sheet: "客户财务",
      cell: `${i % 2 === 0 ? "D" : "E"}${4 + Math.floor(i / 2)}`,
      field: i % 2 === 0 ? "currentLiabilities" : "totalAssets",
    }));
    setup("en-US", { issues: many });
    fireEvent.click(await screen.findByRole("button", { name: "Calculate ratios" }));
    fireEvent.click(await screen.findByText("30 rows have problems (60 problems)"));
    expect(screen.getAllByRole("listitem")).toHaveLength(50);
    expect(screen.getByText("The first 50 of 60 problems:")).toBeTruthy();
    expect(screen.getAllByRole("listitem")[0]?.textContent).toBe(
      "客户财务!D4 (客户1) Current liabilities: blank",
    );
  });

  it("passes the chosen day basis to the job", async () => {
    const { jobs } = setup("en-US");
    fireEvent.click(await screen.findByLabelText("360 days"));
    fireEvent.click(screen.getByRole("button", { name: "Calculate ratios" }));
    await screen.findByText(/^Analysed 40 customers, wrote 7 columns/);
    expect(jobs.planRatios).toHaveBeenLastCalledWith(expect.anything(), {
      days: 360,
      overrides: {},
      lang: "en-US",
    });
  });
});

describe("RatioPanel when it cannot run", () => {
  it("disables the button and names the missing required field, then enables it once the field is mapped", async () => {
    const { jobs } = setup("en-US", {}, "Customers");
    const run = await screen.findByRole("button", { name: "Calculate ratios" });
    expect(run.hasAttribute("disabled")).toBe(true);
    expect(screen.getByText("Map the required fields first: Cost of sales.")).toBeTruthy();
    // The mapping opens by itself so the person can fix it: 7 of 8 required (no cost of sales), the name optional.
    expect(
      screen
        .getByRole("button", { name: "Field mapping: 7/8 required and 1/5 optional fields found" })
        .getAttribute("aria-expanded"),
    ).toBe("true");
    expect(screen.getByRole("alert").textContent).toBe("Required: choose its column");
    await chooseOption("Cost of sales ← column", "I · COGS 2025");
    expect(
      await screen.findByRole("button", {
        name: "Field mapping: 8/8 required and 1/5 optional fields found",
      }),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Calculate ratios" }).hasAttribute("disabled")).toBe(false);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(jobs.inspectRatios).toHaveBeenLastCalledWith(expect.anything(), {
      days: 365,
      overrides: { costOfSales: 9 },
      lang: "en-US",
    });
  });

  it("disables the button and lists the refusals found before running", async () => {
    const conflict: Issue = {
      code: "output.headerConflict",
      sheet: "客户财务",
      cell: "K3",
      params: { column: "K", header: "备注" },
    };
    const { host } = setup("zh-CN", { refusals: [conflict] });
    expect((await screen.findByRole("button", { name: "计算比率" })).hasAttribute("disabled")).toBe(true);
    expect(screen.getByText("暂时无法写入：")).toBeTruthy();
    fireEvent.click(screen.getByText("客户财务!K3 第 K 列已有表头“备注”"));
    expect(host.selected).toEqual([{ sheet: "客户财务", cell: "K3" }]);
  });

  it("shows the refused screen with why and what to do when the run is refused", async () => {
    const occupied: Issue = {
      code: "output.cellNotEmpty",
      sheet: "客户财务",
      cell: "K5",
      params: { cell: "K5" },
    };
    const { host } = setup("zh-CN", { plan: { ok: false, issues: [occupied] } });
    fireEvent.click(await screen.findByRole("button", { name: "计算比率" }));
    expect(await screen.findByText("未写入任何内容。")).toBeTruthy();
    expect(screen.getByText(/请修正所列单元格/)).toBeTruthy();
    fireEvent.click(screen.getByText("客户财务!K5 单元格 K5 不是空的"));
    expect(host.selected).toEqual([{ sheet: "客户财务", cell: "K5" }]);
    expect(host.applied).toEqual([]); // a refusal writes nothing
  });

  it("shows the failed screen with what happened, and tries again", async () => {
    const { host } = setup("en-US");
    host.run = {
      fail: Object.assign(new Error("The request payload size has exceeded the limit."), {
        code: "excel.writeFailed",
      }),
    };
    fireEvent.click(await screen.findByRole("button", { name: "Calculate ratios" }));
    expect(await screen.findByText("The calculation failed and nothing was written.")).toBeTruthy();
    // People read Excel's words and a next step; the internal code stays on the details line only.
    expect(screen.getByText("What happened: The request payload size has exceeded the limit.")).toBeTruthy();
    expect(
      screen.getByText("Choose Try again. If it keeps failing, close the pane and open it again."),
    ).toBeTruthy();
    expect(screen.getByText("Details: excel.writeFailed")).toBeTruthy();
    host.run = {};
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText(/^Analysed 40 customers/)).toBeTruthy();
    expect(host.runs).toEqual(["客户财务", "客户财务"]);
  });

  it("shows determinate progress while the host writes", async () => {
    const { host } = setup("en-US");
    let finish = () => {};
    host.run = { progress: [0.6], hold: new Promise<void>((resolve) => (finish = resolve)) };
    fireEvent.click(await screen.findByRole("button", { name: "Calculate ratios" }));
    expect(await screen.findByText("Writing… 60%")).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("60");
    expect(screen.getByRole("button", { name: "Calculate ratios" }).hasAttribute("disabled")).toBe(true);
    finish();
    expect(await screen.findByText(/^Analysed 40 customers/)).toBeTruthy();
  });
});

describe("RatioPanel source screens", () => {
  it("says when the sheet has no recognisable headers", async () => {
    setup("en-US", {}, "Notes");
    expect(await screen.findByText(/^No header row found in the first 20 rows of Notes\./)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Calculate ratios" })).toBeNull();
  });

  it("says when the sheet is empty, and reads another sheet when one is chosen", async () => {
    const { host } = setup("zh-CN", {}, "Empty");
    expect(await screen.findByText("Empty 没有数据。请选择存放客户财务数据的工作表。")).toBeTruthy();
    await chooseOption("工作表 Empty", "客户财务");
    expect(await screen.findByText("字段对应：已识别必填 8/8、可选 2/5 个字段")).toBeTruthy();
    expect(host.reads).toEqual(["Empty", "客户财务"]);
  });

  it("says when the sheet cannot be read", async () => {
    const host = new FakeHost(sampleSheets(), "客户财务");
    host.readFailure = new Error("GeneralException");
    render(<RatioPanel host={host} lang="en-US" job={ratiosJob} jobs={fakeJobs()} />);
    expect(await screen.findByText("Could not read the sheet: GeneralException")).toBeTruthy();
  });

  it("never calls Office: everything goes through the host it is given", async () => {
    setup("en-US");
    await screen.findByText("Field mapping: 8/8 required and 2/5 optional fields found");
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
    expect(within(document.body).getByRole("heading", { name: "Customer ratios" })).toBeTruthy();
  });
});
