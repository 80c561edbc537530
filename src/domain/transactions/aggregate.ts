/**
 * The in-sheet transaction engine: order lines in, a `TxAggregate` and located issues out, by the rules of README.md
 * (the DuckDB engine of the CLI follows the same rules, and a test holds both to the same output).
 * One pass, no object per line: texts are parsed once per distinct text, totals are integers (cents, thousandths).
 */
import type { CellValue, Grid, Issue } from "../types";
import { a1 } from "../address";
import type { SkipReason, TxAggregate } from "./aggregateTypes";
import { skipReasons } from "./aggregateTypes";
import type { TxField, TxLayout } from "./txColumns";
import { txFields } from "./txColumns";
import { newTotals } from "./txAccumulator";
import { buildAggregate } from "./buildAggregate";
import { newPass, readLine } from "./readLine";
import { cellSpelling, trimSpelling } from "./txText";

/** 0-based index of each field's cell within a row; a field without a column is left out. */
export type TxRowColumns = Partial<Record<TxField, number>>;

export interface AggregateOptions {
  /** Called with every issue, also those past `maxIssues`. */
  readonly onIssue?: (issue: Issue) => void;
  /** How many issues the result lists at most (default 1000); the skipped counts are always exact. */
  readonly maxIssues?: number;
}

export interface RowsOptions extends AggregateOptions {
  /** Where `rows[0][0]` sits (sheet name, 1-based row and column), so issues carry a cell; without it they carry none. */
  readonly origin?: { readonly sheet: string; readonly row: number; readonly column: number };
  /** The first row index read (default 0) and the index after the last (default `rows.length`). */
  readonly from?: number;
  readonly to?: number;
}

export interface AggregateResult {
  readonly aggregate: TxAggregate;
  /** One issue per skipped non-blank line, in row order, at most `maxIssues`. */
  readonly issues: Issue[];
}

export const defaultMaxIssues = 1000;

function located(
  reason: SkipReason,
  field: TxField,
  raw: CellValue | undefined,
  r: number,
  index: number,
  options: RowsOptions,
): Issue {
  const { origin } = options;
  const row = origin === undefined ? 0 : origin.row + r;
  const value = trimSpelling(cellSpelling(raw));
  return {
    code: `transactions.${reason}`,
    ...(origin === undefined ? {} : { sheet: origin.sheet }),
    ...(origin === undefined || index < 0 || row > 1048576 ? {} : { cell: a1(row, origin.column + index) }),
    field,
    ...(value === "" ? {} : { params: { value } }),
  };
}

/**
 * Aggregates plain rows of cells (the lower-level entry: tests and the DuckDB parity test feed it directly).
 * Formula: per counted line, cents = sign(a) × ⌊|a| × 100 + 0.5⌋ and thousandths = sign(q) × ⌊|q| × 1000 + 0.5⌋,
 * summed as integers; totals are Σcents / 100 and Σthousandths / 1000.
 * @example aggregateRows([[45356, "甲", 3, 19.99, null]], { date: 0, customer: 1, quantity: 2, unitPrice: 3, amount: 4 })
 * //=> { aggregate: { months: ["2024-03"], customers: [{ key: "甲", monthlyAmount: [59.97], … }], amountsComputed: 1, … }, issues: [] }
 */
export function aggregateRows(
  rows: readonly (readonly CellValue[])[],
  columns: TxRowColumns,
  options: RowsOptions = {},
): AggregateResult {
  const from = Math.max(0, options.from ?? 0);
  const to = Math.min(rows.length, options.to ?? rows.length);
  const maxIssues = options.maxIssues ?? defaultMaxIssues;
  const totals = newTotals();
  const pass = newPass(totals, columns);
  const skipped = new Array<number>(skipReasons.length).fill(0);
  const issues: Issue[] = [];
  for (let r = from; r < to; r += 1) {
    const reason = readLine(pass, rows[r] ?? []);
    if (reason < 0) continue;
    skipped[reason] = (skipped[reason] ?? 0) + 1;
    if (reason === 0 || (issues.length >= maxIssues && options.onIssue === undefined)) continue;
    const issue = located(
      skipReasons[reason] ?? "blank",
      pass.field,
      pass.raw,
      r,
      columns[pass.field] ?? -1,
      options,
    );
    if (issues.length < maxIssues) issues.push(issue);
    options.onIssue?.(issue);
  }
  const counts = Object.fromEntries(skipReasons.map((reason, i) => [reason, skipped[i] ?? 0]));
  const aggregate = buildAggregate(totals, {
    rowsRead: Math.max(0, to - from),
    skipped: counts as Record<SkipReason, number>,
    amountsComputed: pass.computed,
    returns: pass.returns,
  });
  return { aggregate, issues };
}

/**
 * Aggregates the order lines of a detected transactions sheet: rows `firstDataRow` to `lastRow` of the grid.
 * @example aggregateLines(grid, detected.layout).aggregate.months //=> ["2023-12", "2024-01"]
 */
export function aggregateLines(
  grid: Grid,
  layout: TxLayout,
  options: AggregateOptions = {},
): AggregateResult {
  const columns: TxRowColumns = {};
  for (const field of txFields) {
    const column = layout.columns[field];
    if (column !== undefined && column > grid.left) columns[field] = column - grid.left - 1;
  }
  return aggregateRows(grid.values, columns, {
    ...options,
    origin: { sheet: grid.sheet, row: grid.top + 1, column: grid.left + 1 },
    from: layout.firstDataRow - grid.top - 1,
    to: layout.lastRow - grid.top,
  });
}
