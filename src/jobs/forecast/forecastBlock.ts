/**
 * The nine value columns on the customer table (product contract), placed like every column block (recorded as
 * `_kaw_forecast`, rewritten in place, never over a cell the job did not write), as live formulas with cached values.
 * A person's own 风险系数 / Risk coefficient column is an input, not a conflict.
 */
import type { Issue, Lang } from "../../domain/types";
import { catalog } from "../../i18n";
import { placeColumnBlock } from "../../plan/placeColumnBlock";
import type { SheetSnapshot } from "../../plan/sheetSnapshot";
import type { ColumnBlock, ColumnValue } from "../../plan/workbookEdit";
import type { CustomerTable } from "../transactions/customerTable";
import type { Assumptions } from "./assumptions";
import type { TableCustomer } from "./forecastCustomers";
import { valueColumnFormats, valueColumnKeys, valueRows } from "./valueFormulas";
import type { ValueRow } from "./valueFormulas";

const langs: readonly Lang[] = ["zh-CN", "en-US"];

export type ValueBlockPlan =
  | { readonly ok: true; readonly edit: ColumnBlock; readonly firstColumn: number; readonly worth: number }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Plan the block for the table's customers. */
export function planValueBlock(
  snapshot: SheetSnapshot,
  table: CustomerTable,
  customers: readonly TableCustomer[],
  data: {
    readonly totalRef: (key: string) => string;
    readonly totals: ReadonlyMap<string, number>;
    readonly assumptions: Assumptions;
    readonly lang: Lang;
  },
): ValueBlockPlan {
  const lastRow = table.dataRows[table.dataRows.length - 1] ?? table.headerRow;
  const header = (lang: Lang, key: (typeof valueColumnKeys)[number]) => catalog(lang).forecast.columns[key];
  const placement = placeColumnBlock(snapshot, {
    job: "forecast",
    headerRow: table.headerRow,
    sourceLastColumn: table.lastColumn,
    lastRow,
    headerVariants: valueColumnKeys.map((key) => langs.map((lang) => header(lang, key))),
    sharedHeaders: [valueColumnKeys.indexOf("riskCoefficient")],
  });
  if (placement.refusals.length > 0) return { ok: false, issues: placement.refusals };
  const rows: ValueRow[] = customers.map((customer) => ({
    row: customer.row,
    forecastRef: data.totalRef(customer.key),
    forecastTotal: data.totals.get(customer.key) ?? 0,
    ...(customer.inventoryDays ? { inventoryDaysRef: customer.inventoryDays.cell } : {}),
    ...(customer.inventoryDays?.value != null ? { inventoryDays: customer.inventoryDays.value } : {}),
    ...(customer.tier ? { tierRef: customer.tier.cell, tier: customer.tier.value } : {}),
    ...(customer.risk ? { riskRef: customer.risk.cell } : {}),
    ...(customer.risk?.value != null ? { risk: customer.risk.value } : {}),
  }));
  const formulas = valueRows(rows, data.assumptions, data.lang, { firstColumn: placement.firstColumn });
  const firstRow = table.headerRow + 1;
  const height = Math.max(0, lastRow - firstRow + 1);
  const yes = catalog(data.lang).forecast.yes;
  const worth = formulas.worthDeveloping.filter((cell) => cell.value === yes).length;
  const edit: ColumnBlock = {
    kind: "columnBlock",
    job: "forecast",
    sheet: table.sheet,
    headerRow: table.headerRow,
    firstColumn: placement.firstColumn,
    firstRow,
    lastRow,
    headerStyleFrom: placement.firstColumn - 1,
    columns: valueColumnKeys.map((key) => {
      const values = new Array<ColumnValue>(height).fill(null);
      customers.forEach((customer, i) => (values[customer.row - firstRow] = formulas[key][i] ?? null));
      return {
        key,
        header: header(data.lang, key),
        // "General", not "@", for the text column: Excel keeps a formula typed into an "@" cell as text.
        numberFormat: valueColumnFormats[key] ?? "General",
        values,
      };
    }),
    ...(placement.clearTo !== undefined ? { clearTo: placement.clearTo } : {}),
    ...(placement.table !== undefined ? { table: placement.table } : {}),
  };
  return { ok: true, edit, firstColumn: placement.firstColumn, worth };
}
