/**
 * Priority tiers A/B/C, by shares of the customers (the top 20 % A, the next 30 % B) or by fixed score thresholds,
 * and the development method each tier gets (names: the catalog's `settings.approaches`).
 */
import type { Approach, Tier, TierSettings } from "./scoreSettings";
import { tiers as tierKeys } from "./scoreSettings";

// Scores that differ only by rounding noise are ties: compare them on a grid of 1e-9.
const grid = 1e9;
const key = (score: number): number => Math.round(score * grid) / grid;

/**
 * The lowest score of A and of B under a rule, for the scores present. Quantile mode counts k_A = ⌈shareA × n⌉ and
 * k_AB = ⌈(shareA + shareB) × n⌉ customers from the top and takes the score at those ranks, so a customer is A when
 * fewer than k_A customers score strictly higher: ties at a cut all go to the higher tier.
 * @example tierCutoffs(Float64Array.of(90, 80, 70, 60, 50), quantile 0.2 / 0.3) //=> { a: 90, b: 70 }  (k_A 1, k_AB 3)
 */
export function tierCutoffs(scores: Float64Array, rule: TierSettings): { a: number; b: number } {
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
 * The tier code of every customer: 1 A, 2 B, 3 C (`tiers[code − 1]` of the settings model), 0 for a customer
 * without a priority score.
 * Formula: score ≥ cut-off A → A; score ≥ cut-off B → B; else C (cut-offs from `tierCutoffs`).
 * @example tierColumn(Float64Array.of(90, 80, 70, 60, 50), quantile 0.2 / 0.3) //=> [1, 2, 2, 3, 3]
 */
export function tierColumn(scores: Float64Array, rule: TierSettings): Uint8Array {
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

/**
 * The recommended approach of a tier code, or null for no tier.
 * @example approachOf(2, { A: "visit", B: "presentation", C: "materials" }) //=> "presentation"
 */
export function approachOf(tier: number, approaches: Readonly<Record<Tier, Approach>>): Approach | null {
  const name = tierKeys[tier - 1];
  return name === undefined ? null : approaches[name];
}
