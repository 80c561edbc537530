import fc from "fast-check";
import { ahpWeights, randomIndex } from "../../../src/domain/scoring/ahp";
import { pairwiseFromJudgements, pairwiseIssues } from "../../../src/domain/scoring/ahpMatrix";

/** a_ij = w_i / w_j: perfectly consistent, λmax = n. */
const consistent = (w: readonly number[]): number[][] => w.map((wi) => w.map((wj) => wi / wj));

describe("ahpWeights", () => {
  // Worked example: Rich Chih Lee, "Analytical Hierarchy Process Example" (restaurant criteria: price level,
  // interior decoration, kinds of dishes), https://sites.google.com/site/richchihlee/portal/mis-research/analytical-hierarchy-process
  // Published: weights 0.1007, 0.2255, 0.6738; λmax 3.0858; C.I. 0.0429; C.R. 0.0739 (RI(3) = 0.58).
  // For n = 3 the geometric-mean weights are the principal eigenvector, so both methods reproduce the figures.
  const restaurant = [
    [1, 1 / 3, 1 / 5],
    [3, 1, 1 / 4],
    [5, 4, 1],
  ];

  it.each(["eigenvector", "geometricMean"] as const)(
    "reproduces the published weights, λmax, CI and CR of a worked example (%s)",
    (method) => {
      const { value, issues } = ahpWeights(restaurant, method);
      expect(issues).toEqual([]);
      const [a, b, c] = value?.weights ?? [];
      expect(a).toBeCloseTo(0.1007, 4);
      expect(b).toBeCloseTo(0.2255, 4);
      expect(c).toBeCloseTo(0.6738, 4);
      expect(value?.lambdaMax).toBeCloseTo(3.0858, 4);
      expect(value?.ci).toBeCloseTo(0.0429, 4);
      expect(value?.cr).toBeCloseTo(0.0739, 4);
    },
  );

  it("gives CR = 0 and the exact weights for a perfectly consistent matrix", () => {
    // Worked by hand: weights 0.5, 0.3, 0.2 give a12 = 5/3, a13 = 2.5, a23 = 1.5; A w = 3 w, so λmax = 3.
    const { value, issues } = ahpWeights(pairwiseFromJudgements(5 / 3, 2.5, 1.5), "eigenvector");
    expect(issues).toEqual([]);
    expect(value?.weights.map((w) => Number(w.toFixed(12)))).toEqual([0.5, 0.3, 0.2]);
    expect(value?.lambdaMax).toBeCloseTo(3, 12);
    expect(value?.cr).toBeCloseTo(0, 12);
  });

  it("warns when CR ≥ 0.1: a circular judgement 1 ≫ 2 ≫ 3 ≫ 1", () => {
    // Worked by hand: the matrix is circulant, so w = (1/3, 1/3, 1/3) and λmax = 1 + 9 + 1/9 = 10.111…;
    // CI = (10.111 − 3) ÷ 2 = 3.5556; CR = 3.5556 ÷ 0.58 = 6.130.
    const { value, issues } = ahpWeights(pairwiseFromJudgements(9, 1 / 9, 9), "eigenvector");
    expect(value?.weights.map((w) => Number(w.toFixed(9)))).toEqual([0.333333333, 0.333333333, 0.333333333]);
    expect(value?.lambdaMax).toBeCloseTo(10.1111, 4);
    expect(value?.cr).toBeCloseTo(6.13, 2);
    expect(issues).toEqual([{ code: "ahp.inconsistent", params: { cr: 6.13 } }]);
  });

  it("recovers the weights behind any consistent matrix with either method", () => {
    const weight = fc.integer({ min: 1, max: 9 });
    fc.assert(
      fc.property(fc.array(weight, { minLength: 2, maxLength: 6 }), (raw) => {
        const total = raw.reduce((s, x) => s + x, 0);
        const w = raw.map((x) => x / total);
        for (const method of ["eigenvector", "geometricMean"] as const) {
          const { value, issues } = ahpWeights(consistent(w), method);
          expect(issues).toEqual([]);
          value?.weights.forEach((x, i) => expect(x).toBeCloseTo(w[i] ?? NaN, 9));
          expect(value?.cr).toBeCloseTo(0, 9);
        }
      }),
    );
  });

  it("uses Saaty's random index table", () => {
    expect(randomIndex).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]);
  });
});

describe("pairwiseIssues", () => {
  it("locates a value off the Saaty scale, a non-positive value and a broken reciprocal", () => {
    expect(
      pairwiseIssues([
        [1, 12],
        [1 / 12, 1],
      ]).map((i) => [i.code, i.params?.row, i.params?.column]),
    ).toEqual([
      ["ahp.outOfScale", 1, 2],
      ["ahp.outOfScale", 2, 1],
    ]);
    expect(
      pairwiseIssues([
        [1, 0],
        [2, 1],
      ]),
    ).toEqual([{ code: "ahp.notPositive", params: { row: 1, column: 2, value: 0 } }]);
    expect(
      pairwiseIssues([
        [1, 3],
        [3, 1],
      ]),
    ).toEqual([{ code: "ahp.notReciprocal", params: { row: 2, column: 1, value: 3, expected: 1 / 3 } }]);
  });

  it("accepts 0.33 typed for 1/3 (within the 1 % reciprocal tolerance)", () => {
    expect(
      pairwiseIssues([
        [1, 3],
        [0.33, 1],
      ]),
    ).toEqual([]);
  });
});

describe("edge cases", () => {
  it("refuses a 1×1 or ragged matrix and returns no weights", () => {
    expect(ahpWeights([[1]], "eigenvector")).toEqual({
      value: null,
      issues: [{ code: "ahp.tooSmall", params: { size: 1 } }],
    });
    expect(ahpWeights([[1, 2], [0.5]], "geometricMean").issues).toEqual([
      { code: "ahp.notSquare", params: { row: 2, length: 1, size: 2 } },
    ]);
  });

  it("refuses a diagonal other than 1", () => {
    expect(
      pairwiseIssues([
        [2, 1],
        [1, 1],
      ])[0],
    ).toMatchObject({ code: "ahp.notReciprocal", params: { row: 1, column: 1 } });
  });

  it("gives CR = 0 for any valid 2×2 matrix (RI(2) = 0)", () => {
    const { value } = ahpWeights(
      [
        [1, 4],
        [1 / 4, 1],
      ],
      "eigenvector",
    );
    expect(value?.weights[0]).toBeCloseTo(0.8, 12);
    expect(value?.cr).toBe(0);
  });
});
