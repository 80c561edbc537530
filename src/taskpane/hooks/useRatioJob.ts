import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FieldOverrides } from "../../domain/source";
import type { Lang } from "../../domain/types";
import type { SheetSnapshot, WorkbookHost } from "../../plan/sheetSnapshot";
import type { RatioOptions } from "../../jobs/ratios";
import { inspectRatios, planRatios } from "../../jobs/ratios";
import { errorMessage } from "../errorMessage";
import type { RatioJob, RatioJobs, RunState, SourceState } from "./ratioJobState";

export type { RatioJob, RatioJobs, RunState, SourceState } from "./ratioJobState";

export const defaultRatioJobs: RatioJobs = { inspectRatios, planRatios };

type Loaded = { readonly kind: "loading" } | { readonly kind: "readFailed"; readonly message: string } | Snap;
interface Snap {
  readonly kind: "snapshot";
  readonly sheet: string;
  readonly snapshot: SheetSnapshot;
}

function hasCells(snapshot: SheetSnapshot): boolean {
  return snapshot.grid.values.some((row) => row.some((cell) => cell !== null && cell !== ""));
}

function inspect(jobs: RatioJobs, loaded: Snap, options: RatioOptions): SourceState {
  if (!hasCells(loaded.snapshot)) return { kind: "empty", sheet: loaded.sheet };
  try {
    return {
      kind: "inspected",
      sheet: loaded.sheet,
      inspection: jobs.inspectRatios(loaded.snapshot, options),
    };
  } catch (error) {
    // A bug in the job, shown rather than a blank pane.
    return { kind: "inspectFailed", sheet: loaded.sheet, message: errorMessage(error) };
  }
}

/**
 * The ratio panel's state: the sheet it reads, what the job found there, and the last run. The columns are written
 * in the pane's language (Office's display language unless the person switched it), as the product contract says.
 */
export function useRatioJob(host: WorkbookHost, lang: Lang, jobs: RatioJobs = defaultRatioJobs): RatioJob {
  const [sheets, setSheets] = useState<readonly string[]>([]);
  const [sheet, setSheet] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });
  const [run, setRun] = useState<RunState>({ kind: "idle" });
  const [days, setDays] = useState<365 | 360>(365);
  const [overrides, setOverrides] = useState<FieldOverrides>({});
  const latestRead = useRef(0);

  const readSheet = useCallback(
    (sheet: string | null, quiet = false) => {
      const ticket = ++latestRead.current;
      // A quiet read keeps showing the old source until the new one arrives (after a run: no flash of "Reading…").
      if (!quiet) setLoaded({ kind: "loading" });
      const read = async (): Promise<Snap> => {
        const names = await host.listSheets();
        const name = sheet ?? (await host.activeSheet());
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
          ticket === latestRead.current && setLoaded({ kind: "readFailed", message: errorMessage(error) }),
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

  const calculate = useCallback(() => {
    if (sheet === null) return;
    setRun({ kind: "running", fraction: null });
    const started = performance.now();
    const onProgress = (fraction: number) => setRun({ kind: "running", fraction });
    host
      .runJob(
        sheet,
        (snap) => {
          const plan = jobs.planRatios(snap, options);
          return { edit: plan.ok ? plan.edit : null, result: plan };
        },
        onProgress,
      )
      .then(
        (plan) => {
          const seconds = (performance.now() - started) / 1000;
          setRun(
            plan.ok
              ? { kind: "done", sheet, report: plan.report, seconds }
              : { kind: "refused", sheet, issues: plan.issues },
          );
          // Read again so the mapping and "will add" reflect the sheet as it is now.
          if (plan.ok) readSheet(sheet, true);
        },
        (error: unknown) => setRun({ kind: "failed", message: errorMessage(error) }),
      );
  }, [host, jobs, options, readSheet, sheet]);

  return {
    sheets,
    sheet,
    source,
    run,
    days,
    overrides,
    chooseSheet,
    reload: useCallback(() => readSheet(sheet), [readSheet, sheet]),
    setDays,
    mapField: useCallback((field, column) => setOverrides((old) => ({ ...old, [field]: column })), []),
    calculate,
  };
}
