/**
 * The conditional formats of the score block: data bars on the six scores and the tier colours (A green, B amber,
 * C grey), each replacing an earlier run's on the same cells.
 */
import { a1 } from "../../domain/address";
import { tiers } from "../../domain/scoring/scoreSettings";
import type { ConditionalFormatEdit } from "../../plan/edits";
import type { BlockPlace } from "./scoreBlock";
import { scoreColumns } from "./scoreBlock";

const barColor = "638EC6";
/** Tier fills and font colours: Excel's "good", "neutral" and a grey. */
const tierStyles = {
  A: { fill: "C6EFCE", font: { color: "006100" } },
  B: { fill: "FFEB9C", font: { color: "9C5700" } },
  C: { fill: "EDEDED", font: { color: "595959" } },
} as const;

/**
 * Data bars on the six score columns and the tier colours, each replacing the formats of an earlier run (the range
 * reaches the rows an earlier, longer run covered). None when there are no customers.
 */
export function scoreFormats(place: BlockPlace): ConditionalFormatEdit[] {
  const firstRow = place.headerRow + 1;
  const lastRow = Math.max(place.dataRows[place.dataRows.length - 1] ?? 0, place.clearTo ?? 0);
  if (lastRow < firstRow) return [];
  const range = (index: number): string => {
    const column = place.firstColumn + index;
    return `${a1(firstRow, column)}:${a1(lastRow, column)}`;
  };
  const bars = scoreColumns.flatMap((column, index): ConditionalFormatEdit[] =>
    column.bar
      ? [
          {
            kind: "conditionalFormat",
            sheet: place.sheet,
            range: range(index),
            rule: { type: "dataBar", color: barColor },
            replace: true,
          },
        ]
      : [],
  );
  const tierIndex = scoreColumns.findIndex((column) => column.key === "priorityTier");
  const colours = tiers.map((tier): ConditionalFormatEdit => ({
    kind: "conditionalFormat",
    sheet: place.sheet,
    range: range(tierIndex),
    rule: { type: "cellValue", operator: "equal", formula1: `"${tier}"`, style: tierStyles[tier] },
    replace: true,
  }));
  return [...bars, ...colours];
}
