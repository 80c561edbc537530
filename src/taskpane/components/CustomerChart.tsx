import { useState } from "react";
import { ComboBox, Stack, Text } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import type { ForecastReport } from "../../jobs/forecast/forecastReport";
import { nextMonths } from "../../jobs/forecast/planForecast";
import { t } from "../../i18n";
import { formatNumber } from "../format";
import { ForecastChart } from "./ForecastChart";

export interface CustomerChartProps {
  readonly lang: Lang;
  readonly report: ForecastReport;
}

/** A searchable list of the customers forecast (largest first) and the chart of the one chosen, the largest at first. */
export function CustomerChart({ lang, report }: CustomerChartProps) {
  const { customers, historyMonths } = report.series;
  const [chosen, setChosen] = useState(0);
  const series = customers[chosen] ?? customers[0];
  if (series === undefined) return null;
  const months = nextMonths(historyMonths[historyMonths.length - 1] ?? "", series.forecast.length);
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <ComboBox
        label={t(lang, "ui.forecast.chartCustomer")}
        placeholder={t(lang, "ui.forecast.chartPlaceholder")}
        options={customers.map((customer, index) => ({ key: index, text: customer.name }))}
        selectedKey={chosen}
        allowFreeform={false}
        autoComplete="on"
        useComboBoxAsMenuWidth
        onChange={(_event, option) => option && setChosen(Number(option.key))}
      />
      {customers.length < report.customers && (
        <Text variant="small">
          {t(lang, "ui.forecast.chartCount", { count: formatNumber(lang, customers.length) })}
        </Text>
      )}
      <ForecastChart lang={lang} series={series} historyMonths={historyMonths} months={months} />
    </Stack>
  );
}
