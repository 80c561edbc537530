import type { Issue } from "../../domain/types";
import type { SourceLayout } from "../../domain/source";
import type { SheetSnapshot } from "../../plan/sheetSnapshot";
import { cellText } from "../../domain/cellText";

/** The customer's name on each data row (1-based sheet row → name), from the source's name column. */
export function customerNames(snapshot: SheetSnapshot, layout: SourceLayout): ReadonlyMap<number, string> {
  const names = new Map<number, string>();
  const column = layout.fields.customerName?.column;
  if (column === undefined) return names;
  const { values, top, left } = snapshot.grid;
  for (const row of layout.dataRows) {
    const name = cellText(values[row - 1 - top]?.[column - 1 - left]);
    if (name !== "") names.set(row, name);
  }
  return names;
}

/** The name of the customer an issue's cell belongs to, when the issue is on `sheet` and names a cell. */
export function customerOf(
  names: ReadonlyMap<number, string>,
  sheet: string,
  issue: Issue,
): string | undefined {
  if (issue.cell === undefined || (issue.sheet !== undefined && issue.sheet !== sheet)) return undefined;
  // The row is the cell address's digits: "F17" → 17.
  const row = /(\d+)$/.exec(issue.cell)?.[1];
  return row === undefined ? undefined : names.get(Number(row));
}
