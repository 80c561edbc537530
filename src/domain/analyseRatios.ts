/**
 * The ratio analysis of every customer row: parse each input cell once, normalise units, compute the six ratios.
 */
import type { CellValue, Grid, Issue } from "./types";
import type { SourceLayout } from "./source";
import type { DenominatorCode, RatioKey } from "./ratios";
import {
  collectionDays,
  currentAssetRatio,
  currentRatio,
  inventoryDays,
  netProfitMargin,
  ratioDenominator,
  returnOnAssets,
} from "./ratios";
import { a1 } from "./address";
import {
  AR,
  ARO,
  CA,
  CL,
  COS,
  INV,
  INVO,
  NP,
  REV,
  TA,
  TAO,
  addIssue,
  have,
  opening,
  planSlots,
  readRow,
  slotFields,
} from "./ratioInputs";
import type { RowContext, SlotField } from "./ratioInputs";

export interface RowRatios {
  /** 1-based sheet row. */
  row: number;
  values: Record<RatioKey, number | null>;
  issues: Issue[];
}

/** The value of a ratio, or null; a zero or negative denominator becomes an issue at the denominator's cell. */
function settle(ctx: RowContext, key: RatioKey, outcome: DenominatorCode): null {
  const field = ratioDenominator[key];
  const column = ctx.plan.column[slotFields.indexOf(field as SlotField)] ?? 1;
  addIssue(ctx, {
    code: outcome,
    sheet: ctx.sheet,
    cell: a1(ctx.row1, column),
    field,
    params: { ratio: key },
  });
  return null;
}

function rowValues(ctx: RowContext): Record<RatioKey, number | null> {
  const n = ctx.numbers;
  const days = ctx.days;
  const tao = opening(ctx, TAO);
  const aro = opening(ctx, ARO);
  const invo = opening(ctx, INVO);
  const cr = have(ctx, CA, CL) ? currentRatio(n[CA] ?? 0, n[CL] ?? 0) : null;
  const car = have(ctx, CA, TA) ? currentAssetRatio(n[CA] ?? 0, n[TA] ?? 0) : null;
  const npm = have(ctx, NP, REV) ? netProfitMargin(n[NP] ?? 0, n[REV] ?? 0) : null;
  const roa = have(ctx, NP, TA) && tao !== undefined ? returnOnAssets(n[NP] ?? 0, n[TA] ?? 0, tao) : null;
  const cd =
    have(ctx, AR, REV) && aro !== undefined ? collectionDays(n[AR] ?? 0, n[REV] ?? 0, aro, days) : null;
  const id =
    have(ctx, INV, COS) && invo !== undefined ? inventoryDays(n[INV] ?? 0, n[COS] ?? 0, invo, days) : null;
  return {
    currentRatio: typeof cr === "string" ? settle(ctx, "currentRatio", cr) : cr,
    currentAssetRatio: typeof car === "string" ? settle(ctx, "currentAssetRatio", car) : car,
    netProfitMargin: typeof npm === "string" ? settle(ctx, "netProfitMargin", npm) : npm,
    returnOnAssets: typeof roa === "string" ? settle(ctx, "returnOnAssets", roa) : roa,
    collectionDays: typeof cd === "string" ? settle(ctx, "collectionDays", cd) : cd,
    inventoryDays: typeof id === "string" ? settle(ctx, "inventoryDays", id) : id,
  };
}

const emptyRow: readonly CellValue[] = [];

/**
 * The six ratios of every data row, in layout.dataRows order, with one issue per bad input cell and one per zero or
 * negative denominator. Amounts are normalised to the base unit (value × the field's unit scale) unless a cell
 * carries its own magnitude ("1.2万").
 * Formula: see the cores in ratios.ts; days is the day basis of the two period ratios.
 * @example
 * // 流动资产 1200, 流动负债 800 (both 万元) on row 2 → values.currentRatio 1.5
 * analyseRatios(grid, layout, { days: 365 })[0].values.currentRatio //=> 1.5
 */
export function analyseRatios(grid: Grid, layout: SourceLayout, options: { days: 365 | 360 }): RowRatios[] {
  const ctx: RowContext = {
    sheet: layout.sheet,
    plan: planSlots(grid, layout),
    days: options.days,
    numbers: new Float64Array(slotFields.length),
    status: new Uint8Array(slotFields.length),
    row1: 0,
    issues: [],
  };
  // push, not new Array(n): V8 gives a pre-sized array of more than 100,000 holes slow dictionary elements.
  const results: RowRatios[] = [];
  for (let i = 0; i < layout.dataRows.length; i += 1) {
    const row1 = layout.dataRows[i] ?? 0;
    ctx.row1 = row1;
    ctx.issues = [];
    readRow(ctx, grid.values[row1 - 1 - grid.top] ?? emptyRow);
    results.push({ row: row1, values: rowValues(ctx), issues: ctx.issues });
  }
  return results;
}
