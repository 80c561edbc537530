import fc from "fast-check";
import { minMaxScores, priorityColumns } from "../../../src/domain/scoring/priority";

const weights = { health: 0.4, influence: 0.3, accountValue: 0.3 };
const f = (...values: number[]) => Float64Array.from(values);

describe("minMaxScores", () => {
  it("spreads the values over 0–100 (by hand: 600 is halfway from 200 to 1000)", () => {
    expect(Array.from(minMaxScores(f(200, 600, Number.NaN, 1000)))).toEqual([0, 50, Number.NaN, 100]);
  });

  describe("edge cases", () => {
    it("gives 50 to one customer and to customers whose values are all equal", () => {
      expect(Array.from(minMaxScores(f(123)))).toEqual([50]);
      expect(Array.from(minMaxScores(f(7, 7, Number.NaN)))).toEqual([50, 50, Number.NaN]);
    });

    it("ignores empty and infinite values and handles negatives", () => {
      expect(Array.from(minMaxScores(f(-100, Number.POSITIVE_INFINITY, 100)))).toEqual([0, Number.NaN, 100]);
      expect(minMaxScores(f()).length).toBe(0);
    });
  });

  it("keeps the order of the values and stays within 0–100", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { minLength: 1 }), (values) => {
        const scores = minMaxScores(Float64Array.from(values));
        values.forEach((v, i) => {
          expect(scores[i]).toBeGreaterThanOrEqual(0);
          expect(scores[i]).toBeLessThanOrEqual(100);
          values.forEach((w, j) => {
            if (v < w) expect(scores[i]).toBeLessThanOrEqual(scores[j] ?? Number.NaN);
          });
        });
      }),
    );
  });
});

describe("priorityColumns", () => {
  it("weights health, influence and normalised account value (by hand: 0.4×80 + 0.3×60 + 0.3×100 = 80)", () => {
    const result = priorityColumns(
      { health: f(80, 40), influence: f(60, 20), accountValue: f(5000, 1000) },
      weights,
    );
    expect(result.score[0]).toBeCloseTo(80, 12);
    expect(result.score[1]).toBeCloseTo(22, 12); // 0.4×40 + 0.3×20 + 0.3×0
    expect(Array.from(result.accountValueScore)).toEqual([100, 0]);
  });

  it("renormalises over the parts present and is empty without any", () => {
    const nan = Number.NaN;
    const result = priorityColumns(
      { health: f(nan, nan), influence: f(60, nan), accountValue: f(10, nan) },
      weights,
    );
    expect(result.score[0]).toBeCloseTo((0.3 * 60 + 0.3 * 50) / 0.6, 12); // a single value scores 50
    expect(result.coverage[0]).toBeCloseTo(0.6, 12);
    expect(result.score[1]).toBeNaN();
  });
});
