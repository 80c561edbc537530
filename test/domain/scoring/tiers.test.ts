import fc from "fast-check";
import { approachOf, tierColumn, tierCutoffs } from "../../../src/domain/scoring/tiers";
import {
  defaultScoreSettings,
  tiers as tierKeys,
  type TierSettings,
} from "../../../src/domain/scoring/scoreSettings";

const defaultApproaches = defaultScoreSettings.approaches;
const quantile: TierSettings = { mode: "quantile", shareA: 0.2, shareB: 0.3, thresholdA: 70, thresholdB: 50 };
const thresholds: TierSettings = { ...quantile, mode: "thresholds" };
const tiersOf = (scores: number[], rule: TierSettings = quantile): string =>
  Array.from(tierColumn(Float64Array.from(scores), rule), (t) => tierKeys[t - 1] ?? "-").join("");

describe("tierColumn in quantile mode", () => {
  it("puts the top 20 % in A, the next 30 % in B, the rest in C", () => {
    expect(tiersOf([100, 90, 80, 70, 60, 50, 40, 30, 20, 10])).toBe("AABBBCCCCC");
    expect(tiersOf([10, 100, 50, 90, 20, 80, 30, 70, 40, 60])).toBe("CACACBCBCB");
  });

  it("rounds the counts up so that small groups get an A (n = 1, 2, 3, 5)", () => {
    expect(tiersOf([42])).toBe("A"); // ⌈0.2⌉ = 1
    expect(tiersOf([50, 40])).toBe("AC"); // k_A ⌈0.4⌉ = 1, k_AB ⌈1⌉ = 1
    expect(tiersOf([50, 40, 30])).toBe("ABC"); // k_A 1, k_AB ⌈1.5⌉ = 2
    expect(tiersOf([90, 80, 70, 60, 50])).toBe("ABBCC"); // k_A 1, k_AB ⌈2.5⌉ = 3
  });

  it("counts 20 % of 15 as 3, not 4, despite 0.2 × 15 = 3.0000000000000004", () => {
    expect(tiersOf(Array.from({ length: 15 }, (_, i) => 100 - i))).toBe("AAABBBBBCCCCCCC"); // k_AB ⌈7.5⌉ = 8
  });

  it("gives tied customers at the 20 % cut the higher tier", () => {
    // 10 customers, k_A = 2: the 2nd and 3rd tie at 90, so both are A
    expect(tiersOf([100, 90, 90, 80, 70, 60, 50, 40, 30, 20])).toBe("AAABBCCCCC");
  });

  it("gives tied customers at the 50 % cut the higher tier", () => {
    // k_AB = 5: the 5th, 6th and 7th tie at 60, so all three are B
    expect(tiersOf([100, 90, 80, 70, 60, 60, 60, 30, 20, 10])).toBe("AABBBBBCCC");
  });

  it("puts everyone in A when all scores are equal", () => {
    expect(tiersOf([55, 55, 55, 55])).toBe("AAAA");
  });

  it("treats scores equal up to rounding noise as ties", () => {
    expect(tiersOf([0.1 + 0.2, 0.3, 0.1, 0.05, 0])).toBe("AABCC"); // 0.30000000000000004 ties 0.3
  });

  describe("edge cases", () => {
    it("gives no tier to customers without a score, and counts only the scored ones", () => {
      expect(tiersOf([Number.NaN, 90, Number.NaN, 80, 70, 60, 50])).toBe("-A-BBCC");
      expect(tiersOf([Number.NaN, Number.NaN])).toBe("--");
      expect(tiersOf([])).toBe("");
    });
  });
});

describe("tierColumn in thresholds mode", () => {
  it("gives A from 70, B from 50, C below, with the threshold itself in the higher tier", () => {
    expect(tiersOf([100, 70, 69.99, 50, 49.99, 0, Number.NaN], thresholds)).toBe("AABBCC-");
  });
});

describe("tierCutoffs", () => {
  it("is the score at rank k_A and k_AB", () => {
    expect(tierCutoffs(Float64Array.of(90, 80, 70, 60, 50), quantile)).toEqual({ a: 90, b: 70 });
    expect(tierCutoffs(Float64Array.of(), quantile)).toEqual({ a: Infinity, b: Infinity });
  });
});

describe("tier properties", () => {
  const scores = fc.array(
    fc.option(
      fc.integer({ min: 0, max: 20 }).map((x) => x * 5),
      { nil: Number.NaN },
    ),
    { maxLength: 60 },
  );
  it("never gives a higher score a lower tier, ties the same tier, and at least the rounded-up share A", () => {
    fc.assert(
      fc.property(scores, (values) => {
        const tiers = tierColumn(Float64Array.from(values), quantile);
        const scored = values.filter((v) => !Number.isNaN(v)).length;
        const countA = Array.from(tiers).filter((t) => t === 1).length;
        expect(countA).toBeGreaterThanOrEqual(Math.ceil(0.2 * scored - 1e-9));
        values.forEach((v, i) => {
          expect(tiers[i] === 0).toBe(Number.isNaN(v));
          values.forEach((w, j) => {
            if (v > w) expect(tiers[i]).toBeLessThanOrEqual(tiers[j] ?? 0);
            if (v === w) expect(tiers[i]).toBe(tiers[j]);
          });
        });
      }),
    );
  });
});

describe("approachOf", () => {
  it("recommends a visit for A, a product presentation for B and materials for C", () => {
    expect([1, 2, 3].map((t) => approachOf(t, defaultApproaches))).toEqual([
      "visit",
      "presentation",
      "materials",
    ]);
    expect(approachOf(0, defaultApproaches)).toBeNull();
  });

  it("follows a configured map", () => {
    expect(approachOf(3, { ...defaultApproaches, C: "presentation" })).toBe("presentation");
  });
});
