/**
 * The scores job as the registry knows it (method steps 1 and 3): classification, financial health, purchase
 * influence, priority tiers and the development method of each customer.
 */
import { fieldKeys, requiredFields } from "../../domain/fields";
import { ratioIssueCodes } from "../../domain/issueCodes";
import { scoreEngineIssueCodes } from "../../domain/scoring/scoreEngineIssueCodes";
import { scoreIssueCodes } from "../../domain/scoring/settingsIssueCodes";
import type { Lang } from "../../domain/types";
import { catalog, fieldName, t } from "../../i18n";
import type { FieldSpec, JobDefinition } from "../jobDefinition";
import { bilingual } from "../jobDefinition";
import { inspectRatios, ratioColumns } from "../ratios";
import { planScores } from "./planScores";
import { scoreColumns, scoreHeader } from "./scoreBlock";
import { scoreFieldKeys } from "./scoreFields";
import { scoreJson, scoreSummary } from "./scoresReport";
import type { ScoreJobReport } from "./scoresReport";
import { columnHeader } from "../../i18n";

const both = bilingual;

const fieldReads = (lang: Lang, key: string): string =>
  (catalog(lang).cli.fieldReads as Readonly<Record<string, string>>)[key] ?? key;

const fields: readonly FieldSpec[] = [
  ...fieldKeys.map((key) => ({
    key,
    names: both((lang) => fieldName(lang, key)),
    required: requiredFields.includes(key),
    reads: both((lang) => fieldReads(lang, key)),
  })),
  ...scoreFieldKeys.map((key) => ({
    key,
    names: both((lang) => (catalog(lang).fields as Readonly<Record<string, string>>)[key] ?? key),
    required: false,
    reads: both((lang) => fieldReads(lang, key)),
  })),
];

/** Issue codes of the scores job beyond the shared ones. */
export const scoresJobIssueCodes: readonly string[] = [
  ...ratioIssueCodes,
  ...scoreEngineIssueCodes,
  ...scoreIssueCodes,
  "scores.factorColumnMissing",
];

export const scoresJob: JobDefinition<ScoreJobReport> = {
  key: "scores",
  step: "scores",
  names: both((lang) => t(lang, "jobs.scores.name")),
  summary: both((lang) => t(lang, "jobs.scores.summary")),
  reads: [
    { role: "customers", names: both((lang) => t(lang, "jobs.roles.customers")), fields },
    { role: "settings", names: both((lang) => t(lang, "jobs.roles.settings")), fields: [], optional: true },
  ],
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
  creates: [
    ...ratioColumns.map((column) => ({
      kind: "columns" as const,
      names: both((lang) => columnHeader(lang, column.key)),
    })),
    ...scoreColumns.map((column) => ({
      kind: "columns" as const,
      names: both((lang) => scoreHeader(lang, column.key)),
    })),
    { kind: "sheet", names: both((lang) => catalog(lang).settings.sheet) },
    { kind: "sheet", names: both((lang) => catalog(lang).segments.sheet) },
  ],
  issueCodes: scoresJobIssueCodes,
  plan: planScores,
  describe: (report, lang) =>
    t(lang, "jobs.scores.done", { rows: report.rows, sheet: report.sheet, ...report.tiers }),
  summarize: scoreSummary,
  toJson: scoreJson,
  locateHeaders(snapshot) {
    const inspection = inspectRatios(snapshot, {});
    return inspection.ok ? { row: inspection.layout.headerRow, headers: inspection.layout.headers } : null;
  },
  example: both((lang) => t(lang, "jobs.scores.example")),
};
