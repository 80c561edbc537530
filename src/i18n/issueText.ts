/**
 * The text of an Issue: the short form for a row's Data issues cell, the long form (with location) for the CLI
 * and the task pane.
 */
import type { Issue, Lang } from "../domain/types";
import type { RatioKey } from "../domain/ratios";
import { ratioKeys } from "../domain/ratios";
import { catalogs, interpolate } from "./catalogs";
const separators: Readonly<Record<Lang, string>> = { "en-US": "; ", "zh-CN": "；" };
const colons: Readonly<Record<Lang, string>> = { "en-US": ": ", "zh-CN": "：" };

function isRatioKey(value: unknown): value is RatioKey {
  return typeof value === "string" && (ratioKeys as readonly string[]).includes(value);
}

/** The issue's params plus the names its messages use: field, fieldLower, ratio, cell and sheet. */
function messageParams(lang: Lang, issue: Issue): Record<string, string | number> {
  const texts = catalogs[lang];
  const params: Record<string, string | number> = { ...issue.params };
  if (issue.field !== undefined) {
    const name = lookupText(texts.fields, issue.field) ?? issue.field;
    params.field = name;
    params.fieldLower = name.toLocaleLowerCase(lang);
  }
  const ratio = issue.params?.ratio;
  if (isRatioKey(ratio)) params.ratio = texts.ratios[ratio];
  if (issue.cell !== undefined && params.cell === undefined) params.cell = issue.cell;
  if (issue.sheet !== undefined && params.sheet === undefined) params.sheet = issue.sheet;
  return params;
}

/** Sheet!Cell as Excel writes it, quoting sheet names that need it: 'Customer data'!F17. */
export function issueLocation(issue: Issue): string {
  const sheet = issue.sheet;
  // A line of a file reads as compilers write it: orders.csv:12.
  if (issue.line !== undefined) return `${sheet ?? ""}:${issue.line}`;
  if (sheet === undefined) return issue.cell ?? "";
  const quoted = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return issue.cell === undefined ? quoted : `${quoted}!${issue.cell}`;
}

/**
 * The text of an issue. Short: `流动负债：空白`; long adds the location: `客户财务!F17 流动负债：空白`.
 * Placeholders without a value are left visible.
 */
export function issueText(lang: Lang, issue: Issue, form: "short" | "long"): string {
  // Codes are open per job; tests hold every job's codes to a message in both catalogs.
  const template = lookupText(catalogs[lang].issues, issue.code) ?? issue.code;
  const text = interpolate(template, messageParams(lang, issue));
  // A message that names its sheet itself ("The sheet 客户财务 is protected …") needs no sheet label in front.
  if (form === "short" || (issue.cell === undefined && template.includes("{{sheet}}"))) return text;
  const location = issueLocation(issue);
  if (location === "") return text;
  // A sheet alone reads as a label ("Data: …"); a cell address reads as a reference ("Data!F17 …").
  return issue.cell === undefined ? `${location}${colons[lang]}${text}` : `${location} ${text}`;
}

/** The Data issues cell of a row: short texts joined with "；" (Chinese) or "; " (English). */
export function joinIssues(lang: Lang, issues: readonly Issue[]): string {
  return issues.map((issue) => issueText(lang, issue, "short")).join(separators[lang]);
}

/** A message of a catalog section by an open key (a field key or an issue code), or undefined. */
function lookupText(section: object, key: string): string | undefined {
  const value: unknown = (section as Readonly<Record<string, unknown>>)[key];
  return typeof value === "string" ? value : undefined;
}
