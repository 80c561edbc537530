import { aggregateLines, aggregateRows } from "../../../src/domain/transactions/aggregate";
import type { TxRowColumns } from "../../../src/domain/transactions/aggregate";
import { detectTransactions } from "../../../src/domain/transactions/txColumns";
import type { CellValue, Grid } from "../../../src/domain/types";

// date, customer, sku, product, quantity, unit price, amount
const columns: TxRowColumns = {
  date: 0,
  customer: 1,
  sku: 2,
  product: 3,
  quantity: 4,
  unitPrice: 5,
  amount: 6,
};
type Line = [CellValue, CellValue, CellValue, CellValue, CellValue, CellValue, CellValue];
const run = (lines: Line[]) => aggregateRows(lines, columns).aggregate;
const noSkips = {
  blank: 0,
  noDate: 0,
  badDate: 0,
  ambiguousDate: 0,
  noCustomer: 0,
  badNumber: 0,
  noAmount: 0,
};

describe("aggregateRows", () => {
  it("buckets months across a year end and fills the months between with zeros", () => {
    const agg = run([
      ["2023-11-15", "甲", "A", "", null, null, 100],
      ["2023-12-31", "乙", "A", "", null, null, 1],
      ["2024-01-01", "乙", "A", "", null, null, 2],
      ["2024-03-05", "甲", "A", "", null, null, 50],
    ]);
    expect(agg.months).toEqual(["2023-11", "2023-12", "2024-01", "2024-02", "2024-03"]);
    expect(agg.customers.map((c) => [c.key, c.monthlyAmount])).toEqual([
      ["乙", [0, 1, 2, 0, 0]],
      ["甲", [100, 0, 0, 0, 50]],
    ]);
    expect(agg.customers.map((c) => c.lastOrder)).toEqual([45292, 45356]);
  });

  it("counts a negative quantity as a return whose amount is negative, whatever the amount's sign", () => {
    const agg = run([
      [45356, "甲", "A", "", 10, null, 199.9],
      [45356, "甲", "A", "", -2, null, 39.98],
      [45356, "甲", "A", "", -1, 19.99, null],
      [45356, "甲", "A", "", -1, null, -5],
    ]);
    // 199.90 − 39.98 − 19.99 − 5.00 = 134.93; 10 − 2 − 1 − 1 = 6
    expect(agg.customers[0]?.monthlyAmount).toEqual([134.93]);
    expect(agg.customers[0]?.monthlyQuantity).toEqual([6]);
    expect([agg.returns, agg.amountsComputed]).toEqual([3, 1]);
  });

  it("fills a blank amount with quantity × unit price rounded to the cent (half away from zero)", () => {
    const amounts = (q: number, p: number) =>
      run([[45356, "甲", "A", "", q, p, null]]).customers[0]?.monthlyAmount;
    expect(amounts(3, 19.99)).toEqual([59.97]);
    expect(amounts(0.1, 0.7)).toEqual([0.07]); // 0.1 × 0.7 is 0.06999999999999999 in doubles
    expect(amounts(1, 0.125)).toEqual([0.13]);
    expect(amounts(-1, 0.125)).toEqual([-0.13]);
    // The double nearest 1.005 is 1.00499999999999989…, so it rounds down (as in every engine that follows the rule).
    expect(amounts(1, 1.005)).toEqual([1]);
    expect(amounts(2.5, 4)).toEqual([10]);
  });

  it("sums in whole cents and thousandths, so 0.1 + 0.2 is 0.3 and ten times 0.1 is 1", () => {
    const agg = run([
      [45356, "甲", "A", "", 0.1, null, 0.1],
      [45356, "甲", "A", "", 0.2, null, 0.2],
      ...Array.from({ length: 10 }, (): Line => [45356, "乙", "A", "", 0.1, null, 0.1]),
    ]);
    expect(agg.customers.map((c) => [c.monthlyAmount[0], c.monthlyQuantity[0]])).toEqual([
      [1, 1],
      [0.3, 0.3],
    ]);
    expect(agg.skus).toEqual([{ sku: "A", product: "", amount: 1.3, quantity: 1.3 }]);
  });

  it("matches customers after trimming and full-width folding; shows the smallest trimmed spelling", () => {
    const agg = run([
      [45356, "ＡＢＣ有限公司 ", "A", "", null, null, 1],
      [45356, "ABC有限公司", "A", "", null, null, 2],
      [45356, "ABC  有限公司", "A", "", null, null, 4],
      [45356, "　ＸＹＺ　", "A", "", null, null, 8],
    ]);
    expect(agg.customers.map((c) => [c.key, c.name, c.monthlyAmount[0]])).toEqual([
      ["ABC 有限公司", "ABC  有限公司", 4],
      ["ABC有限公司", "ABC有限公司", 3],
      ["XYZ", "ＸＹＺ", 8],
    ]);
  });

  it("orders SKUs by amount, ties by code point; folds codes; keeps the smallest product name", () => {
    const agg = run([
      [45356, "甲", "b", "螺栓 M8", null, null, 5],
      [45356, "甲", "B", "", null, null, 5],
      [45356, "甲", "１００１", "垫片", null, null, 3],
      [45356, "甲", 1001, " 垫片A ", null, null, 4],
      [45356, "甲", null, "", null, null, 1],
      [45356, "乙", "b", "Bolt", null, null, 1],
    ]);
    expect(agg.customers[1]?.skus).toEqual([
      { sku: "1001", product: "垫片", amount: 7, quantity: 0 },
      { sku: "B", product: "", amount: 5, quantity: 0 },
      { sku: "b", product: "螺栓 M8", amount: 5, quantity: 0 },
      { sku: "", product: "", amount: 1, quantity: 0 },
    ]);
    expect(agg.skus.map((s) => [s.sku, s.product, s.amount])).toEqual([
      ["1001", "垫片", 7],
      ["b", "Bolt", 6],
      ["B", "", 5],
      ["", "", 1],
    ]);
  });

  it("skips lines by the first failing rule, in the README's order", () => {
    const lines: Line[] = [
      [null, " ", "A", "only a SKU", null, null, null], // blank: SKU and product do not count
      [null, "甲", "A", "", "x", null, null], // noDate before badNumber
      ["2024-02-30", "", "A", "", null, null, 1], // badDate before noCustomer
      ["03/05/2024", "甲", "A", "", null, null, 1], // ambiguousDate
      [45356, "\u3000", "A", "", "x", null, null], // noCustomer before badNumber
      [45356, "甲", "A", "", "x", null, null], // badNumber before noAmount
      [45356, "甲", "A", "", 1, "#N/A", 5], // badNumber: a bad unit price even with an amount
      [45356, "甲", "A", "", 1, null, null], // noAmount
      [45356, "甲", "A", "", null, 3, null], // noAmount
      [45356, "甲", "A", "", null, null, 7], // counted, quantity 0
    ];
    const agg = run(lines);
    expect(agg.skipped).toEqual({
      blank: 1,
      noDate: 1,
      badDate: 1,
      ambiguousDate: 1,
      noCustomer: 1,
      badNumber: 2,
      noAmount: 2,
    });
    expect([agg.rowsRead, agg.customers[0]?.monthlyAmount, agg.customers[0]?.monthlyQuantity]).toEqual([
      10,
      [7],
      [0],
    ]);
  });

  it("gives no months, customers or SKUs when nothing counts", () => {
    const agg = run([[null, "甲", null, null, null, null, 1]]);
    expect(agg).toEqual({
      months: [],
      customers: [],
      skus: [],
      rowsRead: 1,
      skipped: { ...noSkips, noDate: 1 },
      amountsComputed: 0,
      returns: 0,
    });
  });
});

