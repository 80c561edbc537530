/**
 * The financial health score (0–100) of every customer: each ratio through its band, then a weighted sum over the
 * ratios present. Missing ratios lower the confidence and are listed, never counted as zero.
 */
import type { Issue } from "../types";
import type { RatioKey } from "../ratios";
import { ratioKeys } from "../ratios";
import type { BandSpec } from "./bands";
import { bandScore } from "./bands";
import { weightedScore } from "./weightedScore";
import type { Locate, RowIssues } from "./rowIssues";
import { addRowIssue } from "./rowIssues";

/** Bands and weights (summing to 1) of the six ratios. */
export interface HealthConfig {
  readonly bands: Readonly<Record<RatioKey, BandSpec>>;
  readonly weights: Readonly<Record<RatioKey, number>>;
}

/** The health columns, aligned with the ratio columns. */
export interface HealthColumns {
  /** 0–100; NaN when the customer has no weighted ratio. */
  readonly score: Float64Array;
  /** Share of the total weight whose ratio is present, 0–1. */
  readonly confidence: Float64Array;
  /** Bit k set when ratioKeys[k] is missing (see `missingRatios`). */
  readonly missing: Uint8Array;
  readonly rowIssues: RowIssues;
}

/**
 * Financial health of every customer from the ratio columns (NaN = empty ratio).
 * Formula: sᵣ = bandScore(ratio r, band r); score = Σ wᵣsᵣ ÷ Σ wᵣ over present r; confidence = Σ wᵣ (present) ÷
 * Σ wᵣ. A customer with no weighted ratio gets an empty score and one `health.noRatios` issue.
 * @example
 * // current ratio 1.5 (band 70) and collection period 45 days (band 70), the other four empty, default config
 * financialHealthColumns(values, defaultHealthConfig) //=> score [70], confidence [0.45], missing [0b101110]
 */
export function financialHealthColumns(
  values: Readonly<Record<RatioKey, Float64Array>>,
  config: HealthConfig,
  locate?: Locate,
): HealthColumns {
  const columns = ratioKeys.map((key) => values[key]);
  const bands = ratioKeys.map((key) => config.bands[key]);
  const weights = Float64Array.from(ratioKeys, (key) => config.weights[key]);
  const count = columns[0]?.length ?? 0;
  const score = new Float64Array(count);
  const confidence = new Float64Array(count);
  const missing = new Uint8Array(count);
  const rowIssues: RowIssues = new Map();
  const row = new Float64Array(ratioKeys.length);
  for (let i = 0; i < count; i += 1) {
    let mask = 0;
    for (let k = 0; k < ratioKeys.length; k += 1) {
      const value = columns[k]?.[i] ?? Number.NaN;
      if (!Number.isFinite(value)) mask |= 1 << k;
      row[k] = Number.isFinite(value) ? bandScore(value, bands[k] as BandSpec) : Number.NaN;
    }
    const combined = weightedScore(row, weights);
    score[i] = combined.score;
    confidence[i] = combined.coverage;
    missing[i] = mask;
    if (Number.isNaN(combined.score)) addRowIssue(rowIssues, i, { code: "health.noRatios" }, locate);
  }
  return { score, confidence, missing, rowIssues };
}

/**
 * The ratio keys a `missing` mask names, in block order.
 * @example missingRatios(0b100001) //=> ["currentRatio", "inventoryDays"]
 */
export function missingRatios(mask: number): RatioKey[] {
  return ratioKeys.filter((_, k) => (mask & (1 << k)) !== 0);
}

/** One customer's financial health: score (NaN when empty), confidence, missing ratios and issues. */
export interface Health {
  readonly score: number;
  readonly confidence: number;
  readonly missing: RatioKey[];
  readonly issues: readonly Issue[];
}

/**
 * One customer's financial health: a thin wrapper over `financialHealthColumns` (absent ratios are null).
 * @example financialHealth({ currentRatio: 2, collectionDays: 30 }, defaultHealthConfig).score //=> 100
 */
export function financialHealth(
  values: Partial<Readonly<Record<RatioKey, number | null>>>,
  config: HealthConfig,
): Health {
  const column = (key: RatioKey): Float64Array => Float64Array.of(values[key] ?? Number.NaN);
  const all = Object.fromEntries(ratioKeys.map((key) => [key, column(key)])) as Record<
    RatioKey,
    Float64Array
  >;
  const result = financialHealthColumns(all, config);
  return {
    score: result.score[0] ?? Number.NaN,
    confidence: result.confidence[0] ?? 0,
    missing: missingRatios(result.missing[0] ?? 0),
    issues: result.rowIssues.get(0) ?? [],
  };
}
