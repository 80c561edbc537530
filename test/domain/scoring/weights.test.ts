import fc from "fast-check";
import { normaliseWeights, rescaleWeights } from "../../../src/domain/scoring/weights";

describe("normaliseWeights", () => {
  it("accepts weights summing to 1 within 0.001 and returns them unchanged", () => {
    expect(normaliseWeights([0.4, 0.3, 0.3])).toEqual({ weights: [0.4, 0.3, 0.3], issues: [] });
    expect(normaliseWeights([0.333, 0.333, 0.333])).toEqual({ weights: [0.333, 0.333, 0.333], issues: [] });
  });

  it("returns an issue instead of rescaling when the sum is off by more than 0.001", () => {
    expect(normaliseWeights([0.4, 0.4, 0.3])).toEqual({
      weights: [0.4, 0.4, 0.3],
      issues: [{ code: "weights.sumNotOne", params: { sum: 1.1 } }],
    });
    expect(normaliseWeights([0.33, 0.33, 0.33]).issues).toEqual([
      { code: "weights.sumNotOne", params: { sum: 0.99 } },
    ]);
  });
});

describe("rescaleWeights", () => {
  it("divides each weight by the sum", () => {
    expect(rescaleWeights([2, 1, 1])).toEqual([0.5, 0.25, 0.25]);
  });

  it("gives weights that normaliseWeights accepts, in the same proportions", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 8 }), (raw) => {
        const scaled = rescaleWeights(raw) ?? [];
        expect(normaliseWeights(scaled).issues).toEqual([]);
        scaled.forEach((w, i) => expect(w / (scaled[0] ?? 1)).toBeCloseTo((raw[i] ?? 0) / (raw[0] ?? 1), 9));
      }),
    );
  });
});

describe("edge cases", () => {
  it("flags a negative weight instead of the sum", () => {
    expect(normaliseWeights([1.2, -0.2]).issues).toEqual([
      { code: "weights.negative", params: { index: 2, value: -0.2 } },
    ]);
  });

  it("cannot rescale all-zero or negative weights", () => {
    expect(rescaleWeights([0, 0])).toBeNull();
    expect(rescaleWeights([1, -1])).toBeNull();
    expect(rescaleWeights([])).toBeNull();
  });
});
