import ExcelJS from "exceljs";
import path from "path";
import type { Page } from "playwright-core";
import type { BrowserKit } from "./browserKit";
import { axeProblems, openPage, paneWidthPx, root, scrollWidth, shoot } from "./browserKit";

// The preview's workbook side, over the real .xlsx host: the sheets as tables in their number formats, the ratio
// job's columns appearing after a run, Download, and opening another workbook. Expected values are worked out from
// the sample as exceljs reads it (an independent reader), rounded by hand as the column's format says.

const sample = path.join(root, "assets", "sample", "customers.xlsx");

/** Sample cells by A1 reference, as exceljs reads them (formula cells give their cached result). */
async function sampleCells(sheet: string, refs: readonly string[]): Promise<Map<string, number>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(sample);
  const cells = new Map<string, number>();
  for (const ref of refs) cells.set(ref, Number(workbook.getWorksheet(sheet)?.getCell(ref).value));
  return cells;
}

/** A second workbook a person might open: an English sheet without cost of sales, a notes sheet with a date, an empty sheet. */
async function visitsWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Customers").addRows([
    [
      "Customer",
      "Current assets",
      "Current liabilities",
      "Total assets",
      "Revenue",
      "Net profit",
      "Accounts receivable",
      "Inventory",
    ],
    ["Harbor Tools Ltd", 1200, 800, 3000, 5000, 250, 600, 450],
    ["Summit Machinery", 3400, 2100, 9800, 12000, 610, 2100, 1800],
  ]);
  const notes = workbook.addWorksheet("Notes");
  notes.getCell("A1").value = "Visit plan for Monday";
  notes.getCell("B1").value = new Date(Date.UTC(2024, 2, 9));
  notes.getCell("B1").numFmt = "yyyy-mm-dd";
  workbook.addWorksheet("Empty");
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cell(page: Page, ref: string) {
  return page.locator(`td[data-cell="${ref}"]`);
}

async function openVisits(page: Page): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({
    name: "visits.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await visitsWorkbook(),
  });
  await page.getByRole("tablist", { name: /visits\.xlsx/ }).waitFor({ timeout: 15_000 });
}

