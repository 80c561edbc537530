/**
 * The issue codes the score engine raises (financial health, purchase influence, priority); they belong to the
 * scores job, which lists them in its `issueCodes`. It also raises the shared `source.missingField` (a rating
 * column is missing: one issue, not one per customer) and `cell.errorValue` (a rating cell holds #N/A).
 * - health.*  a customer has no ratio to score
 * - rating.*  a rating cell is not a rating from 1 to 5
 * - cost.*    the expected order value cannot be used
 */
export const scoreEngineIssueCodes: readonly string[] = [
  "health.noRatios",
  "rating.notRating",
  "rating.outOfRange",
  "cost.negativeOrderValue",
];
