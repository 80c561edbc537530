import { ForecastOptionsError, forecastSeries } from "../../../src/domain/forecast/forecastSeries";
import { normal } from "./seeded";

const months = (count: number, value: (t: number) => number) =>
  Array.from({ length: count }, (_, t) => value(t));
const season = (t: number) => Math.sin(((t + 3) / 12) * 2 * Math.PI);
const meanAbsoluteError = (a: readonly number[], b: readonly number[]) =>
  a.reduce((sum, v, i) => sum + Math.abs(v - (b[i] ?? 0)), 0) / a.length;

/** Mean absolute error on the held-out last 12 months: the engine's and the seasonal-naive (same month last year). */
function heldOutErrors(series: number[]): { engine: number; naive: number } {
  const history = series.slice(0, -12);
  const future = series.slice(-12);
  const engine = meanAbsoluteError(forecastSeries(history).forecast, future);
  return { engine, naive: meanAbsoluteError(history.slice(-12), future) };
}

describe("forecastSeries", () => {
  it("picks ETS from 24 months, Holt from 6, the mean below", () => {
    expect(forecastSeries(months(24, (t) => 100 + t)).method).toBe("ets");
    expect(forecastSeries(months(23, (t) => 100 + t)).method).toBe("holt");
    expect(forecastSeries(months(6, (t) => 100 + t)).method).toBe("holt");
    const short = forecastSeries([100, 120, 110], { horizon: 2 });
    expect(short).toMatchObject({ method: "mean", forecast: [110, 110], flags: ["insufficientHistory"] });
    expect([short.alpha, short.beta, short.gamma]).toEqual([null, null, null]);
  });

  it("recovers a noisy seasonal series better than seasonal-naive on the held-out year", () => {
    const z = normal(11);
    const { engine, naive } = heldOutErrors(months(48, (t) => 1000 + 300 * season(t) + 40 * z()));
    expect(engine).toBeLessThan(naive);
  });

  it("recovers a trending seasonal series better than seasonal-naive on the held-out year", () => {
    const z = normal(12);
    const { engine, naive } = heldOutErrors(months(48, (t) => 800 + 15 * t + 200 * season(t) + 30 * z()));
    expect(engine).toBeLessThan(naive);
  });

  it("extends a straight line with Holt (12 months: 10, 20, … → 130, 140, …)", () => {
    const result = forecastSeries(
      months(12, (t) => 10 * (t + 1)),
      { horizon: 3 },
    );
    result.forecast.forEach((v, i) => expect(v).toBeCloseTo(130 + 10 * i, 9));
  });

  it("is deterministic: the same history gives the same result", () => {
    const z = normal(3);
    const history = months(36, (t) => 500 + 100 * season(t) + 50 * z());
    expect(forecastSeries(history)).toEqual(forecastSeries(history));
  });

  it("gives bands ordered low95 ≤ low80 ≤ forecast ≤ high80 ≤ high95, and a total of the months", () => {
    const z = normal(5);
    const result = forecastSeries(months(36, (t) => 500 + 100 * season(t) + 50 * z()));
    result.forecast.forEach((v, i) => {
      const row = [result.low95[i], result.low80[i], v, result.high80[i], result.high95[i]] as number[];
      expect([...row].sort((a, b) => a - b)).toEqual(row);
    });
    expect(result.total.value).toBeCloseTo(
      result.forecast.reduce((a, b) => a + b, 0),
      9,
    );
    expect(result.total.low80).toBeLessThan(result.total.value);
    expect(result.total.high80).toBeGreaterThan(result.total.value);
  });

  it("throws ForecastOptionsError on a horizon or season length out of range", () => {
    expect(() => forecastSeries([1, 2], { horizon: 0 })).toThrow(ForecastOptionsError);
    expect(() => forecastSeries([1, 2], { seasonLength: 1.5 })).toThrow(ForecastOptionsError);
  });
});

