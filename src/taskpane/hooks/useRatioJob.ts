import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FieldOverrides } from "../../domain/source";
import type { Issue, Lang } from "../../domain/types";
import type { SheetSnapshot, WorkbookHost } from "../../plan/sheetSnapshot";
import type { RatioOptions } from "../../jobs/ratios";
import { inspectRatios, planRatios } from "../../jobs/ratios";
import { describeError } from "../describeError";
import type { Failure } from "../describeError";
import type { RatioJob, RatioJobs, RunState, SourceState } from "./ratioJobState";
import { customerNames, customerOf } from "./sourceFacts";
import { changeDebounceMs, useWorkbookChanges } from "./useWorkbookChanges";
import type { Refresh } from "./useWorkbookChanges";

export type { RatioJob, RatioJobs, RunState, SourceState } from "./ratioJobState";

export const defaultRatioJobs: RatioJobs = { inspectRatios, planRatios };

type Loaded =
  { readonly kind: "loading" } | { readonly kind: "readFailed"; readonly failure: Failure } | Snap;
interface Snap {
  readonly kind: "snapshot";
  readonly sheet: string;
  readonly snapshot: SheetSnapshot;
}

function hasCells(snapshot: SheetSnapshot): boolean {
  return snapshot.grid.values.some((row) => row.some((cell) => cell !== null && cell !== ""));
}

function inspect(jobs: RatioJobs, loaded: Snap, options: RatioOptions): SourceState {
  const { sheet, snapshot } = loaded;
  if (!hasCells(snapshot)) return { kind: "empty", sheet };
  try {
    return { kind: "inspected", sheet, snapshot, inspection: jobs.inspectRatios(snapshot, options) };
  } catch (error) {
    // A bug in the job, shown rather than a blank pane.
    return { kind: "inspectFailed", sheet, failure: describeError(error) };
  }
}

/**
 * The ratio panel's state: the sheet it reads, what the job found there, and the last run. The columns are written
 * in the pane's language (Office's display language unless the person switched it), as the product contract says.
 * It follows Excel: another sheet activated, sheets added or renamed, or the source edited read it again.
 */
export function useRatioJob(host: WorkbookHost, lang: Lang, jobs: RatioJobs = defaultRatioJobs): RatioJob {
  const [sheets, setSheets] = useState<readonly string[]>([]);
  const [sheet, setSheet] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });
  const [run, setRun] = useState<RunState>({ kind: "idle" });
  const [days, setDays] = useState<365 | 360>(365);
  const [overrides, setOverrides] = useState<FieldOverrides>({});
  const latestRead = useRef(0);
  // While a job runs, and for a moment after its own write, workbook changes are the job's: not a reason to read.
  const busyUntil = useRef(0);

  const readSheet = useCallback(
    (wanted: string | null, quiet = false) => {
      const ticket = ++latestRead.current;
      // A quiet read keeps showing the old source until the new one arrives (after a run: no flash of "Reading…").
      if (!quiet) setLoaded({ kind: "loading" });
      const read = async (): Promise<Snap> => {
        const names = await host.listSheets();
        // A sheet deleted or renamed under the pane: follow the active sheet instead.
        const name = wanted !== null && names.includes(wanted) ? wanted : await host.activeSheet();
        if (ticket === latestRead.current) {
          // Set together (one render): Fluent 8.125.7 Dropdown loses a selected key that arrives after its options.
          setSheets(names);
          setSheet(name);
        }
        return { kind: "snapshot", sheet: name, snapshot: await host.read(name) };
      };
      read().then(
        // Only the newest read counts: the person may switch sheets faster than Excel answers.
        (snap) => ticket === latestRead.current && setLoaded(snap),
        (error: unknown) =>
          ticket === latestRead.current && setLoaded({ kind: "readFailed", failure: describeError(error) }),
      );
    },
    [host],
  );

  useEffect(() => readSheet(null), [readSheet]);

  const options: RatioOptions = useMemo(() => ({ days, overrides, lang }), [days, overrides, lang]);
  const source = useMemo<SourceState>(
    () => (loaded.kind === "snapshot" ? inspect(jobs, loaded, options) : loaded),
    [jobs, loaded, options],
  );

  const chooseSheet = useCallback(
    (name: string) => {
      setOverrides({});
      setRun({ kind: "idle" });
      readSheet(name);
    },
    [readSheet],
  );

  useWorkbookChanges(
    host,
    sheet,
    () => performance.now() < busyUntil.current,
    useCallback(
      (refresh: Refresh) => (refresh.kind === "follow" ? chooseSheet(refresh.sheet) : readSheet(sheet, true)),
      [chooseSheet, readSheet, sheet],
    ),
  );

  const calculate = useCallback(() => {
    if (sheet === null) return;
    setRun({ kind: "running", fraction: null });
    busyUntil.current = Infinity;
    const started = performance.now();
    let writing = false;
    const onProgress = (fraction: number) => setRun({ kind: "running", fraction });
    const finish = (next: RunState) => {
      busyUntil.current = performance.now() + changeDebounceMs;
      setRun(next);
    };
    host
      .runJob(
        sheet,
        (snap) => {
          const plan = jobs.planRatios(snap, options);
          writing = plan.ok;
          return { edit: plan.ok ? plan.edit : null, result: plan };
        },
        onProgress,
      )
      .then(
        (plan) => {
          const seconds = (performance.now() - started) / 1000;
          finish(
            plan.ok
              ? { kind: "done", sheet, report: plan.report, seconds }
              : { kind: "refused", sheet, issues: plan.issues },
          );
          // Read again so the mapping and "will add" reflect the sheet as it is now.
          if (plan.ok) readSheet(sheet, true);
        },
        (error: unknown) => finish({ kind: "failed", failure: describeError(error, options.lang), writing }),
      );
  }, [host, jobs, options, readSheet, sheet]);

  const names = useMemo(
    () =>
      source.kind === "inspected" && source.inspection.ok
        ? customerNames(source.snapshot, source.inspection.layout)
        : new Map<number, string>(),
    [source],
  );

  return {
    sheets,
    sheet,
    source,
    run,
    days,
    overrides,
    customerOf: useCallback(
      (issue: Issue) => (sheet === null ? undefined : customerOf(names, sheet, issue)),
      [names, sheet],
    ),
    chooseSheet,
    reload: useCallback(() => readSheet(sheet), [readSheet, sheet]),
    setDays,
    mapField: useCallback((field, column) => setOverrides((old) => ({ ...old, [field]: column })), []),
    calculate,
  };
}
