import fc from "fast-check";
import { bandScore, bandsProblem, type BandSpec } from "../../../src/domain/scoring/bands";
import { defaultHealthBands } from "../../../src/domain/scoring/healthBands";

const current = defaultHealthBands.currentRatio; // 0.5→0, 1→40, 1.5→70, 2→100
const collection = defaultHealthBands.collectionDays; // 30→100, 45→70, 90→40, 180→0

describe("bandScore", () => {
  it("gives each point's own score at every boundary of a higher-is-better band", () => {
    expect([0.5, 1, 1.5, 2].map((v) => bandScore(v, current))).toEqual([0, 40, 70, 100]);
  });

  it("interpolates between the points (by hand: 40 + 0.25 ÷ 0.5 × 30 = 55)", () => {
    expect(bandScore(1.25, current)).toBeCloseTo(55, 12);
    expect(bandScore(0.75, current)).toBeCloseTo(20, 12); // 0 + 0.25 ÷ 0.5 × 40
  });

  it("clamps below the first point and above the last", () => {
    expect(bandScore(-3, current)).toBe(0);
    expect(bandScore(0.4999, current)).toBe(0);
    expect(bandScore(2.0001, current)).toBe(100);
    expect(bandScore(1e9, current)).toBe(100);
  });

  it("scores a lower-is-better band at every boundary and between", () => {
    expect([30, 45, 90, 180].map((v) => bandScore(v, collection))).toEqual([100, 70, 40, 0]);
    expect(bandScore(60, collection)).toBeCloseTo(60, 12); // 70 − 15 ÷ 45 × 30
    expect(bandScore(135, collection)).toBeCloseTo(20, 12); // 40 − 45 ÷ 90 × 40
    expect(bandScore(0, collection)).toBe(100);
    expect(bandScore(400, collection)).toBe(0);
  });

  it("scores every default band at each of its points", () => {
    for (const bands of Object.values(defaultHealthBands)) {
      for (const point of bands.points) expect(bandScore(point.at, bands)).toBe(point.score);
      expect(bandsProblem(bands)).toBeNull();
    }
  });

  describe("edge cases", () => {
    it("is empty for NaN and for a band without points", () => {
      expect(bandScore(Number.NaN, current)).toBeNaN();
      expect(bandScore(1, { direction: "higher", points: [] })).toBeNaN();
    });

    it("gives a one-point band's score everywhere", () => {
      const one: BandSpec = { direction: "higher", points: [{ at: 1, score: 60 }] };
      expect([0, 1, 2].map((v) => bandScore(v, one))).toEqual([60, 60, 60]);
    });
  });
});

describe("bandsProblem", () => {
  it("refuses an empty band, unordered points, scores outside 0–100 and scores against the direction", () => {
    expect(bandsProblem({ direction: "higher", points: [] })).toBe("bands.empty");
    const p = (at: number, score: number) => ({ at, score });
    expect(bandsProblem({ direction: "higher", points: [p(2, 40), p(1, 100)] })).toBe("bands.notAscending");
    expect(bandsProblem({ direction: "higher", points: [p(1, 40), p(1, 100)] })).toBe("bands.notAscending");
    expect(bandsProblem({ direction: "higher", points: [p(Number.NaN, 40)] })).toBe("bands.notAscending");
    expect(bandsProblem({ direction: "higher", points: [p(1, 40), p(2, 101)] })).toBe(
      "bands.scoreOutOfRange",
    );
    expect(bandsProblem({ direction: "higher", points: [p(1, -1)] })).toBe("bands.scoreOutOfRange");
    expect(bandsProblem({ direction: "lower", points: [p(30, 40), p(60, 100)] })).toBe(
      "bands.againstDirection",
    );
    expect(bandsProblem({ direction: "higher", points: [p(1, 100), p(2, 40)] })).toBe(
      "bands.againstDirection",
    );
    expect(bandsProblem({ direction: "lower", points: [p(30, 100), p(60, 100)] })).toBeNull();
  });
});

/** Valid random bands: ascending `at`, scores sorted in the band's direction. */
const validBands = fc
  .tuple(
    fc.constantFrom<"higher" | "lower">("higher", "lower"),
    fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 6 }),
    fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 6, maxLength: 6 }),
  )
  .map(([direction, ats, scores]): BandSpec => {
    const at = [...ats].sort((a, b) => a - b);
    const sorted = scores.slice(0, at.length).sort((a, b) => (direction === "higher" ? a - b : b - a));
    return { direction, points: at.map((x, i) => ({ at: x / 10, score: sorted[i] ?? 0 })) };
  });

describe("bandScore properties", () => {
  it("always scores within 0–100 and never falls when the value moves in the better direction", () => {
    const value = fc.double({ min: -200, max: 200, noNaN: true });
    fc.assert(
      fc.property(validBands, value, value, (bands, a, b) => {
        expect(bandsProblem(bands)).toBeNull();
        const [worse, better] =
          bands.direction === "higher" ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
        const s = bandScore(worse, bands);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100);
        expect(bandScore(better, bands)).toBeGreaterThanOrEqual(s - 1e-9);
      }),
    );
  });
});
