import type { BrowserKit } from "./browserKit";
import { axeProblems, openPage, paneWidthPx, scrollWidth, shoot } from "./browserKit";

// The Records panel in the preview, over the real .xlsx host on the bundled sample (客户财务, 30 customers, no
// tiers yet): search, choose two customers, generate, then generate again and see them kept.

interface RecordsWords {
  readonly lang: "zh-CN" | "en-US";
  readonly tab: RegExp;
  readonly all: string;
  readonly search: string;
  /** The customer list's name. */
  readonly list: string;
  readonly none: string;
  readonly two: string;
  readonly run: string;
  readonly done: string;
  readonly again: string;
  readonly kept: RegExp;
  readonly result: string;
}

const recordsLanguages: readonly RecordsWords[] = [
  {
    lang: "zh-CN",
    tab: /记录表$/,
    all: "已选 30 / 30 个",
    search: "搜索客户",
    list: "“客户财务”中的客户",
    none: "全不选",
    two: "已选 2 / 30 个",
    run: "生成记录表",
    done: "已为 2 个客户生成记录表：新建 2 张，保留原有 0 张",
    again: "已为 2 个客户生成记录表：新建 0 张，保留原有 2 张",
    kept: /^保持原样，您填写的记录不受影响（2）/,
    result: "运行结果",
  },
  {
    lang: "en-US",
    tab: /Record sheets$/,
    all: "30 of 30 selected",
    search: "Search customers",
    list: "Customers of 客户财务",
    none: "Select none",
    two: "2 of 30 selected",
    run: "Generate record sheets",
    done: "Record sheets for 2 customers: 2 created, 0 kept as they were",
    again: "Record sheets for 2 customers: 0 created, 2 kept as they were",
    kept: /^Left as they were: your entries are safe \(2\)/,
    result: "Result",
  },
];

const chosen = ["金桥工程机械有限公司", "德润包装机械有限公司"];

export function describePreviewRecords(kit: () => BrowserKit): void {
  describe.each(recordsLanguages)("preview.html in $lang: the Records panel", (words) => {
    it.each([
      ["light", ""],
      ["dark", "&theme=dark"],
    ])(
      "searches, chooses two customers, generates and keeps them, axe clean at 340 px (%s)",
      async (theme, query) => {
        const { page, errors, outside } = await openPage(kit(), `preview.html?lang=${words.lang}${query}`);
        await page.locator("td[data-cell]").first().waitFor({ timeout: 15_000 });
        await page.getByRole("tab", { name: words.tab }).click();
        await page.getByText(words.all).waitFor({ timeout: 15_000 });
        expect(await axeProblems(page)).toEqual([]);
        await shoot(page, `preview-${words.lang}-${theme}-records`);
        await page.getByRole("button", { name: words.none }).click();
        await page.getByRole("searchbox", { name: words.search }).fill("机械");
        // One by its label, as a mouse does; one from the keyboard (Fluent's input sits under its label).
        const [first = "", second = ""] = chosen;
        const list = page.getByRole("group", { name: words.list });
        await list.getByText(first, { exact: true }).click();
        await list.getByRole("checkbox", { name: second }).focus();
        await page.keyboard.press("Space");
        await page.getByText(words.two).waitFor({ timeout: 15_000 });
        expect(await axeProblems(page)).toEqual([]);
        await shoot(page, `preview-${words.lang}-${theme}-records-chosen`);
        await page.getByRole("button", { name: words.run }).click();
        await page.getByText(words.done).waitFor({ timeout: 30_000 });
        const result = page.getByRole("region", { name: words.result, exact: true });
        expect(await result.evaluate((element) => element === document.activeElement)).toBe(true);
        expect(await axeProblems(page)).toEqual([]);
        await shoot(page, `preview-${words.lang}-${theme}-records-done`);
        await page.getByRole("button", { name: words.run }).click();
        await page.getByText(words.kept).waitFor({ timeout: 30_000 });
        await page.getByText(words.again).waitFor({ timeout: 15_000 });
        expect(await axeProblems(page)).toEqual([]);
        await shoot(page, `preview-${words.lang}-${theme}-records-kept`);
        expect(await scrollWidth(page)).toBeLessThanOrEqual(paneWidthPx);
        expect(errors).toEqual([]);
        expect(outside).toEqual([]);
        await page.close();
      },
    );
  });
}
