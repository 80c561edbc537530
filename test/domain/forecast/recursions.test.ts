// Fixed-parameter recursions worked out by hand (the arithmetic is in the comments), plus the search, the interval
// variances and the fit statistics on small hand-checked inputs.
import { etsStart } from "../../../src/domain/forecast/etsInit";
import { EtsFilter } from "../../../src/domain/forecast/etsFilter";
import { holtPass } from "../../../src/domain/forecast/fitHolt";
import { mase, smape } from "../../../src/domain/forecast/fitStatistics";
import { errorWeights, stepVariances, totalVariance } from "../../../src/domain/forecast/intervals";
import { searchSmoothing } from "../../../src/domain/forecast/smoothingSearch";

function expectClose(actual: ArrayLike<number>, expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((v, i) => expect(actual[i]).toBeCloseTo(v, 12));
}

describe("etsStart (NIST 6.4.3.5 with trend-corrected seasonal deviations)", () => {
  it("starts [3, 9, 5, 11], m = 2, from b₀ = 1, s = [−2.5, 2.5], ℓ₀ = 3 ÷ −2.5", () => {
    // b₀ = ((5 − 3) + (11 − 9)) / 2² = 1; season means 6 and 8; offsets (j − 0.5)·b₀ = −0.5, +0.5
    // s₀ = ((3 − 5.5) + (5 − 7.5)) / 2 = −2.5; s₁ = ((9 − 6.5) + (11 − 8.5)) / 2 = 2.5; ℓ₀ = 3 / −2.5 = −1.2
    const start = etsStart([3, 9, 5, 11], 2);
    expect(start.trend).toBe(1);
    expect(Array.from(start.seasonal)).toEqual([-2.5, 2.5]);
    expect(start.level).toBeCloseTo(-1.2, 12);
  });

  it("starts a flat series from ℓ₀ = y₀ (s₀ is rounding noise)", () => {
    expect(etsStart(Array<number>(24).fill(1845.67), 12).level).toBeCloseTo(1845.67, 6);
  });
});

describe("EtsFilter.run (α = β = γ = 0.5 on [3, 9, 5, 11], m = 2)", () => {
  const values = Float64Array.of(3, 9, 5, 11);
  const filter = () => new EtsFilter(values, 2, etsStart(values, 2));

  it("follows the recursions step by step", () => {
    const f = filter();
    // t = 1 (k = 1): ŷ = −1.2 + 1 + 2.5 = 2.3; ℓ = 0.5(9 − 2.5) + 0.5(−0.2) = 3.15;
    //   s₁ = 0.5(9 − 3.15) + 0.5·2.5 = 4.175; b = 0.5(3.15 + 1.2) + 0.5·1 = 2.675
    // t = 2 (k = 2, no initial cell: 0): ŷ = 5.825; ℓ = 0.5·5 + 0.5·5.825 = 5.4125;
    //   s₂ = 0.5(5 − 5.4125) = −0.20625; b = 0.5(2.2625) + 0.5·2.675 = 2.46875
    // t = 3 (k = 1): ŷ = 5.4125 + 2.46875 + 4.175 = 12.05625; ℓ = 0.5(11 − 4.175) + 0.5·7.88125 = 7.353125;
    //   s₃ = 0.5(11 − 7.353125) + 0.5·4.175 = 3.9109375; b = 0.5(1.940625) + 0.5·2.46875 = 2.2046875
    // MSE = ((2.3 − 9)² + 0.825² + 1.05625²) / 3 = 46.6862890625 / 3
    expect(f.run(0.5, 0.5, 0.5)).toBeCloseTo(46.6862890625 / 3, 10);
    expectClose(f.fitted, [3, 2.3, 5.825, 12.05625]);
    expect(f.level).toBeCloseTo(7.353125, 12);
    expect(f.trend).toBeCloseTo(2.2046875, 12);
    expectClose(f.seasonal, [-2.5, 4.175, -0.20625, 3.9109375]);
  });

  it("forecasts ℓ + h·b + s[n − 1 − m + (h mod m)]", () => {
    const f = filter();
    f.run(0.5, 0.5, 0.5);
    expect(f.point(1)).toBeCloseTo(7.353125 + 2.2046875 - 0.20625, 12); // s₂ = 9.3515625
    expect(f.point(2)).toBeCloseTo(7.353125 + 2 * 2.2046875 + 4.175, 12); // s₁ = 15.9375
  });

  it("starts the next pass from the seasonal cells the last pass left, as LibreOffice does", () => {
    const f = filter();
    f.run(0.5, 0.5, 0.5);
    f.run(0.5, 0.5, 0.5);
    // t = 1 now reads s₁ = 4.175: ŷ = −1.2 + 1 + 4.175
    expect(f.fitted[1]).toBeCloseTo(3.975, 12);
  });

  it("with α = 0 and β = 0 follows the start: ŷₜ = ℓ₀ + t·b₀ + s", () => {
    const f = filter();
    f.run(0, 0, 0);
    expect(f.fitted[1]).toBeCloseTo(-1.2 + 1 + 2.5, 12);
    expect(f.fitted[3]).toBeCloseTo(-1.2 + 3 + 2.5, 12);
  });
});

