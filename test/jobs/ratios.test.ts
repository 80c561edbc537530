import type { CellValue } from "../../src/domain/types";
import { inspectRatios, planRatios, ratioColumns } from "../../src/jobs/ratios";
import type { ColumnBlock } from "../../src/plan/workbookEdit";
import { sampleRows, snapshotOf } from "./snapshot";

const zhColumns = [
  "流动比率",
  "流动资产率",
  "净利润率",
  "资产回报率",
  "回款周期(天)",
  "存货周期(天)",
  "数据问题",
];
const enColumns = [
  "Current ratio",
  "Current-asset ratio",
  "Net profit margin",
  "Return on assets",
  "Collection period (days)",
  "Inventory period (days)",
  "Data issues",
];

function block(plan: ReturnType<typeof planRatios>): ColumnBlock {
  if (!plan.ok) throw new Error(`refused: ${plan.issues.map((issue) => issue.code).join(", ")}`);
  const change = plan.edit.changes[0];
  if (!change) throw new Error("no change");
  return change;
}

describe("planRatios", () => {
  it("appends the seven columns right of the source, in its header row, in Chinese for Chinese headers", () => {
    const change = block(planRatios(snapshotOf(sampleRows()), {}));
    expect(change).toMatchObject({
      job: "ratios",
      sheet: "客户财务",
      headerRow: 3,
      firstColumn: 11,
      firstRow: 4,
      lastRow: 5,
    });
    expect(change.columns.map((column) => column.header)).toEqual(zhColumns);
    expect(change.columns.map((column) => column.numberFormat)).toEqual([
      "0.00",
      "0.0%",
      "0.0%",
      "0.0%",
      "0",
      "0",
      "@",
    ]);
    expect(change.headerStyleFrom).toBe(10);
  });

  it("writes full-precision values worked out by hand, empty where a ratio cannot be computed", () => {
    const values = block(planRatios(snapshotOf(sampleRows()), {})).columns.map((column) => column.values);
    const expected = [
      [1.5, null],
      [0.4, 0.5],
      [0.05, -0.025],
      [0.1, -0.05],
      [43.8, 36.5],
      [45.625, null],
    ];
    expected.forEach((column, index) => {
      column.forEach((value, row) => {
        const actual = values[index]?.[row];
        if (value === null) expect(actual).toBeNull();
        else expect(actual).toBeCloseTo(value, 12);
      });
    });
    expect(values[6]?.[0]).toBeNull();
    expect(values[6]?.[1]).toBe("存货：#N/A；流动比率：流动负债为零");
  });

  it("uses 360 days when asked", () => {
    const values = block(planRatios(snapshotOf(sampleRows()), { days: 360 })).columns[4]?.values;
    expect(values?.[0]).toBeCloseTo((600 / 5000) * 360, 12); // 43.2
  });

  it("writes English headers and notes with lang en-US", () => {
    const change = block(planRatios(snapshotOf(sampleRows()), { lang: "en-US" }));
    expect(change.columns.map((column) => column.header)).toEqual(enColumns);
    expect(change.columns[6]?.values[1]).toBe("Inventory: #N/A; Current ratio: zero current liabilities");
  });

  it("reports rows, columns and located issues", () => {
    const plan = planRatios(snapshotOf(sampleRows()), {});
    if (!plan.ok) throw new Error("refused");
    expect(plan.report).toMatchObject({
      sheet: "客户财务",
      headerRow: 3,
      rows: 2,
      rowsWithIssues: 1,
      firstColumn: 11,
    });
    expect(plan.report.issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ["cell.errorValue", "J5"],
      ["ratio.zeroDenominator", "C5"],
    ]);
  });

  it("lists the contract's columns in order", () => {
    expect(ratioColumns.map((column) => column.key)).toEqual([
      "currentRatio",
      "currentAssetRatio",
      "netProfitMargin",
      "returnOnAssets",
      "collectionDays",
      "inventoryDays",
      "dataIssues",
    ]);
  });
});

