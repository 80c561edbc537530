import { MessageBar, MessageBarType, Stack, Text } from "@fluentui/react";
import type { JobReport } from "../../jobs/jobDefinition";
import type { ForecastReport } from "../../jobs/forecast/forecastReport";
import { forecastSummary } from "../../jobs/forecast/forecastReport";
import { t } from "../../i18n";
import { formatPercent } from "../format";
import { CustomerChart } from "./CustomerChart";
import { ForecastTop } from "./ForecastTop";
import { GenericOutcome } from "./GenericOutcome";
import type { GenericOutcomeProps } from "./GenericOutcome";
import { IssuesFound, RunProgress } from "./OutcomeParts";
import { OutcomeRegion } from "./OutcomeRegion";

const isForecastReport = (report: JobReport): report is ForecastReport => report.job === "forecast";

/**
 * A forecast run: a determinate progress bar, then the job's line, the customers, methods, months, how many are
 * worth developing and the sheets written, the largest forecasts, a chosen customer's chart and the issues;
 * refusals (with "Write a new copy") and failures as every job shows them.
 */
export function ForecastOutcome(props: GenericOutcomeProps) {
  const { lang, job, run, onSelect } = props;
  if (run.kind === "running") {
    const fraction = run.fraction ?? 0;
    const label = t(lang, "ui.forecast.progress", { percent: formatPercent(lang, fraction) });
    return <RunProgress lang={lang} label={label} fraction={fraction} />;
  }
  if (run.kind !== "done" || !isForecastReport(run.report)) return <GenericOutcome {...props} />;
  const report = run.report;
  return (
    <OutcomeRegion lang={lang} state={run.kind}>
      <Stack tokens={{ childrenGap: 12 }}>
        <MessageBar messageBarType={MessageBarType.success} isMultiline>
          {job.describe(report, lang)}
        </MessageBar>
        <Stack as="ul" tokens={{ childrenGap: 2 }} styles={{ root: { margin: 0, paddingLeft: 20 } }}>
          {forecastSummary(report, lang).map(([label, value]) => (
            <Text as="li" key={label}>
              {t(lang, "ui.transactions.fact", { label, value })}
            </Text>
          ))}
        </Stack>
        <ForecastTop lang={lang} top={report.top} />
        <CustomerChart lang={lang} report={report} />
        <IssuesFound lang={lang} issues={report.issues} sheet={run.sheet} onSelect={onSelect} />
      </Stack>
    </OutcomeRegion>
  );
}
