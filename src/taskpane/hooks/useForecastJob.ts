import { useCallback, useState } from "react";
import type { Lang } from "../../domain/types";
import type { AssumptionKey } from "../../jobs/forecast/assumptions";
import type { JobDefinition, JobReport } from "../../jobs/jobDefinition";
import { runRegisteredJob } from "../../jobs/runJob";
import type { WorkbookHost } from "../../plan/sheetSnapshot";
import type { AssumptionEntries } from "../assumptionDraft";
import { assumptionChanges, entriesOf } from "../assumptionDraft";
import { describeError } from "../describeError";
import type { GenericRunState } from "./genericJobState";
import { chosenSheets } from "./genericJobState";
import type { GenericJob } from "./useGenericJob";
import type { AssumptionsState } from "./useForecastAssumptions";
import { useForecastAssumptions } from "./useForecastAssumptions";
import { useTransactionsJob } from "./useTransactionsJob";

export interface ForecastJob {
  /** The sheets per role (starting like the Transactions panel: order lines and customers by name). */
  readonly generic: GenericJob;
  readonly assumptions: AssumptionsState;
  /** The entries as typed; null until the assumptions have been read. */
  readonly entries: AssumptionEntries | null;
  /** Assumption → value the run writes (those that differ from the sheet); null while an entry is invalid. */
  readonly changes: Partial<Record<AssumptionKey, number>> | null;
  readonly run: GenericRunState;
  readonly edit: (key: AssumptionKey, text: string) => void;
  readonly start: (newCopy?: boolean) => void;
  /** Read the assumptions again, dropping the edits. */
  readonly reloadAssumptions: () => void;
}

/**
 * The Forecast panel's state: the sheets, the assumptions read from the workbook and the person's entries. A run
 * sends only the changed assumptions; the job writes them into their cells and uses them.
 */
export function useForecastJob(host: WorkbookHost, job: JobDefinition<JobReport>, lang: Lang): ForecastJob {
  const generic = useTransactionsJob(host, job, lang);
  const { state: assumptions, reread } = useForecastAssumptions(
    host,
    lang,
    generic.roles["assumptions"] ?? null,
  );
  const [run, setRun] = useState<GenericRunState>({ kind: "idle" });
  const [edited, setEdited] = useState<AssumptionEntries | null>(null);
  const read = assumptions.kind === "read" ? assumptions.values : null;
  // Unedited, the entries are the values as read; once edited, later reads (after a run) only move the baseline.
  const entries = edited ?? (read === null ? null : entriesOf(read));
  const changes = read !== null && entries !== null ? assumptionChanges(read, entries) : null;
  const sheets = chosenSheets(job, generic.roles);

  const start = useCallback(
    (newCopy = false) => {
      if (sheets === null || changes === null) return;
      const sheet = sheets["customers"] ?? "";
      setRun({ kind: "running", fraction: null });
      const request = { sheets, lang, settings: changes, ...(newCopy ? { newCopy: true } : {}) };
      runRegisteredJob(host, job, request, (fraction) => setRun({ kind: "running", fraction })).then(
        (outcome) => {
          setRun(
            outcome.ok
              ? { kind: "done", sheet, report: outcome.report }
              : { kind: "refused", sheet, issues: outcome.issues },
          );
          if (outcome.ok) reread(true);
        },
        (error: unknown) => setRun({ kind: "failed", failure: describeError(error, lang) }),
      );
    },
    [changes, host, job, lang, reread, sheets],
  );

  return {
    generic,
    assumptions,
    entries,
    changes,
    run,
    edit: useCallback(
      (key: AssumptionKey, text: string) => {
        if (entries !== null) setEdited((old) => ({ ...(old ?? entries), [key]: text }));
      },
      [entries],
    ),
    start,
    reloadAssumptions: useCallback(() => {
      setEdited(null);
      reread();
    }, [reread]),
  };
}
