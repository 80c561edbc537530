/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { Lang } from "../../src/domain/types";
import type { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { forecastJob } from "../../src/jobs/forecast/forecastJob";
import type { JobDefinition, JobReport } from "../../src/jobs/jobDefinition";
import { runRegisteredJob } from "../../src/jobs/runJob";
import { ForecastPanel } from "../../src/taskpane/components/ForecastPanel";
import { forecastSeries } from "../../src/domain/forecast/forecastSeries";
import { formatNumber } from "../../src/taskpane/format";
import { forecastHost, forecastLines } from "./forecastWorkbook";
import { settingsValues } from "./scoreWorkbook";

const job = forecastJob as unknown as JobDefinition<JobReport>;
// Each run forecasts and writes through the real .xlsx host: allow it a few seconds.
const runMs = 15_000;
jest.setTimeout(60_000);

async function setup(lang: Lang = "en-US", host?: XlsxWorkbook) {
  const real = host ?? (await forecastHost());
  const select = jest.spyOn(real, "select");
  // The .xlsx host answers within microtasks: render inside act so the first reads land in it.
  await act(async () => {
    render(<ForecastPanel host={real} lang={lang} job={job} />);
    await Promise.resolve();
  });
  return { host: real, select };
}

afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
});

const input = (name: string) => screen.getByRole<HTMLInputElement>("textbox", { name });
const type = (name: string, value: string) => fireEvent.change(input(name), { target: { value } });
const button = (name: string) => screen.getByRole<HTMLButtonElement>("button", { name });
const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .map((row) => row.textContent);

