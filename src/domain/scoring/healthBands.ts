/**
 * Default bands and weights of the financial health score, with where each comes from. Scores follow one scale:
 * 100 strong, 70 healthy, 40 the edge of weak, 0 failing. src/domain/scoring/README.md lists the same table.
 */
import type { RatioKey } from "../ratios";
import type { BandSpec } from "./bands";

/**
 * Current ratio (current assets ÷ current liabilities), higher is better: 2 or more strong (Graham's two-to-one
 * current ratio, The Intelligent Investor, ch. 14), 1.5 healthy, 1 the edge of weak (a working-capital deficit
 * below it), 0.5 or less 0. A very high ratio is not penalised.
 */
export const currentRatioBands: BandSpec = {
  direction: "higher",
  points: [
    { at: 0.5, score: 0 },
    { at: 1, score: 40 },
    { at: 1.5, score: 70 },
    { at: 2, score: 100 },
  ],
};

/**
 * Current-asset ratio (current assets ÷ total assets), higher is better: no published rule of thumb; a judgement
 * for trading and distribution businesses, whose balance sheets are mostly working capital: 0.6 or more strong,
 * 0.5 healthy, 0.4 the edge of weak, 0.2 or less 0. The weakest-sourced band, so it has the smallest weight.
 */
export const currentAssetRatioBands: BandSpec = {
  direction: "higher",
  points: [
    { at: 0.2, score: 0 },
    { at: 0.4, score: 40 },
    { at: 0.5, score: 70 },
    { at: 0.6, score: 100 },
  ],
};

/**
 * Net profit margin, higher is better: the common rule of thumb (Corporate Finance Institute and others): 5 % low,
 * 10 % healthy, 20 % high. Here 20 % or more 100, 10 % 70, 5 % 40, a loss or zero 0.
 */
export const netProfitMarginBands: BandSpec = {
  direction: "higher",
  points: [
    { at: 0, score: 0 },
    { at: 0.05, score: 40 },
    { at: 0.1, score: 70 },
    { at: 0.2, score: 100 },
  ],
};

/**
 * Return on assets, higher is better: the common rule of thumb: over 5 % good, over 20 % excellent; about 2 % for
 * asset-heavy firms. Here 20 % or more 100, 5 % 70, 2 % 40, a loss or zero 0.
 */
export const returnOnAssetsBands: BandSpec = {
  direction: "higher",
  points: [
    { at: 0, score: 0 },
    { at: 0.02, score: 40 },
    { at: 0.05, score: 70 },
    { at: 0.2, score: 100 },
  ],
};

/**
 * Collection period (days), lower is better: credit practice's safe collection period is the terms plus a third
 * to a half (net 30 → 40–45 days). Here 30 days or less 100, 45 days 70, 90 days 40 (three months, where ageing
 * schedules start to doubt receivables), 180 days or more 0.
 */
export const collectionDaysBands: BandSpec = {
  direction: "lower",
  points: [
    { at: 30, score: 100 },
    { at: 45, score: 70 },
    { at: 90, score: 40 },
    { at: 180, score: 0 },
  ],
};

/**
 * Inventory period (days), lower is better: an inventory turnover of 5–10 a year (36–73 days) is the usual "good"
 * range, under 2 (over 180 days) overstocked. Here 45 days or less 100, 75 days 70, 120 days 40, 180 days or more 0.
 */
export const inventoryDaysBands: BandSpec = {
  direction: "lower",
  points: [
    { at: 45, score: 100 },
    { at: 75, score: 70 },
    { at: 120, score: 40 },
    { at: 180, score: 0 },
  ],
};

/** The default band of every ratio. */
export const defaultHealthBands: Readonly<Record<RatioKey, BandSpec>> = {
  currentRatio: currentRatioBands,
  currentAssetRatio: currentAssetRatioBands,
  netProfitMargin: netProfitMarginBands,
  returnOnAssets: returnOnAssetsBands,
  collectionDays: collectionDaysBands,
  inventoryDays: inventoryDaysBands,
};

/**
 * Default weights (sum 1): a judgement from a supplier's credit view, not a published standard. Ability and habit
 * of paying (current ratio, collection period) weigh most, profitability next, the current-asset ratio least.
 */
export const defaultHealthWeights: Readonly<Record<RatioKey, number>> = {
  currentRatio: 0.25,
  currentAssetRatio: 0.1,
  netProfitMargin: 0.2,
  returnOnAssets: 0.15,
  collectionDays: 0.2,
  inventoryDays: 0.1,
};

/** The default health configuration: the bands and weights above. */
export const defaultHealthConfig = { bands: defaultHealthBands, weights: defaultHealthWeights } as const;
