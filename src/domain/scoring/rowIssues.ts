/**
 * Issues of single customers, collected by customer index: the engine knows customers by index, the job knows
 * where each one's cells are, so a locator turns (index, field) into a sheet and a cell.
 */
import type { Issue } from "../types";

/** Where an issue of customer `index` about `field` points, e.g. { sheet: "客户", cell: "K7" }. */
export type Locate = (index: number, field: string | undefined) => { sheet?: string; cell?: string };

/** Issues of the customers that have any, keyed by customer index. */
export type RowIssues = Map<number, Issue[]>;

const nowhere: Locate = () => ({});

/** Adds an issue of customer `index`, located by `locate` (no location without one). */
export function addRowIssue(
  issues: RowIssues,
  index: number,
  issue: { code: string; field?: string; params?: Readonly<Record<string, string | number>> },
  locate: Locate = nowhere,
): void {
  const located: Issue = { ...locate(index, issue.field), ...issue };
  const list = issues.get(index);
  if (list === undefined) issues.set(index, [located]);
  else list.push(located);
}