describe("ForecastPanel", () => {
  it("starts on the customer and order sheets with the default assumptions when there is no sheet yet", async () => {
    await setup("en-US");
    expect(await screen.findByRole("combobox", { name: "Customer sheet 客户" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Transactions sheet 订单" })).toBeTruthy();
    expect(
      await screen.findByText(
        "No assumptions sheet yet: the run creates Forecast assumptions with these values.",
      ),
    ).toBeTruthy();
    // Ratios in percent (0.0435 → 4.35), other units as they stand.
    expect(input("Gross margin %").value).toBe("25");
    expect(input("Annual interest rate %").value).toBe("4.35");
    expect(input("Personnel cost per account yuan").value).toBe("30000");
    expect(input("Risk coefficient · tier C").value).toBe("0.35");
    for (const group of ["Margins and rates", "Account costs", "Risk by tier", "Decision"])
      expect(screen.getByRole("group", { name: group })).toBeTruthy();
    expect(screen.getByText("Runs with the assumptions as they stand.")).toBeTruthy();
  });

  it("shows the assumptions as the sheet holds them", async () => {
    const host = await forecastHost();
    // A first run (as the CLI would) creates 预测假设 with a gross margin of 30 % and a threshold of 5,000.
    const first = await runRegisteredJob(host, forecastJob, {
      sheets: { customers: "客户", transactions: "订单" },
      settings: { grossMargin: 0.3, valueThreshold: 5000 },
    });
    expect(first.ok).toBe(true);
    await setup("en-US", host);
    expect(await screen.findByText(/^Assumptions from 预测假设\./)).toBeTruthy();
    expect(input("Gross margin %").value).toBe("30");
    expect(input("Development value threshold yuan").value).toBe("5000");
  });

  it("blocks a value outside its bounds with a message in the pane's language", async () => {
    await setup("en-US");
    await screen.findByText(/^No assumptions sheet yet/);
    type("Gross margin %", "150");
    // Fluent fills its alert a moment after the entry.
    expect(await screen.findByText("Enter a number from 0 to 100.")).toBeTruthy();
    expect(screen.getByText("Correct the marked assumptions to run.")).toBeTruthy();
    expect(button("Forecast").disabled).toBe(true);
    type("Risk coefficient · tier A", "abc");
    // Fluent fills its alert a moment after the entry.
    expect(await screen.findByText("Enter a number from 0 to 1.")).toBeTruthy();
    type("Gross margin %", "30");
    type("Risk coefficient · tier A", "0.1");
    expect(button("Forecast").disabled).toBe(false);
  });

  it("writes a changed value into the sheet, then shows the outcome and a chosen customer's chart", async () => {
    const { host } = await setup("en-US");
    await screen.findByText(/^No assumptions sheet yet/);
    type("Gross margin %", "30 %");
    expect(screen.getByText(/^% of sales · Changed from 25 %$/)).toBeTruthy();
    expect(screen.getByText("Will write 1 changed assumptions into Forecast assumptions.")).toBeTruthy();
    fireEvent.click(button("Forecast"));
    expect(
      await screen.findByText(
        // 甲's yearly gross profit (30 % of about 14,000) is below the personnel cost (30,000) alone: none is worth it.
        "Forecast 3 customers for 2025-07 to 2026-06; 0 worth developing",
        undefined,
        {
          timeout: runMs,
        },
      ),
    ).toBeTruthy();
    expect((await settingsValues(host, "Forecast assumptions")).get("grossMargin")).toBe(0.3);
    // Read again after the run: the sheet now holds 30 %, nothing left to write.
    expect(await screen.findByText(/^Assumptions from Forecast assumptions\./)).toBeTruthy();
    expect(screen.getByText("Runs with the assumptions as they stand.")).toBeTruthy();
    expect(screen.getByText("Methods: Holt-Winters 1 · Holt's trend 1 · mean 1")).toBeTruthy();
    expect(screen.getByText("Months forecast: 2025-07 – 2026-06")).toBeTruthy();
    const top = screen.getByRole("table", { name: "Largest forecasts (3)" });
    expect(rows(top)[0]).toBe("Customer12 months, yuan80 % range");
    expect(rows(top).map((row) => row?.slice(0, 1))).toEqual(["C", "甲", "乙", "丙"]);
    // The totals are the engine's (held to Excel's FORECAST.ETS in test/domain), to the yuan.
    const 甲 = forecastSeries(
      forecastLines.filter((line) => line[1] === "甲").map((line) => Number(line[6])),
    );
    const n = (value: number) => formatNumber("en-US", value);
    expect(rows(top)[1]).toBe(`甲${n(甲.total.value)}${n(甲.total.low80)} – ${n(甲.total.high80)}`);
    expect(rows(top)[3]).toBe("丙00 – 0");
    const chart = screen.getByRole("figure");
    expect(chart.getAttribute("aria-label")).toBe(
      `甲: forecast ${n(甲.total.value)} yuan for 2025-07 to 2026-06, 80 % range ${n(甲.total.low80)} to ${n(甲.total.high80)} yuan; monthly sales shown from 2023-07.`,
    );
    for (const part of ["history", "forecast", "band"])
      expect(chart.querySelector(`path[data-part="${part}"]`)?.getAttribute("d")).toMatch(
        /^M [\d.]+ [\d.]+ L/,
      );
    // Month labels thinned: three of 36 months, a year apart, the first forecast month among them.
    expect([...chart.querySelectorAll("text")].map((text) => text.textContent).slice(2)).toEqual([
      "2023-07",
      "2024-07",
      "2025-07",
    ]);
    fireEvent.click(
      within(
        screen.getByRole("combobox", { name: "Customer to chart" }).parentElement as HTMLElement,
      ).getByRole("button"),
    );
    fireEvent.click(await screen.findByRole("option", { name: "乙" }));
    expect(screen.getByRole("figure").getAttribute("aria-label")).toMatch(/^乙: forecast /);
  });

  it("offers a new copy when the Sales forecast sheet was typed into, and writes it beside", async () => {
    const { host } = await setup("en-US");
    await screen.findByText(/^No assumptions sheet yet/);
    fireEvent.click(button("Forecast"));
    await screen.findByText(/^Forecast 3 customers/, undefined, { timeout: runMs });
    await host.apply({
      changes: [{ kind: "cells", sheet: "Sales forecast", at: "A1", rows: [["my notes"]] }],
    });
    fireEvent.click(button("Forecast"));
    fireEvent.click(await screen.findByRole("button", { name: "Write a new copy" }, { timeout: runMs }));
    await screen.findByText(/^Forecast 3 customers/, undefined, { timeout: runMs });
    // The typed-into sheet stays as it is; the new copy goes beside it under a numbered name.
    expect(await host.listSheets()).toContain("Sales forecast (2)");
    expect(screen.getByText(/^Sheets written: Sales forecast \(2\), Forecast assumptions$/)).toBeTruthy();
  });

  it("runs and shows the outcome in Chinese", async () => {
    await setup("zh-CN");
    await screen.findByText("尚无预测假设表：运行时将以这些值创建“预测假设”。");
    expect(input("毛利率 %").value).toBe("25");
    type("毛利率 %", "-5");
    // Fluent fills its alert a moment after the entry.
    expect(await screen.findByText("请输入 0 至 100 之间的数字。")).toBeTruthy();
    expect(button("预测").disabled).toBe(true);
    type("毛利率 %", "25");
    fireEvent.click(button("预测"));
    expect(
      await screen.findByText(/^已预测 3 个客户 2025-07 至 2026-06 的销售额/, undefined, { timeout: runMs }),
    ).toBeTruthy();
    expect(screen.getByRole("table", { name: "预测销售额前 3 名客户" })).toBeTruthy();
    expect(screen.getByRole("figure").getAttribute("aria-label")).toMatch(
      /^甲：2025-07 至 2026-06 预测销售额 [\d,]+ 元，80% 区间 [\d,]+ 至 [\d,]+ 元；月度销售自 2023-07 起。$/,
    );
  });
});
