import { MessageBar, MessageBarType, Stack, Text } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import type { JobDefinition, JobReport } from "../../jobs/jobDefinition";
import type { ScoreJobReport } from "../../jobs/scores/scoresReport";
import { t } from "../../i18n";
import { formatNumber } from "../format";
import type { GenericRunState } from "../hooks/genericJobState";
import { GenericOutcome } from "./GenericOutcome";
import { IssuesFound } from "./OutcomeParts";
import { OutcomeRegion } from "./OutcomeRegion";
import { TierDistribution } from "./TierDistribution";

export interface ScoreOutcomeProps {
  readonly lang: Lang;
  readonly job: JobDefinition<JobReport>;
  readonly run: GenericRunState;
  /** How many settings the run wrote into the settings sheet. */
  readonly settingsSent: number;
  readonly onSelect: (sheet: string, cell: string) => Promise<void>;
  readonly onRetry: () => void;
  readonly onNewCopy: () => void;
}

const isScoreReport = (report: JobReport): report is ScoreJobReport => report.job === "scores";

/**
 * A scores run's outcome: when done, the job's line, the tier distribution, the sheets written and the issues;
 * progress, refusals (with "Write a new copy") and failures as every job shows them.
 */
export function ScoreOutcome(props: ScoreOutcomeProps) {
  const { lang, job, run, settingsSent, onSelect } = props;
  if (run.kind !== "done" || !isScoreReport(run.report)) return <GenericOutcome {...props} />;
  const report = run.report;
  return (
    <OutcomeRegion lang={lang} state={run.kind}>
      <Stack tokens={{ childrenGap: 12 }}>
        <MessageBar messageBarType={MessageBarType.success} isMultiline>
          {job.describe(report, lang)}
        </MessageBar>
        <TierDistribution lang={lang} tiers={report.tiers} />
        <Written lang={lang} report={report} settingsSent={settingsSent} />
        <IssuesFound lang={lang} issues={report.issues} sheet={run.sheet} onSelect={onSelect} />
      </Stack>
    </OutcomeRegion>
  );
}

/** The score columns, the settings sheet and the segments sheet, named so the person can find them. */
function Written({
  lang,
  report,
  settingsSent,
}: {
  lang: Lang;
  report: ScoreJobReport;
  settingsSent: number;
}) {
  const sheet = report.settingsSheet;
  const settingsLine = report.settingsCreated
    ? t(lang, "ui.scores.settingsCreated", { sheet })
    : settingsSent > 0
      ? t(lang, "ui.scores.settingsWritten", { sheet, count: formatNumber(lang, settingsSent) })
      : t(lang, "ui.scores.settingsRead", { sheet });
  const lines = [
    t(lang, "ui.scores.columnsWritten", {
      sheet: report.sheet,
      count: formatNumber(lang, report.columns.length),
    }),
    settingsLine,
    ...(report.segmentsSheet === null
      ? []
      : [t(lang, "ui.scores.segmentsWritten", { sheet: report.segmentsSheet })]),
  ];
  return (
    <Stack tokens={{ childrenGap: 2 }}>
      <Text styles={{ root: { fontWeight: 600 } }}>{t(lang, "ui.scores.written")}</Text>
      <Stack as="ul" tokens={{ childrenGap: 2 }} styles={{ root: { margin: 0, paddingLeft: 20 } }}>
        {lines.map((line) => (
          <Text as="li" key={line}>
            {line}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}
