import { useState } from "react";
import { Icon, Link, MessageBar, MessageBarType, Stack, useTheme } from "@fluentui/react";
import type { Issue, Lang } from "../../domain/types";
import type { RatioReport } from "../../jobs/ratios";
import { columnLetters } from "../../domain/address";
import { t } from "../../i18n";
import { formatNumber } from "../format";
import { messageLinkStyles } from "../messageLinkStyles";
import { IssueList } from "./IssueList";

export interface DoneProps {
  readonly lang: Lang;
  readonly run: { readonly sheet: string; readonly report: RatioReport; readonly seconds: number };
  readonly onSelect: (sheet: string, cell: string) => Promise<void>;
  readonly customerOf?: (issue: Issue) => string | undefined;
}

/** "662 rows have problems (700 problems)": the rows and the problems both counted, as the list counts problems. */
function problemsText(lang: Lang, report: RatioReport): string {
  const rows = report.rowsWithIssues;
  const count = formatNumber(lang, report.issues.length);
  if (rows === 1)
    return t(lang, report.issues.length === 1 ? "ui.problemOne" : "ui.problemsOneRow", { count });
  return t(lang, "ui.problems", { rows: formatNumber(lang, rows), count });
}

/** A finished run: customers analysed and where the columns went, then the rows with problems as a list to open. */
export function Done({ lang, run, onSelect, customerOf }: DoneProps) {
  const [open, setOpen] = useState(false);
  const theme = useTheme();
  const { report, sheet, seconds } = run;
  const last = report.firstColumn + report.columns.length - 1;
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
      {report.rowsWithIssues > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <Stack tokens={{ childrenGap: 4 }}>
            <Link
              onClick={() => setOpen(!open)}
              aria-expanded={open}
              title={t(lang, open ? "ui.hideProblems" : "ui.showProblems")}
              styles={messageLinkStyles(theme)}
            >
              <span>{problemsText(lang, report)}</span> <Icon iconName={open ? "ChevronUp" : "ChevronDown"} />
            </Link>
            {open && (
              <IssueList
                lang={lang}
                issues={report.issues}
                sheet={sheet}
                onSelect={onSelect}
                {...(customerOf ? { customerOf } : {})}
              />
            )}
          </Stack>
        </MessageBar>
      )}
    </Stack>
  );
}
