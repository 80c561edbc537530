/**
 * The common case of the ratio analysis, kept apart so that it stays small enough for the engine to optimise:
 * every input cell a plain finite number and every denominator positive. It does exactly the arithmetic of the
 * cores in ratios.ts (same operations, same order, so the same doubles) and raises no issues; any other row goes to
 * the general path, which parses text and reports problems.
 */
import type { RatioKey } from "./ratios";
import type { CellValue } from "./types";
import type { Plan } from "./ratioInputs";
import { AR, ARO, CA, CL, COS, INV, INVO, NP, REV, TA, TAO } from "./ratioInputs";

/** A cell's number times its column's scale, or NaN when the cell is not a plain finite number. */
function amount(row: readonly CellValue[], plan: Plan, slot: number): number {
  const raw = row[plan.index[slot] ?? -1];
  return typeof raw === "number" && raw - raw === 0 ? raw * (plan.scale[slot] ?? 1) : Number.NaN;
}

/** Average with an opening balance whose column may be absent (then the closing balance alone, as the cores do). */
function average(row: readonly CellValue[], plan: Plan, closing: number, openingSlot: number): number {
  if ((plan.index[openingSlot] ?? -1) < 0) return closing;
  return (amount(row, plan, openingSlot) + closing) / 2;
}

/**
 * Write row `i`'s six ratios when the row is the common case; false (nothing written) otherwise.
 * Formulas as in ratios.ts: CA/CL, CA/TA, NP/REV, NP/avg(TA), avg(AR)/REV×days, avg(INV)/COS×days.
 */
export function fastRow(
  row: readonly CellValue[],
  plan: Plan,
  days: number,
  out: Record<RatioKey, Float64Array>,
  i: number,
): boolean {
  const ca = amount(row, plan, CA);
  const cl = amount(row, plan, CL);
  const ta = amount(row, plan, TA);
  const rev = amount(row, plan, REV);
  const cos = amount(row, plan, COS);
  const np = amount(row, plan, NP);
  const avgTa = average(row, plan, ta, TAO);
  const avgAr = average(row, plan, amount(row, plan, AR), ARO);
  const avgInv = average(row, plan, amount(row, plan, INV), INVO);
  // Comparisons with NaN are false, so a non-number anywhere sends the row to the general path.
  if (!(cl > 0 && ta > 0 && rev > 0 && cos > 0 && avgTa > 0) || ca !== ca || np !== np) return false;
  if (avgAr !== avgAr || avgInv !== avgInv) return false;
  out.currentRatio[i] = ca / cl;
  out.currentAssetRatio[i] = ca / ta;
  out.netProfitMargin[i] = np / rev;
  out.returnOnAssets[i] = np / avgTa;
  out.collectionDays[i] = (avgAr / rev) * days;
  out.inventoryDays[i] = (avgInv / cos) * days;
  return true;
}
