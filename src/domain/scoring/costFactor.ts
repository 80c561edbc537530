/**
 * The procurement cost factor: the analyst's cost rating where given, else the expected order value as a share of
 * the customer's revenue through bands; and the decision complexity it implies.
 */
import type { CellValue } from "../types";
import type { BandSpec } from "./bands";
import { bandScore } from "./bands";
import type { RatingSense } from "./rating";
import { ratingColumn } from "./ratingColumn";
import type { FactorColumn } from "./ratingColumn";
import type { Locate } from "./rowIssues";
import { addRowIssue } from "./rowIssues";

/** Decision complexity: 0 empty, then low, medium, high (低/中/高), as `complexityKeys[code − 1]`. */
export const complexityKeys = ["low", "medium", "high"] as const;
export type Complexity = (typeof complexityKeys)[number];

export interface CostConfig {
  /** What a high cost rating means; by default 5 = the costliest purchase, the hardest. */
  readonly ratingSense: RatingSense;
  /** Expected order value ÷ revenue → score, lower is better. */
  readonly orderShareBands: BandSpec;
  /** Lowest cost score of low complexity, and of medium; below that, high. */
  readonly complexityFrom: { readonly low: number; readonly medium: number };
}

/**
 * Default order-share band: no published cut-offs; a judgement after the buying-centre literature (the larger a
 * purchase is for the buyer, the more people and steps it takes): 1 % of revenue or less 100, 5 % 67, 10 % 34,
 * 25 % or more 0, so up to 5 % reads as low complexity, 5–10 % medium, over 10 % high. The Settings sheet and
 * defaultCostConfig both start from it.
 */
export const defaultOrderShareBand: BandSpec = {
  direction: "lower",
  points: [
    { at: 0.01, score: 100 },
    { at: 0.05, score: 67 },
    { at: 0.1, score: 34 },
    { at: 0.25, score: 0 },
  ],
};

/**
 * Default complexity lines: a cost score of 67 or more low, 34–67 medium, under 34 high (thirds of the scale):
 * cost ratings 1–2 low, 3 medium, 4–5 high.
 */
export const defaultComplexityFrom = { low: 67, medium: 34 } as const;

/** Defaults: a cost rating of 5 is the costliest purchase; the band and complexity lines above. */
export const defaultCostConfig: CostConfig = {
  ratingSense: "higherIsHarder",
  orderShareBands: defaultOrderShareBand,
  complexityFrom: defaultComplexityFrom,
};

/** Where a customer's cost score came from: 0 none, 1 the rating, 2 the order share. */
export interface CostColumns extends FactorColumn {
  readonly source: Uint8Array;
  readonly complexity: Uint8Array;
}

/** The inputs of the cost factor, aligned with the customers; amounts in one unit, NaN = empty. */
export interface CostInputs {
  readonly count: number;
  readonly rating?: readonly CellValue[];
  readonly expectedOrderValue?: Float64Array;
  readonly revenue?: Float64Array;
}

/**
 * The cost factor of every customer.
 * Formula: a usable rating → ratingScore; else, with expected order value v ≥ 0 and revenue > 0, bandScore(v ÷
 * revenue, orderShareBands); else empty. A negative v is an issue. With neither the rating column nor both amount
 * columns, one `source.missingField` issue for the rating column.
 * @example costFactorColumns({ count: 1, expectedOrderValue: Float64Array.of(50), revenue: Float64Array.of(1000) },
 *   defaultCostConfig).score //=> [67]  (share 5 %; complexity low)
 */
export function costFactorColumns(inputs: CostInputs, config: CostConfig, locate?: Locate): CostColumns {
  const { count, expectedOrderValue: orders, revenue } = inputs;
  const rated = ratingColumn(inputs.rating ?? [], count, "costRating", config.ratingSense, locate);
  const { score, rowIssues } = rated;
  const source = new Uint8Array(count);
  const complexity = new Uint8Array(count);
  for (let i = 0; i < count; i += 1) {
    if (!Number.isNaN(score[i] ?? Number.NaN)) source[i] = 1;
    else if (orders !== undefined && revenue !== undefined) {
      const order = orders[i] ?? Number.NaN;
      const income = revenue[i] ?? Number.NaN;
      if (order < 0)
        addRowIssue(rowIssues, i, { code: "cost.negativeOrderValue", field: "expectedOrderValue" }, locate);
      else if (order >= 0 && income > 0) {
        score[i] = bandScore(order / income, config.orderShareBands);
        source[i] = 2;
      }
    }
    complexity[i] = complexityCode(score[i] ?? Number.NaN, config);
  }
  const fallback = orders !== undefined && revenue !== undefined;
  const issues =
    inputs.rating === undefined && !fallback ? [{ code: "source.missingField", field: "costRating" }] : [];
  return { score, rowIssues, issues, source, complexity };
}

/**
 * The decision complexity code of a cost score: 1 low, 2 medium, 3 high, 0 empty.
 * Formula: score ≥ low-from → low; score ≥ medium-from → medium; else high.
 * @example complexityCode(50, defaultCostConfig) //=> 2  (medium)
 */
export function complexityCode(score: number, config: CostConfig): number {
  if (Number.isNaN(score)) return 0;
  if (score >= config.complexityFrom.low) return 1;
  return score >= config.complexityFrom.medium ? 2 : 3;
}
