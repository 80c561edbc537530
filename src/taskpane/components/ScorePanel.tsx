import {
  MessageBar,
  MessageBarButton,
  MessageBarType,
  PrimaryButton,
  Spinner,
  Stack,
  Text,
} from "@fluentui/react";
import { influenceFactors, priorityParts } from "../../domain/scoring/scoreSettings";
import type { Lang } from "../../domain/types";
import { catalog, t } from "../../i18n";
import { formatNumber } from "../format";
import type { JobPanelProps } from "../jobPanel";
import type { ScoreJob } from "../hooks/useScoreJob";
import { useScoreJob } from "../hooks/useScoreJob";
import { AhpEditor } from "./AhpEditor";
import { JobOptions } from "./JobOptions";
import { PaneDropdown } from "./PaneDropdown";
import { ScoreOutcome } from "./ScoreOutcome";
import { SettingsNotice } from "./SettingsNotice";
import { TierRuleEditor } from "./TierRuleEditor";
import { WeightGroupEditor } from "./WeightGroupEditor";
import { influenceWeights } from "../scoreDraft";

/**
 * The scores panel: the customer sheet, the settings read from the workbook and edited here (two weight groups that
 * always add up to 1, the AHP option, the tier rule and the method per tier), one button that writes the changed
 * settings and runs the job, and the outcome with the tier distribution.
 */
export function ScorePanel({ host, lang, job }: JobPanelProps) {
  const state = useScoreJob(host, job, lang);
  const { generic, run } = state;
  const running = run.kind === "running";
  const select = (sheet: string, cell: string) => host.select(sheet, cell);
  const customers = job.reads[0];
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text variant="large" as="h2" styles={{ root: { margin: 0 } }}>
        {job.names[lang]}
      </Text>
      <Text>{job.summary[lang]}</Text>
      {generic.sheets.kind === "loading" && <Spinner label={t(lang, "ui.loading")} />}
      {generic.sheets.kind === "readFailed" && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline
          actions={<MessageBarButton onClick={generic.reload}>{t(lang, "ui.reload")}</MessageBarButton>}
        >
          {t(lang, "ui.readFailed", { message: generic.sheets.failure.message })}
        </MessageBar>
      )}
      {generic.sheets.kind === "listed" && customers !== undefined && (
        <>
          <PaneDropdown
            label={customers.names[lang]}
            required
            placeholder={t(lang, "ui.chooseSheet")}
            options={generic.sheets.names.map((name) => ({ key: name, text: name }))}
            selectedKey={generic.roles[customers.role] ?? null}
            disabled={running}
            onChange={(_event, option) => option && generic.chooseSheet(customers.role, String(option.key))}
          />
          <JobOptions
            lang={lang}
            options={job.options}
            entries={generic.entries}
            disabled={running}
            onChange={generic.setEntry}
          />
        </>
      )}
      <SettingsNotice lang={lang} state={state.settings} onSelect={select} onReload={state.reloadSettings} />
      <SettingsEditor lang={lang} state={state} disabled={running} />
      <ScoreOutcome
        lang={lang}
        job={job}
        run={run}
        settingsSent={state.settingsSent}
        onSelect={select}
        onRetry={() => state.start()}
        onNewCopy={() => state.start(true)}
      />
    </Stack>
  );
}

/** The settings as edited, what the run will write, and the run button. */
function SettingsEditor({ lang, state, disabled }: { lang: Lang; state: ScoreJob; disabled: boolean }) {
  const { draft, edit, changes, settings } = state;
  if (draft === null || settings.kind !== "read") return null;
  const texts = catalog(lang).settings;
  const influenceNames = influenceFactors.map((factor) => texts.influence[factor]);
  const [cost = "", technology = "", policy = ""] = influenceNames;
  const count = changes === null ? 0 : Object.keys(changes).length;
  const sheet = settings.sheet ?? texts.sheet;
  const ready = changes !== null && state.generic.ready;
  return (
    <>
      <WeightGroupEditor
        lang={lang}
        title={t(lang, "ui.scores.influenceTitle")}
        names={influenceNames}
        weights={influenceWeights(draft)}
        disabled={disabled || draft.ahp.on}
        onChange={(influence) => edit((old) => ({ ...old, influence }))}
      />
      <AhpEditor
        lang={lang}
        names={[cost, technology, policy]}
        {...draft.ahp}
        disabled={disabled}
        onToggle={(on) => edit((old) => ({ ...old, ahp: { ...old.ahp, on } }))}
        onJudgements={(judgements) => edit((old) => ({ ...old, ahp: { ...old.ahp, judgements } }))}
        onMethod={(method) => edit((old) => ({ ...old, ahp: { ...old.ahp, method } }))}
      />
      <WeightGroupEditor
        lang={lang}
        title={t(lang, "ui.scores.priorityTitle")}
        names={priorityParts.map((part) => texts.priority[part])}
        weights={draft.priority}
        disabled={disabled}
        onChange={(priority) => edit((old) => ({ ...old, priority }))}
      />
      <Text variant="small">{t(lang, "ui.scores.weightsHelp")}</Text>
      <TierRuleEditor
        lang={lang}
        draft={draft}
        disabled={disabled}
        onMode={(tierMode) => edit((old) => ({ ...old, tierMode }))}
        onValue={(key, text) => edit((old) => ({ ...old, tierValues: { ...old.tierValues, [key]: text } }))}
        onApproach={(tier, approach) =>
          edit((old) => ({ ...old, approaches: { ...old.approaches, [tier]: approach } }))
        }
      />
      <Text>
        {count > 0
          ? t(lang, "ui.scores.willWrite", { count: formatNumber(lang, count), sheet })
          : t(lang, "ui.scores.noChanges")}
      </Text>
      <PrimaryButton
        text={t(lang, "ui.scores.run")}
        disabled={!ready || disabled}
        onClick={() => state.start()}
        styles={{ root: { alignSelf: "flex-start" } }}
      />
    </>
  );
}
