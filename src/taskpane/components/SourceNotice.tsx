import { MessageBar, MessageBarButton, MessageBarType, Spinner, Stack, Text } from "@fluentui/react";
import type { Issue, Lang } from "../../domain/types";
import type { SourceState } from "../hooks/useRatioJob";
import { issueText, t } from "../../i18n";
import { FailureText } from "./FailureText";

export interface SourceNoticeProps {
  readonly lang: Lang;
  readonly source: SourceState;
  /** Read the sheet again: the way out of a failed read. */
  readonly onReload: () => void;
}

/** Every source state that is not a usable table gets words: reading, unreadable, empty, no headers. */
export function SourceNotice({ lang, source, onReload }: SourceNoticeProps) {
  switch (source.kind) {
    case "loading":
      return (
        <Spinner
          label={t(lang, "ui.loading")}
          labelPosition="right"
          styles={{ root: { justifyContent: "flex-start" } }}
        />
      );
    case "readFailed":
      return (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline
          actions={<MessageBarButton onClick={onReload}>{t(lang, "ui.reload")}</MessageBarButton>}
        >
          <FailureText
            lang={lang}
            text={t(lang, "ui.readFailed", { message: source.failure.message })}
            help={t(lang, "ui.readFailedHelp")}
            failure={source.failure}
          />
        </MessageBar>
      );
    case "inspectFailed":
      return (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          <FailureText
            lang={lang}
            text={t(lang, "ui.failedDetail", { message: source.failure.message })}
            help={t(lang, "ui.inspectFailedHelp")}
            failure={source.failure}
          />
        </MessageBar>
      );
    case "empty":
      return <MessageBar isMultiline>{t(lang, "ui.emptySheet", { sheet: source.sheet })}</MessageBar>;
    case "inspected":
      if (source.inspection.ok) return null;
      return <NotATable lang={lang} sheet={source.sheet} issues={source.inspection.issues} />;
  }
}

function NotATable({
  lang,
  sheet,
  issues,
}: {
  readonly lang: Lang;
  readonly sheet: string;
  readonly issues: readonly Issue[];
}) {
  if (issues.some((issue) => issue.code === "source.noHeaderRow")) {
    return (
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        <Stack tokens={{ childrenGap: 4 }}>
          <Text>{t(lang, "ui.noHeaders", { sheet })}</Text>
          <Text>{t(lang, "ui.noHeadersHelp")}</Text>
        </Stack>
      </MessageBar>
    );
  }
  // Any other reason the sheet is not a source table (e.g. no customer rows under the headers), in the catalog's words.
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline>
      {issues.map((issue) => issueText(lang, issue, "long")).join(" ")}
    </MessageBar>
  );
}
