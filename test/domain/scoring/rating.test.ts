import fc from "fast-check";
import { parseRating, ratingScore } from "../../../src/domain/scoring/rating";
import { ratingColumn } from "../../../src/domain/scoring/ratingColumn";

describe("parseRating", () => {
  it("reads numbers 1–5, numeric text, full-width digits and one Chinese numeral", () => {
    expect(parseRating(1)).toEqual({ kind: "rating", value: 1 });
    expect(parseRating(5)).toEqual({ kind: "rating", value: 5 });
    expect(parseRating(3.5)).toEqual({ kind: "rating", value: 3.5 });
    expect(parseRating(" 3 ")).toEqual({ kind: "rating", value: 3 });
    expect(parseRating("４")).toEqual({ kind: "rating", value: 4 });
    expect(parseRating("三")).toEqual({ kind: "rating", value: 3 });
  });

  it("leaves blank cells and placeholders unrated, without an issue", () => {
    for (const raw of [null, "", "  ", "-", "N/A", "待补充"])
      expect(parseRating(raw)).toEqual({ kind: "blank" });
  });

  it("refuses a number outside 1–5", () => {
    expect(parseRating(0)).toEqual({ kind: "invalid", code: "rating.outOfRange", text: "0" });
    expect(parseRating(6)).toEqual({ kind: "invalid", code: "rating.outOfRange", text: "6" });
    expect(parseRating("5.01")).toEqual({ kind: "invalid", code: "rating.outOfRange", text: "5.01" });
    expect(parseRating(0.999)).toMatchObject({ code: "rating.outOfRange" });
  });

  it("refuses text, percents, magnitudes and booleans", () => {
    expect(parseRating("高")).toEqual({ kind: "invalid", code: "rating.notRating", text: "高" });
    expect(parseRating("good")).toEqual({ kind: "invalid", code: "rating.notRating", text: "good" });
    expect(parseRating("3%")).toMatchObject({ code: "rating.notRating" });
    expect(parseRating("3万")).toMatchObject({ code: "rating.notRating" });
    expect(parseRating(true)).toEqual({ kind: "invalid", code: "rating.notRating", text: "TRUE" });
  });

  it("reports an error value as such", () => {
    expect(parseRating("#N/A")).toEqual({ kind: "invalid", code: "cell.errorValue", text: "#N/A" });
  });
});

describe("ratingScore", () => {
  it("maps 1…5 to 0, 25, 50, 75, 100, or the reverse for a harder-when-higher rating", () => {
    expect([1, 2, 3, 4, 5].map((r) => ratingScore(r, "higherIsEasier"))).toEqual([0, 25, 50, 75, 100]);
    expect([1, 2, 3, 4, 5].map((r) => ratingScore(r, "higherIsHarder"))).toEqual([100, 75, 50, 25, 0]);
    expect(ratingScore(3.5, "higherIsEasier")).toBe(62.5);
  });

  it("stays within 0–100 for any rating 1–5", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, noNaN: true }), (r) => {
        const s = ratingScore(r, "higherIsEasier");
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100);
        expect(ratingScore(r, "higherIsHarder")).toBeCloseTo(100 - s, 9);
      }),
    );
  });
});

describe("ratingColumn", () => {
  const locate = (i: number, field: string | undefined) => ({
    sheet: "客户",
    cell: `${field === "technicalFit" ? "K" : "?"}${i + 2}`,
  });

  it("scores each customer and locates one issue per bad cell", () => {
    const result = ratingColumn([5, "1", "", "三", 6, "高"], 6, "technicalFit", "higherIsEasier", locate);
    expect(Array.from(result.score)).toEqual([100, 0, Number.NaN, 50, Number.NaN, Number.NaN]);
    expect([...result.rowIssues]).toEqual([
      [
        4,
        [
          {
            code: "rating.outOfRange",
            sheet: "客户",
            cell: "K6",
            field: "technicalFit",
            params: { value: "6", min: 1, max: 5 },
          },
        ],
      ],
      [
        5,
        [
          {
            code: "rating.notRating",
            sheet: "客户",
            cell: "K7",
            field: "technicalFit",
            params: { value: "高" },
          },
        ],
      ],
    ]);
    expect(result.issues).toEqual([]);
  });

  describe("edge cases", () => {
    it("gives a missing column an empty factor and one issue, not one per customer", () => {
      const result = ratingColumn(undefined, 3, "policyRating", "higherIsEasier", locate);
      expect(Array.from(result.score)).toEqual([Number.NaN, Number.NaN, Number.NaN]);
      expect(result.rowIssues.size).toBe(0);
      expect(result.issues).toEqual([{ code: "source.missingField", field: "policyRating" }]);
    });

    it("treats cells past the end of a short column as blank", () => {
      expect(Array.from(ratingColumn([4], 2, "technicalFit", "higherIsEasier").score)).toEqual([
        75,
        Number.NaN,
      ]);
    });
  });
});
