/**
 * The transaction sheets' content from a hand-made aggregate: layout, formulas with their values (recalculated by
 * LibreOffice when it is there), charts, and an .xlsx round trip read back with exceljs.
 */
import ExcelJS from "exceljs";
import type { TxAggregate } from "../../src/domain/transactions/aggregateTypes";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { catalog } from "../../src/i18n";
import { monthlySheetContent } from "../../src/jobs/transactions/monthlySheet";
import { skuSheetContent } from "../../src/jobs/transactions/skuSheet";
import { txStyles } from "../../src/jobs/transactions/txStyles";
import type { CellsEdit, ChartEdit, Edit } from "../../src/plan/edits";
import { validateEdits } from "../../src/plan/validateEdits";
import { emptyWorkbook } from "../hosts/xlsx/emptyWorkbook";
import { check, title } from "../hosts/xlsx/libreofficeKit";
import { recalculatedRows } from "../hosts/xlsx/libreofficeRecalc";

/**
 * Two customers over Dec 2023 – Feb 2024. 乙 (total 300.30) ranks above 甲 (total 100.10 + 0 + 0.20 = 100.30).
 */
const aggregate: TxAggregate = {
  months: ["2023-12", "2024-01", "2024-02"],
  customers: [
    {
      key: "甲",
      name: "甲",
      monthlyAmount: [100.1, 0, 0.2],
      monthlyQuantity: [2, 0, -1],
      lastOrder: 45340,
      skus: [
        { sku: "A-1", product: "阀门", amount: 100.1, quantity: 2 },
        { sku: "", product: "", amount: 0.2, quantity: -1 },
      ],
    },
    {
      key: "乙",
      name: "=乙公司",
      monthlyAmount: [0, 300.3, 0],
      monthlyQuantity: [0, 3, 0],
      lastOrder: 45310,
      skus: [{ sku: "A-1", product: "阀门", amount: 300.3, quantity: 3 }],
    },
  ],
  skus: [
    { sku: "A-1", product: "阀门", amount: 400.4, quantity: 5 },
    { sku: "", product: "", amount: 0.2, quantity: -1 },
  ],
  rowsRead: 5,
  skipped: { blank: 0, noDate: 0, badDate: 0, ambiguousDate: 0, noCustomer: 0, badNumber: 0, noAmount: 0 },
  amountsComputed: 0,
  returns: 1,
};

const texts = catalog("zh-CN").txSheets;
const cells = (edits: readonly Edit[]) => edits.filter((edit): edit is CellsEdit => edit.kind === "cells");
const charts = (edits: readonly Edit[]) => edits.filter((edit): edit is ChartEdit => edit.kind === "chart");

describe("the Monthly sales sheet", () => {
  const edits = monthlySheetContent("月度销售", aggregate, "amount", texts.sales);

  it("lists customers by total, months as yyyy-mm text, SUM formulas with exact values", () => {
    expect(cells(edits).map((edit) => [edit.at, edit.rows])).toEqual([
      ["A1", [["月度销售（2023-12 至 2024-02）"]]],
      ["A2", [["客户", "2023-12", "2024-01", "2024-02", "合计"]]],
      [
        "A3",
        [
          ["=乙公司", 0, 300.3, 0, { formula: "SUM(B3:D3)", value: 300.3 }],
          ["甲", 100.1, 0, 0.2, { formula: "SUM(B4:D4)", value: 100.3 }],
        ],
      ],
      [
        "A5",
        [
          [
            "合计",
            { formula: "SUM(B3:B4)", value: 100.1 },
            { formula: "SUM(C3:C4)", value: 300.3 },
            { formula: "SUM(D3:D4)", value: 0.2 },
            { formula: "SUM(E3:E4)", value: 400.6 },
          ],
        ],
      ],
    ]);
    expect(
      validateEdits(
        { styles: txStyles(), changes: [{ kind: "createSheet", sheet: "月度销售" }, ...edits] },
        { sheets: ["Sheet1"] },
      ),
    ).toEqual([]);
  });

  it("charts the top customers as lines over the month headers", () => {
    const [chart] = charts(edits);
    expect(chart?.type).toBe("line");
    expect(chart?.categories).toEqual({
      ref: "'月度销售'!$B$2:$D$2",
      cache: ["2023-12", "2024-01", "2024-02"],
    });
    expect(chart?.series.map((series) => [series.name, series.values, series.cache])).toEqual([
      ["=乙公司", "'月度销售'!$B$3:$D$3", [0, 300.3, 0]],
      ["甲", "'月度销售'!$B$4:$D$4", [100.1, 0, 0.2]],
    ]);
    expect(chart?.anchor.cell).toBe("A7");
  });
});

describe("the SKU analysis sheet", () => {
  const edits = skuSheetContent("单品分析", aggregate, texts.skus);

  it("ranks each customer's SKUs with their share, and all SKUs overall", () => {
    const byAt = new Map(cells(edits).map((edit) => [edit.at, edit.rows]));
    expect(byAt.get("A5")).toEqual([
      ["甲", "A-1", "阀门", 100.1, 2, 100.1 / 100.3, 1],
      ["甲", "（无编号）", "", 0.2, -1, 0.2 / 100.3, 2],
      ["=乙公司", "A-1", "阀门", 300.3, 3, 1, 1],
    ]);
    expect(byAt.get("I5")).toEqual([
      [1, "A-1", "阀门", 400.4, 5, 400.4 / 400.6],
      [2, "（无编号）", "", 0.2, -1, 0.2 / 400.6],
    ]);
    const [chart] = charts(edits);
    expect([chart?.type, chart?.categories.ref, chart?.series[0]?.values]).toEqual([
      "bar",
      "'单品分析'!$J$5:$J$6",
      "'单品分析'!$L$5:$L$6",
    ]);
  });
});

async function written(): Promise<Uint8Array> {
  const host = XlsxWorkbook.open(emptyWorkbook());
  const sales = monthlySheetContent("月度销售", aggregate, "amount", texts.sales);
  const skus = skuSheetContent("单品分析", aggregate, texts.skus);
  await host.apply({
    styles: txStyles(),
    changes: [
      { kind: "createSheet", sheet: "月度销售" },
      ...sales,
      { kind: "createSheet", sheet: "单品分析" },
      ...skus,
    ],
  });
  return host.toBytes();
}

describe("the transaction sheets in an .xlsx", () => {
  it("read back with their values, formats and text kept as text", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await written()) as unknown as ExcelJS.Buffer);
    const sales = book.getWorksheet("月度销售");
    expect(sales?.getCell("A3").value).toBe("=乙公司"); // text, not a formula
    expect(sales?.getCell("C3").numFmt).toBe("#,##0.00");
    expect(sales?.getCell("E5").value).toEqual({ formula: "SUM(E3:E4)", result: 400.6 });
    expect(book.getWorksheet("单品分析")?.getCell("F5").numFmt).toBe("0.0%");
  });

  check(
    `keeps every SUM's cached value equal to LibreOffice's recalculation${title}`,
    async () => {
      const rows = recalculatedRows(await written(), "月度销售");
      expect(rows[4]).toBe("合计,100.1,300.3,0.2,400.6");
    },
    180_000,
  );
});
