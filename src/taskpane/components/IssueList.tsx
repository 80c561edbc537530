import { useState } from "react";
import { Link, MessageBar, MessageBarType, Stack, Text, useTheme } from "@fluentui/react";
import type { Theme } from "@fluentui/react";
import type { Issue, Lang } from "../../domain/types";
import { issueLocation, issueText, t } from "../../i18n";
import { formatNumber } from "../format";
import { describeError } from "../describeError";
import { messageLinkStyles } from "../messageLinkStyles";

/** How many issues the pane lists: enough to work through, few enough to stay quick in a narrow pane. */
export const issueListLimit = 50;

export interface IssueListProps {
  readonly lang: Lang;
  readonly issues: readonly Issue[];
  /** The sheet an issue points into when it names none. */
  readonly sheet: string;
  readonly onSelect: (sheet: string, cell: string) => Promise<void>;
  /** The customer on an issue's row, shown with its cell. */
  readonly customerOf?: (issue: Issue) => string | undefined;
}

/** Issues as a list; each one with a cell is a link that selects that cell in Excel. */
export function IssueList({ lang, issues, sheet, onSelect, customerOf }: IssueListProps) {
  const [selectError, setSelectError] = useState<string | null>(null);
  const theme = useTheme();
  const shown = issues.slice(0, issueListLimit);
  const select = (target: string, cell: string) => {
    setSelectError(null);
    onSelect(target, cell).catch((error: unknown) =>
      setSelectError(t(lang, "ui.selectFailed", { cell, message: describeError(error).message })),
    );
  };
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      {issues.length > shown.length && (
        <Text variant="small">
          {t(lang, "ui.firstProblems", {
            shown: formatNumber(lang, shown.length),
            total: formatNumber(lang, issues.length),
          })}
        </Text>
      )}
      {/* No bullets: a link is a button, whose bullet would sit by its last line when the text wraps. */}
      <Stack
        as="ul"
        tokens={{ childrenGap: 4 }}
        styles={{ root: { margin: 0, padding: 0, listStyle: "none" } }}
      >
        {shown.map((issue, index) => (
          <li key={index}>{renderIssue(lang, issue, sheet, select, customerOf?.(issue), theme)}</li>
        ))}
      </Stack>
      {selectError !== null && <MessageBar messageBarType={MessageBarType.error}>{selectError}</MessageBar>}
    </Stack>
  );
}

function renderIssue(
  lang: Lang,
  issue: Issue,
  sheet: string,
  select: (sheet: string, cell: string) => void,
  customer: string | undefined,
  theme: Theme,
) {
  const text =
    customer === undefined
      ? issueText(lang, issue, "long")
      : t(lang, "ui.issueWithCustomer", {
          location: issueLocation(issue),
          customer,
          issue: issueText(lang, issue, "short"),
        });
  const cell = issue.cell;
  if (cell === undefined) return <Text>{text}</Text>;
  return (
    <Link onClick={() => select(issue.sheet ?? sheet, cell)} styles={messageLinkStyles(theme)}>
      {text}
    </Link>
  );
}
