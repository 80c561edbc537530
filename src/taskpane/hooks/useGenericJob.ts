import { useCallback, useEffect, useRef, useState } from "react";
import type { Lang } from "../../domain/types";
import type { JobDefinition, JobReport, OptionValue } from "../../jobs/jobDefinition";
import { runRegisteredJob } from "../../jobs/runJob";
import type { WorkbookHost } from "../../plan/sheetSnapshot";
import { describeError } from "../describeError";
import type { GenericRunState, OptionEntries, RoleSheets, SheetsState } from "./genericJobState";
import { chosenSheets, defaultEntries, defaultSheets, optionValues } from "./genericJobState";
import { changeDebounceMs, useWorkbookChanges } from "./useWorkbookChanges";

export interface GenericJob {
  readonly sheets: SheetsState;
  readonly roles: RoleSheets;
  readonly entries: OptionEntries;
  readonly run: GenericRunState;
  /** Every required role has a sheet and every option is valid. */
  readonly ready: boolean;
  readonly chooseSheet: (role: string, sheet: string | null) => void;
  readonly setEntry: (option: string, value: OptionValue) => void;
  readonly start: (newCopy?: boolean) => void;
  /** List the sheets again (after a failed read). */
  readonly reload: () => void;
}

/**
 * A registered job's panel state: the workbook's sheets, the sheet per role, the options as entered, the last run.
 * Runs the job through `runRegisteredJob` (one host transaction, its edits checked before anything is written).
 */
export function useGenericJob(host: WorkbookHost, job: JobDefinition<JobReport>, lang: Lang): GenericJob {
  const [sheets, setSheets] = useState<SheetsState>({ kind: "loading" });
  const [roles, setRoles] = useState<RoleSheets>({});
  const [entries, setEntries] = useState<OptionEntries>(() => defaultEntries(job));
  const [run, setRun] = useState<GenericRunState>({ kind: "idle" });
  // While a job runs, and for a moment after its own write, workbook changes are the job's: not a reason to list.
  const busyUntil = useRef(0);

  const list = useCallback(
    (follow: string | null) => {
      Promise.all([host.listSheets(), host.activeSheet()]).then(
        ([names, active]) => {
          setSheets({ kind: "listed", names });
          setRoles((old) => {
            const fresh = defaultSheets(job, names, follow ?? active);
            const kept: Record<string, string | null> = {};
            // Keep what the person chose while it still exists; a followed sheet replaces the first role's.
            for (const [role, sheet] of Object.entries(fresh)) {
              const earlier = old[role];
              const first = role === job.reads[0]?.role;
              kept[role] =
                earlier != null && names.includes(earlier) && !(first && follow !== null) ? earlier : sheet;
            }
            return kept;
          });
        },
        (error: unknown) => setSheets({ kind: "readFailed", failure: describeError(error, lang) }),
      );
    },
    [host, job, lang],
  );

  useEffect(() => list(null), [list]);
  useWorkbookChanges(
    host,
    null,
    () => performance.now() < busyUntil.current,
    useCallback((refresh) => list(refresh.kind === "follow" ? refresh.sheet : null), [list]),
  );

  const sheetsToRun = chosenSheets(job, roles);
  const options = optionValues(job, entries);

  /** Run the job; `newCopy` writes a new copy of a generated sheet the person has typed into. */
  const start = useCallback(
    (newCopy = false) => {
      if (sheetsToRun === null || options === null) return;
      const sheet = Object.values(sheetsToRun)[0] ?? "";
      busyUntil.current = Infinity;
      const finish = (next: GenericRunState) => {
        busyUntil.current = performance.now() + changeDebounceMs;
        setRun(next);
      };
      setRun({ kind: "running", fraction: null });
      const request = { sheets: sheetsToRun, options, lang, ...(newCopy ? { newCopy: true } : {}) };
      runRegisteredJob(host, job, request, (fraction) => setRun({ kind: "running", fraction })).then(
        (outcome) =>
          finish(
            outcome.ok
              ? { kind: "done", sheet, report: outcome.report }
              : { kind: "refused", sheet, issues: outcome.issues },
          ),
        (error: unknown) => finish({ kind: "failed", failure: describeError(error, lang) }),
      );
    },
    [host, job, lang, options, sheetsToRun],
  );

  return {
    sheets,
    roles,
    entries,
    run,
    ready: sheetsToRun !== null && options !== null,
    chooseSheet: useCallback((role, sheet) => setRoles((old) => ({ ...old, [role]: sheet })), []),
    setEntry: useCallback((option, value) => setEntries((old) => ({ ...old, [option]: value })), []),
    start,
    reload: useCallback(() => {
      setSheets({ kind: "loading" });
      list(null);
    }, [list]),
  };
}
