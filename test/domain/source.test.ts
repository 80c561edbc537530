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

  it("skips blank and totals rows, listing the totals rows wherever they are", () => {
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
    expect(layout.skippedRows).toEqual([
      { row: 4, reason: "totals" },
      { row: 6, reason: "totals" },
      { row: 7, reason: "totals" },
    ]);
  });

  it("skips note lines under the table and lists them, but keeps a named customer with blank amounts", () => {
    const layout = layoutOf(
      grid([
        zhHeader,
        ["甲", ...figures],
        ["乙"],
        ["注：金额单位为万元，未经审计。"],
        [null, "数据来源：企业年报"],
        ["Note: see the audit letter"],
      ]),
    );
    expect(layout.dataRows).toEqual([2, 3]);
    expect(layout.skippedRows).toEqual([
      { row: 4, reason: "note" },
      { row: 5, reason: "note" },
      { row: 6, reason: "note" },
    ]);
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

describe("ignored columns (a job's own earlier output)", () => {
  // Columns J:K hold a previous run's output; the person emptied A:I of rows 3 and 5.
  const rows: CellValue[][] = [
    [...zhHeader, "流动比率", "数据问题"],
    ["甲", ...figures, 1.5, null],
    [null, null, null, null, null, null, null, null, null, 2.1, "流动负债：空白"],
    ["乙", ...figures, 1.5, null],
    ["", "", "", "", "", "", "", "", "", null, "合计：空白"],
  ];

  it("do not make a row a customer", () => {
    expect(layoutOf(grid(rows)).dataRows).toEqual([2, 3, 4, 5]);
    const result = detectSource(grid(rows), {}, { ignoreColumns: { first: 10, last: 11 } });
    if (!result.ok) throw new Error("no source");
    expect(result.layout.dataRows).toEqual([2, 4]);
    expect(result.layout.skippedRows).toEqual([]);
  });

  it("are not headers, so the source ends before them", () => {
    const result = detectSource(grid(rows), {}, { ignoreColumns: { first: 10, last: 11 } });
    if (!result.ok) throw new Error("no source");
    expect(result.layout.headers.map((header) => header.column)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(result.layout.lastColumn).toBe(9);
  });

  it("are given in sheet columns, whatever the grid's left edge", () => {
    const shifted = rows.map((row) => row.slice(1));
    const result = detectSource(grid(shifted, 0, 1), {}, { ignoreColumns: { first: 10, last: 11 } });
    if (!result.ok) throw new Error("no source");
    expect(result.layout.dataRows).toEqual([2, 4]);
    expect(result.layout.lastColumn).toBe(9);
  });
});

describe("sheets at Excel's limits", () => {
  const maxRows = 1_048_576;
  const maxColumns = 16_384;

  it("handles 1 048 576 rows, sparse: a million blank and totals rows between two customers", () => {
    const values: CellValue[][] = new Array<CellValue[]>(maxRows).fill([]);
    const totals = ["合计"];
    for (let r = 2; r < maxRows - 1; r += 2) values[r] = totals;
    values[0] = enHeader;
    values[1] = ["Acme", ...figures];
    values[maxRows - 1] = ["Zenith", ...figures];
    const layout = layoutOf(grid(values));
    expect(layout.dataRows).toEqual([2, maxRows]);
    expect(layout.skippedRows).toHaveLength(maxRows / 2 - 1);
    expect(layout.skippedRows[layout.skippedRows.length - 1]).toEqual({ row: maxRows - 1, reason: "totals" });
  });

  it("handles 1 048 576 rows, dense: every row a customer", () => {
    const customer: CellValue[] = ["Acme", ...figures];
    const values: CellValue[][] = new Array<CellValue[]>(maxRows).fill(customer);
    values[0] = enHeader;
    const layout = layoutOf(grid(values));
    expect(layout.dataRows).toHaveLength(maxRows - 1);
    expect(layout.dataRows[maxRows - 2]).toBe(maxRows);
  });

  it("handles 16 384 columns: a full header row and rows reaching XFD", () => {
    const header: CellValue[] = Array.from({ length: maxColumns }, (_, c) => `Column ${c + 1}`);
    enHeader.forEach((text, c) => (header[c] = text));
    const wide: CellValue[] = new Array<CellValue>(maxColumns).fill(null);
    wide[maxColumns - 1] = "Note: only the last column";
    const full: CellValue[] = Array.from({ length: maxColumns }, (_, c) => c);
    full[0] = "Acme";
    const layout = layoutOf(grid([header, full, wide]));
    expect(layout.headers).toHaveLength(maxColumns);
    expect(layout.lastColumn).toBe(maxColumns);
    expect(layout.dataRows).toEqual([2]);
    expect(layout.skippedRows).toEqual([{ row: 3, reason: "note" }]);
    const ignored = detectSource(
      grid([header, full, wide]),
      {},
      { ignoreColumns: { first: 10, last: maxColumns } },
    );
    if (!ignored.ok) throw new Error("no source");
    expect(ignored.layout.lastColumn).toBe(9);
    expect(ignored.layout.skippedRows).toEqual([]);
  });
});
