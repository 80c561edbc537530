import { defaultAssumptions } from "../../src/jobs/forecast/assumptions";
import { assumptionChanges, checkEntry, entriesOf, entryText } from "../../src/taskpane/assumptionDraft";
import { chartGeometry, labelledMonths } from "../../src/taskpane/forecastChart";

describe("assumptionDraft", () => {
  it("shows ratios in percent without binary noise and other units as they stand", () => {
    // 0.0435 × 100 = 4.3500000000000005 in binary floating point.
    expect(entryText("interestRate", 0.0435)).toBe("4.35");
    expect(entryText("riskB", 0.2)).toBe("0.2");
    expect(entryText("personnelCost", 30000)).toBe("30000");
  });

  it("reads an entry back within its bounds, ignoring separators and a trailing %", () => {
    expect(checkEntry("grossMargin", "30 %")).toEqual({ ok: true, value: 0.3 });
    expect(checkEntry("interestRate", "4.35")).toEqual({ ok: true, value: 0.0435 });
    expect(checkEntry("personnelCost", "45,000")).toEqual({ ok: true, value: 45000 });
    expect(checkEntry("valueThreshold", "-2000")).toEqual({ ok: true, value: -2000 });
  });

  it("sends only the changed assumptions, and none while an entry is invalid", () => {
    const entries = entriesOf(defaultAssumptions);
    expect(assumptionChanges(defaultAssumptions, entries)).toEqual({});
    expect(
      assumptionChanges(defaultAssumptions, { ...entries, grossMargin: "30", visitsPerYear: "24" }),
    ).toEqual({
      grossMargin: 0.3,
      visitsPerYear: 24,
    });
    expect(assumptionChanges(defaultAssumptions, { ...entries, riskA: "1.5" })).toBeNull();
  });

  describe("edge cases", () => {
    it("refuses blank, text and out-of-range entries with the bounds in the units shown", () => {
      expect(checkEntry("grossMargin", "")).toEqual({ ok: false, min: 0, max: 100 });
      expect(checkEntry("grossMargin", "abc")).toEqual({ ok: false, min: 0, max: 100 });
      expect(checkEntry("inventoryDays", "731")).toEqual({ ok: false, min: 0, max: 730 });
    });
  });
});

describe("forecastChart", () => {
  const box = { width: 100, height: 60, left: 0, right: 0, top: 0, bottom: 10 };

  it("scales from 0 to the largest value drawn and joins the forecast to the last history month", () => {
    // Three slots 0, 50, 100 wide; plot height 50, max 20: y = 50 × (1 − v / 20).
    const geometry = chartGeometry({ history: [0, 10], forecast: [10], low80: [5], high80: [20] }, box);
    expect(geometry.max).toBe(20);
    expect(geometry.history).toBe("M 0.0 50.0 L 50.0 25.0");
    expect(geometry.forecast).toBe("M 50.0 25.0 L 100.0 25.0");
    expect(geometry.band).toBe("M 100.0 0.0 L 100.0 37.5 Z");
  });

  it("labels at most the count asked, always the first forecast month", () => {
    expect(labelledMonths(36, 24, 4)).toEqual([6, 15, 24, 33]);
    expect(labelledMonths(12, 0, 4)).toEqual([0, 3, 6, 9]);
    expect(labelledMonths(3, 2, 4)).toEqual([0, 1, 2]);
  });
});
