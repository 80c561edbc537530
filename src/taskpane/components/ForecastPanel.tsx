import {
  MessageBar,
  MessageBarButton,
  MessageBarType,
  PrimaryButton,
  Spinner,
  Stack,
  Text,
} from "@fluentui/react";
import type { Lang } from "../../domain/types";
import { catalog, t } from "../../i18n";
import { formatNumber } from "../format";
import type { JobPanelProps } from "../jobPanel";
import type { ForecastJob } from "../hooks/useForecastJob";
import { useForecastJob } from "../hooks/useForecastJob";
import { AssumptionInputs } from "./AssumptionInputs";
import { AssumptionsNotice } from "./AssumptionsNotice";
import { ForecastOutcome } from "./ForecastOutcome";
import { RoleSheetPickers, WillCreate } from "./GenericJobPanel";

/**
 * The Forecast panel: the customer sheet and the order lines, the assumptions read from the workbook and edited here
 * in four groups, one button that writes the changed assumptions and runs the forecast, a determinate progress bar,
 * and the outcome with the largest forecasts and a chosen customer's chart.
 */
export function ForecastPanel({ host, lang, job }: JobPanelProps) {
  const state = useForecastJob(host, job, lang);
  const { generic, run } = state;
  const { sheets } = generic;
  const running = run.kind === "running";
  const select = (sheet: string, cell: string) => host.select(sheet, cell);
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text variant="large" as="h2" styles={{ root: { margin: 0 } }}>
        {job.names[lang]}
      </Text>
      <Text>{job.summary[lang]}</Text>
      {sheets.kind === "loading" && <Spinner label={t(lang, "ui.loading")} />}
      {sheets.kind === "readFailed" && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline
          actions={<MessageBarButton onClick={generic.reload}>{t(lang, "ui.reload")}</MessageBarButton>}
        >
          {t(lang, "ui.readFailed", { message: sheets.failure.message })}
        </MessageBar>
      )}
      {sheets.kind === "listed" && (
        <RoleSheetPickers
          lang={lang}
          roles={job.reads.filter((role) => role.optional !== true)}
          names={sheets.names}
          chosen={generic.roles}
          disabled={running}
          onChoose={generic.chooseSheet}
        />
      )}
      <AssumptionsNotice
        lang={lang}
        state={state.assumptions}
        onSelect={select}
        onReload={state.reloadAssumptions}
      />
      <Editor lang={lang} state={state} creates={job.creates} disabled={running} />
      <ForecastOutcome
        lang={lang}
        job={job}
        run={run}
        onSelect={select}
        onRetry={() => state.start()}
        onNewCopy={() => state.start(true)}
      />
    </Stack>
  );
}

interface EditorProps {
  readonly lang: Lang;
  readonly state: ForecastJob;
  readonly creates: JobPanelProps["job"]["creates"];
  readonly disabled: boolean;
}

/** The assumptions as edited, what the run will write and create, and the run button. */
function Editor({ lang, state, creates, disabled }: EditorProps) {
  const { entries, changes, assumptions } = state;
  if (entries === null || assumptions.kind !== "read") return null;
  const count = changes === null ? 0 : Object.keys(changes).length;
  const sheet = assumptions.sheet ?? catalog(lang).forecast.assumptions.sheet;
  const ready = changes !== null && state.generic.ready;
  return (
    <>
      <AssumptionInputs
        lang={lang}
        read={assumptions.values}
        entries={entries}
        disabled={disabled}
        onChange={state.edit}
      />
      <Text>
        {changes === null
          ? t(lang, "ui.forecast.blockedInvalid")
          : count > 0
            ? t(lang, "ui.forecast.willWrite", { count: formatNumber(lang, count), sheet })
            : t(lang, "ui.forecast.noChanges")}
      </Text>
      <WillCreate lang={lang} creates={creates} />
      <PrimaryButton
        text={t(lang, "ui.forecast.run")}
        disabled={!ready || disabled}
        onClick={() => state.start()}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
    </>
  );
}
