/**
 * Bands: a declarative map from a measured value (a ratio, a share) to a score from 0 to 100.
 */

/** Which way a value is better: "higher" (current ratio, margins) or "lower" (collection and inventory days). */
export type BandDirection = "higher" | "lower";

/** One corner of a band: the value `at` scores `score` (0–100). */
export interface BandPoint {
  readonly at: number;
  readonly score: number;
}

/**
 * A piecewise-linear band, the one band type of the score engine, the Settings sheet and the cost factor: points
 * in strictly ascending `at`, scores 0–100 that never fall in the better direction (rise with `at` for "higher",
 * fall for "lower"). Between two neighbouring points the score is interpolated linearly; below the first point
 * and above the last it is clamped to their scores (see bandScore).
 * @example { direction: "higher", points: [{ at: 1, score: 40 }, { at: 2, score: 100 }] } scores 1.5 as 70, 3 as 100
 */
export interface BandSpec {
  readonly direction: BandDirection;
  readonly points: readonly BandPoint[];
}

/** Why a band cannot be used. */
export type BandsProblem =
  "bands.empty" | "bands.notAscending" | "bands.scoreOutOfRange" | "bands.againstDirection";

/**
 * The score of a value through a band: linear between neighbouring points, clamped outside them; NaN for NaN.
 * Formula: for at_i ≤ v ≤ at_{i+1}, score = s_i + (v − at_i) ÷ (at_{i+1} − at_i) × (s_{i+1} − s_i).
 * @example bandScore(1.5, { direction: "higher", points: [{ at: 1, score: 40 }, { at: 2, score: 100 }] }) //=> 70
 */
export function bandScore(value: number, bands: BandSpec): number {
  const points = bands.points;
  const first = points[0];
  const last = points[points.length - 1];
  if (Number.isNaN(value) || first === undefined || last === undefined) return Number.NaN;
  if (value <= first.at) return first.score;
  if (value >= last.at) return last.score;
  for (let i = 1; i < points.length; i += 1) {
    const right = points[i] as BandPoint;
    if (value <= right.at) {
      const left = points[i - 1] as BandPoint;
      return left.score + ((value - left.at) / (right.at - left.at)) * (right.score - left.score);
    }
  }
  return last.score;
}

/**
 * Why a band cannot be used, or null: at least one point, `at` finite and strictly ascending, scores 0–100 and
 * never falling in the better direction.
 * @example bandsProblem({ direction: "lower", points: [{ at: 30, score: 40 }, { at: 60, score: 100 }] })
 * //=> "bands.againstDirection"
 */
export function bandsProblem(bands: BandSpec): BandsProblem | null {
  const points = bands.points;
  if (points.length === 0) return "bands.empty";
  let previous: BandPoint | undefined;
  for (const point of points) {
    if (!(point.score >= 0 && point.score <= 100)) return "bands.scoreOutOfRange";
    if (!Number.isFinite(point.at) || (previous !== undefined && !(point.at > previous.at)))
      return "bands.notAscending";
    if (previous !== undefined) {
      const rise = point.score - previous.score;
      if (bands.direction === "higher" ? rise < 0 : rise > 0) return "bands.againstDirection";
    }
    previous = point;
  }
  return null;
}