describe("reruns", () => {
  function rerunRows(headers: string[]): CellValue[][] {
    const rows = sampleRows();
    rows[2] = [...(rows[2] as string[]), ...headers];
    rows[3] = [...(rows[3] as (string | number)[]), 1.5, 0.4, 0.05, 0.1, 43.8, 45.625, null];
    return rows;
  }
  const owned = [{ job: "ratios", rect: { top: 3, left: 11, bottom: 5, right: 17 } }];

  it("replaces its own recorded block in place, even in the other language", () => {
    const change = block(planRatios(snapshotOf(rerunRows(zhColumns), { owned }), { lang: "en-US" }));
    expect(change.firstColumn).toBe(11);
    expect(change.columns.map((column) => column.header)).toEqual(enColumns);
    expect(change.clearTo).toBeUndefined();
  });

  it("empties rows the previous block covered below the new last row", () => {
    const longer = [{ job: "ratios", rect: { top: 3, left: 11, bottom: 9, right: 17 } }];
    expect(block(planRatios(snapshotOf(rerunRows(zhColumns), { owned: longer }), {})).clearTo).toBe(9);
  });

  it("refuses when a recorded block's headers were changed", () => {
    const changed = [...zhColumns];
    changed[2] = "我的列";
    const plan = planRatios(snapshotOf(rerunRows(changed), { owned }), {});
    expect(plan.ok).toBe(false);
    if (!plan.ok)
      expect(plan.issues[0]).toMatchObject({ code: "output.ownedBlockChanged", params: { range: "K3:Q5" } });
  });
});

describe("refusals", () => {
  it("refuses, naming the column, when the user's own column bears one of the job's headers", () => {
    const rows = sampleRows();
    (rows[2] as string[]).push("流动比率");
    const plan = planRatios(snapshotOf(rows), {});
    expect(plan.ok).toBe(false);
    if (!plan.ok)
      expect(plan.issues).toEqual([
        {
          code: "output.headerConflict",
          sheet: "客户财务",
          cell: "K3",
          params: { header: "流动比率", column: "K" },
        },
      ]);
  });

  it("refuses to write over a cell it did not write", () => {
    const rows = sampleRows();
    rows[4] = [...(rows[4] as (string | number)[]), null, null, "备注：待核实"];
    const plan = planRatios(snapshotOf(rows), {});
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.issues[0]).toMatchObject({ code: "output.cellNotEmpty", cell: "M5" });
  });

  it("refuses when a required column is missing, naming the field", () => {
    const rows = sampleRows().map((row) => row.slice(0, 9));
    const plan = planRatios(snapshotOf(rows), {});
    expect(plan.ok).toBe(false);
    if (!plan.ok)
      expect(plan.issues).toEqual([{ code: "source.missingField", sheet: "客户财务", field: "inventory" }]);
  });

  it("refuses a sheet without a header row", () => {
    const plan = planRatios(
      snapshotOf([
        [1, 2],
        [3, 4],
      ]),
      {},
    );
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.issues[0]?.code).toBe("source.noHeaderRow");
  });

  it("refuses a source without customer rows", () => {
    const plan = planRatios(snapshotOf(sampleRows().slice(0, 3)), {});
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.issues.map((issue) => issue.code)).toEqual(["source.noDataRows"]);
  });
});

describe("inspectRatios", () => {
  it("shows what it found and what it will add before anything is written", () => {
    const inspection = inspectRatios(snapshotOf(sampleRows()), { lang: "en-US" });
    if (!inspection.ok) throw new Error("not found");
    expect(inspection.layout.headerRow).toBe(3);
    expect(inspection.layout.sheetUnit?.scale).toBe(10000);
    expect(inspection.willAdd).toEqual(enColumns);
    expect(inspection.firstColumn).toBe(11);
    expect(inspection.refusals).toEqual([]);
  });

  it("joins the source's Excel table when the source is one", () => {
    const tables = [
      { name: "Finance", rect: { top: 3, left: 1, bottom: 6, right: 10 }, hasTotalsRow: false },
    ];
    expect(block(planRatios(snapshotOf(sampleRows(), { tables }), {})).table).toBe("Finance");
  });
});
