/**
 * Message lookup: dotted keys into the catalogs, {{name}} interpolation, and the texts of issues.
 */
import type { Lang } from "../domain/types";
import type { FieldKey } from "../domain/fieldKeys";
import type { RatioKey } from "../domain/ratios";
import { enUS } from "./en-US";
import type { Catalog } from "./en-US";
import { catalogs, interpolate } from "./catalogs";
import type { MessageParams } from "./catalogs";

export type { Catalog } from "./en-US";
export type { MessageParams } from "./catalogs";
export { interpolate } from "./catalogs";

/** Dotted paths to every message, e.g. "fields.revenue" or "issues.cell.blank". */
type LeafPaths<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : LeafPaths<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = LeafPaths<Catalog>;

/** The catalog of a language. */
export function catalog(lang: Lang): Catalog {
  return catalogs[lang];
}

// Issue codes contain dots ("cell.blank"), so a key is tried whole at each level before it is split.
function lookup(node: unknown, path: string): string | undefined {
  if (typeof node !== "object" || node === null) return undefined;
  const record = node as Record<string, unknown>;
  const whole = record[path];
  if (typeof whole === "string") return whole;
  const dot = path.indexOf(".");
  if (dot < 0) return undefined;
  return lookup(record[path.slice(0, dot)], path.slice(dot + 1));
}

/**
 * The message for a dotted key in a language, with {{name}} placeholders filled in. Falls back to English, then
 * to the key itself, so a gap shows as text instead of breaking the pane.
 * @example t("en-US", "fields.revenue") //=> "Revenue"
 */
export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = lookup(catalogs[lang], key) ?? lookup(enUS, key) ?? key;
  return interpolate(template, params);
}

/** The display name of a field, e.g. 流动负债 / Current liabilities. */
export function fieldName(lang: Lang, field: FieldKey): string {
  return catalogs[lang].fields[field];
}

/** The header of a column of the ratio block, e.g. 回款周期(天) / Collection period (days). */
export function columnHeader(lang: Lang, key: RatioKey | "dataIssues"): string {
  return catalogs[lang].columns[key];
}

export { issueText, joinIssues, issueLocation } from "./issueText";
