/**
 * The scores job's output: nine columns appended right of the ratio block (product contract), with data bars on
 * the scores and tier colours (A green, B amber, C grey) as conditional formats.
 */
import type { Lang } from "../../domain/types";
import { complexityKeys } from "../../domain/scoring/costFactor";
import { approachOf } from "../../domain/scoring/tiers";
import type { ScoreSettings } from "../../domain/scoring/scoreSettings";
import { tiers } from "../../domain/scoring/scoreSettings";
import { catalog } from "../../i18n";
import type { ColumnBlock, ColumnWrite, OutValue } from "../../plan/workbookEdit";
import type { ScoreResults } from "./computeScores";

export type ScoreColumnKey =
  | "financialHealth"
  | "costInfluence"
  | "techInfluence"
  | "policyInfluence"
  | "purchaseInfluence"
  | "decisionComplexity"
  | "priorityScore"
  | "priorityTier"
  | "approach";

/** The output columns in order with their number formats (product contract); `bar`: gets a data bar. */
export const scoreColumns: readonly { key: ScoreColumnKey; numberFormat: string; bar: boolean }[] = [
  { key: "financialHealth", numberFormat: "0", bar: true },
  { key: "costInfluence", numberFormat: "0", bar: true },
  { key: "techInfluence", numberFormat: "0", bar: true },
  { key: "policyInfluence", numberFormat: "0", bar: true },
  { key: "purchaseInfluence", numberFormat: "0", bar: true },
  { key: "decisionComplexity", numberFormat: "@", bar: false },
  { key: "priorityScore", numberFormat: "0", bar: true },
  { key: "priorityTier", numberFormat: "@", bar: false },
  { key: "approach", numberFormat: "@", bar: false },
];

/** The header of a score column in a language. */
export function scoreHeader(lang: Lang, key: ScoreColumnKey): string {
  return catalog(lang).scoreColumns[key];
}

function numbers(values: Float64Array): OutValue[] {
  return Array.from(values, (value) => (Number.isNaN(value) ? null : value));
}

/** Each column's values, one per customer (in data-row order). */
function columnValues(
  key: ScoreColumnKey,
  results: ScoreResults,
  settings: ScoreSettings,
  lang: Lang,
): OutValue[] {
  const texts = catalog(lang);
  switch (key) {
    case "financialHealth":
      return numbers(results.financialHealth);
    case "costInfluence":
      return numbers(results.cost);
    case "techInfluence":
      return numbers(results.technology);
    case "policyInfluence":
      return numbers(results.policy);
    case "purchaseInfluence":
      return numbers(results.purchaseInfluence);
    case "priorityScore":
      return numbers(results.priority);
    case "decisionComplexity":
      return Array.from(results.complexity, (code) => {
        const name = complexityKeys[code - 1];
        return name === undefined ? null : texts.complexity[name];
      });
    case "priorityTier":
      return Array.from(results.tier, (code) => tiers[code - 1] ?? null);
    case "approach":
      return Array.from(results.tier, (code) => {
        const approach = approachOf(code, settings.approaches);
        return approach === null ? null : texts.settings.approaches[approach];
      });
  }
}

export interface BlockPlace {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  /** The customers' 1-based rows, ascending. */
  readonly dataRows: readonly number[];
  readonly clearTo?: number;
  readonly table?: string;
}

/**
 * The column block: values spread over the rows from the header's next row to the last customer (rows between
 * customers, such as skipped totals lines, stay empty).
 */
export function scoreBlock(
  place: BlockPlace,
  results: ScoreResults,
  settings: ScoreSettings,
  lang: Lang,
): ColumnBlock {
  const firstRow = place.headerRow + 1;
  const lastRow = place.dataRows[place.dataRows.length - 1] ?? place.headerRow;
  const height = Math.max(0, lastRow - firstRow + 1);
  const columns: ColumnWrite[] = scoreColumns.map(({ key, numberFormat }) => {
    const byCustomer = columnValues(key, results, settings, lang);
    const values = new Array<OutValue>(height).fill(null);
    place.dataRows.forEach((row, i) => (values[row - firstRow] = byCustomer[i] ?? null));
    return { key, header: scoreHeader(lang, key), numberFormat, values };
  });
  return {
    kind: "columnBlock",
    job: "scores",
    sheet: place.sheet,
    headerRow: place.headerRow,
    firstColumn: place.firstColumn,
    firstRow,
    lastRow,
    columns,
    headerStyleFrom: place.firstColumn - 1,
    ...(place.clearTo !== undefined ? { clearTo: place.clearTo } : {}),
    ...(place.table !== undefined ? { table: place.table } : {}),
  };
}
