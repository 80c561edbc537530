import fc from "fast-check";
import { weightedColumns, weightedScore } from "../../../src/domain/scoring/weightedScore";

describe("weightedScore", () => {
  it("is the weighted sum when every part is present (by hand: 0.4×80 + 0.3×60 + 0.3×50 = 65)", () => {
    const result = weightedScore([80, 60, 50], [0.4, 0.3, 0.3]);
    expect(result.score).toBeCloseTo(65, 12);
    expect(result.coverage).toBeCloseTo(1, 12);
  });

  it("renormalises the weights over the parts present (by hand: (0.4×80 + 0.3×50) ÷ 0.7 = 67.14)", () => {
    const result = weightedScore([80, Number.NaN, 50], [0.4, 0.3, 0.3]);
    expect(result.score).toBeCloseTo(47 / 0.7, 12);
    expect(result.coverage).toBeCloseTo(0.7, 12);
  });

  describe("edge cases", () => {
    it("is empty when no part, or only parts of weight 0, are present", () => {
      expect(weightedScore([Number.NaN, Number.NaN], [0.5, 0.5])).toEqual({ score: Number.NaN, coverage: 0 });
      expect(weightedScore([90, Number.NaN], [0, 1])).toEqual({ score: Number.NaN, coverage: 0 });
    });

    it("keeps a mean of hundreds at 100 despite rounding", () => {
      expect(weightedScore([100, 100, 100], [0.1, 0.2, 0.7]).score).toBeLessThanOrEqual(100);
    });
  });

  it("lies between the smallest and largest present part, whatever the weights", () => {
    const part = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: Number.NaN });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(part, fc.double({ min: 0.01, max: 1, noNaN: true })), { minLength: 1 }),
        (pairs) => {
          const { score } = weightedScore(
            pairs.map((p) => p[0]),
            pairs.map((p) => p[1]),
          );
          const present = pairs.map((p) => p[0]).filter((s) => !Number.isNaN(s));
          if (present.length === 0) return expect(score).toBeNaN();
          expect(score).toBeGreaterThanOrEqual(Math.min(...present) - 1e-9);
          expect(score).toBeLessThanOrEqual(Math.max(...present) + 1e-9);
        },
      ),
    );
  });
});

describe("weightedColumns", () => {
  it("combines column by column", () => {
    const result = weightedColumns(
      [Float64Array.of(80, Number.NaN, Number.NaN), Float64Array.of(50, 40, Number.NaN)],
      [0.5, 0.5],
    );
    expect(Array.from(result.score)).toEqual([65, 40, Number.NaN]);
    expect(Array.from(result.coverage)).toEqual([1, 0.5, 0]);
  });
});
