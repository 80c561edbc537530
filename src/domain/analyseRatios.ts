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
import { fastRatioRow } from "./fastRatios";
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

/** The analysis column by column: what the job writes, with no per-row objects on the hot path. */
export interface RatioColumns {
  /** 1-based sheet rows of the customers, in order. */
  readonly rows: Int32Array;
  /** One array per ratio, aligned with `rows`; NaN where the ratio is empty. */
  readonly values: Readonly<Record<RatioKey, Float64Array>>;
  /** Issues of the rows that have any, keyed by index into `rows`. */
  readonly rowIssues: ReadonlyMap<number, readonly Issue[]>;
}

/** A zero or negative denominator becomes an issue at the denominator's cell; the ratio is empty (NaN). */
function settle(ctx: RowContext, key: RatioKey, outcome: DenominatorCode): number {
  const field = ratioDenominator[key];
  const column = ctx.plan.column[slotFields.indexOf(field as SlotField)] ?? 1;
  addIssue(ctx, {
    code: outcome,
    sheet: ctx.sheet,
    cell: a1(ctx.row1, column),
    field,
    params: { ratio: key },
  });
  return Number.NaN;
}

function value(ctx: RowContext, key: RatioKey, outcome: number | DenominatorCode | null): number {
  if (outcome === null) return Number.NaN;
  return typeof outcome === "string" ? settle(ctx, key, outcome) : outcome;
}

/** Computes the current row's six ratios into slot `i` of each column. */
function rowValues(ctx: RowContext, out: Record<RatioKey, Float64Array>, i: number): void {
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
  out.currentRatio[i] = value(ctx, "currentRatio", cr);
  out.currentAssetRatio[i] = value(ctx, "currentAssetRatio", car);
  out.netProfitMargin[i] = value(ctx, "netProfitMargin", npm);
  out.returnOnAssets[i] = value(ctx, "returnOnAssets", roa);
  out.collectionDays[i] = value(ctx, "collectionDays", cd);
  out.inventoryDays[i] = value(ctx, "inventoryDays", id);
}

const emptyRow: readonly CellValue[] = [];

/**
 * The six ratios of every data row, column by column (the core the job and the benchmark use), with one issue per
 * bad input cell and one per zero or negative denominator. Amounts are normalised to the base unit (value × the
 * field's unit scale) unless a cell carries its own magnitude ("1.2万").
 * Formula: see the cores in ratios.ts; days is the day basis of the two period ratios.
 * @example
 * // 流动资产 1200, 流动负债 800 (both 万元) on row 2 → currentRatio[0] 1.5
 * analyseRatioColumns(grid, layout, { days: 365 }).values.currentRatio[0] //=> 1.5
 */
export function analyseRatioColumns(
  grid: Grid,
  layout: SourceLayout,
  options: { days: 365 | 360 },
): RatioColumns {
  const count = layout.dataRows.length;
  const column = (): Float64Array => new Float64Array(count);
  const values: Record<RatioKey, Float64Array> = {
    currentRatio: column(),
    currentAssetRatio: column(),
    netProfitMargin: column(),
    returnOnAssets: column(),
    collectionDays: column(),
    inventoryDays: column(),
  };
  const rows = Int32Array.from(layout.dataRows);
  const rowIssues = new Map<number, Issue[]>();
  const ctx: RowContext = {
    sheet: layout.sheet,
    plan: planSlots(grid, layout),
    days: options.days,
    numbers: new Float64Array(slotFields.length),
    status: new Uint8Array(slotFields.length),
    row1: 0,
    issues: [],
  };
  const fast = fastRatioRow(ctx.plan, ctx.days, values);
  for (let i = 0; i < count; i += 1) {
    const row1 = rows[i] ?? 0;
    ctx.row1 = row1;
    const row = grid.values[row1 - 1 - grid.top] ?? emptyRow;
    if (fast(row, i)) continue;
    readRow(ctx, row);
    rowValues(ctx, values, i);
    // The scratch list is reused; only rows with problems get a list of their own.
    if (ctx.issues.length > 0) {
      rowIssues.set(i, ctx.issues);
      ctx.issues = [];
    }
  }
  return { rows, values, rowIssues };
}

/**
 * The six ratios of every data row, in layout.dataRows order, one object per row: a thin wrapper over
 * `analyseRatioColumns` (empty ratios are null here).
 * @example
 * // 流动资产 1200, 流动负债 800 (both 万元) on row 2 → values.currentRatio 1.5
 * analyseRatios(grid, layout, { days: 365 })[0].values.currentRatio //=> 1.5
 */
export function analyseRatios(grid: Grid, layout: SourceLayout, options: { days: 365 | 360 }): RowRatios[] {
  const { rows, values, rowIssues } = analyseRatioColumns(grid, layout, options);
  const at = (column: Float64Array, i: number): number | null => {
    const number = column[i] ?? Number.NaN;
    return Number.isNaN(number) ? null : number;
  };
  return Array.from(rows, (row, i) => ({
    row,
    values: {
      currentRatio: at(values.currentRatio, i),
      currentAssetRatio: at(values.currentAssetRatio, i),
      netProfitMargin: at(values.netProfitMargin, i),
      returnOnAssets: at(values.returnOnAssets, i),
      collectionDays: at(values.collectionDays, i),
      inventoryDays: at(values.inventoryDays, i),
    },
    issues: [...(rowIssues.get(i) ?? [])],
  }));
}
