import fs from "fs";
import path from "path";
import type { BrowserKit } from "./browserKit";
import { axeProblems, openPage as open, paneWidthPx, scrollWidth, shoot, startKit } from "./browserKit";
import { describePreviewWorkbook } from "./previewWorkbook";
import { describePreviewForecast } from "./previewForecast";
import { describePreviewRecords } from "./previewRecords";
import { describePreviewTransactions } from "./previewTransactions";

// End to end in Debian's Chromium: the task pane alone (taskpane.html, outside Excel) and the preview page, where
// the real pane runs over the real .xlsx host on the bundled sample workbook (assets/sample/customers.xlsx).
// office.js is blocked, as in a plain browser without Office; the pane must say so and nothing else may go out.

let kit: BrowserKit;
const openPage = (url: string, width?: number, height?: number) => open(kit, url, width, height);

beforeAll(async () => {
  kit = await startKit();
}, 300_000);

afterAll(async () => {
  await kit?.stop();
});

describe("the bundle", () => {
  it("has no network calls of its own (no fetch, XMLHttpRequest, WebSocket, EventSource or sendBeacon)", () => {
    for (const file of ["taskpane.js", "commands.js"]) {
      const code = fs.readFileSync(path.join(kit.outDir, file), "utf8");
      expect(code).not.toMatch(/\b(XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b|(^|\W)fetch\s*\(/);
    }
  });
});

describe("taskpane.html in a plain browser", () => {
  it("shows the outside-Excel screen without errors, requests beyond office.js or accessibility violations", async () => {
    const { page, errors, outside } = await openPage("taskpane.html");
    await page.getByText("This add-in works only inside Excel").waitFor({ timeout: 15_000 });
    expect(await page.locator("h1").textContent()).toBe("Key Account Workbench");
    await shoot(page, "taskpane-outside-excel");
    expect(await axeProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    // Only the blocked office.js left our origin: no fonts, icons or anything else from a CDN.
    expect(outside).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    await page.close();
  });

  it("paints its loading text while office.js is still on its way, and only then says outside Excel", async () => {
    const page = await kit.browser.newPage({ viewport: { width: paneWidthPx, height: 720 } });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("https://appsforoffice.microsoft.com/**", async (route) => {
      await held;
      await route.abort();
    });
    await page.goto(`${kit.origin}/taskpane.html`, { waitUntil: "commit" });
    // A blocking office.js would hold the parser before <body>: no text at all until it arrived.
    await page.getByText("Loading…", { exact: false }).waitFor({ timeout: 15_000 });
    expect(await page.getByText("works only inside Excel").count()).toBe(0);
    release();
    await page.getByText("This add-in works only inside Excel").waitFor({ timeout: 15_000 });
    await page.close();
  });
});

interface Words {
  readonly lang: "zh-CN" | "en-US";
  readonly willAdd: string;
  readonly mapping: RegExp;
  readonly run: string;
  readonly done: RegExp;
  readonly problems: RegExp;
  readonly scores: RegExp;
  readonly scoreRun: string;
  readonly ahp: string;
  readonly scoreDone: RegExp;
}

const languages: readonly Words[] = [
  {
    lang: "zh-CN",
    willAdd: "将添加 7 列",
    mapping: /^字段对应/,
    run: "计算比率",
    done: /^已分析 30 个客户，写入 7 列/,
    problems: /行数据有问题/,
    scores: /评分与客户等级/,
    scoreRun: "计算评分",
    ahp: "用两两比较推导（AHP 层次分析法）",
    scoreDone: /^已为“客户财务”中的 30 个客户评分/,
  },
  {
    lang: "en-US",
    willAdd: "Will add 7 columns",
    mapping: /^Field mapping/,
    run: "Calculate ratios",
    done: /^Analysed 30 customers, wrote 7 columns/,
    problems: /rows? ha(s|ve) (a )?problem/,
    scores: /Scores and tiers/,
    scoreRun: "Score customers",
    ahp: "Derive from pairwise comparisons (AHP)",
    scoreDone: /^Scored 30 customers on 客户财务/,
  },
];

describe.each(languages)(
  "preview.html in $lang: the real panel over the real host and the sample",
  (words) => {
    const { lang } = words;

    it.each([
      ["light", ""],
      ["dark", "&theme=dark"],
    ])("has no serious accessibility problem from detection to done (%s theme)", async (theme, query) => {
      const { page, errors, outside } = await openPage(`preview.html?lang=${lang}${query}`);
      await page.getByText(words.willAdd, { exact: false }).waitFor({ timeout: 15_000 });
      expect(await axeProblems(page)).toEqual([]);
      await shoot(page, `preview-${lang}-${theme}-detected`);
      await page.getByRole("button", { name: words.mapping }).click();
      expect(await axeProblems(page)).toEqual([]);
      await shoot(page, `preview-${lang}-${theme}-mapping`);
      await page.getByRole("button", { name: words.run }).click();
      await page.getByText(words.done).waitFor({ timeout: 15_000 });
      // 340 × 720 with the mapping open: the outcome is scrolled into view and has focus.
      const result = page.getByRole("region");
      expect(await result.evaluate((element) => element === document.activeElement)).toBe(true);
      const box = await result.boundingBox();
      expect(box !== null && box.y >= 0 && box.y < 720).toBe(true);
      await page.getByText(words.problems).click();
      expect(await axeProblems(page)).toEqual([]);
      await shoot(page, `preview-${lang}-${theme}-done`);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(paneWidthPx);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      await page.close();
    });

    it.each(["Customers (EN)", "说明"])(
      "has no serious accessibility problem on the %s sheet",
      async (sheet) => {
        const { page, errors } = await openPage(
          `preview.html?lang=${lang}&sheet=${encodeURIComponent(sheet)}`,
        );
        const named = new RegExp(sheet.replace(/[()]/g, "\\$&"));
        await page.getByRole("combobox", { name: named }).waitFor({ timeout: 15_000 });
        await page.locator(".ms-MessageBar, button.ms-Button--primary").first().waitFor({ timeout: 15_000 });
        expect(await axeProblems(page)).toEqual([]);
        await shoot(page, `preview-${lang}-${sheet}`);
        expect(await scrollWidth(page)).toBeLessThanOrEqual(paneWidthPx);
        expect(errors).toEqual([]);
        await page.close();
      },
    );

    it.each([
      ["light", ""],
      ["dark", "&theme=dark"],
    ])(
      "opens the Score panel, derives weights by AHP and scores the sample, axe clean at 340 px (%s)",
      async (theme, query) => {
        const { page, errors, outside } = await openPage(`preview.html?lang=${lang}${query}`);
        await page.getByRole("tab", { name: words.scores }).click();
        await page.getByRole("button", { name: words.scoreRun }).waitFor({ timeout: 15_000 });
        expect(await axeProblems(page)).toEqual([]);
        await shoot(page, `preview-${lang}-${theme}-scores`);
        await page.getByRole("switch", { name: words.ahp }).click();
        await page.getByText(/CR = /).waitFor({ timeout: 15_000 });
        expect(await axeProblems(page)).toEqual([]);
        await page.getByRole("button", { name: words.scoreRun }).click();
        await page.getByText(words.scoreDone).waitFor({ timeout: 30_000 });
        expect(await axeProblems(page)).toEqual([]);
        await shoot(page, `preview-${lang}-${theme}-scores-done`);
        expect(await scrollWidth(page)).toBeLessThanOrEqual(paneWidthPx);
        expect(errors).toEqual([]);
        expect(outside).toEqual([]);
        await page.close();
      },
    );

    it("fits 450 px as well (screenshots for review)", async () => {
      const { page } = await openPage(`preview.html?lang=${lang}`, 450);
      await page.getByText(words.willAdd, { exact: false }).waitFor({ timeout: 15_000 });
      await page.getByRole("button", { name: words.run }).click();
      await page.getByText(words.done).waitFor({ timeout: 15_000 });
      await shoot(page, `preview-${lang}-450-done`);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(450);
      await page.close();
    });
  },
);

describe("preview.html details", () => {
  it("opens a dropdown's list in place under its field", async () => {
    const { page } = await openPage("preview.html?lang=en-US");
    const sheet = page.getByRole("combobox", { name: /^Sheet/ });
    await sheet.click();
    const list = page.getByRole("listbox");
    await list.waitFor({ timeout: 15_000 });
    const [field, open] = [await sheet.boundingBox(), await list.boundingBox()];
    // Right under the field and about as wide, not a full-height panel from the side.
    expect(open !== null && field !== null && Math.abs(open.y - (field.y + field.height)) < 12).toBe(true);
    expect(open !== null && open.height < 400).toBe(true);
    await page.close();
  });

  it("shows the Chinese sheet's detected header row", async () => {
    const { page } = await openPage("preview.html?lang=zh-CN");
    await page.getByText("将添加 7 列", { exact: false }).waitFor({ timeout: 15_000 });
    expect(await page.getByText("表头行").locator("..").textContent()).toBe("表头行 3");
    await page.close();
  });
});

describePreviewWorkbook(() => kit);
describePreviewTransactions(() => kit);
describePreviewRecords(() => kit);
describePreviewForecast(() => kit);
