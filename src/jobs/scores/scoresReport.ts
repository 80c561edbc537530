/**
 * What a scores run reports: the columns and sheets written, the tier distribution, the weights used, the
 * issues; the `--json` object (product contract) and the summary rows a person reads.
 */
import { columnLetters } from "../../domain/address";
import type { SkippedRow } from "../../domain/dataRows";
import type { Issue, Lang } from "../../domain/types";
import type { InfluenceFactor, PriorityPart, Tier } from "../../domain/scoring/scoreSettings";
import { issueText, t } from "../../i18n";
import type { JobReport } from "../jobDefinition";
import type { RatioReport } from "../ratios";
import { ratioJson } from "../ratiosReport";
import type { ScoreResults } from "./computeScores";
import { scoreColumns, scoreHeader } from "./scoreBlock";
import type { ScoreFieldKey } from "./scoreFields";

export interface ScoreJobReport extends JobReport {
  readonly job: "scores";
  readonly command: "scores";
  readonly sheet: string;
  readonly headerRow: number;
  /** Customers scored. */
  readonly rows: number;
  /** The score headers written, in order, from `firstColumn`. */
  readonly columns: readonly string[];
  readonly firstColumn: number;
  /** The ratio run that went first (its columns written or refreshed left of the scores). */
  readonly ratios: RatioReport;
  readonly settingsSheet: string;
  readonly settingsCreated: boolean;
  /** The segments sheet written, or null without classification columns. */
  readonly segmentsSheet: string | null;
  readonly segmentDimensions: readonly string[];
  /** Customers per tier; `none` have no priority score. */
  readonly tiers: Readonly<Record<Tier | "none", number>>;
  readonly accountValue: "sales12m" | "revenue";
  readonly influenceWeights: Readonly<Record<InfluenceFactor, number>>;
  readonly priorityWeights: Readonly<Record<PriorityPart, number>>;
  /** Score input columns found (ratings, expected order value, classification, sales). */
  readonly inputs: readonly ScoreFieldKey[];
  /** The ratio run's issues, then the scores' own. */
  readonly issues: readonly Issue[];
  /** Customers with at least one issue of the scores' own. */
  readonly rowsWithIssues: number;
  readonly skippedRows: readonly SkippedRow[];
}

/** Assemble the report of a run. */
export function scoreReport(parts: {
  ratioReport: RatioReport;
  ratioHeaders: readonly string[];
  firstColumn: number;
  results: ScoreResults;
  scoreIssues: readonly Issue[];
  rowsWithScoreIssues: number;
  settings: {
    sheet: string;
    created: boolean;
    settings: {
      influenceWeights: ScoreJobReport["influenceWeights"];
      priorityWeights: ScoreJobReport["priorityWeights"];
    };
  };
  segments: { sheet: string | null; dimensions: readonly string[] };
  fields: readonly ScoreFieldKey[];
}): ScoreJobReport {
  const { ratioReport: ratios, results } = parts;
  const tiers = { A: 0, B: 0, C: 0, none: 0 };
  for (const code of results.tier) {
    if (code === 1) tiers.A += 1;
    else if (code === 2) tiers.B += 1;
    else if (code === 3) tiers.C += 1;
    else tiers.none += 1;
  }
  return {
    job: "scores",
    command: "scores",
    lang: ratios.lang,
    sheet: ratios.sheet,
    headerRow: ratios.headerRow,
    rows: ratios.rows,
    columns: scoreColumns.map((column) => scoreHeader(ratios.lang, column.key)),
    firstColumn: parts.firstColumn,
    ratios,
    settingsSheet: parts.settings.sheet,
    settingsCreated: parts.settings.created,
    segmentsSheet: parts.segments.sheet,
    segmentDimensions: parts.segments.dimensions,
    tiers,
    accountValue: results.accountValue,
    influenceWeights: parts.settings.settings.influenceWeights,
    priorityWeights: parts.settings.settings.priorityWeights,
    inputs: parts.fields,
    issues: [...ratios.issues, ...parts.scoreIssues],
    rowsWithIssues: parts.rowsWithScoreIssues,
    skippedRows: ratios.skippedRows,
  };
}

/** The `--json` object: stable keys. */
export function scoreJson(report: ScoreJobReport): Readonly<Record<string, unknown>> {
  return {
    command: report.command,
    sheet: report.sheet,
    headerRow: report.headerRow,
    rows: report.rows,
    columns: report.columns,
    ratioColumns: report.ratios.columns,
    settingsSheet: report.settingsSheet,
    settingsCreated: report.settingsCreated,
    segmentsSheet: report.segmentsSheet,
    tiers: report.tiers,
    accountValue: report.accountValue,
    weights: { influence: report.influenceWeights, priority: report.priorityWeights },
    inputs: report.inputs,
    issues: report.issues.map((issue) => ({
      sheet: issue.sheet ?? null,
      cell: issue.cell ?? null,
      field: issue.field ?? null,
      code: issue.code,
      message: issueText(report.lang, issue, "short"),
    })),
    skipped: ratioJson(report.ratios).skipped,
  };
}

/** Sheet, customers, columns, tiers, settings and segments sheets, rows with issues. */
export function scoreSummary(report: ScoreJobReport, lang: Lang): [string, string][] {
  const list = (items: readonly string[]) => items.join(lang === "zh-CN" ? "、" : ", ");
  const span = (first: number, count: number) =>
    `${columnLetters(first)}:${columnLetters(first + count - 1)}`;
  return [
    [
      t(lang, "cli.summary.sheet"),
      `${report.sheet} (${t(lang, "cli.summary.headerRowIs", { row: report.headerRow })})`,
    ],
    [t(lang, "cli.summary.customers"), String(report.rows)],
    [
      t(lang, "jobs.scores.ratioColumns"),
      `${span(report.ratios.firstColumn, report.ratios.columns.length)}  ${list(report.ratios.columns)}`,
    ],
    [
      t(lang, "cli.summary.columns"),
      `${span(report.firstColumn, report.columns.length)}  ${list(report.columns)}`,
    ],
    [t(lang, "jobs.scores.tierCounts"), t(lang, "jobs.scores.tierLine", { ...report.tiers })],
    [
      t(lang, "jobs.scores.accountValue"),
      t(lang, report.accountValue === "sales12m" ? "jobs.scores.bySales" : "jobs.scores.byRevenue"),
    ],
    [
      t(lang, "jobs.scores.settingsSheet"),
      t(lang, report.settingsCreated ? "jobs.scores.settingsNew" : "jobs.scores.settingsRead", {
        sheet: report.settingsSheet,
      }),
    ],
    [t(lang, "jobs.scores.segmentsSheet"), report.segmentsSheet ?? t(lang, "jobs.scores.noSegments")],
    [t(lang, "cli.summary.rowsWithIssues"), String(report.rowsWithIssues + report.ratios.rowsWithIssues)],
  ];
}
