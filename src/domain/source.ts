/**
 * Source detection: where the header row is, which column holds which field, in what unit, and which rows are
 * customers.
 */
import type { FieldKey, Grid, Issue, Lang } from "./types";
import type { Unit } from "./units";
import { findUnitLine } from "./units";
import { matchHeader, requiredFields } from "./fields";
import { cellText } from "./cellText";
import { splitRows } from "./dataRows";
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
  /** Blank and totals rows between the header and the last data row. */
  skippedRows: readonly number[];
  /** Required fields that are not mapped. */
  missing: readonly FieldKey[];
}

export type SourceResult = { ok: true; layout: SourceLayout } | { ok: false; issues: Issue[] };

/** How many rows from the top of the grid may hold the header row. */
export const headerSearchRows = 20;

function recognisedFields(row: Grid["values"][number]): number {
  const fields = new Set<FieldKey>();
  for (const value of row) {
    if (typeof value !== "string") continue;
    const match = matchHeader(value);
    if (match !== null) fields.add(match.field);
  }
  return fields.size;
}

/** Index in the grid of the row with the most distinct recognised fields (at least 2; ties go to the upper row). */
function findHeaderIndex(grid: Grid): number | null {
  let best: number | null = null;
  let bestCount = 1;
  for (let r = 0; r < Math.min(headerSearchRows, grid.values.length); r += 1) {
    const count = recognisedFields(grid.values[r] ?? []);
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

/**
 * Finds the source table on a sheet: header row (within the first 20 rows), field mapping (overrides win), units
 * (header brackets, else the unit line above, else 元), language and data rows.
 * @example detectSource({ sheet: "S", top: 0, left: 0, values: [["客户", "流动资产", "流动负债"], ["甲", 1200, 800]] })
 * //=> { ok: true, layout: { headerRow: 1, dataRows: [2], language: "zh-CN", missing: ["totalAssets", …], … } }
 */
export function detectSource(grid: Grid, overrides: FieldOverrides = {}): SourceResult {
  const headerIndex = findHeaderIndex(grid);
  if (headerIndex === null) return { ok: false, issues: [{ code: "source.noHeaderRow", sheet: grid.sheet }] };
  const headers: HeaderCell[] = [];
  (grid.values[headerIndex] ?? []).forEach((value, c) => {
    const text = cellText(value);
    if (text !== "") headers.push({ column: grid.left + c + 1, text });
  });
  const sheetUnit = findSheetUnit(grid, headerIndex);
  const { fields, language } = mapHeaders(headers, sheetUnit, overrides);
  const nameColumn = fields.customerName?.column;
  const { dataRows, skippedRows } = splitRows(
    grid.values,
    headerIndex,
    grid.top,
    nameColumn === undefined ? null : nameColumn - grid.left - 1,
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
