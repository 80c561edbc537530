import { useCallback, useEffect, useState } from "react";
import type { Issue, Lang } from "../../domain/types";
import type { ScoreSettings } from "../../domain/scoring/scoreSettings";
import { currentSettings } from "../../jobs/scores/settingsSheet";
import type { WorkbookHost } from "../../plan/sheetSnapshot";
import type { Failure } from "../describeError";
import { describeError } from "../describeError";

/** The scores' settings as the workbook holds them. */
export type ScoreSettingsState =
  | { readonly kind: "loading" }
  | { readonly kind: "readFailed"; readonly failure: Failure }
  | {
      readonly kind: "read";
      readonly settings: ScoreSettings;
      /** Cells of the settings sheet that cannot be used (each names its cell). */
      readonly issues: readonly Issue[];
      /** The settings sheet, or null when there is none yet (a run creates it). */
      readonly sheet: string | null;
    };

/**
 * Reads the current settings in one host transaction (the sheets the scores job generated come with it); `reread`
 * reads them again (quietly after a run wrote changed values).
 */
export function useScoreSettings(
  host: WorkbookHost,
  lang: Lang,
): { readonly state: ScoreSettingsState; readonly reread: (quiet?: boolean) => void } {
  const [state, setState] = useState<ScoreSettingsState>({ kind: "loading" });
  const read = useCallback(() => {
    host
      .runWorkbookJob([], (workbook) => ({ edit: null, result: currentSettings(workbook) }), undefined, {
        generatedBy: "scores",
      })
      .then(
        (current) => setState({ kind: "read", ...current }),
        (error: unknown) => setState({ kind: "readFailed", failure: describeError(error, lang) }),
      );
  }, [host, lang]);
  useEffect(() => read(), [read]);
  // After a run the settings are read again quietly: the panel keeps showing the values it sent meanwhile.
  const reread = useCallback(
    (quiet = false) => {
      if (!quiet) setState({ kind: "loading" });
      read();
    },
    [read],
  );
  return { state, reread };
}
