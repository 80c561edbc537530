/**
 * The ratio job as the registry knows it (method step 2): reads the customer sheet, appends the ratio columns.
 */
import { fieldKeys, requiredFields } from "../domain/fields";
import { ratioIssueCodes } from "../domain/issueCodes";
import type { FieldOverrides } from "../domain/source";
import { fieldName, t } from "../i18n";
import type { FieldSpec, JobDefinition, JobInput, JobOutcome, JobReport } from "./jobDefinition";
import { bilingual } from "./jobDefinition";
import { inspectRatios, planRatios, ratioColumns, type RatioReport } from "./ratios";
import { ratioJson, ratioSummary } from "./ratiosReport";
import { columnHeader } from "../i18n";

/** The ratio job's report as the registry hands it out: today's report plus the job key. */
export type RatioJobReport = RatioReport & JobReport;

const both = bilingual;

const fields: readonly FieldSpec[] = fieldKeys.map((key) => ({
  key,
  names: both((lang) => fieldName(lang, key)),
  required: requiredFields.includes(key),
  reads: both((lang) => t(lang, `cli.fieldReads.${key}`)),
}));

function planRatioJob(input: JobInput): JobOutcome<RatioJobReport> {
  const sheet = input.sheets.customers ?? "";
  const snapshot = input.workbook.sheets.get(sheet);
  if (!snapshot) return { ok: false, issues: [{ code: "edit.unknownSheet", sheet }] };
  const days = input.options.days === "360" || input.options.days === 360 ? 360 : 365;
  const overrides = input.overrides?.customers as FieldOverrides | undefined;
  // The scores job's block right of the ratio columns is output too, never source content.
  const scores = snapshot.owned.find((block) => block.job === "scores")?.rect;
  const outcome = planRatios(snapshot, {
    days,
    ...(scores ? { alsoIgnore: { first: scores.left, last: scores.right } } : {}),
    ...(input.lang ? { lang: input.lang } : {}),
    ...(overrides ? { overrides } : {}),
  });
  if (!outcome.ok) return outcome;
  return { ok: true, edit: outcome.edit, report: { ...outcome.report, job: "ratios" } };
}

export const ratiosJob: JobDefinition<RatioJobReport> = {
  key: "ratios",
  step: "ratios",
  names: both((lang) => t(lang, "jobs.ratios.name")),
  summary: both((lang) => t(lang, "jobs.ratios.summary")),
  reads: [{ role: "customers", names: both((lang) => t(lang, "jobs.roles.customers")), fields }],
  options: [
    {
      key: "days",
      kind: "choice",
      choices: ["365", "360"],
      default: "365",
      names: both((lang) => t(lang, "jobs.ratios.days")),
      help: both((lang) => t(lang, "jobs.ratios.daysHelp")),
    },
  ],
  creates: ratioColumns.map((column) => ({
    kind: "columns" as const,
    names: both((lang) => columnHeader(lang, column.key)),
  })),
  issueCodes: ratioIssueCodes,
  plan: planRatioJob,
  describe: (report, lang) =>
    t(lang, "jobs.ratios.done", { rows: report.rows, columns: report.columns.length, sheet: report.sheet }),
  summarize: ratioSummary,
  toJson: ratioJson,
  locateHeaders(snapshot) {
    const inspection = inspectRatios(snapshot, {});
    return inspection.ok ? { row: inspection.layout.headerRow, headers: inspection.layout.headers } : null;
  },
  example: both((lang) => t(lang, "jobs.ratios.example")),
};
