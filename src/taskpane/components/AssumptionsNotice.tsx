import { Link, MessageBar, MessageBarButton, MessageBarType, Spinner, Stack, Text } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import { catalog, t } from "../../i18n";
import { formatNumber } from "../format";
import type { AssumptionsState } from "../hooks/useForecastAssumptions";
import { IssueList } from "./IssueList";

export interface AssumptionsNoticeProps {
  readonly lang: Lang;
  readonly state: AssumptionsState;
  readonly onSelect: (sheet: string, cell: string) => Promise<void>;
  readonly onReload: () => void;
}

/** Where the assumptions come from: reading them, the sheet read (or that a run creates), its unusable cells. */
export function AssumptionsNotice({ lang, state, onSelect, onReload }: AssumptionsNoticeProps) {
  const readAgain = t(lang, "ui.forecast.readAgain");
  switch (state.kind) {
    case "loading":
      return <Spinner label={t(lang, "ui.forecast.readingAssumptions")} />;
    case "readFailed":
      return (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline
          actions={<MessageBarButton onClick={onReload}>{readAgain}</MessageBarButton>}
        >
          {t(lang, "ui.readFailed", { message: state.failure.message })}
        </MessageBar>
      );
    case "read": {
      const { sheet, issues } = state;
      if (sheet === null)
        return (
          <Text>
            {t(lang, "ui.forecast.assumptionsNew", { sheet: catalog(lang).forecast.assumptions.sheet })}
          </Text>
        );
      if (issues.length === 0)
        return (
          <Text>
            {t(lang, "ui.forecast.assumptionsFrom", { sheet })} <Link onClick={onReload}>{readAgain}</Link>
          </Text>
        );
      return (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={<MessageBarButton onClick={onReload}>{readAgain}</MessageBarButton>}
        >
          <Stack tokens={{ childrenGap: 4 }}>
            <Text>
              {t(lang, "ui.forecast.assumptionsIssues", { sheet, count: formatNumber(lang, issues.length) })}
            </Text>
            <IssueList lang={lang} issues={issues} sheet={sheet} onSelect={onSelect} />
          </Stack>
        </MessageBar>
      );
    }
  }
}
