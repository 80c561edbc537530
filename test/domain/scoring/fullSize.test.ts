import { ratioKeys, type RatioKey } from "../../../src/domain/ratios";
import { costFactorColumns, defaultCostConfig } from "../../../src/domain/scoring/costFactor";
import { financialHealthColumns } from "../../../src/domain/scoring/financialHealth";
import { defaultHealthConfig } from "../../../src/domain/scoring/healthBands";
import { priorityColumns } from "../../../src/domain/scoring/priority";
import { purchaseInfluenceColumns } from "../../../src/domain/scoring/purchaseInfluence";
import { ratingColumn } from "../../../src/domain/scoring/ratingColumn";
import { defaultScoreSettings } from "../../../src/domain/scoring/scoreSettings";
import { tierColumn } from "../../../src/domain/scoring/tiers";

describe("the score engine on 100 000 customers", () => {
  // Speed belongs in benchmarks, not in timed tests: this holds the whole pipeline to its results at full size.
  it("scores, ranks and tiers them all, with one issue for the missing policy column", () => {
    const n = 100_000;
    // A fixed pseudo-random sequence, so the run is the same every time.
    let seed = 7;
    const next = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const ratios = Object.fromEntries(
      ratioKeys.map((key) => [
        key,
        Float64Array.from({ length: n }, () => (next() < 0.05 ? Number.NaN : next() * 3)),
      ]),
    ) as Record<RatioKey, Float64Array>;
    const ratings = Array.from({ length: n }, () => (next() < 0.1 ? "" : String(1 + Math.floor(next() * 5))));
    const revenue = Float64Array.from({ length: n }, () => 1e6 * (1 + next() * 100));
    const orders = Float64Array.from({ length: n }, () => 1e5 * next());
    const health = financialHealthColumns(ratios, defaultHealthConfig);
    const cost = costFactorColumns(
      { count: n, rating: ratings, expectedOrderValue: orders, revenue },
      defaultCostConfig,
    );
    const technology = ratingColumn(ratings, n, "technicalFit", "higherIsEasier");
    const policy = ratingColumn(undefined, n, "policyRating", "higherIsEasier");
    const influence = purchaseInfluenceColumns(
      { cost, technology, policy },
      defaultScoreSettings.influenceWeights,
    );
    const priority = priorityColumns(
      { health: health.score, influence: influence.score, accountValue: revenue },
      defaultScoreSettings.priorityWeights,
    );
    const tiers = tierColumn(priority.score, defaultScoreSettings.tiers);
    expect(tiers.filter((t) => t === 1).length).toBeGreaterThanOrEqual(20_000);
    expect(influence.issues).toEqual([{ code: "source.missingField", field: "policyRating" }]);
  });
});
