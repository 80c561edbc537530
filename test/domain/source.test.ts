import { detectSource } from "../../src/domain/source";
import type { SourceLayout } from "../../src/domain/source";
import type { CellValue, Grid } from "../../src/domain/types";

const zhHeader = [
  "客户名称",
  "流动资产",
  "流动负债",
  "资产总计",
  "营业收入",
  "营业成本",
  "净利润",
  "应收账款",
  "存货",
];
const enHeader = [
  "Customer",
  "Current assets",
  "Current liabilities",
  "Total assets",
  "Revenue",
  "Cost of sales",
  "Net profit",
  "Accounts receivable",
  "Inventory",
];
const figures = [1200, 800, 3000, 2000, 1460, 150, 500, 300];

function grid(values: CellValue[][], top = 0, left = 0): Grid {
  return { sheet: "客户财务", top, left, values };
}

function layoutOf(g: Grid, overrides = {}): SourceLayout {
  const result = detectSource(g, overrides);
  if (!result.ok) throw new Error(`no source: ${JSON.stringify(result.issues)}`);
  return result.layout;
}

describe("detectSource", () => {
  it("finds a header in the first row and maps every field", () => {
    const layout = layoutOf(grid([zhHeader, ["甲公司", ...figures], ["乙公司", ...figures]]));
    expect(layout.headerRow).toBe(1);
    expect(layout.dataRows).toEqual([2, 3]);
    expect(layout.missing).toEqual([]);
    expect(layout.language).toBe("zh-CN");
    expect(layout.lastColumn).toBe(9);
    expect(layout.headers[1]).toEqual({ column: 2, text: "流动资产" });
    expect(layout.fields.currentLiabilities).toEqual({
      field: "currentLiabilities",
      column: 3,
      header: "流动负债",
      unit: { scale: 1, label: "元" },
      unitFrom: "default",
      auto: true,
    });
  });

  it("skips title rows and takes the unit line above the header", () => {
    const layout = layoutOf(
      grid([["2023年客户财务数据"], [null, null, "单位：万元"], [], zhHeader, ["甲公司", ...figures]]),
    );
    expect(layout.headerRow).toBe(4);
    expect(layout.sheetUnit).toEqual({ scale: 1e4, label: "万元" });
    expect(layout.fields.revenue?.unit).toEqual({ scale: 1e4, label: "万元" });
    expect(layout.fields.revenue?.unitFrom).toBe("sheet");
    expect(layout.dataRows).toEqual([5]);
  });

  it("lets a unit in a header's brackets win over the unit line", () => {
    const header = [...zhHeader];
    header[6] = "净利润（元）";
    const layout = layoutOf(grid([["(in thousands)"], header, ["甲", ...figures]]));
    expect(layout.fields.netProfit?.unit).toEqual({ scale: 1, label: "元" });
    expect(layout.fields.netProfit?.unitFrom).toBe("header");
    expect(layout.fields.revenue?.unit).toEqual({ scale: 1e3, label: "thousands" });
    expect(layout.fields.revenue?.unitFrom).toBe("sheet");
  });

  it("reads an English sheet as en-US, in sheet coordinates when the grid does not start at A1", () => {
    const layout = layoutOf(
      grid([["Customer ratios"], ["USD thousands"], enHeader, ["Acme", ...figures]], 4, 2),
    );
    expect(layout.language).toBe("en-US");
    expect(layout.headerRow).toBe(7); // grid row 2 + top 4 + 1
    expect(layout.fields.customerName?.column).toBe(3); // grid column 0 + left 2 + 1
    expect(layout.fields.inventory?.column).toBe(11);
    expect(layout.dataRows).toEqual([8]);
    expect(layout.sheetUnit).toEqual({ scale: 1e3, label: "USD thousands" });
  });

  it("handles ragged rows and leaves unknown headers alone", () => {
    const layout = layoutOf(
      grid([["Title"], ["Customer", "Notes", "Revenue", "Net profit"], ["Acme", "ok"], ["Beta"]]),
    );
    expect(layout.headers).toEqual([
      { column: 1, text: "Customer" },
      { column: 2, text: "Notes" },
      { column: 3, text: "Revenue" },
      { column: 4, text: "Net profit" },
    ]);
    expect(Object.keys(layout.fields).sort()).toEqual(["customerName", "netProfit", "revenue"]);
    expect(layout.missing).toEqual([
      "currentAssets",
      "currentLiabilities",
      "totalAssets",
      "costOfSales",
      "accountsReceivable",
      "inventory",
    ]);
    expect(layout.dataRows).toEqual([3, 4]);
  });

  it("picks the row with the most recognised headers, the upper one on a tie", () => {
    const layout = layoutOf(grid([["Revenue", "Net profit"], enHeader, ["Revenue", "Net profit"], enHeader]));
    expect(layout.headerRow).toBe(2);
  });

  it("needs at least two recognised headers", () => {
    expect(
      detectSource(
        grid([
          ["Revenue", "Notes"],
          [1, 2],
        ]),
      ),
    ).toEqual({
      ok: false,
      issues: [{ code: "source.noHeaderRow", sheet: "客户财务" }],
    });
  });

  it("finds a header on row 20 but not on row 21", () => {
    const titles = (n: number): CellValue[][] => Array.from({ length: n }, (_, i) => [`note ${i}`]);
    expect(layoutOf(grid([...titles(19), enHeader, ["Acme", ...figures]])).headerRow).toBe(20);
    expect(detectSource(grid([...titles(20), enHeader, ["Acme", ...figures]])).ok).toBe(false);
  });

  it("skips blank and totals rows, listing only those before the last data row", () => {
    const layout = layoutOf(
      grid([
        zhHeader,
        ["甲", ...figures],
        [null, "", "  "],
        ["小 计", ...figures],
        ["乙", ...figures],
        [1, "合计", ...figures], // first text cell is 合计
        ["Grand Total"],
        [],
      ]),
    );
    expect(layout.dataRows).toEqual([2, 5]);
    expect(layout.skippedRows).toEqual([3, 4]);
  });

  it("knows a totals row by its customer name cell", () => {
    const layout = layoutOf(
      grid([
        ["No.", ...zhHeader],
        [1, "甲", ...figures],
        ["x", "Total", ...figures],
      ]),
    );
    expect(layout.dataRows).toEqual([2]);
  });

  it("maps a field to the first column naming it", () => {
    const layout = layoutOf(
      grid([
        ["Revenue", "Net profit", "Sales"],
        [1, 2, 3],
      ]),
    );
    expect(layout.fields.revenue?.column).toBe(1);
  });

  it("has an empty data row list when nothing follows the header", () => {
    expect(layoutOf(grid([enHeader, [], [null]])).dataRows).toEqual([]);
  });

  describe("overrides", () => {
    const g = grid([
      ["单位：万元"],
      ["客户", "收入2023（元）", "营业收入", "净利润", "备注"],
      ["甲", 1, 2, 3, "x"],
    ]);

    it("win over automatic matches and take the header's own unit", () => {
      const layout = layoutOf(g, { revenue: 2 });
      expect(layout.fields.revenue).toEqual({
        field: "revenue",
        column: 2,
        header: "收入2023（元）",
        unit: { scale: 1, label: "元" },
        unitFrom: "header",
        auto: false,
      });
    });

    it("take a column away from the field mapped to it before", () => {
      const layout = layoutOf(g, { costOfSales: 4 });
      expect(layout.fields.costOfSales?.column).toBe(4);
      expect(layout.fields.costOfSales?.unitFrom).toBe("sheet");
      expect(layout.fields.netProfit).toBeUndefined();
      expect(layout.missing).toContain("netProfit");
    });

    it("unmap a field with null", () => {
      const layout = layoutOf(g, { revenue: null });
      expect(layout.fields.revenue).toBeUndefined();
      expect(layout.missing).toContain("revenue");
    });

    it("may point at a column without a header", () => {
      expect(layoutOf(g, { inventory: 7 }).fields.inventory).toMatchObject({
        column: 7,
        header: "",
        auto: false,
      });
    });

    it("ignore a column outside the sheet", () => {
      expect(layoutOf(g, { revenue: 0 }).fields.revenue?.column).toBe(3);
    });
  });
});
