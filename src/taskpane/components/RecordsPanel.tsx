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
import type { CreatedThing } from "../../jobs/jobDefinition";
import { t } from "../../i18n";
import type { JobPanelProps } from "../jobPanel";
import type { RecordsJob } from "../hooks/useRecordsJob";
import { useRecordsJob } from "../hooks/useRecordsJob";
import { CustomerPicker } from "./CustomerPicker";
import { RoleSheetPickers, WillCreate } from "./GenericJobPanel";
import { IssueList } from "./IssueList";
import { RecordsOutcome } from "./RecordsOutcome";

/**
 * The Records panel: the customer sheet, its customers to choose from (search, tier filter, select all / none, how
 * many are chosen), what the run will create, one button that generates the record sheets for exactly the customers
 * chosen, progress, and the outcome with the sheets created and those kept as they were.
 */
export function RecordsPanel({ host, lang, job }: JobPanelProps) {
  const state = useRecordsJob(host, job, lang);
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
        <>
          <RoleSheetPickers
            lang={lang}
            roles={job.reads}
            names={sheets.names}
            chosen={{ accounts: state.sheet }}
            disabled={running}
            onChoose={(_role, sheet) => sheet !== null && state.chooseSheet(sheet)}
          />
          <Customers lang={lang} state={state} creates={job.creates} disabled={running} onSelect={select} />
        </>
      )}
      <RecordsOutcome
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

interface CustomersProps {
  readonly lang: Lang;
  readonly state: RecordsJob;
  readonly creates: readonly CreatedThing[];
  readonly disabled: boolean;
  readonly onSelect: (sheet: string, cell: string) => Promise<void>;
}

/** The customer list as read from the sheet, what the run will create, and the run button. */
function Customers({ lang, state, creates, disabled, onSelect }: CustomersProps) {
  const { facts } = state;
  switch (facts.kind) {
    case "none":
      return null;
    case "loading":
      return <Spinner label={t(lang, "ui.records.reading")} />;
    case "readFailed":
      return (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {t(lang, "ui.readFailed", { message: facts.failure.message })}
        </MessageBar>
      );
    case "noTable":
      return (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <Stack tokens={{ childrenGap: 4 }}>
            <Text>{t(lang, "ui.records.noTable", { sheet: facts.sheet })}</Text>
            <IssueList lang={lang} issues={facts.issues} sheet={facts.sheet} onSelect={onSelect} />
          </Stack>
        </MessageBar>
      );
    case "read": {
      const count = facts.customers.filter((customer) => state.chosen.has(customer.key)).length;
      return (
        <>
          <CustomerPicker
            lang={lang}
            sheet={facts.sheet}
            customers={facts.customers}
            shown={state.shown}
            chosen={state.chosen}
            hasTiers={facts.hasTiers}
            search={state.search}
            tiers={state.tiers}
            disabled={disabled}
            onSearch={state.setSearch}
            onTier={state.toggleTier}
            onToggle={state.toggle}
            onChooseShown={state.chooseShown}
          />
          {count === 0 ? (
            <Text>{t(lang, "ui.records.noneChosen")}</Text>
          ) : (
            <WillCreate lang={lang} creates={creates} />
          )}
          <PrimaryButton
            text={t(lang, "ui.records.run")}
            disabled={disabled || count === 0}
            onClick={() => state.start()}
            styles={{ root: { alignSelf: "flex-start" } }}
          />
        </>
      );
    }
  }
}
