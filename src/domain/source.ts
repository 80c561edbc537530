/**
 * Source detection: where the header row is, which column holds which field, in what unit, and which rows are
 * customers.
 */
import type { Grid, Issue, Lang } from "./types";
import type { FieldKey } from "./fieldKeys";
import type { Unit } from "./units";
import { findUnitLine } from "./units";
import { matchHeader, requiredFields } from "./fields";
import { cellText } from "./cellText";
import { noIgnoredSpan, splitRows } from "./dataRows";
import type { IgnoredSpan, SkippedRow } from "./dataRows";
import { mapHeaders } from "./mapHeaders";
import type { HeaderCell } from "./mapHeaders";

/** 1-based sheet column chosen by the user for a field; null unmaps the field. */
export type FieldOverrides = Partial<Record<FieldKey, number | null>>;

export interface FieldMapping {
  field: FieldKey;
  /** 1-based sheet column. */
  column: number;
  header: string;
  unit: Unit;
  unitFrom: "header" | "sheet" | "default";
  /** False when the mapping came from overrides. */
  auto: boolean;
}

export interface SourceLayout {
  sheet: string;
  /** 1-based sheet row. */
  headerRow: number;
  /** Every non-empty header cell, 1-based columns. */
  headers: readonly { column: number; text: string }[];
  /** 1-based column of the last non-empty header cell. */
  lastColumn: number;
  fields: Partial<Record<FieldKey, FieldMapping>>;
  sheetUnit: Unit | null;
  language: Lang;
  /** 1-based sheet rows holding customers. */
  dataRows: readonly number[];
  /** Non-blank rows below the header that are not customers, with why: totals rows and note lines. */
  skippedRows: readonly SkippedRow[];
  /** Required fields that are not mapped. */
  missing: readonly FieldKey[];
}

/** 1-based sheet columns, inclusive. */
export interface ColumnSpan {
  readonly first: number;
  readonly last: number;
}

export interface DetectOptions {
  /**
   * Columns that are never source content (a job's own earlier output): their cells are neither headers nor
   * evidence that a row holds a customer.
   */
  readonly ignoreColumns?: ColumnSpan;
}

export type SourceResult = { ok: true; layout: SourceLayout } | { ok: false; issues: Issue[] };

/** How many rows from the top of the grid may hold the header row. */
export const headerSearchRows = 20;

function recognisedFields(row: Grid["values"][number], span: IgnoredSpan): number {
  const fields = new Set<FieldKey>();
  for (let c = 0; c < row.length; c += 1) {
    const value = row[c];
    if (typeof value !== "string" || (c >= span.from && c <= span.to)) continue;
    const match = matchHeader(value);
    if (match !== null) fields.add(match.field);
  }
  return fields.size;
}

/** Index in the grid of the row with the most distinct recognised fields (at least 2; ties go to the upper row). */
function findHeaderIndex(grid: Grid, span: IgnoredSpan): number | null {
  let best: number | null = null;
  let bestCount = 1;
  for (let r = 0; r < Math.min(headerSearchRows, grid.values.length); r += 1) {
    const count = recognisedFields(grid.values[r] ?? [], span);
    if (count > bestCount) [best, bestCount] = [r, count];
  }
  return best;
}

/** The first unit line above the header, read top to bottom, left to right. */
function findSheetUnit(grid: Grid, headerIndex: number): Unit | null {
  for (let r = 0; r < headerIndex; r += 1) {
    for (const value of grid.values[r] ?? []) {
      const unit = typeof value === "string" ? findUnitLine(value) : null;
      if (unit !== null) return unit;
    }
  }
  return null;
}

/** The ignored columns as indices inside a grid row. */
function ignoredSpan(grid: Grid, columns: ColumnSpan | undefined): IgnoredSpan {
  if (columns === undefined) return noIgnoredSpan;
  const to = columns.last - grid.left - 1;
  if (to < 0 || columns.last < columns.first) return noIgnoredSpan;
  return { from: Math.max(0, columns.first - grid.left - 1), to };
}

function headerCells(grid: Grid, headerIndex: number, span: IgnoredSpan): HeaderCell[] {
  const headers: HeaderCell[] = [];
  const row = grid.values[headerIndex] ?? [];
  for (let c = 0; c < row.length; c += 1) {
    const text = c >= span.from && c <= span.to ? "" : cellText(row[c]);
    if (text !== "") headers.push({ column: grid.left + c + 1, text });
  }
  return headers;
}

/**
 * Finds the source table on a sheet: header row (within the first 20 rows), field mapping (overrides win), units
 * (header brackets, else the unit line above, else 元), language, data rows and the rows skipped (blank, totals,
 * notes). Cells in `options.ignoreColumns` are not looked at.
 * @example detectSource({ sheet: "S", top: 0, left: 0, values: [["客户", "流动资产", "流动负债"], ["甲", 1200, 800]] })
 * //=> { ok: true, layout: { headerRow: 1, dataRows: [2], language: "zh-CN", missing: ["totalAssets", …], … } }
 */
export function detectSource(
  grid: Grid,
  overrides: FieldOverrides = {},
  options: DetectOptions = {},
): SourceResult {
  const span = ignoredSpan(grid, options.ignoreColumns);
  const headerIndex = findHeaderIndex(grid, span);
  if (headerIndex === null) return { ok: false, issues: [{ code: "source.noHeaderRow", sheet: grid.sheet }] };
  const headers = headerCells(grid, headerIndex, span);
  const sheetUnit = findSheetUnit(grid, headerIndex);
  const { fields, language } = mapHeaders(headers, sheetUnit, overrides);
  const nameColumn = fields.customerName?.column;
  const { dataRows, skippedRows } = splitRows(
    grid.values,
    headerIndex,
    grid.top,
    nameColumn === undefined ? null : nameColumn - grid.left - 1,
    span,
  );
  const layout: SourceLayout = {
    sheet: grid.sheet,
    headerRow: grid.top + headerIndex + 1,
    headers,
    lastColumn: headers.length === 0 ? 0 : (headers[headers.length - 1]?.column ?? 0),
    fields,
    sheetUnit,
    language,
    dataRows,
    skippedRows,
    missing: requiredFields.filter((field) => fields[field] === undefined),
  };
  return { ok: true, layout };
}
