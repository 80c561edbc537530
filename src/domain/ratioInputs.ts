/**
 * The input side of the ratio analysis: which cells feed which slot, and reading one row's cells into numbers.
 */
import type { CellValue, Grid, Issue } from "./types";
import type { FieldKey } from "./fieldKeys";
import type { SourceLayout } from "./source";
import type { DayBasis } from "./ratios";
import { parseAmount } from "./parse";
import { a1 } from "./address";

// Input slots, in a fixed order so a row's numbers live in one reused typed array.
export const slotFields = [
  "currentAssets",
  "currentLiabilities",
  "totalAssets",
  "totalAssetsOpening",
  "revenue",
  "costOfSales",
  "netProfit",
  "accountsReceivable",
  "accountsReceivableOpening",
  "inventory",
  "inventoryOpening",
] as const satisfies readonly FieldKey[];
export type SlotField = (typeof slotFields)[number];
export const [CA, CL, TA, TAO, REV, COS, NP, AR, ARO, INV, INVO] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
] as const;
const optionalSlots: ReadonlySet<number> = new Set([TAO, ARO, INVO]);

const OK = 0;
/** Not mapped, or an opening balance left blank: the ratio uses what it has, with no issue. */
const ABSENT = 1;
/** An issue was raised for the cell; ratios that need it are null. */
const BAD = 2;

/** What stays the same for every row: grid indices, scales and sheet columns of the input slots, in column order. */
export interface Plan {
  readonly order: Int32Array;
  readonly index: Int32Array;
  readonly scale: Float64Array;
  readonly column: Int32Array;
}

export function planSlots(grid: Grid, layout: SourceLayout): Plan {
  const index = new Int32Array(slotFields.length).fill(-1);
  const scale = new Float64Array(slotFields.length).fill(1);
  const column = new Int32Array(slotFields.length);
  slotFields.forEach((field, slot) => {
    const mapping = layout.fields[field];
    if (mapping === undefined || mapping.column - 1 < grid.left) return;
    index[slot] = mapping.column - 1 - grid.left;
    scale[slot] = mapping.unit.scale;
    column[slot] = mapping.column;
  });
  // Issues in a row read left to right, like the sheet.
  const order = Int32Array.from(slotFields.keys()).sort((x, y) => (column[x] ?? 0) - (column[y] ?? 0));
  return { order, index, scale, column };
}

/** Reused across rows; `row1` and `issues` change per row. */
export interface RowContext {
  readonly sheet: string;
  readonly plan: Plan;
  readonly days: DayBasis;
  readonly numbers: Float64Array;
  readonly status: Uint8Array;
  row1: number;
  /** The current row's issues. */
  issues: Issue[];
}

/** Adds an issue to the current row. */
export function addIssue(ctx: RowContext, issue: Issue): void {
  ctx.issues.push(issue);
}

/** Parses one input cell the slow way (text, blanks, errors, huge numbers) into `numbers`, returning its status. */
function readSlow(ctx: RowContext, raw: CellValue, slot: number): number {
  const parsed = parseAmount(raw);
  if (parsed.kind === "number") {
    // A cell such as "1.2万" carries its own magnitude; the column's unit does not apply to it.
    ctx.numbers[slot] = parsed.magnitude ? parsed.value : parsed.value * (ctx.plan.scale[slot] ?? 1);
    return OK;
  }
  if (parsed.kind === "blank" && optionalSlots.has(slot)) return ABSENT;
  const where = {
    sheet: ctx.sheet,
    cell: a1(ctx.row1, ctx.plan.column[slot] ?? 1),
    field: slotFields[slot] as SlotField,
  };
  if (parsed.kind === "blank") addIssue(ctx, { code: "cell.blank", ...where });
  else {
    const code = parsed.kind === "missing" ? parsed.code : "cell.notNumber";
    addIssue(ctx, { code, ...where, params: { value: parsed.text } });
  }
  return BAD;
}

/** Reads a row's input cells into ctx.numbers and ctx.status; plain numbers take the fast path. */
export function readRow(ctx: RowContext, row: readonly CellValue[]): void {
  const { order, index, scale } = ctx.plan;
  for (let k = 0; k < order.length; k += 1) {
    const slot = order[k] ?? 0;
    const c = index[slot] ?? -1;
    if (c < 0) {
      ctx.status[slot] = ABSENT;
      continue;
    }
    const raw = row[c];
    if (typeof raw === "number" && raw - raw === 0) {
      ctx.numbers[slot] = raw * (scale[slot] ?? 1);
      ctx.status[slot] = OK;
    } else ctx.status[slot] = readSlow(ctx, raw ?? null, slot);
  }
}

/** True when every listed slot holds a number. */
export function have(ctx: RowContext, a: number, b: number): boolean {
  return ctx.status[a] === OK && ctx.status[b] === OK;
}

/** An opening balance: its number, null when absent (closing alone is used), undefined when its cell is bad. */
export function opening(ctx: RowContext, slot: number): number | null | undefined {
  const status = ctx.status[slot];
  return status === OK ? (ctx.numbers[slot] ?? 0) : status === ABSENT ? null : undefined;
}
