/**
 * The scores of every customer from the engine's parts: financial health from the ratios, the three purchase
 * influence factors, priority, tier and the development method, column by column.
 */
import type { RatioKey } from "../../domain/ratios";
import type { CellValue, Issue } from "../../domain/types";
import type { CostConfig } from "../../domain/scoring/costFactor";
import { costFactorColumns } from "../../domain/scoring/costFactor";
import { financialHealthColumns } from "../../domain/scoring/financialHealth";
import { purchaseInfluenceColumns } from "../../domain/scoring/purchaseInfluence";
import { priorityColumns } from "../../domain/scoring/priority";
import { ratingColumn } from "../../domain/scoring/ratingColumn";
import type { Locate, RowIssues } from "../../domain/scoring/rowIssues";
import type { ScoreSettings } from "../../domain/scoring/scoreSettings";
import { tierColumn } from "../../domain/scoring/tiers";

/** What the engine needs per customer, aligned with the data rows. */
export interface ScoreInputs {
  readonly count: number;
  readonly ratios: Readonly<Record<RatioKey, Float64Array>>;
  readonly costRating?: readonly CellValue[];
  readonly technicalFit?: readonly CellValue[];
  readonly policyRating?: readonly CellValue[];
  readonly expectedOrderValue?: Float64Array;
  readonly revenue: Float64Array;
  /** Last-12-month sales when the transaction job has run; else revenue is the account value. */
  readonly sales12m?: Float64Array;
}

/** The score columns (NaN / 0 = empty) and the issues found. */
export interface ScoreResults {
  readonly financialHealth: Float64Array;
  readonly healthConfidence: Float64Array;
  readonly cost: Float64Array;
  readonly technology: Float64Array;
  readonly policy: Float64Array;
  readonly purchaseInfluence: Float64Array;
  /** 0 empty, 1 low, 2 medium, 3 high. */
  readonly complexity: Uint8Array;
  readonly priority: Float64Array;
  /** 0 none, 1 A, 2 B, 3 C. */
  readonly tier: Uint8Array;
  /** Which measure stood for the account value. */
  readonly accountValue: "sales12m" | "revenue";
  /** Issues of single customers by index, in the order health, cost, technology, policy. */
  readonly rowIssues: RowIssues;
  /** Issues about whole columns (a missing rating column: one each). */
  readonly columnIssues: readonly Issue[];
}

function merge(into: RowIssues, from: RowIssues): void {
  for (const [index, list] of from) {
    const had = into.get(index);
    if (had === undefined) into.set(index, [...list]);
    else had.push(...list);
  }
}

function hasNumber(values: Float64Array | undefined): values is Float64Array {
  return values !== undefined && values.some((value) => Number.isFinite(value));
}

/**
 * Every customer's scores.
 * Formula: health = bands + weights over the ratios present; cost = rating (5 hardest → 0) or the order share
 * band; technology and policy = (rating − 1) ÷ 4 × 100; influence = Σ w·factor over the factors present;
 * priority = Σ w·part over health, influence and the min–max normalised account value; tiers by the settings.
 */
export function computeScores(
  inputs: ScoreInputs,
  settings: ScoreSettings,
  cost: CostConfig,
  locate: Locate,
): ScoreResults {
  const { count } = inputs;
  const health = financialHealthColumns(
    inputs.ratios,
    { bands: settings.bands, weights: settings.healthWeights },
    locate,
  );
  const costColumns = costFactorColumns(
    {
      count,
      ...(inputs.costRating ? { rating: inputs.costRating } : {}),
      ...(inputs.expectedOrderValue
        ? { expectedOrderValue: inputs.expectedOrderValue, revenue: inputs.revenue }
        : {}),
    },
    cost,
    locate,
  );
  const technology = ratingColumn(inputs.technicalFit, count, "technicalFit", "higherIsEasier", locate);
  const policy = ratingColumn(inputs.policyRating, count, "policyRating", "higherIsEasier", locate);
  const influence = purchaseInfluenceColumns(
    { cost: costColumns, technology, policy },
    settings.influenceWeights,
  );
  const accountValue = hasNumber(inputs.sales12m) ? "sales12m" : "revenue";
  const priority = priorityColumns(
    {
      health: health.score,
      influence: influence.score,
      accountValue: accountValue === "sales12m" ? (inputs.sales12m as Float64Array) : inputs.revenue,
    },
    settings.priorityWeights,
  );
  const rowIssues: RowIssues = new Map();
  merge(rowIssues, health.rowIssues);
  merge(rowIssues, influence.rowIssues);
  return {
    financialHealth: health.score,
    healthConfidence: health.confidence,
    cost: costColumns.score,
    technology: technology.score,
    policy: policy.score,
    purchaseInfluence: influence.score,
    complexity: costColumns.complexity,
    priority: priority.score,
    tier: tierColumn(priority.score, settings.tiers),
    accountValue,
    rowIssues,
    columnIssues: influence.issues,
  };
}
