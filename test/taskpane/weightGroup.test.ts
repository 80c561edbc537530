import { setWeight, settleWeights, weightSum } from "../../src/taskpane/weightGroup";

// Expected values worked by hand: the others share 1 − v in proportion to their old weights, rounded to three
// decimals, the last taking the remainder.
describe("setWeight", () => {
  it("rescales the others proportionally so that the group adds up to 1", () => {
    expect(setWeight([0.4, 0.3, 0.3], 0, 0.5)).toEqual([0.5, 0.25, 0.25]);
    // 0.4 left, 0.4 : 0.3 → 0.2286 → 0.229, and 0.4 − 0.229 = 0.171.
    expect(setWeight([0.4, 0.3, 0.3], 1, 0.6)).toEqual([0.229, 0.6, 0.171]);
  });

  it("clamps the weight to 0–1 and shares the rest equally when the others are all 0", () => {
    expect(setWeight([0.4, 0.3, 0.3], 2, 1.7)).toEqual([0, 0, 1]);
    expect(setWeight([0.4, 0.3, 0.3], 0, -1)).toEqual([0, 0.5, 0.5]);
    expect(setWeight([1, 0, 0], 0, 0.6)).toEqual([0.6, 0.2, 0.2]);
  });

  describe("edge cases", () => {
    it("sums to exactly 1 in thousandths for every weight and value on a 0.001 grid", () => {
      for (let v = 0; v <= 1000; v += 7) {
        for (const start of [
          [0.4, 0.3, 0.3],
          [0.333, 0.333, 0.334],
          [0, 0, 1],
          [0.1007, 0.2255, 0.6738],
        ]) {
          const next = setWeight(start, v % 3, v / 1000);
          expect(Math.round(next.reduce((s, w) => s + w, 0) * 1000)).toBe(1000);
          expect(next.every((w) => w >= 0)).toBe(true);
        }
      }
    });
  });
});

describe("settleWeights", () => {
  it("rescales to 1 at three decimals, the last taking the remainder", () => {
    expect(settleWeights([0.2, 0.2, 0.2])).toEqual([0.333, 0.333, 0.334]);
    // Saaty's eigenvector example (ahp.ts): 0.1007, 0.2255 → 0.101, 0.226 (0.2255 rounds up), 1 − 0.327 = 0.673.
    expect(settleWeights([0.1007, 0.2255, 0.6738])).toEqual([0.101, 0.226, 0.673]);
    expect(weightSum([0.101, 0.226, 0.673])).toBe(1);
  });
});
