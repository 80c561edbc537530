/**
 * Priority tiers A/B/C, by shares of the customers (the top 20 % A, the next 30 % B) or by fixed score thresholds,
 * and the development method each tier gets.
 */

/** Tier codes: 0 none (no priority score), then A, B, C, as `tierKeys[code − 1]`. */
export const tierKeys = ["A", "B", "C"] as const;
export type TierKey = (typeof tierKeys)[number];

/** The same shape as the settings model's tier settings. */
export interface TierRule {
  readonly mode: "quantile" | "thresholds";
  /** Quantile mode: share of the customers in A (0.2 = the top 20 %), and in B after A. */
  readonly shareA: number;
  readonly shareB: number;
  /** Thresholds mode: the lowest priority score of A, and of B. */
  readonly thresholdA: number;
  readonly thresholdB: number;
}

// Scores that differ only by rounding noise are ties: compare them on a grid of 1e-9.
const grid = 1e9;
const key = (score: number): number => Math.round(score * grid) / grid;

/**
 * The lowest score of A and of B under a rule, for the scores present. Quantile mode counts k_A = ⌈shareA × n⌉ and
 * k_AB = ⌈(shareA + shareB) × n⌉ customers from the top and takes the score at those ranks, so a customer is A when
 * fewer than k_A customers score strictly higher: ties at a cut all go to the higher tier.
 * @example tierCutoffs(Float64Array.of(90, 80, 70, 60, 50), quantile 0.2 / 0.3) //=> { a: 90, b: 70 }  (k_A 1, k_AB 3)
 */
export function tierCutoffs(scores: Float64Array, rule: TierRule): { a: number; b: number } {
  if (rule.mode === "thresholds") return { a: key(rule.thresholdA), b: key(rule.thresholdB) };
  const present = scores.filter((score) => !Number.isNaN(score)).map(key);
  present.sort().reverse();
  const n = present.length;
  // Less a hair, so that 0.2 × 15 = 3.0000000000000004 still counts 3 customers.
  const count = (share: number): number => Math.min(n, Math.max(0, Math.ceil(share * n - 1e-9)));
  const at = (k: number): number =>
    k > 0 ? (present[k - 1] ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
  return { a: at(count(rule.shareA)), b: at(count(rule.shareA + rule.shareB)) };
}

/**
 * The tier code of every customer: 1 A, 2 B, 3 C, 0 for a customer without a priority score.
 * Formula: score ≥ cut-off A → A; score ≥ cut-off B → B; else C (cut-offs from `tierCutoffs`).
 * @example tierColumn(Float64Array.of(90, 80, 70, 60, 50), quantile 0.2 / 0.3) //=> [1, 2, 2, 3, 3]
 */
export function tierColumn(scores: Float64Array, rule: TierRule): Uint8Array {
  const { a, b } = tierCutoffs(scores, rule);
  const tiers = new Uint8Array(scores.length);
  for (let i = 0; i < scores.length; i += 1) {
    const score = scores[i] ?? Number.NaN;
    if (Number.isNaN(score)) continue;
    const k = key(score);
    tiers[i] = k >= a ? 1 : k >= b ? 2 : 3;
  }
  return tiers;
}

/** The development methods (客户访问, 产品介绍会/推广会, 寄送资料); names are catalog messages. */
export type ApproachKey = "visit" | "presentation" | "materials";

/** Defaults from the seed's development methods: A visit, B product presentation, C send materials. */
export const defaultApproaches: Readonly<Record<TierKey, ApproachKey>> = {
  A: "visit",
  B: "presentation",
  C: "materials",
};

/**
 * The recommended approach of a tier code, or null for no tier.
 * @example approachOf(2, defaultApproaches) //=> "presentation"
 */
export function approachOf(
  tier: number,
  approaches: Readonly<Record<TierKey, ApproachKey>>,
): ApproachKey | null {
  const name = tierKeys[tier - 1];
  return name === undefined ? null : approaches[name];
}
