import {
  MessageBar,
  MessageBarButton,
  MessageBarType,
  PrimaryButton,
  Spinner,
  Stack,
  Text,
} from "@fluentui/react";
import type { IDropdownOption } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import type { CreatedThing, SheetRole } from "../../jobs/jobDefinition";
import { t } from "../../i18n";
import type { JobPanelProps } from "../jobPanel";
import type { RoleSheets } from "../hooks/genericJobState";
import { useGenericJob } from "../hooks/useGenericJob";
import { GenericOutcome } from "./GenericOutcome";
import { JobOptions } from "./JobOptions";
import { PaneDropdown } from "./PaneDropdown";

/**
 * The panel of a job without one of its own, built from its definition: a sheet per role it reads, its options,
 * what it will create, one button that runs it, and the outcome.
 */
export function GenericJobPanel({ host, lang, job }: JobPanelProps) {
  const state = useGenericJob(host, job, lang);
  const { sheets, run } = state;
  const running = run.kind === "running";
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
          actions={<MessageBarButton onClick={state.reload}>{t(lang, "ui.reload")}</MessageBarButton>}
        >
          {t(lang, "ui.readFailed", { message: sheets.failure.message })}
        </MessageBar>
      )}
      {sheets.kind === "listed" && (
        <>
          <RoleSheetPickers
            lang={lang}
            roles={job.reads}
            names={sheets.names}
            chosen={state.roles}
            disabled={running}
            onChoose={state.chooseSheet}
          />
          <JobOptions
            lang={lang}
            options={job.options}
            entries={state.entries}
            disabled={running}
            onChange={state.setEntry}
          />
          <WillCreate lang={lang} creates={job.creates} />
          <PrimaryButton
            text={job.names[lang]}
            disabled={!state.ready || running}
            onClick={() => state.start()}
            styles={{ root: { alignSelf: "flex-start" } }}
          />
        </>
      )}
      <GenericOutcome
        lang={lang}
        job={job}
        run={run}
        onSelect={(sheet, cell) => host.select(sheet, cell)}
        onRetry={() => state.start()}
        onNewCopy={() => state.start(true)}
      />
    </Stack>
  );
}

export interface RoleSheetPickersProps {
  readonly lang: Lang;
  readonly roles: readonly SheetRole[];
  readonly names: readonly string[];
  readonly chosen: RoleSheets;
  readonly disabled: boolean;
  readonly onChoose: (role: string, sheet: string | null) => void;
}

// The key of the "not used" entry of an optional role: no sheet name is empty.
const notUsed = "";

/** A sheet dropdown for each role the job reads; an optional role may be left unused. */
export function RoleSheetPickers({ lang, roles, names, chosen, disabled, onChoose }: RoleSheetPickersProps) {
  const sheetOptions: IDropdownOption[] = names.map((name) => ({ key: name, text: name }));
  return (
    <>
      {roles.map((role) => (
        <PaneDropdown
          key={role.role}
          label={role.names[lang]}
          required={role.optional !== true}
          placeholder={t(lang, "ui.chooseSheet")}
          options={
            role.optional === true
              ? [{ key: notUsed, text: t(lang, "ui.sheetNotUsed") }, ...sheetOptions]
              : sheetOptions
          }
          selectedKey={chosen[role.role] ?? (role.optional === true ? notUsed : null)}
          disabled={disabled}
          onChange={(_event, option) =>
            option && onChoose(role.role, option.key === notUsed ? null : String(option.key))
          }
        />
      ))}
    </>
  );
}

/** What a run creates, named in the pane's language: show before doing. */
export function WillCreate({
  lang,
  creates,
}: {
  readonly lang: Lang;
  readonly creates: readonly CreatedThing[];
}) {
  if (creates.length === 0) return null;
  return (
    <Stack tokens={{ childrenGap: 2 }}>
      <Text>{t(lang, "ui.willCreate")}</Text>
      <Stack as="ul" tokens={{ childrenGap: 2 }} styles={{ root: { margin: 0, paddingLeft: 20 } }}>
        {creates.map((thing, index) => (
          <Text as="li" key={index}>
            {t(lang, thing.kind === "sheet" ? "ui.createsSheet" : "ui.createsColumns", {
              name: thing.names[lang],
            })}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}