describe("aggregateLines", () => {
  const header = ["日期", "客户", "数量", "单价", "金额"];
  const sheet = (rows: CellValue[][]): Grid => ({
    sheet: "订单",
    top: 1,
    left: 1,
    values: [header, ...rows],
  });

  it("locates one issue per skipped non-blank line: sheet, cell, field and the cell's text", () => {
    const grid = sheet([
      ["2024-02-30", "甲", 1, 2, null],
      [null, null, null, null, null],
      [45356, "甲", "12元", 2, null],
      ["5/3/2024", "甲", 1, 2, null],
      [45356, "甲", 1, null, null],
      [45356, "", 1, 2, 3],
    ]);
    const detected = detectTransactions(grid);
    if (!detected.ok) throw new Error("no layout");
    const { aggregate, issues } = aggregateLines(grid, detected.layout);
    expect(issues).toEqual([
      {
        code: "transactions.badDate",
        sheet: "订单",
        cell: "B3",
        field: "date",
        params: { value: "2024-02-30" },
      },
      {
        code: "transactions.badNumber",
        sheet: "订单",
        cell: "D5",
        field: "quantity",
        params: { value: "12元" },
      },
      {
        code: "transactions.ambiguousDate",
        sheet: "订单",
        cell: "B6",
        field: "date",
        params: { value: "5/3/2024" },
      },
      { code: "transactions.noAmount", sheet: "订单", cell: "F7", field: "amount" },
      { code: "transactions.noCustomer", sheet: "订单", cell: "C8", field: "customer" },
    ]);
    expect(aggregate.rowsRead).toBe(6);
    expect(aggregate.skipped.blank).toBe(1);
  });

  it("caps the issues at maxIssues while the counts and onIssue see every line", () => {
    const grid = sheet(Array.from({ length: 7 }, () => ["2024-13-01", "甲", 1, 2, null]));
    const detected = detectTransactions(grid);
    if (!detected.ok) throw new Error("no layout");
    const seen: string[] = [];
    const { aggregate, issues } = aggregateLines(grid, detected.layout, {
      maxIssues: 2,
      onIssue: (issue) => seen.push(issue.cell ?? ""),
    });
    expect(issues.map((issue) => issue.cell)).toEqual(["B3", "B4"]);
    expect(seen).toEqual(["B3", "B4", "B5", "B6", "B7", "B8", "B9"]);
    expect(aggregate.skipped.badDate).toBe(7);
  });

  it("reads nothing below the header when the sheet has no lines", () => {
    const grid = sheet([]);
    const detected = detectTransactions(grid);
    if (!detected.ok) throw new Error("no layout");
    expect(aggregateLines(grid, detected.layout).aggregate).toMatchObject({ rowsRead: 0, months: [] });
  });
});
