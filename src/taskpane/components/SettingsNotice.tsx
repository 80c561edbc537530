import { Link, MessageBar, MessageBarButton, MessageBarType, Spinner, Stack, Text } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import { catalog, t } from "../../i18n";
import { formatNumber } from "../format";
import type { ScoreSettingsState } from "../hooks/useScoreSettings";
import { IssueList } from "./IssueList";

export interface SettingsNoticeProps {
  readonly lang: Lang;
  readonly state: ScoreSettingsState;
  readonly onSelect: (sheet: string, cell: string) => Promise<void>;
  readonly onReload: () => void;
}

/** Where the settings come from: reading them, the sheet they were read from (or that a run creates), bad cells. */
export function SettingsNotice({ lang, state, onSelect, onReload }: SettingsNoticeProps) {
  const reload = (
    <MessageBarButton onClick={onReload}>{t(lang, "ui.scores.readSettingsAgain")}</MessageBarButton>
  );
  switch (state.kind) {
    case "loading":
      return <Spinner label={t(lang, "ui.scores.readingSettings")} />;
    case "readFailed":
      return (
        <MessageBar messageBarType={MessageBarType.error} isMultiline actions={reload}>
          {t(lang, "ui.readFailed", { message: state.failure.message })}
        </MessageBar>
      );
    case "read": {
      const { sheet, issues } = state;
      if (sheet === null)
        return <Text>{t(lang, "ui.scores.settingsNew", { sheet: catalog(lang).settings.sheet })}</Text>;
      if (issues.length === 0)
        return (
          <Text>
            {t(lang, "ui.scores.settingsFrom", { sheet })}{" "}
            <Link onClick={onReload}>{t(lang, "ui.scores.readSettingsAgain")}</Link>
          </Text>
        );
      return (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline actions={reload}>
          <Stack tokens={{ childrenGap: 4 }}>
            <Text>
              {t(lang, "ui.scores.settingsIssues", { sheet, count: formatNumber(lang, issues.length) })}
            </Text>
            <IssueList lang={lang} issues={issues} sheet={sheet} onSelect={onSelect} />
          </Stack>
        </MessageBar>
      );
    }
  }
}
