import type { CustomerTotals, TxAggregate } from "../../../src/domain/transactions/aggregateTypes";
import { aggregateRows } from "../../../src/domain/transactions/aggregate";
import {
  customerMetrics,
  salesGrowth,
  sales12m,
  topSku,
  volume12m,
  windowSum,
} from "../../../src/domain/transactions/txMetrics";
import { monthText } from "../../../src/domain/transactions/txSerial";

function months(count: number, firstIndex = 2022 * 12 + 3): string[] {
  return Array.from({ length: count }, (_, i) => monthText(firstIndex + i));
}

function customer(
  key: string,
  monthlyAmount: number[],
  monthlyQuantity = monthlyAmount.map(() => 1),
): CustomerTotals {
  return { key, name: key, monthlyAmount, monthlyQuantity, lastOrder: 45356, skus: [] };
}

function aggregate(customers: CustomerTotals[], count: number): TxAggregate {
  const skipped = {
    blank: 0,
    noDate: 0,
    badDate: 0,
    ambiguousDate: 0,
    noCustomer: 0,
    badNumber: 0,
    noAmount: 0,
  };
  return { months: months(count), customers, skus: [], rowsRead: 0, skipped, amountsComputed: 0, returns: 0 };
}

describe("sales12m and volume12m", () => {
  it("sum the 12 months ending with the data's last month", () => {
    // 30 months: 1 … 30; the last 12 are 19 … 30, Σ = (19 + 30) × 12 / 2 = 294
    const values = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(sales12m(customer("甲", values))).toBe(294);
    expect(volume12m(customer("甲", [], values))).toBe(294);
  });

  it("count the months before the data's first month as 0", () => {
    expect(sales12m(customer("甲", [100, 0, 50.5]))).toBe(150.5);
  });

  it("are exact to the cent and the thousandth", () => {
    expect(sales12m(customer("甲", [0.1, 0.2]))).toBe(0.3);
    expect(volume12m(customer("甲", [], [0.001, 0.002, -0.004, 0.003]))).toBe(0.002);
    expect(windowSum([0.1, 0.2, 0.3], 2, 0, 100)).toBe(0.5);
    expect(windowSum([5, 7], 12, 1, 100)).toBe(5);
  });
});

describe("salesGrowth", () => {
  it("compares the last 12 months with the 12 before (24 months: 12 × 125 ÷ 12 × 100 − 1 = 0.25)", () => {
    const values = [...Array<number>(12).fill(100), ...Array<number>(12).fill(125)];
    expect(salesGrowth(customer("甲", values))).toBe(0.25);
  });

  it("uses only the 24 latest months of a longer history", () => {
    const values = [999, ...Array<number>(12).fill(100), ...Array<number>(12).fill(50)];
    expect(salesGrowth(customer("甲", values))).toBe(-0.5);
  });

  it("is NaN with fewer than 24 months, or when the previous 12 months sum to 0 or less", () => {
    expect(salesGrowth(customer("甲", Array<number>(23).fill(100)))).toBeNaN();
    expect(
      salesGrowth(customer("甲", [...Array<number>(12).fill(0), ...Array<number>(12).fill(5)])),
    ).toBeNaN();
    expect(
      salesGrowth(customer("甲", [-10, ...Array<number>(11).fill(0), ...Array<number>(12).fill(5)])),
    ).toBeNaN();
  });
});

describe("topSku", () => {
  it("takes the largest amount, ties by code point, skipping lines without a code", () => {
    const { aggregate: agg } = aggregateRows(
      [
        [45356, "甲", "b", 5],
        [45356, "甲", "B", 5],
        [45356, "甲", "", 9],
        [45356, "乙", "R", -3],
        [45356, "丙", null, 2],
      ],
      { date: 0, customer: 1, sku: 2, amount: 3 },
    );
    expect(agg.customers.map((c) => [c.key, topSku(c)])).toEqual([
      ["丙", ""],
      ["乙", ""],
      ["甲", "B"],
    ]);
  });
});

describe("customerMetrics", () => {
  it("raises one issue for the whole job when the data covers fewer than 24 months", () => {
    const agg = aggregate([customer("甲", [1, 2]), customer("乙", [3, 4])], 2);
    const { metrics, issues } = customerMetrics(agg);
    expect(issues).toEqual([{ code: "transactions.fewerThan24Months", params: { months: 2 } }]);
    expect(metrics).toEqual([
      {
        key: "甲",
        name: "甲",
        sales12m: 3,
        volume12m: 2,
        salesGrowth: Number.NaN,
        topSku: "",
        lastOrder: 45356,
      },
      {
        key: "乙",
        name: "乙",
        sales12m: 7,
        volume12m: 2,
        salesGrowth: Number.NaN,
        topSku: "",
        lastOrder: 45356,
      },
    ]);
  });

  it("raises no issue with 24 months", () => {
    const values = [...Array<number>(12).fill(100), ...Array<number>(12).fill(125)];
    const { metrics, issues } = customerMetrics(aggregate([customer("甲", values)], 24));
    expect(issues).toEqual([]);
    expect(metrics[0]).toMatchObject({ sales12m: 1500, volume12m: 12, salesGrowth: 0.25 });
  });
});
