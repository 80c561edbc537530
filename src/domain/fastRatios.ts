/**
 * The common case of the ratio analysis, kept apart so that it stays small enough for the engine to optimise:
 * every input cell a plain finite number and every denominator positive. It does exactly the arithmetic of the
 * cores in ratios.ts (same operations, same order, so the same doubles) and raises no issues; any other row goes to
 * the general path, which parses text and reports problems.
 */
import type { RatioKey } from "./ratios";
import type { CellValue } from "./types";
import type { Plan } from "./ratioInputs";

/** Writes row `i`'s six ratios when the row is the common case; false (nothing written) otherwise. */
export type FastRow = (row: readonly CellValue[], i: number) => boolean;

/** A cell's number times its column's scale, or NaN when the cell is not a plain finite number. */
function amount(raw: CellValue | undefined, scale: number): number {
  return typeof raw === "number" && raw - raw === 0 ? raw * scale : Number.NaN;
}

/**
 * The fast path for one source layout: column indices and scales are bound once, so the per-row work is a handful of
 * array reads and six divisions. Formulas as in ratios.ts: CA/CL, CA/TA, NP/REV, NP/avg(TA), avg(AR)/REV×days,
 * avg(INV)/COS×days, where avg(x) = (opening + closing) / 2 when the opening column is mapped, else the closing.
 */
export function fastRatioRow(plan: Plan, days: number, out: Record<RatioKey, Float64Array>): FastRow {
  // Slots are numbered in slotFields order (CA = 0 … INVO = 10), so the plan's arrays unpack in that order.
  const [iCa, iCl, iTa, iTao, iRev, iCos, iNp, iAr, iAro, iInv, iInvo] = Array.from(plan.index);
  const [sCa, sCl, sTa, sTao, sRev, sCos, sNp, sAr, sAro, sInv, sInvo] = Array.from(plan.scale);
  const { currentRatio, currentAssetRatio, netProfitMargin, returnOnAssets, collectionDays, inventoryDays } =
    out;
  const average = (
    row: readonly CellValue[],
    closing: number,
    index: number | undefined,
    scale: number | undefined,
  ): number => (index === undefined || index < 0 ? closing : (amount(row[index], scale ?? 1) + closing) / 2);
  return (row, i) => {
    const ca = amount(row[iCa ?? -1], sCa ?? 1);
    const cl = amount(row[iCl ?? -1], sCl ?? 1);
    const ta = amount(row[iTa ?? -1], sTa ?? 1);
    const rev = amount(row[iRev ?? -1], sRev ?? 1);
    const cos = amount(row[iCos ?? -1], sCos ?? 1);
    const np = amount(row[iNp ?? -1], sNp ?? 1);
    const avgTa = average(row, ta, iTao, sTao);
    const avgAr = average(row, amount(row[iAr ?? -1], sAr ?? 1), iAro, sAro);
    const avgInv = average(row, amount(row[iInv ?? -1], sInv ?? 1), iInvo, sInvo);
    // Comparisons with NaN are false, so a non-number anywhere sends the row to the general path.
    if (!(cl > 0 && ta > 0 && rev > 0 && cos > 0 && avgTa > 0) || ca !== ca || np !== np) return false;
    if (avgAr !== avgAr || avgInv !== avgInv) return false;
    currentRatio[i] = ca / cl;
    currentAssetRatio[i] = ca / ta;
    netProfitMargin[i] = np / rev;
    returnOnAssets[i] = np / avgTa;
    collectionDays[i] = (avgAr / rev) * days;
    inventoryDays[i] = (avgInv / cos) * days;
    return true;
  };
}
