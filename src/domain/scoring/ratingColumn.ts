/**
 * A rating column scored for every customer; a missing column gives an empty factor and one issue.
 */
import type { CellValue, Issue } from "../types";
import type { RatingSense } from "./rating";
import { parseRating, ratingScore } from "./rating";
import type { Locate, RowIssues } from "./rowIssues";
import { addRowIssue } from "./rowIssues";

/** A factor's scores (NaN = empty), the issues of single customers, and issues about the whole column. */
export interface FactorColumn {
  readonly score: Float64Array;
  readonly rowIssues: RowIssues;
  readonly issues: readonly Issue[];
}

/**
 * The scores of one rating column (raw cells aligned with the customers), or of a column the sheet lacks.
 * Formula: score = ratingScore(parseRating(cell), sense); blank → empty; invalid → empty with an issue at its cell.
 * A missing column → every score empty and one `source.missingField` issue, not one per customer.
 * @example ratingColumn(["5", 1, ""], 3, "technicalFit", "higherIsEasier").score //=> [100, 0, NaN]
 */
export function ratingColumn(
  cells: readonly CellValue[] | undefined,
  count: number,
  field: string,
  sense: RatingSense,
  locate?: Locate,
): FactorColumn {
  const score = new Float64Array(count).fill(Number.NaN);
  const rowIssues: RowIssues = new Map();
  if (cells === undefined) {
    return { score, rowIssues, issues: [{ code: "source.missingField", field }] };
  }
  for (let i = 0; i < count; i += 1) {
    const parsed = parseRating(cells[i] ?? null);
    if (parsed.kind === "rating") score[i] = ratingScore(parsed.value, sense);
    else if (parsed.kind === "invalid") {
      const params: Readonly<Record<string, string | number>> =
        parsed.code === "rating.outOfRange" ? { value: parsed.text, min: 1, max: 5 } : { value: parsed.text };
      addRowIssue(rowIssues, i, { code: parsed.code, field, params }, locate);
    }
  }
  return { score, rowIssues, issues: [] };
}
