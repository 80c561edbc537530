/**
 * Reads the Forecast assumptions sheet back: a row is found by its key in column A and its value stands in
 * column C, so a person may insert, move or delete rows; a missing key keeps its default. Every problem is an
 * issue naming the sheet and the cell.
 */
import { a1 } from "../../domain/address";
import { cellText, isBlankCell } from "../../domain/cellText";
import type { CellValue, Grid, Issue } from "../../domain/types";
import type { Catalog } from "../../i18n";
import type { AssumptionKey, Assumptions } from "./assumptions";
import { assumptionSpecs, defaultAssumptions, isAssumptionKey } from "./assumptions";

/** The issue codes the reader raises. */
export const assumptionIssueCodes: readonly string[] = [
  "assumptions.blank",
  "assumptions.notNumber",
  "assumptions.outOfRange",
  "assumptions.duplicateKey",
];

/** Sheet columns (0-based) of the key and the value. */
const keyColumn = 0;
const valueColumn = 2;

export interface ReadAssumptions {
  /** The values as read: defaults where a row is missing or its cell unusable. */
  readonly values: Assumptions;
  readonly issues: Issue[];
  /** Each key's value cell found on the sheet, e.g. "grossMargin" → "C4". */
  readonly cells: Map<AssumptionKey, string>;
}

const at = (row: readonly CellValue[], grid: Grid, column: number): CellValue | undefined =>
  row[column - grid.left];

/** The value of one cell, or an issue (blank, not a number, outside the key's bounds). */
function readValue(
  raw: CellValue | undefined,
  where: Omit<Issue, "code">,
  key: AssumptionKey,
): number | Issue {
  const { min, max } = assumptionSpecs[key];
  if (isBlankCell(raw)) return { code: "assumptions.blank", ...where };
  if (typeof raw !== "number" || !Number.isFinite(raw))
    return { code: "assumptions.notNumber", ...where, params: { ...where.params, value: cellText(raw) } };
  if (raw < min || raw > max)
    return { code: "assumptions.outOfRange", ...where, params: { ...where.params, value: raw, min, max } };
  return raw;
}

/**
 * The assumptions on a sheet: value = column C of the row whose column A holds the key. Blank, text and
 * out-of-range values keep the default and are issues naming the cell; a key given twice counts once (its first
 * row) and is an issue. `texts`: catalogs whose first names the assumptions in messages.
 * @example readAssumptions({ sheet: "预测假设", top: 3, left: 0, values: [["grossMargin", "毛利率", "25%"]] }, [zhCN.forecast])
 *   //=> issues: [{ code: "assumptions.notNumber", sheet: "预测假设", cell: "C4", field: "grossMargin", … }]
 */
export function readAssumptions(grid: Grid, texts: readonly Catalog["forecast"][]): ReadAssumptions {
  const values: Record<AssumptionKey, number> = { ...defaultAssumptions };
  const issues: Issue[] = [];
  const cells = new Map<AssumptionKey, string>();
  grid.values.forEach((row, r) => {
    const key = cellText(at(row, grid, keyColumn));
    if (!isAssumptionKey(key)) return;
    const cell = a1(grid.top + r + 1, valueColumn + 1);
    const setting = texts[0]?.assumptions.labels[key] ?? key;
    const where = { sheet: grid.sheet, cell, field: key, params: { setting } };
    const first = cells.get(key);
    if (first !== undefined) {
      issues.push({ code: "assumptions.duplicateKey", ...where, params: { setting, other: first } });
      return;
    }
    cells.set(key, cell);
    const read = readValue(at(row, grid, valueColumn), where, key);
    if (typeof read === "number") values[key] = read;
    else issues.push(read);
  });
  return { values, issues, cells };
}
