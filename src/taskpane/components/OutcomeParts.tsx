/**
 * Pieces every job's outcome shows the same way: a determinate progress bar while the job runs, and the issues of a
 * finished run with each one selecting its cell.
 */
import { MessageBar, MessageBarType, ProgressIndicator, Stack, Text } from "@fluentui/react";
import type { Issue, Lang } from "../../domain/types";
import { t } from "../../i18n";
import { formatNumber } from "../format";
import { IssueList } from "./IssueList";
import { OutcomeRegion } from "./OutcomeRegion";

/** A running job's progress, labelled by its own text (e.g. "Analysing… 40 %"). */
export function RunProgress({ lang, label, fraction }: { lang: Lang; label: string; fraction: number }) {
  return (
    <OutcomeRegion lang={lang} state="running">
      <ProgressIndicator label={label} percentComplete={fraction} />
    </OutcomeRegion>
  );
}

/** A finished run's issues, counted, as a warning; nothing when there are none. */
export function IssuesFound({
  lang,
  issues,
  sheet,
  onSelect,
}: {
  lang: Lang;
  issues: readonly Issue[];
  sheet: string;
  onSelect: (sheet: string, cell: string) => Promise<void>;
}) {
  if (issues.length === 0) return null;
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline>
      <Stack tokens={{ childrenGap: 4 }}>
        <Text>{t(lang, "ui.issuesFound", { count: formatNumber(lang, issues.length) })}</Text>
        <IssueList lang={lang} issues={issues} sheet={sheet} onSelect={onSelect} />
      </Stack>
    </MessageBar>
  );
}
