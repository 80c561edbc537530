// Passes run side by side (runTwo, runThree, searchTrend) give exactly, bit for bit, what the same passes give run
// one after the other with EtsFilter.run and searchSmoothing.
import { runThree, runTwo } from "../../../src/domain/forecast/etsBatch";
import { EtsFilter } from "../../../src/domain/forecast/etsFilter";
import { etsStart } from "../../../src/domain/forecast/etsInit";
import { searchSmoothing } from "../../../src/domain/forecast/smoothingSearch";
import { searchTrend } from "../../../src/domain/forecast/trendSearch";

// [3, 9, 5, 11, 4, 10], m = 2, and a 36-month season of 12 with a trend and a spike.
const short = Float64Array.of(3, 9, 5, 11, 4, 10);
const long = Float64Array.from({ length: 36 }, (_, t) => 100 + 3 * t + (t % 12 === 5 ? 80 : (t * 7) % 11));

function filters(values: Float64Array, m: number): [EtsFilter, EtsFilter] {
  return [new EtsFilter(values, m, etsStart(values, m)), new EtsFilter(values, m, etsStart(values, m))];
}

function expectSameState(batched: EtsFilter, serial: EtsFilter): void {
  expect(Array.from(batched.seasonal)).toEqual(Array.from(serial.seasonal));
  expect(Array.from(batched.fitted)).toEqual(Array.from(serial.fitted));
  expect(batched.level).toBe(serial.level);
  expect(batched.trend).toBe(serial.trend);
}

describe.each([
  ["short, m = 2", short, 2],
  ["36 months, m = 12", long, 12],
])("batched passes on %s", (_, values, m) => {
  it("runTwo equals two runs in a row, after an earlier pass", () => {
    const [batched, serial] = filters(values, m);
    batched.run(0.3, 0.1, 0.6);
    serial.run(0.3, 0.1, 0.6);
    const expected = [serial.run(0.4, 0.25, 0.7), serial.run(0.4, 0.9, 0.7)];
    expect(runTwo(batched, 0.4, 0.7, 0.25, 0.9)).toBe(expected[1]);
    expect(Array.from(batched.errors.subarray(0, 2))).toEqual(expected);
    expectSameState(batched, serial);
  });

  it("runThree equals three runs in a row", () => {
    const [batched, serial] = filters(values, m);
    const expected = [0, 1, 0.5].map((beta) => serial.run(0.2, beta, 0.45));
    expect(runThree(batched, 0.2, 0.45, 0, 1, 0.5)).toBe(expected[2]);
    expect(Array.from(batched.errors)).toEqual(expected);
    expectSameState(batched, serial);
  });

  it.each([0, 0.3, 1])("searchTrend at α = %p equals searchSmoothing and one more run", (alpha) => {
    const [batched, serial] = filters(values, m);
    for (const gamma of [0, 0.5, 0.25, 1]) {
      const beta = searchSmoothing((v) => serial.run(alpha, v, gamma)).value;
      const error = serial.run(alpha, beta, gamma);
      expect(searchTrend(batched, alpha, gamma)).toEqual({ beta, error });
      expectSameState(batched, serial);
    }
  });
});
