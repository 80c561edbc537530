/**
 * The customer table as the forecast job needs it: each customer's row and matching key, and the cells its formulas
 * read — the inventory period (the ratio job's column), the priority tier (the scores job's) and the person's own
 * risk coefficient override (风险系数 / Risk coefficient), all found by header in either language.
 */
import { a1 } from "../../domain/address";
import { cellText } from "../../domain/cellText";
import type { Grid, Issue, Lang } from "../../domain/types";
import { foldText } from "../../domain/transactions/txText";
import { catalog, columnHeader } from "../../i18n";
import { scoreHeader } from "../scores/scoreBlock";
import { findCustomerTable } from "../transactions/customerTable";
import type { CustomerTable } from "../transactions/customerTable";

export interface TableCustomer {
  readonly row: number;
  readonly name: string;
  /** The name cell's text exactly as written, and its address: the formulas look the customer up by it. */
  readonly written: string;
  readonly nameCell: string;
  readonly key: string;
  /** A1 cells of this row the formulas read, with their values now (absent: no such column or no number). */
  readonly inventoryDays?: { readonly cell: string; readonly value: number | null };
  readonly tier?: { readonly cell: string; readonly value: string };
  readonly risk?: { readonly cell: string; readonly value: number | null };
}

const langs: readonly Lang[] = ["zh-CN", "en-US"];

/** The header of the risk coefficient, the job's output and the person's override alike. */
export const riskHeaders = langs.map((lang) => catalog(lang).forecast.columns.riskCoefficient);

function columnOf(
  header: readonly unknown[],
  grid: Grid,
  own: { first: number; last: number } | undefined,
  texts: readonly string[],
): number | undefined {
  for (let c = 0; c < header.length; c += 1) {
    const column = grid.left + c + 1;
    if (own && column >= own.first && column <= own.last) continue;
    const value = header[c];
    if (typeof value === "string" && texts.includes(value.trim())) return column;
  }
  return undefined;
}

/**
 * The table and its customers (each folded name once, in sheet order).
 * @example forecastCustomers(grid, undefined) //=> { ok: true, table, customers: [{ row: 2, name: "甲", key: "甲", tier: { cell: "D2", value: "A" } }] }
 */
export function forecastCustomers(
  grid: Grid,
  own: { first: number; last: number } | undefined,
): { ok: true; table: CustomerTable; customers: TableCustomer[] } | { ok: false; issues: Issue[] } {
  const found = findCustomerTable(grid, own);
  if (!found.ok) return found;
  const { table } = found;
  const header = grid.values[table.headerRow - 1 - grid.top] ?? [];
  const inventoryColumn = columnOf(
    header,
    grid,
    own,
    langs.map((lang) => columnHeader(lang, "inventoryDays")),
  );
  const tierColumn = columnOf(
    header,
    grid,
    own,
    langs.map((lang) => scoreHeader(lang, "priorityTier")),
  );
  const riskColumn = columnOf(header, grid, own, riskHeaders);
  const seen = new Set<string>();
  const customers: TableCustomer[] = [];
  for (const row of table.dataRows) {
    const cells = grid.values[row - 1 - grid.top] ?? [];
    const at = (column: number) => cells[column - grid.left - 1] ?? null;
    const written = cellText(at(table.nameColumn));
    const name = written.trim();
    const key = foldText(name);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    const number = (column: number) => {
      const value = at(column);
      return typeof value === "number" && Number.isFinite(value) ? value : null;
    };
    const customer: Record<string, unknown> = {
      row,
      name,
      key,
      written,
      nameCell: a1(row, table.nameColumn),
    };
    if (inventoryColumn !== undefined)
      customer.inventoryDays = { cell: a1(row, inventoryColumn), value: number(inventoryColumn) };
    if (tierColumn !== undefined)
      customer.tier = { cell: a1(row, tierColumn), value: cellText(at(tierColumn)).trim().toUpperCase() };
    if (riskColumn !== undefined) customer.risk = { cell: a1(row, riskColumn), value: number(riskColumn) };
    customers.push(customer as unknown as TableCustomer);
  }
  return { ok: true, table, customers };
}
