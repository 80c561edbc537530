/**
 * The six customer ratios as pure cores over numbers already normalised to one unit.
 * A zero or negative denominator is an expected outcome, so it is returned as an issue code, never thrown.
 */
import type { FieldKey } from "./fieldKeys";

export type RatioKey =
  | "currentRatio"
  | "currentAssetRatio"
  | "netProfitMargin"
  | "returnOnAssets"
  | "collectionDays"
  | "inventoryDays";

/** Every ratio, in the order the ratio block is written. */
export const ratioKeys: readonly RatioKey[] = [
  "currentRatio",
  "currentAssetRatio",
  "netProfitMargin",
  "returnOnAssets",
  "collectionDays",
  "inventoryDays",
];

/** Day basis of the two period ratios. */
export type DayBasis = 365 | 360;

/** Why a ratio has no value: its denominator is zero or negative. */
export type DenominatorCode = "ratio.zeroDenominator" | "ratio.negativeDenominator";

/** A ratio's value, or the code saying why there is none. A string, not an object: the cores run per row. */
export type RatioOutcome = number | DenominatorCode;

/** The field whose (closing) cell a denominator issue points at. */
export const ratioDenominator: Readonly<Record<RatioKey, FieldKey>> = {
  currentRatio: "currentLiabilities",
  currentAssetRatio: "totalAssets",
  netProfitMargin: "revenue",
  returnOnAssets: "totalAssets",
  collectionDays: "revenue",
  inventoryDays: "costOfSales",
};

function divide(numerator: number, denominator: number): RatioOutcome {
  if (denominator === 0) return "ratio.zeroDenominator";
  if (denominator < 0) return "ratio.negativeDenominator";
  return numerator / denominator;
}

/** Average of opening and closing balances; the closing balance alone when there is no opening balance. */
function average(closing: number, opening: number | null): number {
  return opening === null ? closing : (opening + closing) / 2;
}

/**
 * Current ratio = current assets ÷ current liabilities.
 * @example currentRatio(1200, 800) //=> 1.5
 */
export function currentRatio(currentAssets: number, currentLiabilities: number): RatioOutcome {
  return divide(currentAssets, currentLiabilities);
}

/**
 * Current-asset ratio = current assets ÷ total assets.
 * @example currentAssetRatio(1200, 3000) //=> 0.4
 */
export function currentAssetRatio(currentAssets: number, totalAssets: number): RatioOutcome {
  return divide(currentAssets, totalAssets);
}

/**
 * Net profit margin = net profit ÷ revenue.
 * @example netProfitMargin(150, 2000) //=> 0.075
 */
export function netProfitMargin(netProfit: number, revenue: number): RatioOutcome {
  return divide(netProfit, revenue);
}

/**
 * Return on assets = net profit ÷ total assets, using (opening + closing) ÷ 2 when the opening balance is given.
 * @example returnOnAssets(150, 3000) //=> 0.05
 * @example returnOnAssets(150, 3000, 2000) //=> 0.06  (150 ÷ 2500)
 */
export function returnOnAssets(
  netProfit: number,
  totalAssets: number,
  openingTotalAssets: number | null = null,
): RatioOutcome {
  return divide(netProfit, average(totalAssets, openingTotalAssets));
}

/**
 * Collection period (days) = accounts receivable ÷ revenue × days, with average receivables when the opening
 * balance is given.
 * @example collectionDays(500, 2000) //=> 91.25  (500 ÷ 2000 × 365)
 * @example collectionDays(500, 2000, 300, 360) //=> 72  (400 ÷ 2000 × 360)
 */
export function collectionDays(
  accountsReceivable: number,
  revenue: number,
  openingAccountsReceivable: number | null = null,
  days: DayBasis = 365,
): RatioOutcome {
  const share = divide(average(accountsReceivable, openingAccountsReceivable), revenue);
  return typeof share === "number" ? share * days : share;
}

/**
 * Inventory period (days) = inventory ÷ cost of sales × days, with average inventory when the opening balance is
 * given.
 * @example inventoryDays(300, 1460) //=> 75  (300 ÷ 1460 × 365)
 * @example inventoryDays(300, 1800, 240, 360) //=> 54  (270 ÷ 1800 × 360)
 */
export function inventoryDays(
  inventory: number,
  costOfSales: number,
  openingInventory: number | null = null,
  days: DayBasis = 365,
): RatioOutcome {
  const share = divide(average(inventory, openingInventory), costOfSales);
  return typeof share === "number" ? share * days : share;
}
