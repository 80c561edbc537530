import { purchaseInfluenceColumns } from "../../../src/domain/scoring/purchaseInfluence";
import type { FactorColumn } from "../../../src/domain/scoring/ratingColumn";
import type { Issue } from "../../../src/domain/types";

const weights = { cost: 0.4, technology: 0.3, policy: 0.3 };
const factor = (
  scores: number[],
  rowIssues: [number, Issue[]][] = [],
  issues: Issue[] = [],
): FactorColumn => ({
  score: Float64Array.from(scores),
  rowIssues: new Map(rowIssues),
  issues,
});

describe("purchaseInfluenceColumns", () => {
  it("weights the three factors 0.4 / 0.3 / 0.3 (by hand: 0.4×100 + 0.3×75 + 0.3×50 = 77.5)", () => {
    const result = purchaseInfluenceColumns(
      { cost: factor([100]), technology: factor([75]), policy: factor([50]) },
      weights,
    );
    expect(result.score[0]).toBeCloseTo(77.5, 12);
    expect(result.coverage[0]).toBeCloseTo(1, 12);
  });

  it("renormalises over the factors present (by hand: (0.4×80 + 0.3×50) ÷ 0.7 = 67.14), empty when none is", () => {
    const nan = Number.NaN;
    const result = purchaseInfluenceColumns(
      { cost: factor([80, nan]), technology: factor([nan, nan]), policy: factor([50, nan]) },
      weights,
    );
    expect(result.score[0]).toBeCloseTo(47 / 0.7, 12);
    expect(result.coverage[0]).toBeCloseTo(0.7, 12);
    expect(result.score[1]).toBeNaN();
    expect(result.coverage[1]).toBe(0);
  });

  it("merges the factors' row issues and passes on their column issues", () => {
    const bad: Issue = { code: "rating.notRating", field: "technicalFit", params: { value: "高" } };
    const worse: Issue = {
      code: "rating.outOfRange",
      field: "policyRating",
      params: { value: "9", min: 1, max: 5 },
    };
    const missing: Issue = { code: "source.missingField", field: "costRating" };
    const result = purchaseInfluenceColumns(
      {
        cost: factor([Number.NaN], [], [missing]),
        technology: factor([Number.NaN], [[0, [bad]]]),
        policy: factor([Number.NaN], [[0, [worse]]]),
      },
      weights,
    );
    expect(result.rowIssues.get(0)).toEqual([bad, worse]);
    expect(result.issues).toEqual([missing]);
  });
});
