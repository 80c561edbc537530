import { useCallback, useEffect, useState } from "react";
import type { Issue, Lang } from "../../domain/types";
import type { Assumptions } from "../../jobs/forecast/assumptions";
import { defaultAssumptions } from "../../jobs/forecast/assumptions";
import { readAssumptions } from "../../jobs/forecast/readAssumptions";
import { catalog } from "../../i18n";
import type { WorkbookHost } from "../../plan/sheetSnapshot";
import type { WorkbookSnapshot } from "../../plan/workbookSnapshot";
import type { Failure } from "../describeError";
import { describeError } from "../describeError";
import { lastGeneratedSheet } from "../../plan/generatedSheet";

/** The forecast assumptions as the workbook holds them. */
export type AssumptionsState =
  | { readonly kind: "loading" }
  | { readonly kind: "readFailed"; readonly failure: Failure }
  | {
      readonly kind: "read";
      readonly values: Assumptions;
      /** Cells of the assumptions sheet that cannot be used (each names its cell). */
      readonly issues: readonly Issue[];
      /** The assumptions sheet, or null when there is none yet (a run creates it). */
      readonly sheet: string | null;
    };

/** The sheet the job would read: the one chosen, else the last one the job generated (as planAssumptions does). */
function assumptionsSheet(workbook: WorkbookSnapshot, chosen: string | null): string | undefined {
  if (chosen !== null) return chosen;
  return lastGeneratedSheet(workbook, "forecast.assumptions");
}

/** The values on the assumptions sheet (defaults where there is none), read like the job reads them. */
export function currentAssumptions(
  workbook: WorkbookSnapshot,
  chosen: string | null,
  lang: Lang,
): Omit<Extract<AssumptionsState, { kind: "read" }>, "kind"> {
  const sheet = assumptionsSheet(workbook, chosen);
  const snapshot = sheet === undefined ? undefined : workbook.sheets.get(sheet);
  if (sheet === undefined || !snapshot) return { values: defaultAssumptions, issues: [], sheet: null };
  const other: Lang = lang === "zh-CN" ? "en-US" : "zh-CN";
  const read = readAssumptions(snapshot.grid, [catalog(lang).forecast, catalog(other).forecast]);
  return { values: read.values, issues: read.issues, sheet };
}

/**
 * Reads the assumptions in one host transaction (the sheets the forecast job generated come with it, and `chosen`,
 * the sheet picked for the assumptions role, when there is one); `reread` reads them again (quietly after a run).
 */
export function useForecastAssumptions(
  host: WorkbookHost,
  lang: Lang,
  chosen: string | null,
): { readonly state: AssumptionsState; readonly reread: (quiet?: boolean) => void } {
  const [state, setState] = useState<AssumptionsState>({ kind: "loading" });
  const read = useCallback(() => {
    host
      .runWorkbookJob(
        chosen === null ? [] : [chosen],
        (workbook) => ({ edit: null, result: currentAssumptions(workbook, chosen, lang) }),
        undefined,
        { generatedBy: "forecast" },
      )
      .then(
        (current) => setState({ kind: "read", ...current }),
        (error: unknown) => setState({ kind: "readFailed", failure: describeError(error, lang) }),
      );
  }, [host, lang, chosen]);
  useEffect(() => read(), [read]);
  const reread = useCallback(
    (quiet = false) => {
      if (!quiet) setState({ kind: "loading" });
      read();
    },
    [read],
  );
  return { state, reread };
}
