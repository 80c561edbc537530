// Reference values from LibreOffice 7.4 (FORECAST.ETS.ADD, which is Excel's FORECAST.ETS) made by
// scripts/forecast-fixtures.js and committed in test/fixtures/forecast/libreoffice-ets.json; no LibreOffice needed.
import fixture from "../../fixtures/forecast/libreoffice-ets.json";
import { fitEts } from "../../../src/domain/forecast/fitEts";
import { fitForecast } from "../../../src/domain/forecast/fitForecast";
import { forecastSeries } from "../../../src/domain/forecast/forecastSeries";

interface FixtureSeries {
  name: string;
  seasonLength: number;
  history: number[];
  libreoffice: (number | null)[];
  stats: { alpha: number | null; beta: number | null; gamma: number | null };
}

const all = fixture.series as FixtureSeries[];
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const computed = all.filter((s) => s.libreoffice.every((v) => v !== null));
/** The engine's raw 12-step total against LibreOffice's, relative. */
function totalGap(s: FixtureSeries): number {
  const ours = sum(fitForecast(s.history, 12, s.seasonLength === 0 ? 1000 : s.seasonLength).points);
  const theirs = sum(s.libreoffice as number[]);
  return Math.abs(ours - theirs) / Math.abs(theirs);
}
const monthly = computed.filter((s) => s.seasonLength === 12);
const agreeing = monthly.filter((s) => totalGap(s) <= 0.01).length;
const largestGap = Math.max(...monthly.map(totalGap));
const monthsAgreeing = monthly.filter((s) =>
  fitForecast(s.history, 12, 12).points.every((p, i) => {
    const reference = s.libreoffice[i] as number;
    return Math.abs(p - reference) <= 0.01 * Math.max(Math.abs(reference), 1);
  }),
).length;

describe("the published Excel example (quarterly, season 4)", () => {
  const quarterly = [5500, 4600, 2600, 3880, 5000, 2800, 4500, 5600, 5300, 3400, 2600, 3600];

  it("forecasts 2026-03-01 within 0.5 % of Excel's 5564.34", () => {
    const result = forecastSeries(quarterly, { horizon: 1, seasonLength: 4 });
    expect(result.method).toBe("ets");
    expect(Math.abs((result.forecast[0] ?? 0) / 5564.34 - 1)).toBeLessThan(0.005);
  });

  it("gives LibreOffice's 5564.3417 and FORECAST.ETS.STAT α = 0.03125, β = 0, γ = 0.1845703125", () => {
    const fit = fitEts(quarterly, 4);
    expect(fit.point(1)).toBeCloseTo(5564.3417, 4);
    expect([fit.alpha, fit.beta, fit.gamma]).toEqual([0.03125, 0, 0.1845703125]);
  });
});

describe("LibreOffice FORECAST.ETS.ADD fixtures", () => {
  it(`has 30+ monthly series (${monthly.length} computed by LibreOffice, of ${all.length} in all)`, () => {
    expect(monthly.length).toBeGreaterThanOrEqual(30);
  });

  it(`agrees within 1 % on the 12-month total for ≥ 90 % of them (${agreeing} of ${monthly.length})`, () => {
    expect(agreeing / monthly.length).toBeGreaterThanOrEqual(0.9);
  });

  it(`agrees within 1 % on every single month for ≥ 90 % of them (${monthsAgreeing} of ${monthly.length})`, () => {
    expect(monthsAgreeing / monthly.length).toBeGreaterThanOrEqual(0.9);
  });

  it(`never strays more than 0.1 % from LibreOffice's total (largest gap ${(100 * largestGap).toFixed(3)} %)`, () => {
    expect(largestGap).toBeLessThan(0.001);
  });

  it("finds FORECAST.ETS.STAT's α, β, γ on at least 90 % of the series", () => {
    const same = monthly.filter((s) => {
      const fit = fitEts(s.history, 12);
      return fit.alpha === s.stats.alpha && fit.beta === s.stats.beta && fit.gamma === s.stats.gamma;
    });
    expect(same.length / monthly.length).toBeGreaterThanOrEqual(0.9);
  });

  it("matches LibreOffice without season (Holt) on the short series within 1 %", () => {
    const short = computed.filter((s) => s.seasonLength === 0);
    expect(short.length).toBeGreaterThanOrEqual(5);
    for (const s of short) expect(totalGap(s)).toBeLessThanOrEqual(0.01);
  });

  it("forecasts the exactly flat series LibreOffice rejects (0 ÷ 0 start) as flat", () => {
    const rejected = all.filter((s) => s.libreoffice.some((v) => v === null));
    expect(rejected.length).toBeGreaterThan(0);
    for (const s of rejected) {
      const result = forecastSeries(s.history);
      result.forecast.forEach((v) => expect(v).toBeCloseTo(s.history[0] ?? 0, 6));
    }
  });
});
