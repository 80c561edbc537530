import type { SkippedRow } from "../domain/dataRows";
import type { Issue, Lang } from "../domain/types";
import { columnLetters } from "../domain/address";
import { issueText, t } from "../i18n";
import type { RatioReport } from "../jobs/ratios";

/** The `--json` report: one object, stable keys (product contract). */
export function jsonReport(report: RatioReport): string {
  return JSON.stringify({
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
  });
}

const maxListedIssues = 20;

/** A short human summary: what ran, where it wrote, and the first problems. */
export function textReport(report: RatioReport, lang: Lang, outPath: string, seconds: number): string {
  const first = columnLetters(report.firstColumn);
  const last = columnLetters(report.firstColumn + report.columns.length - 1);
  const rows: [string, string][] = [
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
    [t(lang, "cli.summary.output"), `${outPath} (${seconds.toFixed(2)} s)`],
  ];
  let width = 0;
  for (const [label] of rows) width = Math.max(width, displayWidth(label));
  const lines = rows.map(
    ([label, value]) => `${label}${" ".repeat(width - displayWidth(label) + 2)}${value}`,
  );
  return [...lines, ...issueLines(report.issues, lang)].join("\n");
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

function issueLines(issues: readonly Issue[], lang: Lang): string[] {
  if (issues.length === 0) return [];
  const shown = issues.slice(0, maxListedIssues).map((issue) => `  ${issueText(lang, issue, "long")}`);
  const more = issues.length - shown.length;
  return [
    t(lang, "cli.summary.issues", { count: issues.length }),
    ...shown,
    ...(more > 0 ? [`  ${t(lang, "cli.summary.more", { count: more })}`] : []),
  ];
}

/** Terminal columns a string takes: CJK characters are two wide. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        char,
      )
        ? 2
        : 1;
  return width;
}
