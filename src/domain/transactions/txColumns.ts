/**
 * Header detection for a transactions sheet: where the header row is and which column holds which order-line field.
 */
import type { Grid, Issue, Lang } from "../types";
import { headerKey } from "../fields";
import { headerSearchRows } from "../source";
import { isTxBlank } from "./txText";
import type { TxField } from "./txFieldNames";
import { txFieldNames, txFields } from "./txFieldNames";

export type { TxField } from "./txFieldNames";
export { txFieldNames, txFields } from "./txFieldNames";

/** 1-based sheet column chosen by the user for a field; null unmaps the field. */
export type TxOverrides = Partial<Record<TxField, number | null>>;

export interface TxLayout {
  readonly sheet: string;
  /** 1-based sheet row of the header row. */
  readonly headerRow: number;
  /** 1-based sheet columns. */
  readonly columns: Partial<Record<TxField, number>>;
  readonly language: Lang;
  /** 1-based sheet row of the first order line (the row below the header). */
  readonly firstDataRow: number;
  /** 1-based sheet row of the last row with a non-blank cell; `headerRow` when there are no lines. */
  readonly lastRow: number;
}

export type TxDetectResult = { ok: true; layout: TxLayout } | { ok: false; issues: Issue[] };

const fieldByKey: ReadonlyMap<string, TxField> = new Map(
  txFields.flatMap((field) => txFieldNames[field].map((name) => [headerKey(name), field] as const)).reverse(),
);
const cjk = /[\u3400-\u9fff]/;

/**
 * The order-line field a header names, or null.
 * @example txFieldOf("订单日期") //=> "date"
 * @example txFieldOf("UNIT-PRICE") //=> "unitPrice"
 */
export function txFieldOf(text: string): TxField | null {
  return fieldByKey.get(headerKey(text.trim())) ?? null;
}

function headerFields(row: Grid["values"][number]): Map<TxField, number> {
  const found = new Map<TxField, number>();
  row.forEach((value, c) => {
    const field = typeof value === "string" ? txFieldOf(value) : null;
    if (field !== null && !found.has(field)) found.set(field, c);
  });
  return found;
}

/** Index of the row with the most distinct recognised fields (at least 2; ties go to the upper row). */
function findHeaderIndex(grid: Grid): number | null {
  let [best, bestCount]: [number | null, number] = [null, 1];
  for (let r = 0; r < Math.min(headerSearchRows, grid.values.length); r += 1) {
    const count = headerFields(grid.values[r] ?? []).size;
    if (count > bestCount) [best, bestCount] = [r, count];
  }
  return best;
}

function applyOverrides(columns: Partial<Record<TxField, number>>, overrides: TxOverrides): void {
  for (const field of txFields) {
    const column = overrides[field];
    if (column === undefined) continue;
    if (column !== null && (!Number.isInteger(column) || column < 1 || column > 16384)) continue;
    for (const other of txFields) if (column !== null && columns[other] === column) delete columns[other];
    if (column === null) delete columns[field];
    else columns[field] = column;
  }
}

function lastFilledRow(grid: Grid, headerIndex: number): number {
  for (let r = grid.values.length - 1; r > headerIndex; r -= 1) {
    if ((grid.values[r] ?? []).some((value) => !isTxBlank(value))) return r;
  }
  return headerIndex;
}

/** Issues for required fields without a column: date, customer, and amount unless quantity and unit price stand in. */
export function missingTxFields(sheet: string, columns: Partial<Record<TxField, number>>): Issue[] {
  const missing: TxField[] = (["date", "customer"] as const).filter((field) => columns[field] === undefined);
  const priced = columns.quantity !== undefined && columns.unitPrice !== undefined;
  if (columns.amount === undefined && !priced) missing.push("amount");
  return missing.map((field) => ({ code: "transactions.missingField", sheet, field }));
}

/**
 * Finds the order lines on a sheet: the header row (within the first 20 rows; the first column naming a field wins,
 * overrides win over it), the language (zh-CN when most recognised headers are Chinese) and the rows below.
 * @example detectTransactions({ sheet: "T", top: 0, left: 0, values: [["日期", "客户", "金额"], [45356, "甲", 10]] })
 * //=> { ok: true, layout: { headerRow: 1, columns: { date: 1, customer: 2, amount: 3 }, firstDataRow: 2, lastRow: 2, … } }
 */
export function detectTransactions(grid: Grid, overrides: TxOverrides = {}): TxDetectResult {
  const headerIndex = findHeaderIndex(grid);
  if (headerIndex === null)
    return { ok: false, issues: [{ code: "transactions.noHeaderRow", sheet: grid.sheet }] };
  const row = grid.values[headerIndex] ?? [];
  const found = headerFields(row);
  const columns: Partial<Record<TxField, number>> = {};
  let chinese = 0;
  for (const [field, c] of found) {
    columns[field] = grid.left + c + 1;
    if (cjk.test(String(row[c]))) chinese += 1;
  }
  applyOverrides(columns, overrides);
  const issues = missingTxFields(grid.sheet, columns);
  if (issues.length > 0) return { ok: false, issues };
  const headerRow = grid.top + headerIndex + 1;
  const layout: TxLayout = {
    sheet: grid.sheet,
    headerRow,
    columns,
    language: chinese * 2 > found.size ? "zh-CN" : "en-US",
    firstDataRow: headerRow + 1,
    lastRow: grid.top + lastFilledRow(grid, headerIndex) + 1,
  };
  return { ok: true, layout };
}
