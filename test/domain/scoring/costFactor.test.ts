import {
  complexityCode,
  complexityKeys,
  costFactorColumns,
  defaultCostConfig,
} from "../../../src/domain/scoring/costFactor";

const config = defaultCostConfig;
const f = (...values: number[]) => Float64Array.from(values);

describe("costFactorColumns", () => {
  it("scores a cost rating with 5 the costliest (1 → 100, 3 → 50, 5 → 0)", () => {
    const result = costFactorColumns({ count: 3, rating: [1, 3, 5] }, config);
    expect(Array.from(result.score)).toEqual([100, 50, 0]);
    expect(Array.from(result.source)).toEqual([1, 1, 1]);
    expect(Array.from(result.complexity, (c) => complexityKeys[c - 1])).toEqual(["low", "medium", "high"]);
    expect(result.issues).toEqual([]);
  });

  it("falls back to the expected order value as a share of revenue where the rating is blank", () => {
    // shares 1 %, 5 %, 7.5 %, 10 %, 25 %, 40 %: band points 100, 67, between (67 − 0.5 × 33 = 50.5), 34, 0, clamped 0
    const orders = f(10, 50, 75, 100, 250, 400);
    const revenue = f(1000, 1000, 1000, 1000, 1000, 1000);
    const result = costFactorColumns({ count: 6, rating: [], expectedOrderValue: orders, revenue }, config);
    expect(Array.from(result.score, (s) => Number(s.toFixed(9)))).toEqual([100, 67, 50.5, 34, 0, 0]);
    expect(Array.from(result.source)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(Array.from(result.complexity)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it("prefers the rating where both are given, and uses the share for the unrated customer", () => {
    const result = costFactorColumns(
      { count: 2, rating: [4, ""], expectedOrderValue: f(10, 10), revenue: f(1000, 1000) },
      config,
    );
    expect(Array.from(result.score)).toEqual([25, 100]);
    expect(Array.from(result.source)).toEqual([1, 2]);
  });

  it("needs no rating column when the amounts are there", () => {
    const result = costFactorColumns({ count: 1, expectedOrderValue: f(10), revenue: f(1000) }, config);
    expect(result.issues).toEqual([]);
    expect(result.score[0]).toBe(100);
  });

  describe("edge cases", () => {
    it("gives one issue when neither the rating column nor the amounts are there", () => {
      const result = costFactorColumns({ count: 3, expectedOrderValue: f(1, 2, 3) }, config);
      expect(result.issues).toEqual([{ code: "source.missingField", field: "costRating" }]);
      expect(Array.from(result.score)).toEqual([Number.NaN, Number.NaN, Number.NaN]);
      expect(Array.from(result.complexity)).toEqual([0, 0, 0]);
    });

    it("leaves the factor empty without revenue above zero or an order value, and flags a negative order value", () => {
      const result = costFactorColumns(
        {
          count: 4,
          rating: [],
          expectedOrderValue: f(10, 10, Number.NaN, -5),
          revenue: f(0, Number.NaN, 1000, 1000),
        },
        config,
      );
      expect(Array.from(result.score)).toEqual([Number.NaN, Number.NaN, Number.NaN, Number.NaN]);
      expect(Array.from(result.source)).toEqual([0, 0, 0, 0]);
      expect([...result.rowIssues]).toEqual([
        [3, [{ code: "cost.negativeOrderValue", field: "expectedOrderValue" }]],
      ]);
    });

    it("scores an order value of zero as the easiest purchase", () => {
      expect(
        costFactorColumns({ count: 1, expectedOrderValue: f(0), revenue: f(1000) }, config).score[0],
      ).toBe(100);
    });
  });
});

describe("complexityCode", () => {
  it("is low from 67, medium from 34, high below, empty for an empty score", () => {
    expect([100, 67, 66.99, 50, 34, 33.99, 0].map((s) => complexityCode(s, config))).toEqual([
      1, 1, 2, 2, 2, 3, 3,
    ]);
    expect(complexityCode(Number.NaN, config)).toBe(0);
  });
});
