/**
 * The AHP option of the Score panel: three judgements on Saaty's 1/9 … 9 scale and the influence weights they give.
 */
import type { AhpMethod } from "../domain/scoring/ahp";
import { ahpWeights, maxConsistencyRatio } from "../domain/scoring/ahp";
import { pairwiseFromJudgements } from "../domain/scoring/ahpMatrix";
import { settleWeights } from "./weightGroup";

/** cost vs technology, cost vs policy, technology vs policy (a12, a13, a23). */
export type Judgements = readonly [number, number, number];

/** Saaty's scale from 1/9 to 9, as the dropdowns list it: the second criterion's side first. */
export const saatyScale: readonly number[] = [
  ...[9, 8, 7, 6, 5, 4, 3, 2].map((n) => 1 / n),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9],
];

/** A scale value as the dropdown keys and shows it: "3", "1/3". */
export function saatyKey(value: number): string {
  return value >= 1 ? String(Math.round(value)) : `1/${Math.round(1 / value)}`;
}

/** The scale value of a dropdown key ("1/3" → 0.333…). */
export function saatyValue(key: string): number {
  const [numerator, denominator] = key.split("/");
  return Number(numerator) / (denominator === undefined ? 1 : Number(denominator));
}

export interface DerivedWeights {
  /** cost, technology, policy: three decimals, adding up to exactly 1. */
  readonly weights: readonly number[];
  readonly cr: number;
  /** CR ≥ 0.1 (Saaty's 10 % rule): the judgements should be revised. */
  readonly inconsistent: boolean;
}

/**
 * The influence weights of three judgements, by the principal eigenvector or the row geometric means.
 * @example deriveWeights([3, 5, 2], "eigenvector") //=> weights [0.648, 0.23, 0.122], cr ≈ 0.0032
 */
export function deriveWeights(judgements: Judgements, method: AhpMethod): DerivedWeights | null {
  const [a12, a13, a23] = judgements;
  const result = ahpWeights(pairwiseFromJudgements(a12, a13, a23), method);
  if (result.value === null) return null;
  const { weights, cr } = result.value;
  return { weights: settleWeights(weights), cr, inconsistent: cr >= maxConsistencyRatio };
}
