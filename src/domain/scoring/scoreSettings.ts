/**
 * The settings of the scores job: every weight, band, tier cut-off and development method, with the defaults the
 * Settings sheet (参数设置) starts from.
 */
import type { RatioKey } from "../ratios";

/**
 * Score bands of one ratio: ascending `at` thresholds, each with the score (0–100) from that value on, and which
 * end of the ratio is good. The band evaluator takes this same shape.
 */
export interface BandSpec {
  direction: "higher" | "lower";
  points: readonly { at: number; score: number }[];
}

export type InfluenceFactor = "cost" | "technology" | "policy";
export type PriorityPart = "health" | "influence" | "accountValue";
export type Tier = "A" | "B" | "C";
/** quantile: the top shares by priority score are A, then B; thresholds: fixed priority scores. */
export type TierMode = "quantile" | "thresholds";
/** customer visit · product presentation · send materials. */
export type Approach = "visit" | "presentation" | "materials";

export interface TierSettings {
  readonly mode: TierMode;
  /** Quantile mode: share of customers in tier A (0.2 = the top 20 %). */
  readonly shareA: number;
  /** Quantile mode: share in tier B, after A. */
  readonly shareB: number;
  /** Thresholds mode: lowest priority score (0–100) of tier A. */
  readonly thresholdA: number;
  /** Thresholds mode: lowest priority score of tier B. */
  readonly thresholdB: number;
}

export interface ScoreSettings {
  readonly healthWeights: Readonly<Record<RatioKey, number>>;
  readonly influenceWeights: Readonly<Record<InfluenceFactor, number>>;
  readonly priorityWeights: Readonly<Record<PriorityPart, number>>;
  readonly tiers: TierSettings;
  readonly approaches: Readonly<Record<Tier, Approach>>;
  readonly bands: Readonly<Record<RatioKey, BandSpec>>;
}

export const influenceFactors: readonly InfluenceFactor[] = ["cost", "technology", "policy"];
export const priorityParts: readonly PriorityPart[] = ["health", "influence", "accountValue"];
export const tiers: readonly Tier[] = ["A", "B", "C"];
export const tierModes: readonly TierMode[] = ["quantile", "thresholds"];
export const approaches: readonly Approach[] = ["visit", "presentation", "materials"];
export const directions: readonly BandSpec["direction"][] = ["higher", "lower"];

function higher(...points: (readonly [number, number])[]): BandSpec {
  return { direction: "higher", points: points.map(([at, score]) => ({ at, score })) };
}

function lower(...points: (readonly [number, number])[]): BandSpec {
  return { direction: "lower", points: points.map(([at, score]) => ({ at, score })) };
}

/**
 * Defaults. Health: liquidity, profitability and the two periods count equally by pairs, the current-asset ratio
 * and inventory period a little less (they vary most by trade). Influence: procurement cost 0.4, technical content
 * 0.3, policy and social factors 0.3 (issue 7). Priority: financial health 0.4 (can the customer pay), purchase
 * influence 0.3 and account value 0.3 (is the customer worth the effort). Tiers: top 20 % A, next 30 % B; or
 * 70 / 50 points. Methods: A customer visit, B product presentation, C send materials (issue 7). Bands: common
 * rules of thumb for dealers (current ratio 2, collection within 30 days…), to be tuned on the sheet.
 */
export const defaultScoreSettings: ScoreSettings = {
  healthWeights: {
    currentRatio: 0.2,
    currentAssetRatio: 0.1,
    netProfitMargin: 0.2,
    returnOnAssets: 0.2,
    collectionDays: 0.2,
    inventoryDays: 0.1,
  },
  influenceWeights: { cost: 0.4, technology: 0.3, policy: 0.3 },
  priorityWeights: { health: 0.4, influence: 0.3, accountValue: 0.3 },
  tiers: { mode: "quantile", shareA: 0.2, shareB: 0.3, thresholdA: 70, thresholdB: 50 },
  approaches: { A: "visit", B: "presentation", C: "materials" },
  bands: {
    currentRatio: higher([0, 20], [1, 50], [1.5, 80], [2, 100]),
    currentAssetRatio: higher([0, 20], [0.3, 50], [0.5, 80], [0.6, 100]),
    netProfitMargin: higher([0, 0], [0.02, 50], [0.05, 80], [0.1, 100]),
    returnOnAssets: higher([0, 0], [0.02, 50], [0.05, 80], [0.08, 100]),
    collectionDays: lower([0, 100], [30, 80], [60, 50], [90, 20]),
    inventoryDays: lower([0, 100], [45, 80], [90, 50], [180, 20]),
  },
};
