import { analyseRatioColumns, type RatioColumns } from "../domain/analyseRatios";
import type { RatioKey } from "../domain/ratios";
import type { SkippedRow } from "../domain/dataRows";
import { detectSource, type ColumnSpan, type FieldOverrides, type SourceLayout } from "../domain/source";
import type { Issue, Lang } from "../domain/types";
import type { FieldKey } from "../domain/fieldKeys";
import { columnHeader, joinIssues } from "../i18n";
import { placeColumnBlock, type BlockPlacement } from "../plan/placeColumnBlock";
import type { CellRect, SheetSnapshot } from "../plan/sheetSnapshot";
import type { ColumnWrite, OutValue, WorkbookEdit } from "../plan/workbookEdit";

export interface RatioOptions {
  /** Output language; default: the sheet's header language (zh-CN when most recognised headers are Chinese). */
  readonly lang?: Lang;
  readonly days?: 365 | 360;
  readonly overrides?: FieldOverrides;
  /** Columns that are another job's output right of this block (the scores job's): never source content. */
  readonly alsoIgnore?: ColumnSpan;
}

/** What the job found, before it writes: for the task pane's "show before doing". */
export type RatioInspection =
  | {
      readonly ok: true;
      readonly layout: SourceLayout;
      readonly lang: Lang;
      /** Headers the run will write, in order. */
      readonly willAdd: readonly string[];
      /** 1-based column where the block goes. */
      readonly firstColumn: number;
      /** Required fields not mapped: the run would be refused. */
      readonly missing: readonly FieldKey[];
      /** Reasons the run would be refused (missing fields, header conflicts, occupied cells). Empty when it can run. */
      readonly refusals: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export interface RatioReport {
  readonly command: "ratios";
  readonly sheet: string;
  /** 1-based header row. */
  readonly headerRow: number;
  /** Customers analysed (data rows). */
  readonly rows: number;
  /** Headers written, in order. */
  readonly columns: readonly string[];
  readonly firstColumn: number;
  readonly lang: Lang;
  readonly issues: readonly Issue[];
  /** Data rows with at least one issue. */
  readonly rowsWithIssues: number;
  /** Non-blank rows below the header that are not customers: totals rows and note lines. */
  readonly skippedRows: readonly SkippedRow[];
}

export type RatioPlan =
  | { readonly ok: true; readonly edit: WorkbookEdit; readonly report: RatioReport }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** The job's output columns in order, with their number formats (product contract). */
export const ratioColumns: readonly { key: RatioKey | "dataIssues"; numberFormat: string }[] = [
  { key: "currentRatio", numberFormat: "0.00" },
  { key: "currentAssetRatio", numberFormat: "0.0%" },
  { key: "netProfitMargin", numberFormat: "0.0%" },
  { key: "returnOnAssets", numberFormat: "0.0%" },
  { key: "collectionDays", numberFormat: "0" },
  { key: "inventoryDays", numberFormat: "0" },
  { key: "dataIssues", numberFormat: "@" },
];

const jobKey = "ratios";
const languages: readonly Lang[] = ["zh-CN", "en-US"];

/** Find the source and where the job would write, without computing anything. */
export function inspectRatios(snapshot: SheetSnapshot, options: RatioOptions): RatioInspection {
  const inspected = inspect(snapshot, options);
  return inspected.ok ? inspected.inspection : inspected;
}

function inspect(
  snapshot: SheetSnapshot,
  options: RatioOptions,
):
  | { ok: true; inspection: Extract<RatioInspection, { ok: true }>; placement: BlockPlacement }
  | { ok: false; issues: readonly Issue[] } {
  // The job's own earlier output is never evidence of data: a row the person emptied stays empty on a rerun.
  const ignore = ignoredColumns(ownedRect(snapshot), options.alsoIgnore);
  const found = detectSource(snapshot.grid, options.overrides, ignore ? { ignoreColumns: ignore } : {});
  if (!found.ok) return { ok: false, issues: found.issues };
  const { layout } = found;
  const lang = options.lang ?? layout.language;
  const placement = place(snapshot, layout);
  const inspection = {
    ok: true as const,
    layout,
    lang,
    willAdd: ratioColumns.map((column) => columnHeader(lang, column.key)),
    firstColumn: placement.firstColumn,
    missing: layout.missing,
    refusals: [...missingFieldIssues(layout), ...noDataIssues(layout), ...placement.refusals],
  };
  return { ok: true, inspection, placement };
}

/** Plan the ratio columns for a sheet: the edit to apply and the report, or the reasons it cannot run. */
export function planRatios(snapshot: SheetSnapshot, options: RatioOptions): RatioPlan {
  const parts = planRatioParts(snapshot, options);
  return parts.ok ? { ok: true, edit: parts.edit, report: parts.report } : parts;
}

/** A ratio plan with what later jobs build on: the source layout and the ratio values (the scores job). */
export type RatioParts =
  | {
      readonly ok: true;
      readonly edit: WorkbookEdit;
      readonly report: RatioReport;
      readonly layout: SourceLayout;
      readonly analysed: RatioColumns;
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** `planRatios` with the layout and the ratio values it computed. */
export function planRatioParts(snapshot: SheetSnapshot, options: RatioOptions): RatioParts {
  const inspected = inspect(snapshot, options);
  if (!inspected.ok) return inspected;
  const { inspection, placement } = inspected;
  if (inspection.refusals.length > 0) return { ok: false, issues: inspection.refusals };
  const { layout, lang, firstColumn } = inspection;
  const analysed = analyseRatioColumns(snapshot.grid, layout, { days: options.days ?? 365 });
  const lastRow = layout.dataRows[layout.dataRows.length - 1] ?? layout.headerRow;
  const columns = buildColumns(analysed, lang, layout.headerRow + 1, lastRow);
  const edit: WorkbookEdit = {
    changes: [
      {
        kind: "columnBlock",
        job: jobKey,
        sheet: layout.sheet,
        headerRow: layout.headerRow,
        firstColumn,
        firstRow: layout.headerRow + 1,
        lastRow,
        columns,
        headerStyleFrom: firstColumn - 1,
        ...(placement.clearTo !== undefined ? { clearTo: placement.clearTo } : {}),
        ...(placement.table !== undefined ? { table: placement.table } : {}),
      },
    ],
  };
  const issues = [...analysed.rowIssues.values()].flat();
  return {
    ok: true,
    edit,
    layout,
    analysed,
    report: {
      command: "ratios",
      sheet: layout.sheet,
      headerRow: layout.headerRow,
      rows: analysed.rows.length,
      columns: columns.map((column) => column.header),
      firstColumn,
      lang,
      issues,
      rowsWithIssues: analysed.rowIssues.size,
      skippedRows: layout.skippedRows,
    },
  };
}

/** The ratio block's columns, with an adjacent (or overlapping) span of another job's output joined to them. */
function ignoredColumns(owned: CellRect | undefined, also: ColumnSpan | undefined): ColumnSpan | undefined {
  const own = owned ? { first: owned.left, last: owned.right } : undefined;
  if (!also) return own;
  if (!own) return also;
  if (also.first > own.last + 1 || also.last < own.first - 1) return own;
  return { first: Math.min(own.first, also.first), last: Math.max(own.last, also.last) };
}

function ownedRect(snapshot: SheetSnapshot): CellRect | undefined {
  return snapshot.owned.find((block) => block.job === jobKey)?.rect;
}

function place(snapshot: SheetSnapshot, layout: SourceLayout): BlockPlacement {
  return placeColumnBlock(snapshot, {
    job: jobKey,
    headerRow: layout.headerRow,
    // The layout's headers leave out the job's own columns, so this is the source's own last column.
    sourceLastColumn: layout.lastColumn,
    lastRow: layout.dataRows[layout.dataRows.length - 1] ?? layout.headerRow,
    headerVariants: ratioColumns.map((column) => languages.map((lang) => columnHeader(lang, column.key))),
  });
}

function buildColumns(analysed: RatioColumns, lang: Lang, firstRow: number, lastRow: number): ColumnWrite[] {
  const height = Math.max(0, lastRow - firstRow + 1);
  const { rows, values: ratios, rowIssues } = analysed;
  return ratioColumns.map(({ key, numberFormat }) => {
    const values: OutValue[] = new Array<OutValue>(height).fill(null);
    if (key === "dataIssues") {
      for (const [i, issues] of rowIssues) values[(rows[i] ?? 0) - firstRow] = joinIssues(lang, issues);
    } else {
      const column = ratios[key];
      for (let i = 0; i < rows.length; i += 1) {
        const value = column[i] ?? Number.NaN;
        values[(rows[i] ?? 0) - firstRow] = Number.isNaN(value) ? null : value;
      }
    }
    return { key, header: columnHeader(lang, key), numberFormat, values };
  });
}

function missingFieldIssues(layout: SourceLayout): Issue[] {
  return layout.missing.map((field) => ({ code: "source.missingField", sheet: layout.sheet, field }));
}

function noDataIssues(layout: SourceLayout): Issue[] {
  return layout.dataRows.length === 0 ? [{ code: "source.noDataRows", sheet: layout.sheet }] : [];
}
