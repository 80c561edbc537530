import { MessageBar, MessageBarType, Stack, Text } from "@fluentui/react";
import { skipReasons } from "../../domain/transactions/aggregateTypes";
import type { Lang } from "../../domain/types";
import type { JobReport } from "../../jobs/jobDefinition";
import type { TxJobReport } from "../../jobs/transactions/txReport";
import { t } from "../../i18n";
import { formatNumber, formatPercent } from "../format";
import { GenericOutcome } from "./GenericOutcome";
import type { GenericOutcomeProps } from "./GenericOutcome";
import { IssuesFound, RunProgress } from "./OutcomeParts";
import { OutcomeRegion } from "./OutcomeRegion";
import { TopCustomers } from "./TopCustomers";

/** How many customers not on the customer sheet are named; the rest are counted. */
export const unknownNamesShown = 10;

const isTxReport = (report: JobReport): report is TxJobReport => report.job === "transactions";

/**
 * A transactions run: a determinate progress bar from the start (the host reports as it reads and writes in chunks),
 * then the job's line, the months covered, the top customers, what was read and written, and the issues; refusals
 * (with "Write a new copy") and failures as every job shows them.
 */
export function TransactionsOutcome(props: GenericOutcomeProps) {
  const { lang, job, run, onSelect } = props;
  if (run.kind === "running") {
    const fraction = run.fraction ?? 0;
    const label = t(lang, "ui.transactions.progress", { percent: formatPercent(lang, fraction) });
    return <RunProgress lang={lang} label={label} fraction={fraction} />;
  }
  if (run.kind !== "done" || !isTxReport(run.report)) return <GenericOutcome {...props} />;
  const report = run.report;
  const n = (value: number) => formatNumber(lang, value);
  return (
    <OutcomeRegion lang={lang} state={run.kind}>
      <Stack tokens={{ childrenGap: 12 }}>
        <MessageBar messageBarType={MessageBarType.success} isMultiline>
          {job.describe(report, lang)}
        </MessageBar>
        {report.months !== null && (
          <Text>
            {t(lang, "ui.transactions.months", { ...report.months, count: n(report.months.count) })}
          </Text>
        )}
        <TopCustomers lang={lang} customers={report.topCustomers} />
        <Section title={t(lang, "ui.transactions.readTitle")} lines={readLines(lang, report)} />
        <Section title={t(lang, "ui.transactions.written")} lines={writtenLines(lang, report, job.creates)} />
        <IssuesFound lang={lang} issues={report.issues} sheet={run.sheet} onSelect={onSelect} />
      </Stack>
    </OutcomeRegion>
  );
}

/** Lines read, skipped by reason, computed amounts, returns, customers and those not on the customer sheet. */
function readLines(lang: Lang, report: TxJobReport): string[] {
  const n = (value: number) => formatNumber(lang, value);
  const fact = (label: string, value: string) => t(lang, "ui.transactions.fact", { label, value });
  const separator = lang === "zh-CN" ? "、" : ", ";
  const reasons = skipReasons
    .filter((reason) => report.skipped[reason] > 0)
    .map((reason) =>
      t(lang, "ui.transactions.skipReason", {
        reason: t(lang, `jobs.transactions.skip.${reason}`),
        count: n(report.skipped[reason]),
      }),
    );
  const skipped = skipReasons.reduce((sum, reason) => sum + report.skipped[reason], 0);
  const lines = [
    fact(t(lang, "jobs.transactions.rowsRead"), n(report.rowsRead)),
    fact(
      t(lang, "jobs.transactions.skipped"),
      reasons.length === 0
        ? n(skipped)
        : t(lang, "ui.transactions.skippedBy", { count: n(skipped), reasons: reasons.join(separator) }),
    ),
    fact(t(lang, "jobs.transactions.computed"), n(report.amountsComputed)),
    fact(t(lang, "jobs.transactions.returns"), n(report.returns)),
    fact(t(lang, "jobs.transactions.customers"), n(report.customers)),
  ];
  const unknown = report.unknownCustomers;
  if (report.customerSheet === null || unknown.length === 0) return lines;
  const shown = unknown.slice(0, unknownNamesShown).join(separator);
  const more = unknown.length - unknownNamesShown;
  const names = more > 0 ? t(lang, "ui.transactions.unknownMore", { names: shown, more: n(more) }) : shown;
  const value = t(lang, "ui.transactions.unknownNames", { count: n(unknown.length), names });
  return [...lines, fact(t(lang, "ui.transactions.unknownTitle"), value)];
}

/** The customer sheet's columns (when one was given) and the sheets, named so the person can find them. */
function writtenLines(
  lang: Lang,
  report: TxJobReport,
  creates: GenericOutcomeProps["job"]["creates"],
): string[] {
  const columns = creates.filter((thing) => thing.kind === "columns").length;
  const sheets = report.sheets.map((sheet) => t(lang, "ui.createsSheet", { name: sheet }));
  if (report.customerSheet === null) return sheets;
  const written = t(lang, "ui.transactions.columnsWritten", {
    count: formatNumber(lang, columns),
    sheet: report.customerSheet,
    matched: formatNumber(lang, report.matched),
  });
  return [written, ...sheets];
}

/** A small heading and its lines as a list. */
function Section({ title, lines }: { readonly title: string; readonly lines: readonly string[] }) {
  return (
    <Stack tokens={{ childrenGap: 2 }}>
      <Text as="h3" variant="mediumPlus" styles={{ root: { fontWeight: 600, margin: 0 } }}>
        {title}
      </Text>
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
