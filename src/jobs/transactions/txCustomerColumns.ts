/**
 * The six columns on the customer table, placed like every column block (recorded as `_kaw_transactions`, rewritten
 * in place, never over a cell the job did not write), and the customers of the order lines the table lacks.
 */
import type { Issue, Lang } from "../../domain/types";
import type { CustomerMetrics } from "../../domain/transactions/txMetrics";
import type { Edit } from "../../plan/edits";
import { placeColumnBlock } from "../../plan/placeColumnBlock";
import type { ColumnBlock, OutValue } from "../../plan/workbookEdit";
import type { JobInput } from "../jobDefinition";
import { findCustomerTable } from "./customerTable";
import { txColumns, txColumnValues, txHeader } from "./txBlock";

export type CustomerColumnsPlan =
  | {
      readonly ok: true;
      readonly edits: readonly Edit[];
      readonly issues: readonly Issue[];
      /** The customer sheet written, or null when the run had none. */
      readonly sheet: string | null;
      readonly firstColumn: number;
      /** Customer rows of the table with order lines. */
      readonly matched: number;
      readonly rows: number;
      /** Customers of the order lines the table lacks (their lines still count on the generated sheets). */
      readonly unknown: readonly CustomerMetrics[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const maxUnknownIssues = 100;
const both = ["zh-CN", "en-US"] as const;

/** Plan the block on the customer sheet of the run, if it has one. */
export function planCustomerColumns(
  input: JobInput,
  metrics: readonly CustomerMetrics[],
  lang: Lang,
): CustomerColumnsPlan {
  const sheet = input.sheets.customers;
  if (!sheet)
    return { ok: true, edits: [], issues: [], sheet: null, firstColumn: 0, matched: 0, rows: 0, unknown: [] };
  const snapshot = input.workbook.sheets.get(sheet);
  if (!snapshot) return { ok: false, issues: [{ code: "edit.unknownSheet", sheet }] };
  const owned = snapshot.owned.find((block) => block.job === "transactions")?.rect;
  const found = findCustomerTable(
    snapshot.grid,
    owned ? { first: owned.left, last: owned.right } : undefined,
  );
  if (!found.ok) return found;
  const { table } = found;
  const lastRow = table.dataRows[table.dataRows.length - 1] ?? table.headerRow;
  const placement = placeColumnBlock(snapshot, {
    job: "transactions",
    headerRow: table.headerRow,
    sourceLastColumn: table.lastColumn,
    lastRow,
    headerVariants: txColumns.map((column) => both.map((l) => txHeader(l, column.key))),
  });
  if (placement.refusals.length > 0) return { ok: false, issues: placement.refusals };
  const { values, matched, unknown, issues } = txColumnValues(snapshot.grid, table, metrics);
  const firstRow = table.headerRow + 1;
  const height = Math.max(0, lastRow - firstRow + 1);
  const block: ColumnBlock = {
    kind: "columnBlock",
    job: "transactions",
    sheet,
    headerRow: table.headerRow,
    firstColumn: placement.firstColumn,
    firstRow,
    lastRow,
    headerStyleFrom: placement.firstColumn - 1,
    columns: txColumns.map(({ key, numberFormat }) => {
      const spread = new Array<OutValue>(height).fill(null);
      table.dataRows.forEach((row, i) => (spread[row - firstRow] = values[key][i] ?? null));
      return { key, header: txHeader(lang, key), numberFormat, values: spread };
    }),
    ...(placement.clearTo !== undefined ? { clearTo: placement.clearTo } : {}),
    ...(placement.table !== undefined ? { table: placement.table } : {}),
  };
  const unknownIssues: Issue[] = unknown.slice(0, maxUnknownIssues).map((metric) => ({
    code: "transactions.unknownCustomer",
    sheet,
    params: { customer: metric.name },
  }));
  return {
    ok: true,
    edits: [block],
    issues: [...issues, ...unknownIssues],
    sheet,
    firstColumn: placement.firstColumn,
    matched,
    rows: table.dataRows.length,
    unknown,
  };
}
