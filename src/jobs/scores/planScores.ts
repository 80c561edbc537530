/**
 * The scores job's plan (method steps 1 and 3): the ratio columns (written or refreshed first), the nine score
 * columns right of them with their conditional formats, the Settings sheet (created when missing, changed values
 * written) and the Customer segments sheet.
 */
import { fieldKeys } from "../../domain/fieldKeys";
import type { Issue } from "../../domain/types";
import { costConfigOf } from "../../domain/scoring/scoreSettings";
import type { FieldOverrides } from "../../domain/source";
import { columnHeader } from "../../i18n";
import { placeColumnBlock } from "../../plan/placeColumnBlock";
import type { Edit, StyleSheet } from "../../plan/edits";
import type { JobInput, JobOutcome } from "../jobDefinition";
import { planRatioParts, ratioColumns } from "../ratios";
import { computeScores } from "./computeScores";
import { scoreBlock, scoreColumns, scoreHeader } from "./scoreBlock";
import { scoreFormats } from "./scoreFormats";
import { findScoreFields, scoreFieldKeys } from "./scoreFields";
import type { ScoreFieldKey } from "./scoreFields";
import { amountColumn, fieldUnit, locator, rawColumn, revenueColumn } from "./scoreInputs";
import { planSegments } from "./planSegments";
import { scoreReport } from "./scoresReport";
import type { ScoreJobReport } from "./scoresReport";
import { planSettings } from "./settingsSheet";

const both = ["zh-CN", "en-US"] as const;

function splitOverrides(given: Readonly<Record<string, number | null>> = {}): {
  ratio: FieldOverrides;
  score: Record<string, number | null>;
} {
  const ratio: Record<string, number | null> = {};
  const score: Record<string, number | null> = {};
  for (const [key, column] of Object.entries(given)) {
    if ((fieldKeys as readonly string[]).includes(key)) ratio[key] = column;
    else if ((scoreFieldKeys as readonly string[]).includes(key)) score[key] = column;
  }
  return { ratio: ratio, score };
}

/** Plan the scores job. */
export function planScores(input: JobInput): JobOutcome<ScoreJobReport> {
  const sheet = input.sheets.customers ?? "";
  const snapshot = input.workbook.sheets.get(sheet);
  if (!snapshot) return { ok: false, issues: [{ code: "edit.unknownSheet", sheet }] };
  const owned = snapshot.owned.find((block) => block.job === "scores")?.rect;
  const overrides = splitOverrides(input.overrides?.customers);
  const days = input.options.days === "360" || input.options.days === 360 ? 360 : 365;
  const ratios = planRatioParts(snapshot, {
    days,
    overrides: overrides.ratio,
    ...(input.lang ? { lang: input.lang } : {}),
    ...(owned ? { alsoIgnore: { first: owned.left, last: owned.right } } : {}),
  });
  if (!ratios.ok) return ratios;
  const { layout, analysed, report: ratioReport } = ratios;
  const lang = ratioReport.lang;
  const lastRow = layout.dataRows[layout.dataRows.length - 1] ?? layout.headerRow;
  const placement = placeColumnBlock(snapshot, {
    job: "scores",
    headerRow: layout.headerRow,
    sourceLastColumn: ratioReport.firstColumn + ratioColumns.length - 1,
    lastRow,
    headerVariants: scoreColumns.map((column) => both.map((l) => scoreHeader(l, column.key))),
  });
  if (placement.refusals.length > 0) return { ok: false, issues: placement.refusals };
  const settings = planSettings(input.workbook, {
    ...(input.sheets.settings ? { chosen: input.sheets.settings } : {}),
    lang,
    ...(input.settings ? { changes: input.settings } : {}),
  });
  if (!settings.ok) return settings;

  const fields = findScoreFields(layout.headers, overrides.score);
  const rows = layout.dataRows;
  const raw = (key: ScoreFieldKey) => {
    const field = fields[key];
    return field ? rawColumn(snapshot.grid, rows, field.column) : undefined;
  };
  const amount = (key: ScoreFieldKey) => {
    const field = fields[key];
    return field ? amountColumn(snapshot.grid, rows, field.column, fieldUnit(field, layout)) : undefined;
  };
  const revenue = revenueColumn(snapshot.grid, layout);
  const locate = locator(layout, fields);
  const optional = <T>(key: string, value: T | undefined) => (value === undefined ? {} : { [key]: value });
  const results = computeScores(
    {
      count: rows.length,
      ratios: analysed.values,
      revenue,
      ...optional("costRating", raw("costRating")),
      ...optional("technicalFit", raw("technicalFit")),
      ...optional("policyRating", raw("policyRating")),
      ...optional("expectedOrderValue", amount("expectedOrderValue")),
      ...optional("sales12m", amount("sales12m")),
    },
    settings.settings,
    costConfigOf(settings.settings),
    locate,
  );
  const place = {
    sheet: layout.sheet,
    headerRow: layout.headerRow,
    firstColumn: placement.firstColumn,
    dataRows: rows,
    ...(placement.clearTo !== undefined ? { clearTo: placement.clearTo } : {}),
    ...(placement.table !== undefined ? { table: placement.table } : {}),
  };
  const segments = planSegments(input, layout, fields, {
    revenue,
    currentRatio: analysed.values.currentRatio,
    netProfitMargin: analysed.values.netProfitMargin,
    lang,
    grid: snapshot.grid,
  });
  if (!segments.ok) return segments;
  const changes: Edit[] = [
    ...ratios.edit.changes,
    scoreBlock(place, results, settings.settings, lang),
    ...scoreFormats(place),
    ...settings.edits,
    ...segments.edits,
  ];
  const styles: StyleSheet = { ...ratios.edit.styles, ...settings.styles, ...segments.styles };
  const scoreIssues: Issue[] = [
    ...results.columnIssues.map((issue) => ({
      sheet: layout.sheet,
      ...issue,
      code: "scores.factorColumnMissing",
    })),
    ...[...results.rowIssues.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, list]) => list),
  ];
  return {
    ok: true,
    edit: { styles, changes },
    report: scoreReport({
      ratioReport,
      ratioHeaders: ratioColumns.map((column) => columnHeader(lang, column.key)),
      firstColumn: placement.firstColumn,
      results,
      scoreIssues,
      rowsWithScoreIssues: results.rowIssues.size,
      settings,
      segments,
      fields: Object.keys(fields) as ScoreFieldKey[],
    }),
  };
}
