/**
 * Runs a registered job on any host: one host transaction reads the sheets the job plays roles on, the pure plan
 * runs, its edit list is validated, and only then written. A refusal (the job's or the validation's) writes nothing.
 */
import type { Issue, Lang } from "../domain/types";
import { validateEdits } from "../plan/validateEdits";
import type { WorkbookHost } from "../plan/sheetSnapshot";
import type { WorkbookSnapshot } from "../plan/workbookSnapshot";
import type { JobDefinition, JobOutcome, JobReport, OptionValue } from "./jobDefinition";

export interface JobRequest {
  /** Sheet name per role the job reads, e.g. { customers: "客户财务" }. */
  readonly sheets: Readonly<Record<string, string>>;
  readonly options?: Readonly<Record<string, OptionValue>>;
  readonly lang?: Lang;
  /** Write a new copy of a generated sheet the person typed into (see planGeneratedSheet). */
  readonly newCopy?: boolean;
  /** Fields mapped by hand per role, or a function that works them out from what was read (e.g. header texts). */
  readonly overrides?: Overrides | ((workbook: WorkbookSnapshot) => Overrides);
  /** Settings to change before the run (see JobInput.settings). */
  readonly settings?: Readonly<Record<string, number | string>>;
  /** Data computed outside the workbook, by role (see JobInput.precomputed). */
  readonly precomputed?: Readonly<Record<string, unknown>>;
}

type Overrides = Readonly<Record<string, Readonly<Record<string, number | null>>>>;

/** The job's options with their defaults filled in. */
export function withDefaults(
  job: JobDefinition,
  given: Readonly<Record<string, OptionValue>> = {},
): Record<string, OptionValue> {
  const options: Record<string, OptionValue> = {};
  for (const spec of job.options) options[spec.key] = given[spec.key] ?? spec.default;
  return options;
}

/**
 * Run `job` on `host` as one transaction. Resolves to the job's outcome: its report when it wrote, or the issues
 * that stopped it (nothing written then).
 */
export async function runRegisteredJob<R extends JobReport>(
  host: WorkbookHost,
  job: JobDefinition<R>,
  request: JobRequest,
  onProgress?: (fraction: number) => void,
): Promise<JobOutcome<R>> {
  const reads = [...new Set(Object.values(request.sheets))];
  const options = withDefaults(job, request.options);
  return host.runWorkbookJob<JobOutcome<R>>(
    reads,
    (workbook) => {
      const given = request.overrides;
      const overrides = typeof given === "function" ? given(workbook) : given;
      const outcome = job.plan({
        workbook,
        sheets: request.sheets,
        options,
        ...(request.lang ? { lang: request.lang } : {}),
        ...(request.newCopy ? { newCopy: true } : {}),
        ...(overrides ? { overrides } : {}),
        ...(request.settings ? { settings: request.settings } : {}),
        ...(request.precomputed ? { precomputed: request.precomputed } : {}),
      });
      if (!outcome.ok) return { edit: null, result: outcome };
      const problems: Issue[] = validateEdits(outcome.edit, { sheets: workbook.sheetNames });
      if (problems.length > 0) return { edit: null, result: { ok: false, issues: problems } };
      return { edit: outcome.edit, result: outcome };
    },
    onProgress,
    // A job that creates sheets reads the ones it created before, to rewrite them or leave typed entries alone.
    job.creates.some((thing) => thing.kind === "sheet") ? { generatedBy: job.key } : {},
  );
}
