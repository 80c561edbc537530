import {
  collectionDays,
  currentAssetRatio,
  currentRatio,
  inventoryDays,
  netProfitMargin,
  ratioDenominator,
  ratioKeys,
  returnOnAssets,
} from "../../src/domain/ratios";

describe("ratioKeys", () => {
  it("lists the six ratios in block order", () => {
    expect(ratioKeys).toEqual([
      "currentRatio",
      "currentAssetRatio",
      "netProfitMargin",
      "returnOnAssets",
      "collectionDays",
      "inventoryDays",
    ]);
  });

  it("names the denominator field of each ratio", () => {
    expect(ratioDenominator).toEqual({
      currentRatio: "currentLiabilities",
      currentAssetRatio: "totalAssets",
      netProfitMargin: "revenue",
      returnOnAssets: "totalAssets",
      collectionDays: "revenue",
      inventoryDays: "costOfSales",
    });
  });
});

describe("currentRatio", () => {
  it("divides current assets by current liabilities", () => {
    expect(currentRatio(1200, 800)).toBe(1.5); // worked by hand: 1200 / 800 = 1.5
  });
});

describe("currentAssetRatio", () => {
  it("divides current assets by total assets", () => {
    expect(currentAssetRatio(1200, 3000)).toBeCloseTo(0.4, 12); // 1200 / 3000 = 0.4
  });
});

describe("netProfitMargin", () => {
  it("divides net profit by revenue, keeping losses negative", () => {
    expect(netProfitMargin(150, 2000)).toBeCloseTo(0.075, 12); // 150 / 2000
    expect(netProfitMargin(-50, 2000)).toBeCloseTo(-0.025, 12); // -50 / 2000
  });
});

describe("returnOnAssets", () => {
  it("uses closing total assets alone without an opening balance", () => {
    expect(returnOnAssets(150, 3000)).toBeCloseTo(0.05, 12); // 150 / 3000
  });
});

describe("collectionDays", () => {
  it("is receivables over revenue times 365 by default", () => {
    expect(collectionDays(500, 2000)).toBeCloseTo(91.25, 12); // 500 / 2000 × 365 = 91.25
  });
});

describe("inventoryDays", () => {
  it("is inventory over cost of sales times 365 by default", () => {
    expect(inventoryDays(300, 1460)).toBeCloseTo(75, 12); // 300 / 1460 × 365 = 75
  });
});

describe("edge cases", () => {
  it("returns a zero-denominator code instead of dividing by zero", () => {
    expect(currentRatio(1200, 0)).toBe("ratio.zeroDenominator");
    expect(currentAssetRatio(1200, 0)).toBe("ratio.zeroDenominator");
    expect(netProfitMargin(150, 0)).toBe("ratio.zeroDenominator");
    expect(returnOnAssets(150, 0)).toBe("ratio.zeroDenominator");
    expect(collectionDays(500, 0)).toBe("ratio.zeroDenominator");
    expect(inventoryDays(300, 0)).toBe("ratio.zeroDenominator");
  });

  it("returns a negative-denominator code for negative denominators", () => {
    expect(currentRatio(1200, -800)).toBe("ratio.negativeDenominator");
    expect(netProfitMargin(150, -1)).toBe("ratio.negativeDenominator");
    expect(inventoryDays(300, -1460)).toBe("ratio.negativeDenominator");
  });

  it("treats -0 as zero", () => {
    expect(currentRatio(1, -0)).toBe("ratio.zeroDenominator");
  });

  it("averages opening and closing total assets for return on assets", () => {
    expect(returnOnAssets(150, 3000, 2000)).toBeCloseTo(0.06, 12); // 150 / ((2000 + 3000) / 2) = 150 / 2500
  });

  it("judges the averaged denominator, not the closing balance alone", () => {
    expect(returnOnAssets(150, 0, 3000)).toBeCloseTo(0.1, 12); // 150 / 1500
    expect(returnOnAssets(150, 1000, -1000)).toBe("ratio.zeroDenominator"); // (1000 − 1000) / 2 = 0
  });

  it("averages receivables and inventory when opening balances are given", () => {
    expect(collectionDays(500, 2000, 300)).toBeCloseTo(73, 12); // (300 + 500) / 2 = 400; 400 / 2000 × 365 = 73
    expect(inventoryDays(300, 1800, 240)).toBeCloseTo(54.75, 12); // 270 / 1800 × 365 = 54.75
  });

  it("uses a 360-day year when asked", () => {
    expect(collectionDays(500, 2000, null, 360)).toBeCloseTo(90, 12); // 0.25 × 360
    expect(collectionDays(500, 2000, 300, 360)).toBeCloseTo(72, 12); // 0.2 × 360
    expect(inventoryDays(300, 1800, 240, 360)).toBeCloseTo(54, 12); // 270 / 1800 × 360 = 54
  });

  it("allows a zero numerator", () => {
    expect(currentRatio(0, 800)).toBe(0);
  });
});
