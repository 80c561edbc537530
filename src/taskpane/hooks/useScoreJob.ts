import { useCallback, useState } from "react";
import type { Lang } from "../../domain/types";
import type { JobDefinition, JobReport } from "../../jobs/jobDefinition";
import { runRegisteredJob } from "../../jobs/runJob";
import type { WorkbookHost } from "../../plan/sheetSnapshot";
import { describeError } from "../describeError";
import type { ScoreDraft } from "../scoreDraft";
import { draftOf, settingChanges } from "../scoreDraft";
import type { GenericRunState } from "./genericJobState";
import { optionValues } from "./genericJobState";
import type { GenericJob } from "./useGenericJob";
import { useGenericJob } from "./useGenericJob";
import type { ScoreSettingsState } from "./useScoreSettings";
import { useScoreSettings } from "./useScoreSettings";

export interface ScoreJob {
  /** The customer sheet, the day basis and the list of sheets, as the generic panel keeps them. */
  readonly generic: GenericJob;
  readonly settings: ScoreSettingsState;
  /** The settings as edited; null until they have been read. */
  readonly draft: ScoreDraft | null;
  /** Setting key → value the run will write (those that differ from the sheet); null while one is invalid. */
  readonly changes: Readonly<Record<string, number | string>> | null;
  readonly run: GenericRunState;
  /** How many settings the last run sent to be written. */
  readonly settingsSent: number;
  readonly edit: (change: (draft: ScoreDraft) => ScoreDraft) => void;
  readonly start: (newCopy?: boolean) => void;
  /** Read the settings again, dropping the edits. */
  readonly reloadSettings: () => void;
}

/**
 * The Score panel's state: the generic job state for sheets and options, the settings read from the workbook and
 * the person's edits of them. A run sends only the changed settings; the job writes them into the Settings sheet.
 */
export function useScoreJob(host: WorkbookHost, job: JobDefinition<JobReport>, lang: Lang): ScoreJob {
  const generic = useGenericJob(host, job, lang);
  const { state: settings, reread } = useScoreSettings(host, lang);
  const [run, setRun] = useState<GenericRunState>({ kind: "idle" });
  const [settingsSent, setSettingsSent] = useState(0);
  const [edited, setEdited] = useState<ScoreDraft | null>(null);
  // Unedited, the draft is the settings as read; once edited, later reads (after a run) only move the baseline.
  const draft = edited ?? (settings.kind === "read" ? draftOf(settings.settings) : null);
  const changes =
    settings.kind === "read" && draft !== null ? settingChanges(settings.settings, draft) : null;
  const customers = generic.roles["customers"] ?? null;
  const options = optionValues(job, generic.entries);

  const start = useCallback(
    (newCopy = false) => {
      if (customers === null || changes === null || options === null) return;
      setRun({ kind: "running", fraction: null });
      setSettingsSent(Object.keys(changes).length);
      const request = {
        sheets: { customers },
        options,
        lang,
        settings: changes,
        ...(newCopy ? { newCopy: true } : {}),
      };
      runRegisteredJob(host, job, request, (fraction) => setRun({ kind: "running", fraction })).then(
        (outcome) => {
          setRun(
            outcome.ok
              ? { kind: "done", sheet: customers, report: outcome.report }
              : { kind: "refused", sheet: customers, issues: outcome.issues },
          );
          if (outcome.ok) reread(true);
        },
        (error: unknown) => setRun({ kind: "failed", failure: describeError(error, lang) }),
      );
    },
    [changes, customers, host, job, lang, options, reread],
  );

  return {
    generic,
    settings,
    draft,
    changes,
    run,
    settingsSent,
    edit: useCallback(
      (change: (draft: ScoreDraft) => ScoreDraft) => {
        if (draft !== null) setEdited((old) => change(old ?? draft));
      },
      [draft],
    ),
    start,
    reloadSettings: useCallback(() => {
      setEdited(null);
      reread();
    }, [reread]),
  };
}
