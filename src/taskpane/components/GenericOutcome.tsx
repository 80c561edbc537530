import {
  MessageBar,
  MessageBarButton,
  MessageBarType,
  ProgressIndicator,
  Stack,
  Text,
} from "@fluentui/react";
import type { Lang } from "../../domain/types";
import type { JobDefinition, JobReport } from "../../jobs/jobDefinition";
import { t } from "../../i18n";
import { formatPercent } from "../format";
import type { GenericRunState } from "../hooks/genericJobState";
import { FailureText } from "./FailureText";
import { IssueList } from "./IssueList";
import { IssuesFound } from "./OutcomeParts";
import { OutcomeRegion } from "./OutcomeRegion";

export interface GenericOutcomeProps {
  readonly lang: Lang;
  readonly job: JobDefinition<JobReport>;
  readonly run: GenericRunState;
  readonly onSelect: (sheet: string, cell: string) => Promise<void>;
  readonly onRetry: () => void;
  /** Run again writing a new copy of a generated sheet the person typed into. */
  readonly onNewCopy: () => void;
}

/** A generic run's progress, then its outcome: the job's own line and issues, the refusal's issues, or the failure. */
export function GenericOutcome(props: GenericOutcomeProps) {
  if (props.run.kind === "idle") return null;
  return (
    <OutcomeRegion lang={props.lang} state={props.run.kind}>
      <Outcome {...props} />
    </OutcomeRegion>
  );
}

function Outcome({ lang, job, run, onSelect, onRetry, onNewCopy }: GenericOutcomeProps) {
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
    case "done": {
      const { issues } = run.report;
      return (
        <Stack tokens={{ childrenGap: 8 }}>
          <MessageBar messageBarType={MessageBarType.success} isMultiline>
            {job.describe(run.report, lang)}
          </MessageBar>
          <IssuesFound lang={lang} issues={issues} sheet={run.sheet} onSelect={onSelect} />
        </Stack>
      );
    }
    case "refused": {
      // A generated sheet the person typed into is kept: the way on is a new copy beside it.
      const typedInto = run.issues.some((issue) => issue.code === "output.generatedSheetEdited");
      const actions = typedInto ? (
        <MessageBarButton onClick={onNewCopy}>{t(lang, "ui.writeNewCopy")}</MessageBarButton>
      ) : undefined;
      return (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline {...(actions ? { actions } : {})}>
          <Stack tokens={{ childrenGap: 4 }}>
            <Text styles={{ root: { fontWeight: 600 } }}>{t(lang, "ui.refused")}</Text>
            <IssueList lang={lang} issues={run.issues} sheet={run.sheet} onSelect={onSelect} />
            <Text>{t(lang, typedInto ? "ui.newCopyHelp" : "ui.refusedJobHelp")}</Text>
          </Stack>
        </MessageBar>
      );
    }
    case "failed":
      return (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline
          actions={<MessageBarButton onClick={onRetry}>{t(lang, "ui.tryAgain")}</MessageBarButton>}
        >
          <Text styles={{ root: { fontWeight: 600 } }}>
            {t(lang, "ui.failedJob", { job: job.names[lang] })}
          </Text>
          <FailureText
            lang={lang}
            text={t(lang, "ui.failedDetail", { message: run.failure.message })}
            help={t(lang, "ui.failedJobHelp")}
            failure={run.failure}
          />
        </MessageBar>
      );
  }
}
