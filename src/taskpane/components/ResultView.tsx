import { useState } from "react";
import {
  Icon,
  Link,
  MessageBar,
  MessageBarButton,
  MessageBarType,
  ProgressIndicator,
  Stack,
  Text,
} from "@fluentui/react";
import type { Lang } from "../../domain/types";
import type { RatioReport } from "../../jobs/ratios";
import type { RunState } from "../hooks/useRatioJob";
import { columnLetters } from "../../domain/address";
import { t } from "../../i18n";
import { formatNumber, formatPercent } from "../format";
import { IssueList } from "./IssueList";

export interface ResultViewProps {
  readonly lang: Lang;
  readonly run: RunState;
  readonly onSelect: (sheet: string, cell: string) => Promise<void>;
  readonly onRetry: () => void;
}

/** The run's progress and outcome: written, refused (why, what to do) or failed (what happened, nothing written). */
export function ResultView({ lang, run, onSelect, onRetry }: ResultViewProps) {
  switch (run.kind) {
    case "idle":
      return null;
    case "running":
      return run.fraction === null ? (
        <ProgressIndicator label={t(lang, "ui.running")} />
      ) : (
        <ProgressIndicator
          label={t(lang, "ui.writing", { percent: formatPercent(lang, run.fraction) })}
          percentComplete={run.fraction}
        />
      );
    case "done":
      return (
        <Done lang={lang} sheet={run.sheet} report={run.report} seconds={run.seconds} onSelect={onSelect} />
      );
    case "refused":
      return (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline>
          <Stack tokens={{ childrenGap: 4 }}>
            <Text styles={{ root: { fontWeight: 600 } }}>{t(lang, "ui.refused")}</Text>
            <IssueList lang={lang} issues={run.issues} sheet={run.sheet} onSelect={onSelect} />
            <Text>{t(lang, "ui.refusedHelp")}</Text>
          </Stack>
        </MessageBar>
      );
    case "failed":
      return (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline
          actions={<MessageBarButton onClick={onRetry}>{t(lang, "ui.tryAgain")}</MessageBarButton>}
        >
          <Text styles={{ root: { fontWeight: 600 } }}>{t(lang, "ui.failed")}</Text>{" "}
          {t(lang, "ui.failedDetail", { message: run.message })}
        </MessageBar>
      );
  }
}

interface DoneProps {
  readonly lang: Lang;
  readonly sheet: string;
  readonly report: RatioReport;
  readonly seconds: number;
  readonly onSelect: (sheet: string, cell: string) => Promise<void>;
}

function Done({ lang, sheet, report, seconds, onSelect }: DoneProps) {
  const [open, setOpen] = useState(false);
  const last = report.firstColumn + report.columns.length - 1;
  const problems = report.rowsWithIssues;
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <MessageBar messageBarType={MessageBarType.success} isMultiline>
        {t(lang, "ui.done", {
          rows: formatNumber(lang, report.rows),
          columns: formatNumber(lang, report.columns.length),
          seconds: formatNumber(lang, seconds, 1),
        })}
        <br />
        {t(lang, "ui.doneWhere", {
          first: columnLetters(report.firstColumn),
          last: columnLetters(last),
          sheet: report.sheet,
          columns: report.columns.join(lang === "zh-CN" ? "、" : ", "),
        })}
      </MessageBar>
      {problems > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <Stack tokens={{ childrenGap: 4 }}>
            <Link
              onClick={() => setOpen(!open)}
              aria-expanded={open}
              title={t(lang, open ? "ui.hideProblems" : "ui.showProblems")}
            >
              <span>
                {problems === 1
                  ? t(lang, "ui.problemsOne")
                  : t(lang, "ui.problems", { count: formatNumber(lang, problems) })}
              </span>{" "}
              <Icon iconName={open ? "ChevronUp" : "ChevronDown"} />
            </Link>
            {open && <IssueList lang={lang} issues={report.issues} sheet={sheet} onSelect={onSelect} />}
          </Stack>
        </MessageBar>
      )}
    </Stack>
  );
}
