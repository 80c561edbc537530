/**
 * The settings of the scores job: every weight, band, tier cut-off and development method, with the defaults the
 * Settings sheet (参数设置) starts from.
 */
import type { RatioKey } from "../ratios";
import type { BandDirection, BandSpec } from "./bands";
import type { CostConfig } from "./costFactor";
import { defaultComplexityFrom, defaultOrderShareBand } from "./costFactor";
import { defaultHealthBands, defaultHealthWeights } from "./healthBands";

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

/** The procurement cost fallback and the decision complexity it implies (issue 7, step 3). */
export interface CostSettings {
  /** Expected order value ÷ the customer's revenue → cost score; lower is better by default. */
  readonly orderShareBand: BandSpec;
  /** Lowest cost score (0–100) of low decision complexity; above complexityMedium. */
  readonly complexityLow: number;
  /** Lowest cost score of medium complexity; below it, high. */
  readonly complexityMedium: number;
}

export interface ScoreSettings {
  readonly healthWeights: Readonly<Record<RatioKey, number>>;
  readonly influenceWeights: Readonly<Record<InfluenceFactor, number>>;
  readonly priorityWeights: Readonly<Record<PriorityPart, number>>;
  readonly tiers: TierSettings;
  readonly approaches: Readonly<Record<Tier, Approach>>;
  readonly bands: Readonly<Record<RatioKey, BandSpec>>;
  readonly cost: CostSettings;
}

export const influenceFactors: readonly InfluenceFactor[] = ["cost", "technology", "policy"];
export const priorityParts: readonly PriorityPart[] = ["health", "influence", "accountValue"];
export const tiers: readonly Tier[] = ["A", "B", "C"];
export const tierModes: readonly TierMode[] = ["quantile", "thresholds"];
export const approaches: readonly Approach[] = ["visit", "presentation", "materials"];
export const directions: readonly BandDirection[] = ["higher", "lower"];

/**
 * Defaults. Health: the sourced bands and weights of healthBands.ts (the README's table). Influence: procurement
 * cost 0.4, technical content 0.3, policy and social factors 0.3 (issue 7). Priority: financial health 0.4 (can the
 * customer pay), purchase influence 0.3 and account value 0.3 (is the customer worth the effort). Tiers: top 20 % A,
 * next 30 % B; or 70 / 50 points. Methods: A customer visit, B product presentation, C send materials (issue 7).
 * Cost: the order-share band and complexity lines of costFactor.ts.
 */
export const defaultScoreSettings: ScoreSettings = {
  healthWeights: defaultHealthWeights,
  influenceWeights: { cost: 0.4, technology: 0.3, policy: 0.3 },
  priorityWeights: { health: 0.4, influence: 0.3, accountValue: 0.3 },
  tiers: { mode: "quantile", shareA: 0.2, shareB: 0.3, thresholdA: 70, thresholdB: 50 },
  approaches: { A: "visit", B: "presentation", C: "materials" },
  bands: defaultHealthBands,
  cost: {
    orderShareBand: defaultOrderShareBand,
    complexityLow: defaultComplexityFrom.low,
    complexityMedium: defaultComplexityFrom.medium,
  },
};

/**
 * The cost configuration of the settings (Settings sheet rows cost.* and band.orderShare.*); a cost rating of 5 is
 * always the costliest.
 * @example costConfigOf(defaultScoreSettings) //=> defaultCostConfig (band 1 % → 100 … 25 % → 0; lines 67 / 34)
 */
export function costConfigOf(settings: ScoreSettings): CostConfig {
  const { orderShareBand, complexityLow, complexityMedium } = settings.cost;
  return {
    ratingSense: "higherIsHarder",
    orderShareBands: orderShareBand,
    complexityFrom: { low: complexityLow, medium: complexityMedium },
  };
}