describe("holtPass (α = β = 0.5 on [10, 12, 15, 16])", () => {
  it("follows the recursions step by step", () => {
    // ℓ₀ = 10, b₀ = (16 − 10)/3 = 2; t = 1: ŷ = 12, e = 0, ℓ = 12, b = 2
    // t = 2: ŷ = 14, e = −1, ℓ = 7.5 + 7 = 14.5, b = 0.5·2.5 + 1 = 2.25
    // t = 3: ŷ = 16.75, e = 0.75, ℓ = 8 + 8.375 = 16.375, b = 0.5·1.875 + 1.125 = 2.0625; MSE = (1 + 0.5625)/3
    const fitted = new Float64Array(4);
    const [mse, level, trend] = holtPass(Float64Array.of(10, 12, 15, 16), 0.5, 0.5, fitted);
    expect(Array.from(fitted)).toEqual([0, 12, 14, 16.75]);
    expect(mse).toBeCloseTo(1.5625 / 3, 12);
    expect([level, trend]).toEqual([16.375, 2.0625]);
  });
});

describe("searchSmoothing", () => {
  it("halves towards the better end until the step is 0.001", () => {
    expect(searchSmoothing((v) => (v - 0.3) ** 2).value).toBe(0.2998046875);
  });

  it("takes 0 when 0, ½ and 1 tie", () => {
    const tried: number[] = [];
    const outcome = searchSmoothing((v) => (tried.push(v), 7));
    expect(outcome).toEqual({ value: 0, error: 7 });
    expect(tried).toEqual([0, 1, 0.5, 0]);
  });

  it("reaches an end of [0, 1]", () => {
    expect(searchSmoothing((v) => 1 - v).value).toBe(1);
    expect(searchSmoothing((v) => v).value).toBe(0);
  });
});

describe("intervals and fit statistics", () => {
  it("weights errors by α + αβj + γ(1 − α) every m steps", () => {
    const weights = Array.from(errorWeights(0.5, 0.2, 0.4, 2, 3));
    [0.6, 0.9, 0.8].forEach((w, i) => expect(weights[i]).toBeCloseTo(w, 12));
  });

  it("adds c² per step and sums the carried weights for the total", () => {
    const weights = Float64Array.of(0.5, 0.5);
    expect(stepVariances(weights, 4, 3)).toEqual([4, 5, 6]); // 4(1), 4(1 + 0.25), 4(1 + 0.5)
    expect(totalVariance(weights, 4, 3)).toBe(29); // 4 × (2² + 1.5² + 1²)
  });

  it("computes sMAPE and MASE as FORECAST.ETS.STAT does", () => {
    const fitted = Float64Array.of(10, 10, 30);
    expect(smape([10, 20, 30], fitted)).toBeCloseTo(1 / 3, 12); // 2/2 × 10/30
    expect(mase([10, 20, 30], fitted)).toBe(0.5); // (10/2) ÷ (10/1)
    expect(smape([0, 0, 0], new Float64Array(3))).toBe(0);
    expect(mase([5, 5, 5], new Float64Array(3))).toBeNaN();
  });
});
