import type { CellWindow } from "./a1";
import type { QueuedRead } from "./readValues";

/**
 * The cells of a loaded read (values and formulas) inside `used` that hold formulas, as "row,column" (1-based), the
 * shape of `SheetSnapshot.formulaCells`. `Range.formulas` gives a formula with its "=" and a constant as its value.
 * @example a read of B2:C2 whose formulas are [["=A2*2", 5]] → ["2,2"]
 */
export function formulaCellsOf(read: QueuedRead, used: CellWindow): string[] {
  const found: string[] = [];
  const formulas: unknown[][] = read.range.formulas;
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      const top = read.window.top + r;
      const left = read.window.left + c;
      const inside =
        top >= used.top && top < used.top + used.rows && left >= used.left && left < used.left + used.columns;
      if (inside && typeof formula === "string" && formula.startsWith("="))
        found.push(`${top + 1},${left + 1}`);
    }),
  );
  return found;
}
