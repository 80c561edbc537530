import {
  MessageBar,
  MessageBarButton,
  MessageBarType,
  PrimaryButton,
  Spinner,
  Stack,
  Text,
} from "@fluentui/react";
import { t } from "../../i18n";
import type { JobPanelProps } from "../jobPanel";
import { useTransactionsJob } from "../hooks/useTransactionsJob";
import { RoleSheetPickers, WillCreate } from "./GenericJobPanel";
import { TransactionsOutcome } from "./TransactionsOutcome";

/**
 * The transactions panel: the order-lines sheet and the (optional) customer sheet, what the run will create, one
 * button, a determinate progress bar while the host reads and writes in chunks, and the outcome with the months
 * covered, the top customers and what was read.
 */
export function TransactionsPanel({ host, lang, job }: JobPanelProps) {
  const state = useTransactionsJob(host, job, lang);
  const { sheets, run } = state;
  const running = run.kind === "running";
  const customers = state.roles["customers"] ?? null;
  // Without a customer sheet the run adds no columns: only the sheets are shown as what it creates.
  const creates = customers === null ? job.creates.filter((thing) => thing.kind === "sheet") : job.creates;
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
          <Text variant="small">
            {t(lang, customers === null ? "ui.transactions.noCustomers" : "ui.transactions.withCustomers")}
          </Text>
          <WillCreate lang={lang} creates={creates} />
          <PrimaryButton
            text={t(lang, "ui.transactions.run")}
            disabled={!state.ready || running}
            onClick={() => state.start()}
            styles={{ root: { alignSelf: "flex-start" } }}
          />
        </>
      )}
      <TransactionsOutcome
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
