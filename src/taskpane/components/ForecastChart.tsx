import { Stack, Text, useTheme } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import type { CustomerSeries } from "../../jobs/forecast/forecastReport";
import { t } from "../../i18n";
import { chartGeometry, labelledMonths } from "../forecastChart";
import { formatNumber } from "../format";

export interface ForecastChartProps {
  readonly lang: Lang;
  readonly series: CustomerSeries;
  /** The months of the history (the report's), oldest first; the customer's history ends at the last. */
  readonly historyMonths: readonly string[];
  /** The 12 forecast months. */
  readonly months: readonly string[];
}

const box = { width: 300, height: 150, left: 44, right: 8, top: 8, bottom: 22 };
// Three labels a year apart fit 300 px; four would touch.
const monthLabels = 3;
// Labels near an edge are anchored to stay inside the chart.
const anchor = (x: number) =>
  x < box.left + 20 ? "start" : x > box.width - box.right - 20 ? "end" : "middle";

/** A legend entry: its mark in the series' colour (decoration only) and its words. */
function Key({
  mark,
  color,
  text,
}: {
  readonly mark: string;
  readonly color: string;
  readonly text: string;
}) {
  return (
    <Text variant="small">
      <span aria-hidden="true" style={{ color }}>
        {mark}
      </span>{" "}
      {text}
    </Text>
  );
}

/** Whole yuan, or 万 / k when the axis would not fit: 1234567 → "123万" (zh-CN), "1,235k" (en-US). */
function axisNumber(lang: Lang, value: number): string {
  if (value < 10_000) return formatNumber(lang, value);
  return lang === "zh-CN"
    ? `${formatNumber(lang, value / 10_000)}万`
    : `${formatNumber(lang, value / 1000)}k`;
}

/**
 * One customer's monthly sales and 12-month forecast: the history as a solid line, the forecast dashed, the 80 %
 * interval shaded; month labels thinned to three. The figure's label says the total and the range in words.
 */
export function ForecastChart({ lang, series, historyMonths, months }: ForecastChartProps) {
  const theme = useTheme();
  const geometry = chartGeometry(series, box);
  const history = historyMonths.slice(historyMonths.length - series.history.length);
  const allMonths = [...history, ...months];
  const n = (value: number) => formatNumber(lang, value);
  const summary = t(lang, "ui.forecast.chartSummary", {
    customer: series.name,
    total: n(series.total),
    from: months[0] ?? "",
    to: months[months.length - 1] ?? "",
    low: n(series.low80Total),
    high: n(series.high80Total),
    historyFrom: history[0] ?? months[0] ?? "",
  });
  const colors = theme.palette;
  const baseline = geometry.y(0);
  const labelStyle = { fontSize: 10, fill: theme.semanticColors.bodySubtext } as const;
  return (
    <figure aria-label={summary} style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${box.width} ${box.height}`}
        width="100%"
        aria-hidden="true"
        focusable="false"
        style={{ display: "block", overflow: "visible" }}
      >
        <line
          x1={box.left}
          x2={box.width - box.right}
          y1={baseline}
          y2={baseline}
          stroke={colors.neutralTertiary}
        />
        <text x={box.left - 4} y={geometry.y(geometry.max) + 4} textAnchor="end" style={labelStyle}>
          {axisNumber(lang, geometry.max)}
        </text>
        <text x={box.left - 4} y={baseline} textAnchor="end" style={labelStyle}>
          0
        </text>
        {geometry.band !== "" && (
          <path data-part="band" d={geometry.band} fill={colors.themeLighter} stroke="none" />
        )}
        {geometry.history !== "" && (
          <path
            data-part="history"
            d={geometry.history}
            fill="none"
            stroke={colors.neutralPrimary}
            strokeWidth={1.5}
          />
        )}
        <path
          data-part="forecast"
          d={geometry.forecast}
          fill="none"
          stroke={colors.themePrimary}
          strokeWidth={1.5}
          strokeDasharray="4 3"
        />
        {labelledMonths(allMonths.length, history.length, monthLabels).map((i) => (
          <text
            key={i}
            x={geometry.xs[i]}
            y={box.height - 6}
            textAnchor={anchor(geometry.xs[i] ?? 0)}
            style={labelStyle}
          >
            {allMonths[i]}
          </text>
        ))}
      </svg>
      <figcaption>
        <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
          <Key mark="━" color={colors.neutralPrimary} text={t(lang, "ui.forecast.legendHistory")} />
          <Key mark="┅" color={colors.themePrimary} text={t(lang, "ui.forecast.legendForecast")} />
          <Key mark="█" color={colors.themeLighter} text={t(lang, "ui.forecast.legendBand")} />
        </Stack>
      </figcaption>
    </figure>
  );
}
