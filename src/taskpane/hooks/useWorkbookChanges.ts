import { useEffect, useRef } from "react";
import type { WorkbookChange, WorkbookHost } from "../../plan/sheetSnapshot";

/** How long the pane waits after the last change before it reads again: typing a column of figures is one refresh. */
export const changeDebounceMs = 400;

/** What the changes since the last refresh ask for: follow a newly activated sheet, or read the same one again. */
export type Refresh = { readonly kind: "follow"; readonly sheet: string } | { readonly kind: "reread" };

/** Folds one change into the pending refresh; following an activated sheet wins over reading again. */
export function foldChange(
  pending: Refresh | null,
  change: WorkbookChange,
  source: string | null,
): Refresh | null {
  if (change.kind === "activated") {
    if (change.sheet === undefined || change.sheet === source) return pending;
    return { kind: "follow", sheet: change.sheet };
  }
  return pending ?? { kind: "reread" };
}

/**
 * Listens to the host's workbook changes and calls `refresh` once they have been quiet for `changeDebounceMs`.
 * Changes are dropped while `ignore()` is true (a job is running or has just written), so the job's own write
 * does not trigger a read, and a read never triggers another.
 */
export function useWorkbookChanges(
  host: WorkbookHost,
  source: string | null,
  ignore: () => boolean,
  refresh: (refresh: Refresh) => void,
): void {
  const latest = useRef({ ignore, refresh });
  latest.current = { ignore, refresh };
  useEffect(() => {
    if (host.onChange === undefined) return undefined;
    let pending: Refresh | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = host.onChange((change) => {
      if (latest.current.ignore()) return;
      pending = foldChange(pending, change, source);
      if (pending === null) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const due = pending;
        pending = null;
        if (due !== null && !latest.current.ignore()) latest.current.refresh(due);
      }, changeDebounceMs);
    }, source);
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [host, source]);
}
