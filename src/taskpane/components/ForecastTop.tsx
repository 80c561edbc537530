import { Text, useTheme } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import type { ForecastReport } from "../../jobs/forecast/forecastReport";
import { t } from "../../i18n";
import { formatNumber } from "../format";

export interface ForecastTopProps {
  readonly lang: Lang;
  /** The largest 12-month forecasts, largest first. */
  readonly top: ForecastReport["top"];
}

/** The largest forecasts as a small table a screen reader can walk: customer, 12-month total, 80 % range, to the yuan. */
export function ForecastTop({ lang, top }: ForecastTopProps) {
  const theme = useTheme();
  if (top.length === 0) return null;
  const n = (value: number) => formatNumber(lang, value);
  const line = `1px solid ${theme.semanticColors.bodyDivider}`;
  const cell = { padding: "4px 0", borderBottom: line, verticalAlign: "top" } as const;
  const number = { ...cell, textAlign: "end", fontVariantNumeric: "tabular-nums", paddingLeft: 8 } as const;
  const heading = (text: string, align: "start" | "end", width?: string) => (
    <th scope="col" style={{ ...cell, textAlign: align, ...(width ? { width } : {}) }}>
      <Text styles={{ root: { fontWeight: 600 } }}>{text}</Text>
    </th>
  );
  return (
    <table style={{ width: "100%", borderCollapse: "collapse", tableLayout: "fixed" }}>
      <caption style={{ textAlign: "start", paddingBottom: 4 }}>
        <Text variant="mediumPlus" styles={{ root: { fontWeight: 600 } }}>
          {t(lang, "ui.forecast.topTitle", { count: n(top.length) })}
        </Text>
      </caption>
      <thead>
        <tr>
          {heading(t(lang, "ui.forecast.customer"), "start")}
          {heading(t(lang, "ui.forecast.total"), "end", "30%")}
          {heading(t(lang, "ui.forecast.range"), "end", "38%")}
        </tr>
      </thead>
      <tbody>
        {top.map((customer, index) => (
          <tr key={index}>
            <th scope="row" style={{ ...cell, textAlign: "start", fontWeight: "normal" }}>
              <Text styles={{ root: { overflowWrap: "anywhere" } }}>{customer.name}</Text>
            </th>
            <td style={number}>
              <Text>{n(customer.total)}</Text>
            </td>
            <td style={number}>
              <Text>
                {t(lang, "ui.forecast.rangeText", { low: n(customer.low80), high: n(customer.high80) })}
              </Text>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
