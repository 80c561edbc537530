import fc from "fast-check";
import {
  financialHealth,
  financialHealthColumns,
  missingRatios,
} from "../../../src/domain/scoring/financialHealth";
import { defaultHealthConfig } from "../../../src/domain/scoring/healthBands";
import { ratioKeys, type RatioKey } from "../../../src/domain/ratios";

const config = defaultHealthConfig;
const columns = (rows: Partial<Record<RatioKey, number>>[]): Record<RatioKey, Float64Array> =>
  Object.fromEntries(
    ratioKeys.map((key) => [key, Float64Array.from(rows, (row) => row[key] ?? Number.NaN)]),
  ) as Record<RatioKey, Float64Array>;

describe("financialHealth", () => {
  it("is 100 for a customer strong on every ratio", () => {
    const strong = {
      currentRatio: 2.5,
      currentAssetRatio: 0.7,
      netProfitMargin: 0.25,
      returnOnAssets: 0.3,
      collectionDays: 20,
      inventoryDays: 30,
    };
    const health = financialHealth(strong, config);
    expect(health.score).toBeCloseTo(100, 10);
    expect(health).toMatchObject({ missing: [], issues: [] });
    expect(health.confidence).toBeCloseTo(1, 12);
  });

  it("weights the band scores (by hand: 0.25×70 + 0.1×40 + 0.2×40 + 0.15×70 + 0.2×60 + 0.1×40 = 56)", () => {
    const values = {
      currentRatio: 1.5,
      currentAssetRatio: 0.4,
      netProfitMargin: 0.05,
      returnOnAssets: 0.05,
      collectionDays: 60,
      inventoryDays: 120,
    };
    const health = financialHealth(values, config);
    expect(health.score).toBeCloseTo(56, 10);
    expect(health.confidence).toBeCloseTo(1, 12);
  });

  it("renormalises over the ratios present and lists the missing ones (by hand: (0.25×70 + 0.2×70) ÷ 0.45 = 70)", () => {
    const health = financialHealth({ currentRatio: 1.5, collectionDays: 45, inventoryDays: null }, config);
    expect(health.score).toBeCloseTo(70, 10);
    expect(health.confidence).toBeCloseTo(0.45, 12);
    expect(health.missing).toEqual([
      "currentAssetRatio",
      "netProfitMargin",
      "returnOnAssets",
      "inventoryDays",
    ]);
    expect(health.issues).toEqual([]);
  });

  it("does not count a missing ratio as zero (a weak ratio present lowers the score, a missing one does not)", () => {
    const without = financialHealth({ currentRatio: 2 }, config).score;
    const withWeak = financialHealth({ currentRatio: 2, netProfitMargin: -0.1 }, config).score;
    expect(without).toBe(100);
    expect(withWeak).toBeCloseTo((0.25 * 100) / 0.45, 10); // 55.6: the loss-making margin scores 0
  });

  describe("edge cases", () => {
    it("is empty with one issue for a customer without ratios", () => {
      const health = financialHealth({}, config);
      expect(health.score).toBeNaN();
      expect(health.confidence).toBe(0);
      expect(health.missing).toEqual(ratioKeys);
      expect(health.issues).toEqual([{ code: "health.noRatios" }]);
    });

    it("is empty when only ratios of weight 0 are present", () => {
      const weights = { ...config.weights, inventoryDays: 0, currentRatio: 0.35 };
      expect(financialHealth({ inventoryDays: 30 }, { ...config, weights }).score).toBeNaN();
    });
  });
});

describe("financialHealthColumns", () => {
  it("scores every customer, locating the issue of the one without ratios", () => {
    const result = financialHealthColumns(
      columns([{ currentRatio: 2 }, {}, { collectionDays: 90 }]),
      config,
      (i) => ({ sheet: "客户", cell: `A${i + 2}` }),
    );
    expect(Array.from(result.score)).toEqual([100, Number.NaN, 40]);
    expect(Array.from(result.confidence, (c) => Number(c.toFixed(12)))).toEqual([0.25, 0, 0.2]);
    expect(missingRatios(result.missing[1] ?? 0)).toEqual(ratioKeys);
    expect([...result.rowIssues]).toEqual([[1, [{ code: "health.noRatios", sheet: "客户", cell: "A3" }]]]);
  });

  it("treats NaN and infinite ratios as missing", () => {
    const result = financialHealthColumns(
      columns([{ currentRatio: Number.POSITIVE_INFINITY, collectionDays: 30 }]),
      config,
    );
    expect(result.score[0]).toBe(100);
    expect(missingRatios(result.missing[0] ?? 0)).toContain("currentRatio");
  });
});

describe("missingRatios", () => {
  it("names the bits of a mask in block order", () => {
    expect(missingRatios(0)).toEqual([]);
    expect(missingRatios(0b100001)).toEqual(["currentRatio", "inventoryDays"]);
  });
});

describe("financialHealth properties", () => {
  const ratio = fc.option(fc.double({ min: -5, max: 400, noNaN: true }), { nil: null });
  const customer = fc.record(
    Object.fromEntries(ratioKeys.map((k) => [k, ratio])) as Record<RatioKey, typeof ratio>,
  );

  it("scores within 0–100 with confidence within 0–1", () => {
    fc.assert(
      fc.property(customer, (values) => {
        const health = financialHealth(values, config);
        if (Number.isNaN(health.score)) return expect(health.missing).toEqual(ratioKeys);
        expect(health.score).toBeGreaterThanOrEqual(0);
        expect(health.score).toBeLessThanOrEqual(100 + 1e-9);
        expect(health.confidence).toBeGreaterThan(0);
        expect(health.confidence).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it("never falls when one ratio moves in its better direction", () => {
    fc.assert(
      fc.property(
        customer,
        fc.constantFrom(...ratioKeys),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (values, key, step) => {
          const value = values[key];
          if (value === null) return;
          const better = config.bands[key].direction === "higher" ? value + step : value - step;
          const before = financialHealth(values, config).score;
          expect(financialHealth({ ...values, [key]: better }, config).score).toBeGreaterThanOrEqual(
            before - 1e-9,
          );
        },
      ),
    );
  });
});
