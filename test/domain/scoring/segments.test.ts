/** Customer classification: every expected value below is worked out by hand from the inputs beside it. */
import type { SegmentInput } from "../../../src/domain/scoring/segments";
import { median, segmentTables } from "../../../src/domain/scoring/segments";
import type { CellValue } from "../../../src/domain/types";

function input(
  dimensions: SegmentInput["dimensions"],
  revenue: number[],
  currentRatio: number[] = revenue.map(() => NaN),
  netProfitMargin: number[] = revenue.map(() => NaN),
): SegmentInput {
  return {
    count: revenue.length,
    dimensions,
    revenue: Float64Array.from(revenue),
    currentRatio: Float64Array.from(currentRatio),
    netProfitMargin: Float64Array.from(netProfitMargin),
  };
}

describe("segmentTables", () => {
  it("groups spacing, full-width and case variants into one segment shown as first seen", () => {
    const cells: CellValue[] = ["民营企业", " 民营企业 ", "国有企业", "ＡＢＣ贸易", "abc贸易", 3, "３"];
    const [table] = segmentTables(input({ customerType: cells }, [100, 200, 1000, 50, 25, 7, 8]));
    // Total 100 + 200 + 1000 + 50 + 25 + 7 + 8 = 1390.
    expect(table?.revenue).toBe(1390);
    expect(table?.customers).toBe(7);
    expect(table?.rows.map((row) => [row.segment, row.customers, row.revenue])).toEqual([
      ["国有企业", 1, 1000],
      ["民营企业", 2, 300],
      ["ＡＢＣ贸易", 2, 75],
      ["3", 2, 15], // the number 3 and the full-width text "３" have the same text
    ]);
    expect(table?.rows.map((row) => row.share)).toEqual([1000 / 1390, 300 / 1390, 75 / 1390, 15 / 1390]);
  });

  it("puts blank, empty and whitespace-only cells in the unclassified row, listed last", () => {
    const cells: CellValue[] = ["", "泵", null, "\u3000", "  "];
    const [table] = segmentTables(input({ productCategory: cells }, [400, 10, 300, NaN, 200]));
    expect(table?.rows.map((row) => [row.segment, row.customers, row.revenue])).toEqual([
      ["泵", 1, 10],
      [null, 4, 900], // 400 + 300 + 200; the empty revenue counts the customer, not the money
    ]);
    expect(table?.rows[1]?.share).toBe(900 / 910);
  });

  it("counts customers beyond the end of a short column as unclassified", () => {
    const [table] = segmentTables(input({ service: ["安装"] }, [1, 2]));
    // The unclassified customer has more revenue (2 against 1) and is still listed last.
    expect(table?.rows.map((row) => [row.segment, row.customers, row.revenue])).toEqual([
      ["安装", 1, 1],
      [null, 1, 2],
    ]);
  });

  it("sorts by revenue, then by more customers, then by segment text", () => {
    const cells = ["Gamma", "Beta", "Beta", "Alpha", "Alpha", "Delta"];
    const [table] = segmentTables(input({ service: cells }, [100, 50, 50, 60, 40, 200]));
    expect(table?.rows.map((row) => [row.segment, row.customers, row.revenue])).toEqual([
      ["Delta", 1, 200],
      ["Alpha", 2, 100],
      ["Beta", 2, 100],
      ["Gamma", 1, 100],
    ]);
  });

  it("takes the medians of the present ratios: odd, even and none", () => {
    const cells = ["A", "A", "A", "B", "B", "B", "B", "C"];
    const cr = [1.2, 3, 2, 1, 4, NaN, 2, NaN];
    const npm = [0.1, NaN, 0.3, 0.05, 0.15, 0.1, 0.2, NaN];
    const revenue = [30, 20, 10, 5, 5, 5, 5, 1];
    const [table] = segmentTables(input({ productCategory: cells }, revenue, cr, npm));
    const medians = table?.rows.map((row) => [
      row.segment,
      row.medianCurrentRatio,
      row.medianNetProfitMargin,
    ]);
    expect(medians).toEqual([
      ["A", 2, 0.2], // ratios 1.2, 2, 3 → 2; margins 0.1, 0.3 → 0.2
      ["B", 2, 0.125], // ratios 1, 2, 4 → 2; margins 0.05, 0.1, 0.15, 0.2 → (0.1 + 0.15) / 2
      ["C", NaN, NaN],
    ]);
  });

  it("lists one table per dimension present, in the fixed order, and none for an absent one", () => {
    const tables = segmentTables(input({ service: ["x"], productCategory: ["y"] }, [1]));
    expect(tables.map((table) => table.dimension)).toEqual(["productCategory", "service"]);
    expect(segmentTables(input({}, [1]))).toEqual([]);
  });

  describe("edge cases", () => {
    it("gives NaN shares when the total revenue is 0, and a 0 revenue for a segment without any", () => {
      const [table] = segmentTables(input({ customerType: ["经销商", "外资企业"] }, [NaN, 0]));
      expect(table?.revenue).toBe(0);
      expect(table?.rows.map((row) => [row.segment, row.revenue, row.share])).toEqual([
        ["外资企业", 0, NaN], // tie at 0 revenue and 1 customer: by text, 外 (U+5916) before 经 (U+7ECF)
        ["经销商", 0, NaN],
      ]);
    });

    it("keeps sums to the cent by adding in customer order without rounding", () => {
      const [table] = segmentTables(input({ service: ["维修", "维修", "维修"] }, [1234567.89, 0.01, 0.1]));
      expect(table?.rows[0]?.revenue).toBe(1234567.89 + 0.01 + 0.1);
      expect(Math.round((table?.revenue ?? 0) * 100)).toBe(123456800);
    });

    it("handles no customers, and booleans as their text", () => {
      expect(segmentTables(input({ service: [] }, []))).toEqual([
        { dimension: "service", rows: [], customers: 0, revenue: 0 },
      ]);
      const [table] = segmentTables(input({ service: [true, "true", false] }, [1, 2, 3]));
      expect(table?.rows.map((row) => [row.segment, row.customers])).toEqual([
        ["TRUE", 2],
        ["FALSE", 1],
      ]);
    });

    it("classifies 100 000 customers into the right counts", () => {
      const count = 100_000;
      const kinds = ["国有企业", "民营企业 ", "外资企业", "经销商", ""];
      const cells = Array.from({ length: count }, (_, i) => kinds[i % 5] ?? null);
      const revenue = Array.from({ length: count }, (_, i) => (i % 5) + 1);
      const [table] = segmentTables(input({ customerType: cells }, revenue));
      // Each kind has 20 000 customers of revenue (index mod 5) + 1: 经销商 4 × 20 000 = 80 000 first.
      expect(table?.rows.map((row) => [row.segment, row.customers, row.revenue])).toEqual([
        ["经销商", 20_000, 80_000],
        ["外资企业", 20_000, 60_000],
        ["民营企业", 20_000, 40_000],
        ["国有企业", 20_000, 20_000],
        [null, 20_000, 100_000],
      ]);
    });
  });
});

describe("median", () => {
  it("is the middle value, the mean of the two middle ones, or NaN", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([3, 1, 4, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
