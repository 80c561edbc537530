import type { Page } from "playwright-core";
import { forecastWorkbookBytes } from "../taskpane/forecastWorkbook";
import type { BrowserKit } from "./browserKit";
import { axeProblems, openPage, paneWidthPx, scrollWidth, shoot } from "./browserKit";

// The Forecast panel in the preview, over the real .xlsx host, on a workbook the test builds (客户 and 订单 of
// test/taskpane/forecastWorkbook.ts: 30 months of 甲, 8 of 乙, none of 丙), opened as a person opens another file.

interface ForecastWords {
  readonly lang: "zh-CN" | "en-US";
  readonly tab: RegExp;
  readonly customers: RegExp;
  readonly orders: RegExp;
  readonly margin: string;
  readonly run: string;
  readonly done: RegExp;
  readonly top: string;
  readonly chooser: string;
  readonly chart甲: RegExp;
  readonly chart乙: RegExp;
}

const forecastLanguages: readonly ForecastWords[] = [
  {
    lang: "zh-CN",
    tab: /销售与成本预测$/,
    customers: /^客户表.* 客户$/,
    orders: /^订单明细表.* 订单$/,
    margin: "毛利率 %",
    run: "预测",
    done: /^已预测 3 个客户 2025-07 至 2026-06 的销售额/,
    top: "预测销售额前 3 名客户",
    chooser: "查看客户图表",
    chart甲: /^甲：2025-07 至 2026-06 预测销售额 [\d,]+ 元，80% 区间/,
    chart乙: /^乙：/,
  },
  {
    lang: "en-US",
    tab: /Forecast$/,
    customers: /^Customer sheet.* 客户$/,
    orders: /^Transactions sheet.* 订单$/,
    margin: "Gross margin %",
    run: "Forecast",
    done: /^Forecast 3 customers for 2025-07 to 2026-06/,
    top: "Largest forecasts (3)",
    chooser: "Customer to chart",
    chart甲: /^甲: forecast [\d,]+ yuan for 2025-07 to 2026-06, 80 % range/,
    chart乙: /^乙: /,
  },
];

async function openForecastBook(page: Page): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({
    name: "forecast.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await forecastWorkbookBytes()),
  });
  await page.getByRole("tablist", { name: /forecast\.xlsx/ }).waitFor({ timeout: 15_000 });
}

export function describePreviewForecast(kit: () => BrowserKit): void {
  describe.each(forecastLanguages)("preview.html in $lang: the Forecast panel", (words) => {
    it("edits an assumption, runs, charts a chosen customer, axe clean at 340 px", async () => {
      const { page, errors, outside } = await openPage(kit(), `preview.html?lang=${words.lang}`);
      await page.locator("td[data-cell]").first().waitFor({ timeout: 15_000 });
      await openForecastBook(page);
      await page.getByRole("tab", { name: words.tab }).click();
      await page.getByRole("combobox", { name: words.customers }).waitFor({ timeout: 15_000 });
      await page.getByRole("combobox", { name: words.orders }).waitFor({ timeout: 15_000 });
      const margin = page.getByRole("textbox", { name: words.margin });
      await margin.fill("30");
      expect(await axeProblems(page)).toEqual([]);
      await shoot(page, `preview-${words.lang}-forecast`);
      await page.getByRole("button", { name: words.run, exact: true }).click();
      await page.getByText(words.done).waitFor({ timeout: 30_000 });
      const rows = page.getByRole("table", { name: words.top }).getByRole("row");
      expect((await rows.allTextContents()).map((row) => row.slice(0, 1)).slice(1)).toEqual([
        "甲",
        "乙",
        "丙",
      ]);
      const figure = page.getByRole("figure");
      expect(await figure.getAttribute("aria-label")).toMatch(words.chart甲);
      expect(await figure.locator("path").count()).toBe(3);
      const chooser = page.getByRole("combobox", { name: words.chooser });
      await chooser.click();
      await page.getByRole("option", { name: "乙" }).click();
      expect(await page.getByRole("figure").getAttribute("aria-label")).toMatch(words.chart乙);
      expect(await axeProblems(page)).toEqual([]);
      await shoot(page, `preview-${words.lang}-forecast-done`);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(paneWidthPx);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      await page.close();
    });
  });
}
