/** The geometry of the Forecast panel's small chart: SVG paths of the history, the forecast and its 80 % band. */

export interface ChartSeries {
  /** Monthly sales, ending at the last history month. */
  readonly history: readonly number[];
  readonly forecast: readonly number[];
  readonly low80: readonly number[];
  readonly high80: readonly number[];
}

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  /** Room left of and below the plot for the axis labels. */
  readonly left: number;
  readonly bottom: number;
  readonly top: number;
  readonly right: number;
}

export interface ChartGeometry {
  /** "M x y L x y …" of the history; empty without history. */
  readonly history: string;
  /** The forecast, from the last history point on. */
  readonly forecast: string;
  /** The closed band between the 80 % bounds. */
  readonly band: string;
  /** The largest value drawn (the top of the y axis). */
  readonly max: number;
  /** x of each month slot, history first then forecast. */
  readonly xs: readonly number[];
  readonly y: (value: number) => number;
}

const point = (x: number, y: number) => `${x.toFixed(1)} ${y.toFixed(1)}`;
const line = (points: readonly (readonly [number, number])[]) =>
  points.map(([x, y], i) => `${i === 0 ? "M" : "L"} ${point(x, y)}`).join(" ");

/**
 * Paths of the chart: months evenly spaced over the plot, values scaled from 0 to the largest value drawn.
 * @example chartGeometry({ history: [0, 10], forecast: [10], low80: [5], high80: [20] }, box).max //=> 20
 */
export function chartGeometry(series: ChartSeries, box: ChartBox): ChartGeometry {
  const { history, forecast, low80, high80 } = series;
  const slots = history.length + forecast.length;
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const max = Math.max(1, ...history, ...forecast, ...high80);
  const xs = Array.from({ length: slots }, (_, i) =>
    slots <= 1 ? box.left + plotWidth / 2 : box.left + (plotWidth * i) / (slots - 1),
  );
  const y = (value: number) => box.top + plotHeight * (1 - Math.max(0, value) / max);
  const at = (i: number) => xs[i] ?? box.left;
  const past = history.map((value, i): [number, number] => [at(i), y(value)]);
  const last = past[past.length - 1];
  const ahead = forecast.map((value, i): [number, number] => [at(history.length + i), y(value)]);
  const upper = high80.map((value, i): [number, number] => [at(history.length + i), y(value)]);
  const lower = low80.map((value, i): [number, number] => [at(history.length + i), y(value)]).reverse();
  return {
    history: past.length > 0 ? line(past) : "",
    forecast: line(last ? [last, ...ahead] : ahead),
    band: upper.length > 0 ? `${line([...upper, ...lower])} Z` : "",
    max,
    xs,
    y,
  };
}

/**
 * Which month slots get a label: at most `count`, evenly spread, always the first forecast month.
 * @example labelledMonths(36, 24, 4) //=> [6, 15, 24, 33]
 */
export function labelledMonths(slots: number, firstForecast: number, count: number): number[] {
  const step = Math.max(1, Math.ceil(slots / count));
  const chosen = new Set<number>([firstForecast]);
  // Walk back and forward from the first forecast month so it stays a label and the labels never crowd it.
  for (let i = firstForecast - step; i >= 0; i -= step) chosen.add(i);
  for (let i = firstForecast + step; i < slots; i += step) chosen.add(i);
  return [...chosen].filter((i) => i >= 0 && i < slots).sort((a, b) => a - b);
}
