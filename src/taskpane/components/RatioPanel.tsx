import { Stack, Text } from "@fluentui/react";
import type { JobPanelProps } from "../jobPanel";
import { useRatioJob } from "../hooks/useRatioJob";
import type { RatioJobs } from "../hooks/useRatioJob";
import { FieldMapping } from "./FieldMapping";
import { ResultView } from "./ResultView";
import { RunControls } from "./RunControls";
import { SourceNotice } from "./SourceNotice";
import { SourceSummary } from "./SourceSummary";

export interface RatioPanelProps extends JobPanelProps {
  /** The ratio job's functions; the real ones unless a test passes others. */
  readonly jobs?: RatioJobs;
}

/** The customer-ratio panel: shows the source and what it will write, then runs the job and reports the outcome. */
export function RatioPanel({ host, lang, job: definition, jobs }: RatioPanelProps) {
  const job = useRatioJob(host, lang, jobs);
  const { source, run, sheet } = job;
  const inspection = source.kind === "inspected" && source.inspection.ok ? source.inspection : null;
  const owned = source.kind === "inspected" ? source.snapshot.owned : [];
  // The block starts where an earlier run's block starts: the run rewrites those columns instead of adding more.
  const updating = inspection !== null && owned.some((block) => block.rect.left === inspection.firstColumn);
  const running = run.kind === "running";
  const select = (target: string, cell: string) => host.select(target, cell);
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text variant="large" as="h2" styles={{ root: { margin: 0 } }}>
        {definition.names[lang]}
      </Text>
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
