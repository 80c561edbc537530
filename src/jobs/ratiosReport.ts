/**
 * How a ratio run is reported: the `--json` object (product contract) and the summary rows a person reads.
 */
import { columnLetters } from "../domain/address";
import type { SkippedRow } from "../domain/dataRows";
import type { Lang } from "../domain/types";
import { issueText, t } from "../i18n";
import type { RatioReport } from "./ratios";

/** The `--json` object: stable keys. */
export function ratioJson(report: RatioReport): Readonly<Record<string, unknown>> {
  return {
    command: report.command,
    sheet: report.sheet,
    headerRow: report.headerRow,
    rows: report.rows,
    columns: report.columns,
    issues: report.issues.map((issue) => ({
      cell: issue.cell ?? null,
      field: issue.field ?? null,
      code: issue.code,
      message: issueText(report.lang, issue, "short"),
    })),
    skipped: report.skippedRows,
  };
}

/** Sheet, customers, columns written, rows with issues and rows skipped. */
export function ratioSummary(report: RatioReport, lang: Lang): [string, string][] {
  const first = columnLetters(report.firstColumn);
  const last = columnLetters(report.firstColumn + report.columns.length - 1);
  return [
    [
      t(lang, "cli.summary.sheet"),
      `${report.sheet} (${t(lang, "cli.summary.headerRowIs", { row: report.headerRow })})`,
    ],
    [t(lang, "cli.summary.customers"), String(report.rows)],
    [
      t(lang, "cli.summary.columns"),
      `${first}:${last}  ${report.columns.join(lang === "zh-CN" ? "、" : ", ")}`,
    ],
    [t(lang, "cli.summary.rowsWithIssues"), String(report.rowsWithIssues)],
    ...skippedLine(report.skippedRows, lang),
  ];
}

const maxListedSkipped = 10;

/** "Rows skipped  7 (note), 12 (totals)": totals rows and notes, the first few, so the person can check them. */
function skippedLine(skipped: readonly SkippedRow[], lang: Lang): [string, string][] {
  if (skipped.length === 0) return [];
  const shown = skipped
    .slice(0, maxListedSkipped)
    .map(({ row, reason }) =>
      t(lang, reason === "note" ? "cli.summary.skippedNote" : "cli.summary.skippedTotals", { row }),
    );
  const more = skipped.length - shown.length;
  if (more > 0) shown.push(t(lang, "cli.summary.more", { count: more }));
  return [[t(lang, "cli.summary.skipped"), shown.join(lang === "zh-CN" ? "、" : ", ")]];
}
