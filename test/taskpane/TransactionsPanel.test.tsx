/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { Lang } from "../../src/domain/types";
import type { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import type { JobDefinition, JobReport } from "../../src/jobs/jobDefinition";
import { transactionsJob } from "../../src/jobs/transactions/transactionsJob";
import { TransactionsOutcome } from "../../src/taskpane/components/TransactionsOutcome";
import { TransactionsPanel } from "../../src/taskpane/components/TransactionsPanel";
import { txHost } from "./txWorkbook";

const job = transactionsJob as unknown as JobDefinition<JobReport>;

async function setup(lang: Lang = "en-US", host?: XlsxWorkbook) {
  const real = host ?? (await txHost());
  const select = jest.spyOn(real, "select");
  render(<TransactionsPanel host={real} lang={lang} job={job} />);
  return { host: real, select };
}

afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
});

const combo = (name: string) => screen.findByRole("combobox", { name });
const listItems = (heading: string) =>
  within(screen.getByRole("heading", { name: heading }).parentElement as HTMLElement)
    .getAllByRole("listitem")
    .map((item) => item.textContent);

describe("TransactionsPanel", () => {
  it("starts on the sheet named like orders and the sheet named like customers, and says what it will create", async () => {
    await setup("en-US");
    expect(await combo("Transactions sheet 订单")).toBeTruthy();
    expect(await combo("Customer sheet 客户")).toBeTruthy();
    expect(screen.getByText("Will create:")).toBeTruthy();
    expect(screen.getByText("Columns: Sales (last 12 months)")).toBeTruthy();
    expect(screen.getByText("Sheet: Monthly sales")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Analyse transactions" }).hasAttribute("disabled")).toBe(false);
  });

  it("leaves the customer sheet out when Not used is chosen: only the three sheets will be created", async () => {
    await setup("en-US");
    fireEvent.click(await combo("Customer sheet 客户"));
    fireEvent.click(await screen.findByRole("option", { name: "Not used" }));
    expect(screen.queryByText("Columns: Sales (last 12 months)")).toBeNull();
    expect(screen.getByText(/^No customer sheet: only the three sheets are written/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Analyse transactions" }));
    await screen.findByText(/^Read 9 order lines of 4 customers/);
    expect(listItems("Written")).toEqual([
      "Sheet: Monthly sales",
      "Sheet: Monthly volume",
      "Sheet: SKU analysis",
    ]);
    expect(screen.queryByText(/^Not on the customer sheet/)).toBeNull();
  });

  it("shows a determinate progress bar that follows the host's progress", async () => {
    const host = await txHost();
    const real = host.runWorkbookJob.bind(host);
    const steps: (() => void)[] = [];
    const step = () => new Promise<void>((resolve) => steps.push(resolve));
    jest.spyOn(host, "runWorkbookJob").mockImplementation(async (reads, plan, onProgress, options) => {
      await step();
      onProgress?.(0.25);
      await step();
      onProgress?.(0.6);
      await step();
      return real(reads, plan, undefined, options);
    });
    await setup("en-US", host);
    fireEvent.click(await screen.findByRole("button", { name: "Analyse transactions" }));
    const bar = () => screen.getByRole("progressbar");
    // Let the host go on to its next step, and React render what it reported.
    const release = () =>
      act(async () => {
        steps.shift()?.();
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    expect(screen.getByText("Analysing… 0%")).toBeTruthy();
    expect(bar().getAttribute("aria-valuenow")).toBe("0");
    await release();
    expect(screen.getByText("Analysing… 25%")).toBeTruthy();
    expect(bar().getAttribute("aria-valuenow")).toBe("25");
    await release();
    expect(screen.getByText("Analysing… 60%")).toBeTruthy();
    expect(bar().getAttribute("aria-valuenow")).toBe("60");
    expect(screen.queryByRole("progressbar", { name: /Loading/ })).toBeNull();
    await release();
    expect(await screen.findByText(/^Read 9 order lines/)).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("shows the months, the top customers to the cent, what was read and written, in English", async () => {
    const { select } = await setup("en-US");
    fireEvent.click(await screen.findByRole("button", { name: "Analyse transactions" }));
    expect(await screen.findByText("Read 9 order lines of 4 customers, 2023-01 to 2024-12")).toBeTruthy();
    expect(screen.getByText("Months covered: 2023-01 – 2024-12, 24 months")).toBeTruthy();
    const table = screen.getByRole("table", { name: "Top 4 customers by sales" });
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => row.textContent);
    // Totals by hand (see txWorkbook.ts); to the cent with en-US separators.
    expect(rows).toEqual(["CustomerSales", "戊1,234,567.89", "乙300.00", "甲250.50", "丙10.00"]);
    expect(listItems("What was read")).toEqual([
      "Order lines read: 9",
      "Lines skipped: 2 (ambiguous date 1, no customer 1)",
      "Amounts from quantity × price: 1",
      "Returns: 1",
      "Customers: 4",
      "Not on the customer sheet: 2: 丙, 戊",
    ]);
    expect(listItems("Written")).toEqual([
      "6 columns on 客户, 2 customers matched",
      "Sheet: Monthly sales",
      "Sheet: Monthly volume",
      "Sheet: SKU analysis",
    ]);
    fireEvent.click(screen.getByRole("button", { name: /^订单!A8 “03\/05\/2024” could be day\/month/ }));
    expect(select).toHaveBeenCalledWith("订单", "A8");
  });

  it("shows the outcome in Chinese", async () => {
    await setup("zh-CN");
    fireEvent.click(await screen.findByRole("button", { name: "分析交易" }));
    expect(await screen.findByText("已读取 4 个客户的 9 行订单，2023-01 至 2024-12")).toBeTruthy();
    expect(screen.getByText("覆盖月份：2023-01 至 2024-12，共 24 个月")).toBeTruthy();
    const table = screen.getByRole("table", { name: "销售额前 4 名客户" });
    expect(
      within(table)
        .getAllByRole("row")
        .map((row) => row.textContent),
    ).toEqual(["客户销售额", "戊1,234,567.89", "乙300.00", "甲250.50", "丙10.00"]);
    expect(listItems("读取情况")).toEqual([
      "读取订单行：9",
      "跳过的行：2（日期有歧义 1、无客户 1）",
      "按数量×单价计算的金额：1",
      "退货行：1",
      "客户数：4",
      "不在客户表中的客户：2 个：丙、戊",
    ]);
    expect(listItems("已写入")[0]).toBe("“客户”中的 6 列，匹配 2 个客户");
  });

  it("offers a new copy when a generated sheet was typed into, and writes it", async () => {
    const { host } = await setup("en-US");
    fireEvent.click(await screen.findByRole("button", { name: "Analyse transactions" }));
    await screen.findByText(/^Read 9 order lines/);
    await host.apply({
      changes: [{ kind: "cells", sheet: "Monthly sales", at: "A1", rows: [["my notes"]] }],
    });
    fireEvent.click(screen.getByRole("button", { name: "Analyse transactions" }));
    fireEvent.click(await screen.findByRole("button", { name: "Write a new copy" }));
    await screen.findByText(/^Read 9 order lines/);
    // The typed-into sheet stays as it is; the new copy goes beside it under a numbered name.
    expect(await host.listSheets()).toEqual([
      "客户",
      "说明",
      "订单",
      "Monthly sales",
      "Monthly volume",
      "SKU analysis",
      "Monthly sales (2)",
    ]);
    expect(listItems("Written")).toContain("Sheet: Monthly sales (2)");
  });
});

describe("TransactionsOutcome", () => {
  it("names the first 10 customers not on the customer sheet and counts the rest", () => {
    const unknown = Array.from({ length: 12 }, (_, index) => `C${index + 1}`);
    const report = {
      job: "transactions",
      command: "transactions",
      lang: "en-US",
      source: "Orders",
      fromFile: false,
      rowsRead: 12,
      skipped: {
        blank: 0,
        noDate: 0,
        badDate: 0,
        ambiguousDate: 0,
        noCustomer: 0,
        badNumber: 0,
        noAmount: 0,
      },
      amountsComputed: 0,
      returns: 0,
      customers: 12,
      unknownCustomers: unknown,
      months: { from: "2024-01", to: "2024-01", count: 1 },
      topCustomers: [],
      customerSheet: "Customers",
      firstColumn: 3,
      matched: 0,
      sheets: [],
      issues: [],
    } as unknown as JobReport;
    render(
      <TransactionsOutcome
        lang="en-US"
        job={job}
        run={{ kind: "done", sheet: "Orders", report }}
        onSelect={() => Promise.resolve()}
        onRetry={() => {}}
        onNewCopy={() => {}}
      />,
    );
    expect(listItems("What was read")).toContain(
      "Not on the customer sheet: 12: C1, C2, C3, C4, C5, C6, C7, C8, C9, C10 and 2 more",
    );
    expect(listItems("What was read")).toContain("Lines skipped: 0");
    expect(screen.queryByRole("table")).toBeNull();
  });
});
