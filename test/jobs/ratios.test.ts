import type { CellValue, Issue } from "../../src/domain/types";
import { issueText } from "../../src/i18n";
import { inspectRatios, planRatios, ratioColumns } from "../../src/jobs/ratios";
import type { ColumnBlock } from "../../src/plan/workbookEdit";
import { afterRun, sampleRows, snapshotOf, zhHeaders } from "./snapshot";

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
  if (change?.kind !== "columnBlock") throw new Error("no column block");
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

describe("reruns after the person's edits", () => {
  const firstRun = (): ReturnType<typeof afterRun> => {
    const rows = sampleRows();
    return afterRun(rows, planRatios(snapshotOf(rows), {}));
  };
  const emptySource = (rows: CellValue[][], row1: number): void => {
    const row = rows[row1 - 1] ?? [];
    for (let c = 0; c < zhHeaders.length; c += 1) row[c] = null;
  };

  it("treats a row whose source cells were emptied as empty: its job cells are cleared, with no issues", () => {
    const { rows, owned } = firstRun();
    expect(rows[3]?.[10]).toBe(1.5); // 甲公司's current ratio from the first run, in K4
    emptySource(rows, 4);
    const plan = planRatios(snapshotOf(rows, { owned }), {});
    const change = block(plan);
    expect([change.firstRow, change.lastRow, change.firstColumn]).toEqual([4, 5, 11]);
    expect(change.columns.map((column) => column.values[0])).toEqual(Array(7).fill(null));
    if (!plan.ok) throw new Error("refused");
    expect(plan.report.rows).toBe(1);
    expect(plan.report.issues.filter((issue) => issue.cell?.endsWith("4"))).toEqual([]);
    expect(plan.report.issues.some((issue) => issue.code === "cell.blank")).toBe(false);
  });

  it("clears the last customer's cells when that row was emptied", () => {
    const { rows, owned } = firstRun();
    emptySource(rows, 5);
    const change = block(planRatios(snapshotOf(rows, { owned }), {}));
    expect([change.lastRow, change.clearTo]).toEqual([4, 5]);
  });

  it("keeps a row that still names its customer, with blank amounts, as a customer with missing data", () => {
    const { rows, owned } = firstRun();
    emptySource(rows, 4);
    (rows[3] as CellValue[])[0] = "甲公司";
    const plan = planRatios(snapshotOf(rows, { owned }), {});
    if (!plan.ok) throw new Error("refused");
    expect(plan.report.rows).toBe(2);
    const blanks = plan.report.issues.filter((issue) => issue.code === "cell.blank");
    expect(blanks.map((issue) => issue.cell)).toEqual(["B4", "C4", "D4", "F4", "G4", "H4", "I4", "J4"]);
  });

  it("gives the same plan again on its own unchanged output", () => {
    const { rows, owned } = firstRun();
    expect(block(planRatios(snapshotOf(rows, { owned }), {}))).toEqual(
      block(planRatios(snapshotOf(sampleRows()), {})),
    );
  });
});

describe("note lines under the table", () => {
  it("are not customers: the report lists them as skipped, beside the totals row", () => {
    const rows = [...sampleRows(), ["注：金额单位为万元，未经审计。"], [null, "Source: annual reports"]];
    const plan = planRatios(snapshotOf(rows), {});
    if (!plan.ok) throw new Error("refused");
    expect(plan.report.rows).toBe(2);
    expect(plan.report.skippedRows).toEqual([
      { row: 6, reason: "totals" },
      { row: 7, reason: "note" },
      { row: 8, reason: "note" },
    ]);
    expect(plan.report.issues.map((issue) => issue.cell)).toEqual(["J5", "C5"]);
    expect(block(plan).lastRow).toBe(5);
  });
});

describe("protected sheets", () => {
  const protectedSnapshot = snapshotOf(sampleRows(), { protected: true });
  const refusal = { code: "output.sheetProtected", sheet: "客户财务", params: { sheet: "客户财务" } };

  it("refuses before writing, naming the sheet", () => {
    const plan = planRatios(protectedSnapshot, {});
    expect(plan).toEqual({ ok: false, issues: [refusal] });
  });

  it("shows the refusal in the inspection, before Calculate", () => {
    const inspection = inspectRatios(protectedSnapshot, {});
    if (!inspection.ok) throw new Error("not found");
    expect(inspection.refusals).toEqual([refusal]);
  });

  it("says what to do, in both languages", () => {
    const issue = refusal as Issue;
    expect(issueText("en-US", issue, "long")).toBe(
      "The sheet 客户财务 is protected, so Excel would refuse the new cells: unprotect it (Review › Unprotect Sheet) or choose another sheet",
    );
    expect(issueText("zh-CN", issue, "long")).toBe(
      "工作表“客户财务”受保护，Excel 会拒绝写入：请先撤消保护（审阅 › 撤消工作表保护），或选择其他工作表",
    );
  });

  it("plans as usual on an unprotected sheet", () => {
    expect(planRatios(snapshotOf(sampleRows(), { protected: false }), {}).ok).toBe(true);
  });
});

describe("sheets at Excel's limits", () => {
  const maxRows = 1_048_576;
  const maxColumns = 16_384;
  const enHeaders = [
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
  // Current ratio 1200/800 = 1.5 (worked by hand).
  const customer: CellValue[] = ["Acme", 1200, 800, 3000, 5000, 4000, 250, 600, 500];

  it("plans a sparse sheet whose last customer is on row 1 048 576", () => {
    const values = new Array<CellValue[]>(maxRows).fill([]);
    values[0] = enHeaders;
    values[1] = customer;
    values[maxRows - 1] = customer;
    const change = block(planRatios(snapshotOf(values), {}));
    expect([change.firstRow, change.lastRow]).toEqual([2, maxRows]);
    const currentRatio = change.columns[0]?.values ?? [];
    expect(currentRatio).toHaveLength(maxRows - 1);
    expect([currentRatio[0], currentRatio[1], currentRatio[maxRows - 2]]).toEqual([1.5, null, 1.5]);
  });

  it("plans a dense sheet of 1 048 575 customers", () => {
    const values = new Array<CellValue[]>(maxRows).fill(customer);
    values[0] = enHeaders;
    const plan = planRatios(snapshotOf(values), {});
    if (!plan.ok) throw new Error("refused");
    expect([plan.report.rows, plan.report.issues.length]).toEqual([maxRows - 1, 0]);
  });

  function wideSheet(lastColumn: number): CellValue[][] {
    const header: CellValue[] = Array.from({ length: lastColumn }, (_, c) => `Column ${c + 1}`);
    enHeaders.forEach((text, c) => (header[c] = text));
    return [header, customer];
  }

  it("writes the block into a sheet's last seven columns, up to XFD", () => {
    const change = block(planRatios(snapshotOf(wideSheet(maxColumns - 7)), {}));
    expect(change.firstColumn + change.columns.length - 1).toBe(maxColumns);
  });

  it("refuses, before writing, a source that leaves fewer than seven columns before XFD", () => {
    for (const last of [maxColumns - 6, maxColumns]) {
      const plan = planRatios(snapshotOf(wideSheet(last)), {});
      expect(plan.ok).toBe(false);
      if (!plan.ok) expect(plan.issues.map((issue) => issue.code)).toEqual(["output.noRoom"]);
    }
    const plan = planRatios(snapshotOf(wideSheet(maxColumns)), {});
    if (!plan.ok)
      expect(issueText("en-US", plan.issues[0] as Issue, "long")).toBe(
        "客户财务: No room for the 7 new columns right of column XFD: a sheet ends at column XFD",
      );
  });
});