export function describePreviewWorkbook(kit: () => BrowserKit): void {
  describe("preview.html: the workbook beside the pane", () => {
    it("shows the sample's sheets as tabs with amounts as #,##0.00 shows them", async () => {
      const { page, errors, outside } = await openPage(kit(), "preview.html?lang=en-US");
      const tabs = page.getByRole("tablist", { name: "Sheets of customers.xlsx" }).getByRole("tab");
      await cell(page, "E4").waitFor({ timeout: 15_000 });
      expect((await tabs.allTextContents()).map((text) => text.trim())).toEqual([
        "客户财务",
        "Customers (EN)",
        "说明",
        "订单明细",
      ]);
      const e4 = (await sampleCells("客户财务", ["E4"])).get("E4") ?? NaN;
      expect(await cell(page, "E4").textContent()).toBe(
        e4.toLocaleString("en-US", { minimumFractionDigits: 2 }),
      );
      expect(await cell(page, "A3").textContent()).toBe("客户编号");
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      await page.close();
    });

    it("runs the ratio job on the sample and shows the new columns in their formats", async () => {
      const { page } = await openPage(kit(), "preview.html?lang=en-US", 1280, 900);
      await page.getByRole("button", { name: "Calculate ratios" }).click();
      await cell(page, "U4").waitFor({ timeout: 15_000 });
      const v = await sampleCells("客户财务", ["E4", "F4", "G4"]);
      const [e4, f4, g4] = [v.get("E4") ?? NaN, v.get("F4") ?? NaN, v.get("G4") ?? NaN];
      expect(await cell(page, "U3").textContent()).toBe("Current ratio");
      // Current ratio = current assets / current liabilities ("0.00"); current-asset ratio = current / total assets ("0.0%").
      expect(await cell(page, "U4").textContent()).toBe((Math.round((e4 / f4) * 100) / 100).toFixed(2));
      expect(await cell(page, "V4").textContent()).toBe(`${(Math.round((e4 / g4) * 1000) / 10).toFixed(1)}%`);
      // An issue in the pane points into the sheet: J23's zero cost of sales, off to the right of the table's
      // visible part at first, is scrolled into sight and marked.
      await page.getByText(/rows? ha(s|ve) (a )?problem/).click();
      await page.getByText(/^客户财务!J23 /).click();
      await page.waitForFunction(() =>
        document.querySelector('td[data-cell="J23"]')?.getAttribute("style")?.includes("outline"),
      );
      const marked = await cell(page, "J23").boundingBox();
      expect(marked !== null && marked.x >= 0 && marked.x + marked.width <= 1280).toBe(true);
      expect(marked !== null && marked.y >= 0 && marked.y + marked.height <= 900).toBe(true);
      await shoot(page, "preview-workbook-after-ratios");
      expect(await axeProblems(page)).toEqual([]);
      await page.close();
    });

    it("downloads a valid .xlsx holding what the job wrote", async () => {
      const { page } = await openPage(kit(), "preview.html?lang=zh-CN");
      await page.getByRole("button", { name: "计算比率" }).click();
      await cell(page, "U4").waitFor({ timeout: 15_000 });
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "下载" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("customers (kaw).xlsx");
      const saved = path.join(kit().outDir, "downloaded.xlsx");
      await download.saveAs(saved);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(saved);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        "客户财务",
        "Customers (EN)",
        "说明",
        "订单明细",
      ]);
      const sheet = workbook.getWorksheet("客户财务");
      const v = await sampleCells("客户财务", ["E4", "F4"]);
      expect(sheet?.getCell("U3").value).toBe("流动比率");
      expect(Number(sheet?.getCell("U4").value)).toBeCloseTo((v.get("E4") ?? NaN) / (v.get("F4") ?? NaN), 10);
      await page.close();
    });

    it("opens another workbook from this computer and shows its sheets", async () => {
      const { page, errors, outside } = await openPage(kit(), "preview.html?lang=en-US");
      await cell(page, "E4").waitFor({ timeout: 15_000 });
      await openVisits(page);
      const tabs = page.getByRole("tablist", { name: "Sheets of visits.xlsx" }).getByRole("tab");
      expect((await tabs.allTextContents()).map((text) => text.trim())).toEqual([
        "Customers",
        "Notes",
        "Empty",
      ]);
      // The pane starts afresh on the new workbook: its English sheet has no cost of sales.
      await page.getByText("Map the required fields first: Cost of sales.").waitFor({ timeout: 15_000 });
      expect(await page.getByRole("button", { name: "Calculate ratios" }).isDisabled()).toBe(true);
      expect(await cell(page, "B2").textContent()).toBe("1200");
      await tabs.getByText("Notes").click();
      expect(await cell(page, "B1").textContent()).toBe("2024-03-09");
      expect(await axeProblems(page)).toEqual([]);
      await shoot(page, "preview-opened-visits");
      expect(await scrollWidth(page)).toBeLessThanOrEqual(paneWidthPx);
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      await page.close();
    });

    it("names a file that is not a workbook, and keeps the one open", async () => {
      const { page } = await openPage(kit(), "preview.html?lang=zh-CN");
      await cell(page, "E4").waitFor({ timeout: 15_000 });
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: "notes.xlsx", mimeType: "text/plain", buffer: Buffer.from("not a zip") });
      await page
        .getByText("notes.xlsx 不是预览能读取的 .xlsx 工作簿。请打开其他文件。")
        .waitFor({ timeout: 15_000 });
      expect(await cell(page, "E4").count()).toBe(1);
      expect(await axeProblems(page)).toEqual([]);
      await page.close();
    });

    it.each([
      ["en-US", "Empty has no data"],
      ["zh-CN", "Empty"],
    ])("has no serious accessibility problem on an empty sheet (%s)", async (lang, message) => {
      const { page } = await openPage(kit(), `preview.html?lang=${lang}`);
      await cell(page, "E4").waitFor({ timeout: 15_000 });
      await openVisits(page);
      await page.getByRole("combobox", { name: /Customers/ }).click();
      await page.getByRole("option", { name: "Empty" }).click();
      await page
        .locator(".ms-MessageBar")
        .getByText(message, { exact: false })
        .first()
        .waitFor({ timeout: 15_000 });
      expect(await axeProblems(page)).toEqual([]);
      await shoot(page, `preview-${lang}-Empty`);
      await page.close();
    });
  });
}
