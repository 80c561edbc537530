import type { Issue, Lang } from "../domain/types";
import { issueText, t } from "../i18n";
import type { JobDefinition, JobReport } from "../jobs/jobDefinition";

/** The `--json` report: one object, the job's stable keys (product contract). */
export function jsonReport<R extends JobReport>(job: JobDefinition<R>, report: R): string {
  return JSON.stringify(job.toJson(report));
}

const maxListedIssues = 20;

/** A short human summary: the job's own rows, where it wrote, and the first problems. */
export function textReport<R extends JobReport>(
  job: JobDefinition<R>,
  report: R,
  lang: Lang,
  outPath: string,
  seconds: number,
): string {
  const rows: (readonly [string, string])[] = [
    ...job.summarize(report, lang),
    [t(lang, "cli.summary.output"), `${outPath} (${seconds.toFixed(2)} s)`],
  ];
  let width = 0;
  for (const [label] of rows) width = Math.max(width, displayWidth(label));
  const lines = rows.map(
    ([label, value]) => `${label}${" ".repeat(width - displayWidth(label) + 2)}${value}`,
  );
  return [...lines, ...issueLines(report.issues, lang)].join("\n");
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
