import type { Page } from "playwright-core";
import { txWorkbookBytes } from "../taskpane/txWorkbook";
import type { BrowserKit } from "./browserKit";
import { axeProblems, openPage, paneWidthPx, scrollWidth, shoot } from "./browserKit";

// The Transactions panel in the preview, over the real .xlsx host. The bundled sample has no order sheet, so the
// test opens a workbook it builds (客户, 说明, 订单: the hand-worked order lines of test/taskpane/txWorkbook.ts) the
// way a person opens another workbook from this computer.

interface TxWords {
  readonly lang: "zh-CN" | "en-US";
  readonly tab: RegExp;
  /** The pickers' names: label (Chromium adds the required mark), then the sheet chosen. */
  readonly orders: RegExp;
  readonly customers: RegExp;
  readonly run: string;
  readonly done: string;
  readonly months: string;
  readonly top: string;
}

const txLanguages: readonly TxWords[] = [
  {
    lang: "zh-CN",
    tab: /交易分析$/,
    orders: /^订单明细表.* 订单$/,
    customers: /^客户表.* 客户$/,
    run: "分析交易",
    done: "已读取 4 个客户的 9 行订单，2023-01 至 2024-12",
    months: "覆盖月份：2023-01 至 2024-12，共 24 个月",
    top: "销售额前 4 名客户",
  },
  {
    lang: "en-US",
    tab: /Transactions$/,
    orders: /^Transactions sheet.* 订单$/,
    customers: /^Customer sheet.* 客户$/,
    run: "Analyse transactions",
    done: "Read 9 order lines of 4 customers, 2023-01 to 2024-12",
    months: "Months covered: 2023-01 – 2024-12, 24 months",
    top: "Top 4 customers by sales",
  },
];

async function openOrders(page: Page): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({
    name: "orders.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await txWorkbookBytes()),
  });
  await page.getByRole("tablist", { name: /orders\.xlsx/ }).waitFor({ timeout: 15_000 });
}

export function describePreviewTransactions(kit: () => BrowserKit): void {
  describe.each(txLanguages)("preview.html in $lang: the Transactions panel", (words) => {
    it.each([
      ["light", ""],
      ["dark", "&theme=dark"],
    ])(
      "picks the sheets, runs and shows the top customers, axe clean at 340 px (%s)",
      async (theme, query) => {
        const { page, errors, outside } = await openPage(kit(), `preview.html?lang=${words.lang}${query}`);
        await page.locator("td[data-cell]").first().waitFor({ timeout: 15_000 });
        await openOrders(page);
        await page.getByRole("tab", { name: words.tab }).click();
        await page.getByRole("combobox", { name: words.orders }).waitFor({ timeout: 15_000 });
        await page.getByRole("combobox", { name: words.customers }).waitFor({ timeout: 15_000 });
        expect(await axeProblems(page)).toEqual([]);
        await shoot(page, `preview-${words.lang}-${theme}-transactions`);
        await page.getByRole("button", { name: words.run }).click();
        await page.getByText(words.done).waitFor({ timeout: 30_000 });
        await page.getByText(words.months).waitFor({ timeout: 15_000 });
        const rows = page.getByRole("table", { name: words.top }).getByRole("row");
        expect((await rows.allTextContents()).slice(1)).toEqual([
          "戊1,234,567.89",
          "乙300.00",
          "甲250.50",
          "丙10.00",
        ]);
        const result = page.getByRole("region", {
          name: words.lang === "zh-CN" ? "运行结果" : "Result",
          exact: true,
        });
        expect(await result.evaluate((element) => element === document.activeElement)).toBe(true);
        expect(await axeProblems(page)).toEqual([]);
        await shoot(page, `preview-${words.lang}-${theme}-transactions-done`);
        expect(await scrollWidth(page)).toBeLessThanOrEqual(paneWidthPx);
        expect(errors).toEqual([]);
        expect(outside).toEqual([]);
        await page.close();
      },
    );
  });
}