describe("edge cases", () => {
  it("forecasts a flat series flat with zero-width bands", () => {
    const result = forecastSeries(months(36, () => 250));
    result.forecast.forEach((v) => expect(v).toBeCloseTo(250, 9));
    expect(result.high95[11]).toBeCloseTo(250, 9);
    expect(result.flags).toEqual([]);
  });

  it("forecasts all-zero history as zeros", () => {
    const result = forecastSeries(months(30, () => 0));
    expect(result.forecast).toEqual(Array<number>(12).fill(0));
    expect(result.total).toEqual({ value: 0, low80: 0, high80: 0, low95: 0, high95: 0 });
    expect(result.smape).toBe(0);
    expect(result.mase).toBeNaN();
  });

  it("clamps an intermittent series at zero and says so", () => {
    const result = forecastSeries(months(36, (t) => (t % 5 === 0 ? 900 : 0)));
    expect(result.method).toBe("ets");
    expect(Math.min(...result.forecast, ...result.low80, ...result.low95)).toBeGreaterThanOrEqual(0);
    expect(result.flags).toContain("clampedAtZero");
  });

  it("clamps a collapsing trend at zero (Holt: 600, 500, … 100 → 0)", () => {
    const result = forecastSeries([600, 500, 400, 300, 200, 100], { horizon: 3 });
    expect(result.forecast).toEqual([0, 0, 0]);
    expect(result.flags).toEqual(["clampedAtZero"]);
  });

  it("takes an empty history as zeros and one month as its value", () => {
    expect(forecastSeries([], { horizon: 2 }).forecast).toEqual([0, 0]);
    const one = forecastSeries([42], { horizon: 2 });
    expect(one).toMatchObject({ forecast: [42, 42], low80: [42, 42], flags: ["insufficientHistory"] });
    expect(one.smape).toBeNaN();
  });

  it("counts a non-finite month as 0", () => {
    expect(forecastSeries([Number.NaN, 30], { horizon: 1 }).forecast).toEqual([15]);
  });
});

describe("interval coverage on simulated data", () => {
  /** Additive Holt-Winters data (σ = 50) simulated with the given α, β, γ; the last 12 of 60 months held out. */
  function coverage(
    alpha: number,
    beta: number,
    gamma: number,
    seed: number,
  ): { in80: number; in95: number } {
    const z = normal(seed);
    let inside80 = 0;
    let inside95 = 0;
    const runs = 150;
    for (let run = 0; run < runs; run += 1) {
      let level = 1000;
      let trend = 5;
      const seasonal = months(12, (j) => 200 * season(j));
      const y: number[] = [];
      for (let t = 0; t < 60; t += 1) {
        const error = 50 * z();
        const s = seasonal[t % 12] ?? 0;
        y.push(level + trend + s + error);
        level += trend + alpha * error;
        trend += alpha * beta * error;
        seasonal[t % 12] = s + gamma * (1 - alpha) * error;
      }
      const result = forecastSeries(y.slice(0, 48));
      y.slice(48).forEach((v, h) => {
        if (v >= (result.low80[h] ?? 0) && v <= (result.high80[h] ?? 0)) inside80 += 1;
        if (v >= (result.low95[h] ?? 0) && v <= (result.high95[h] ?? 0)) inside95 += 1;
      });
    }
    return { in80: inside80 / (runs * 12), in95: inside95 / (runs * 12) };
  }

  it.each([
    [0.2, 0, 0, 21],
    [0.3, 0.05, 0.2, 22],
  ])("the 80 %% band covers 75–85 %% of future months (α = %s, β = %s, γ = %s)", (a, b, g, seed) => {
    const { in80, in95 } = coverage(a, b, g, seed);
    expect(in80).toBeGreaterThanOrEqual(0.75);
    expect(in80).toBeLessThanOrEqual(0.85);
    expect(in95).toBeGreaterThanOrEqual(0.9);
  });
});
