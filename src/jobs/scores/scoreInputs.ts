/**
 * The scores job's inputs read from the customer sheet, column by column and aligned with the ratio job's data
 * rows: raw rating and classification cells, and amounts in the base unit (yuan).
 */
import { a1 } from "../../domain/address";
import { headerUnit } from "../../domain/mapHeaders";
import { parseAmount } from "../../domain/parse";
import type { SourceLayout } from "../../domain/source";
import type { CellValue, Grid } from "../../domain/types";
import type { Unit } from "../../domain/units";
import { defaultUnit } from "../../domain/units";
import type { Locate } from "../../domain/scoring/rowIssues";
import type { ScoreFieldColumn, ScoreFieldKey } from "./scoreFields";

/** Raw cells of a column at the data rows. */
export function rawColumn(grid: Grid, rows: readonly number[], column: number): CellValue[] {
  const c = column - grid.left - 1;
  return rows.map((row) => grid.values[row - 1 - grid.top]?.[c] ?? null);
}

/**
 * Amounts of a column at the data rows in the base unit: value × unit scale, unless a cell carries its own
 * magnitude ("1.2万"); blank, text and error cells are NaN (the ratio job reports the ratio fields' bad cells).
 * @example amountColumn(grid, [2], 3, { scale: 10000, label: "万元" }) //=> [1200 × 10000] for a cell 1200
 */
export function amountColumn(grid: Grid, rows: readonly number[], column: number, unit: Unit): Float64Array {
  const raw = rawColumn(grid, rows, column);
  const out = new Float64Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) {
    const parsed = parseAmount(raw[i] ?? null);
    out[i] =
      parsed.kind !== "number" ? Number.NaN : parsed.magnitude ? parsed.value : parsed.value * unit.scale;
  }
  return out;
}

/** The unit of a score field's amounts: its header's brackets, else the sheet's unit line, else yuan. */
export function fieldUnit(field: ScoreFieldColumn, layout: SourceLayout): Unit {
  return headerUnit(field.header) ?? layout.sheetUnit ?? defaultUnit;
}

/** Revenue of every customer in yuan, NaN where it is missing or not a number. */
export function revenueColumn(grid: Grid, layout: SourceLayout): Float64Array {
  const revenue = layout.fields.revenue;
  if (revenue === undefined) return new Float64Array(layout.dataRows.length).fill(Number.NaN);
  return amountColumn(grid, layout.dataRows, revenue.column, revenue.unit);
}

/**
 * Where an issue of customer `index` about a field points: its data row, and the field's column (score fields
 * and ratio fields), else the row's first cell.
 */
export function locator(
  layout: SourceLayout,
  fields: Partial<Record<ScoreFieldKey, ScoreFieldColumn>>,
): Locate {
  return (index, field) => {
    const row = layout.dataRows[index] ?? layout.headerRow;
    const column =
      (field === undefined
        ? undefined
        : (fields[field as ScoreFieldKey]?.column ??
          layout.fields[field as keyof SourceLayout["fields"]]?.column)) ??
      layout.fields.customerName?.column ??
      layout.headers[0]?.column ??
      1;
    return { sheet: layout.sheet, cell: a1(row, column) };
  };
}
