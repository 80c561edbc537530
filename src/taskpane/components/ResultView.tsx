import {
  MessageBar,
  MessageBarButton,
  MessageBarType,
  ProgressIndicator,
  Stack,
  Text,
} from "@fluentui/react";
import type { Issue, Lang } from "../../domain/types";
import type { RunState } from "../hooks/useRatioJob";
import { t } from "../../i18n";
import { formatPercent } from "../format";
import { Done } from "./Done";
import { FailureText } from "./FailureText";
import { IssueList } from "./IssueList";
import { OutcomeRegion } from "./OutcomeRegion";

export interface ResultViewProps {
  readonly lang: Lang;
  readonly run: RunState;
  readonly onSelect: (sheet: string, cell: string) => Promise<void>;
  readonly onRetry: () => void;
  readonly customerOf?: (issue: Issue) => string | undefined;
}

/**
 * The run's progress and outcome: written, refused (why, what to do) or failed (what happened, what to do), in a
 * region that takes focus when the run starts and when its outcome arrives.
 */
export function ResultView(props: ResultViewProps) {
  const { lang, run } = props;
  if (run.kind === "idle") return null;
  return (
    <OutcomeRegion lang={lang} state={run.kind}>
      <Outcome {...props} />
    </OutcomeRegion>
  );
}

function Outcome({ lang, run, onSelect, onRetry, customerOf }: ResultViewProps) {
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
      return <Done lang={lang} run={run} onSelect={onSelect} {...(customerOf ? { customerOf } : {})} />;
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
          <Text styles={{ root: { fontWeight: 600 } }}>
            {t(lang, run.writing ? "ui.failedWriting" : "ui.failed")}
          </Text>
          <FailureText
            lang={lang}
            text={t(lang, "ui.failedDetail", { message: run.failure.message })}
            help={t(lang, run.writing ? "ui.failedWritingHelp" : "ui.failedHelp")}
            failure={run.failure}
          />
        </MessageBar>
      );
  }
}
