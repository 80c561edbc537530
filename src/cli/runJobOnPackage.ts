/**
 * Runs a registered job on an .xlsx package held in memory, as the task pane runs it in Excel: one transaction
 * reads the sheets the job plays roles on, the plan runs, its edit list is validated, and only then written.
 */
import type { Lang } from "../domain/types";
import { XlsxWorkbook } from "../hosts/xlsx/xlsxWorkbook";
import type { JobDefinition, JobOutcome, JobReport, OptionValue } from "../jobs/jobDefinition";
import { runRegisteredJob } from "../jobs/runJob";
import type { WorkbookSnapshot } from "../plan/workbookSnapshot";
import { resolveFieldChoices, type FieldChoice } from "./fieldMap";
import { nodeZipCodec } from "./nodeZipCodec";

export interface PackageRun<R extends JobReport> {
  readonly outcome: JobOutcome<R>;
  /** The new package, when the job wrote. */
  readonly bytes?: Uint8Array;
}

export interface PackageRunOptions {
  /** Sheet per role; a role not named reads the active sheet. */
  readonly sheets: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, OptionValue>>;
  readonly lang?: Lang;
  readonly map: readonly FieldChoice[];
  readonly newCopy?: boolean;
  /** `--set KEY=VALUE` settings. */
  readonly settings?: Readonly<Record<string, number | string>>;
  /** Data read from `--<role>-file` files, by role (the role's sheet is then not read). */
  readonly precomputed?: Readonly<Record<string, unknown>>;
}

/**
 * Run `job` on the package `input`. Throws XlsxError for an unreadable file or unknown sheet, and UsageError for
 * a `--map` header text the sheet's header row does not have.
 */
export async function runJobOnPackage<R extends JobReport>(
  job: JobDefinition<R>,
  input: Uint8Array,
  options: PackageRunOptions,
): Promise<PackageRun<R>> {
  const workbook = XlsxWorkbook.open(input, { codec: nodeZipCodec });
  const active = await workbook.activeSheet();
  const sheets: Record<string, string> = {};
  // An optional role (a settings sheet) is read only when named; the job finds or creates its own otherwise.
  for (const role of job.reads) {
    const given = options.sheets[role.role];
    if (options.precomputed?.[role.role] !== undefined) continue;
    if (given !== undefined || !role.optional) sheets[role.role] = given ?? active;
  }
  const outcome = await runRegisteredJob(workbook, job, {
    sheets,
    options: options.options,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.newCopy ? { newCopy: true } : {}),
    ...(options.settings && Object.keys(options.settings).length > 0 ? { settings: options.settings } : {}),
    ...(options.precomputed ? { precomputed: options.precomputed } : {}),
    ...(options.map.length > 0
      ? { overrides: (read: WorkbookSnapshot) => overrides(job, read, sheets, options.map) }
      : {}),
  });
  return outcome.ok ? { outcome, bytes: workbook.toBytes() } : { outcome };
}

/** What `--map` means on the sheets read: per role, field → column (null: unmapped). */
function overrides(
  job: JobDefinition,
  read: WorkbookSnapshot,
  sheets: Readonly<Record<string, string>>,
  map: readonly FieldChoice[],
): Record<string, Record<string, number | null>> {
  const result: Record<string, Record<string, number | null>> = {};
  for (const role of job.reads) {
    const choices = map.filter((choice) => choice.role === role.role);
    const snapshot = read.sheets.get(sheets[role.role] ?? "");
    if (choices.length === 0 || !snapshot) continue;
    // Without a header row the plan refuses on its own (source.noHeaderRow); --map cannot place one.
    const located = job.locateHeaders(snapshot, role.role);
    if (located) result[role.role] = resolveFieldChoices(choices, located.headers, located.row);
  }
  return result;
}
