import { useState } from "react";
import { Link, MessageBar, MessageBarType, Stack, Text } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import type { JobReport } from "../../jobs/jobDefinition";
import type { RecordsReport } from "../../jobs/records/recordsReport";
import { t } from "../../i18n";
import { describeError } from "../describeError";
import { formatNumber, formatPercent } from "../format";
import { GenericOutcome } from "./GenericOutcome";
import type { GenericOutcomeProps } from "./GenericOutcome";
import { IssuesFound, RunProgress } from "./OutcomeParts";
import { OutcomeRegion } from "./OutcomeRegion";

/** How many sheets a list names before it counts the rest: 200 customers stay quick to scan. */
export const sheetsShown = 20;

const isRecordsReport = (report: JobReport): report is RecordsReport => report.job === "records";

/**
 * A records run: progress, then the job's line, the record sheets created and those kept as they were (entries
 * safe), the visit record, preparation and index; each sheet a link that opens it. Refusals (with "Write a new copy"
 * when the visit record or index was typed into) and failures as every job shows them.
 */
export function RecordsOutcome(props: GenericOutcomeProps) {
  const { lang, job, run, onSelect } = props;
  if (run.kind === "running") {
    const fraction = run.fraction ?? 0;
    const label = t(lang, "ui.records.progress", { percent: formatPercent(lang, fraction) });
    return <RunProgress lang={lang} label={label} fraction={fraction} />;
  }
  if (run.kind !== "done" || !isRecordsReport(run.report)) return <GenericOutcome {...props} />;
  const report = run.report;
  const n = (value: number) => formatNumber(lang, value);
  return (
    <OutcomeRegion lang={lang} state={run.kind}>
      <Stack tokens={{ childrenGap: 12 }}>
        <MessageBar messageBarType={MessageBarType.success} isMultiline>
          {job.describe(report, lang)}
        </MessageBar>
        <SheetLinks
          lang={lang}
          title={t(lang, "ui.records.created", { count: n(report.created.length) })}
          sheets={report.created}
          onSelect={onSelect}
        />
        <SheetLinks
          lang={lang}
          title={t(lang, "ui.records.kept", { count: n(report.kept.length) })}
          sheets={report.kept}
          onSelect={onSelect}
        />
        <SheetLinks
          lang={lang}
          title={t(lang, "ui.records.written")}
          sheets={[report.visitSheet, report.prepSheet, report.indexSheet]}
          onSelect={onSelect}
        />
        <IssuesFound lang={lang} issues={report.issues} sheet={run.sheet} onSelect={onSelect} />
      </Stack>
    </OutcomeRegion>
  );
}

interface SheetLinksProps {
  readonly lang: Lang;
  readonly title: string;
  readonly sheets: readonly string[];
  readonly onSelect: (sheet: string, cell: string) => Promise<void>;
}

/** A small heading and its sheets, each a link that selects its A1; none: no list. */
function SheetLinks({ lang, title, sheets, onSelect }: SheetLinksProps) {
  const [selectError, setSelectError] = useState<string | null>(null);
  const more = sheets.length - sheetsShown;
  const open = (sheet: string) => {
    setSelectError(null);
    onSelect(sheet, "A1").catch((error: unknown) =>
      setSelectError(t(lang, "ui.selectFailed", { cell: "A1", message: describeError(error).message })),
    );
  };
  return (
    <Stack tokens={{ childrenGap: 2 }}>
      <Text as="h3" variant="mediumPlus" styles={{ root: { fontWeight: 600, margin: 0 } }}>
        {title}
      </Text>
      {sheets.length > 0 && (
        <Stack as="ul" tokens={{ childrenGap: 2 }} styles={{ root: { margin: 0, paddingLeft: 20 } }}>
          {sheets.slice(0, sheetsShown).map((sheet) => (
            <li key={sheet}>
              <Link onClick={() => open(sheet)} styles={{ root: { wordBreak: "break-word" } }}>
                {sheet}
              </Link>
            </li>
          ))}
          {more > 0 && <Text as="li">{t(lang, "ui.records.more", { count: formatNumber(lang, more) })}</Text>}
        </Stack>
      )}
      {selectError !== null && <MessageBar messageBarType={MessageBarType.error}>{selectError}</MessageBar>}
    </Stack>
  );
}
