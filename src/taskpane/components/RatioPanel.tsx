import { Stack, Text } from "@fluentui/react";
import type { Lang } from "../../domain/types";
import type { WorkbookHost } from "../../plan/sheetSnapshot";
import { t } from "../../i18n";
import { useRatioJob } from "../hooks/useRatioJob";
import type { RatioJobs } from "../hooks/useRatioJob";
import { FieldMapping } from "./FieldMapping";
import { LanguageSwitch } from "./LanguageSwitch";
import { ResultView } from "./ResultView";
import { RunControls } from "./RunControls";
import { SourceNotice } from "./SourceNotice";
import { SourceSummary } from "./SourceSummary";

export interface RatioPanelProps {
  readonly host: WorkbookHost;
  readonly lang: Lang;
  readonly onLangChange: (lang: Lang) => void;
  /** The ratio job; the real one unless a test passes another. */
  readonly jobs?: RatioJobs;
}

/** The customer-ratio panel: shows the source and what it will write, then runs the job and reports the outcome. */
export function RatioPanel({ host, lang, onLangChange, jobs }: RatioPanelProps) {
  const job = useRatioJob(host, lang, jobs);
  const { source, run, sheet } = job;
  const inspection = source.kind === "inspected" && source.inspection.ok ? source.inspection : null;
  const owned = source.kind === "inspected" ? source.snapshot.owned : [];
  // The block starts where an earlier run's block starts: the run rewrites those columns instead of adding more.
  const updating = inspection !== null && owned.some((block) => block.rect.left === inspection.firstColumn);
  const running = run.kind === "running";
  const select = (target: string, cell: string) => host.select(target, cell);
  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 16, maxWidth: 480 } }}>
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <Text variant="xLarge" as="h1" styles={{ root: { margin: 0 } }}>
          {t(lang, "ui.title")}
        </Text>
        <LanguageSwitch lang={lang} onChange={onLangChange} />
      </Stack>
      <SourceSummary
        lang={lang}
        sheets={job.sheets}
        sheet={sheet}
        layout={inspection?.layout ?? null}
        disabled={running}
        onSheet={job.chooseSheet}
        onReload={job.reload}
      />
      <SourceNotice lang={lang} source={source} onReload={job.reload} />
      {inspection !== null && sheet !== null && (
        <>
          <FieldMapping
            // A new sheet starts a new mapping: remount so the section opens again when a required field is missing.
            key={sheet}
            lang={lang}
            layout={inspection.layout}
            disabled={running}
            defaultOpen={inspection.missing.length > 0}
            onMap={job.mapField}
          />
          <RunControls
            lang={lang}
            sheet={sheet}
            inspection={inspection}
            updating={updating}
            days={job.days}
            running={running}
            onDays={job.setDays}
            onRun={job.calculate}
            onSelect={select}
          />
        </>
      )}
      <ResultView
        lang={lang}
        run={run}
        onSelect={select}
        onRetry={job.calculate}
        customerOf={job.customerOf}
      />
    </Stack>
  );
}
