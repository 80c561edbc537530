/**
 * The transactions job's columns on the customer table (product contract): last-12-month sales and volume, YoY
 * growth, share of wallet, top SKU and the last order date, matched to the customers by folded name.
 */
import { cellText } from "../../domain/cellText";
import type { Grid, Issue, Lang } from "../../domain/types";
import { foldText } from "../../domain/transactions/txText";
import type { CustomerMetrics } from "../../domain/transactions/txMetrics";
import { catalog } from "../../i18n";
import type { OutValue } from "../../plan/workbookEdit";
import { amountColumn } from "../scores/scoreInputs";
import type { CustomerTable } from "./customerTable";

export type TxColumnKey =
  "sales12m" | "volume12m" | "salesGrowth" | "shareOfWallet" | "topSku" | "lastOrderDate";

/** The columns in order with their number formats. */
export const txColumns: readonly { key: TxColumnKey; numberFormat: string }[] = [
  { key: "sales12m", numberFormat: "#,##0.00" },
  { key: "volume12m", numberFormat: "#,##0" },
  { key: "salesGrowth", numberFormat: "0.0%" },
  { key: "shareOfWallet", numberFormat: "0.0%" },
  { key: "topSku", numberFormat: "@" },
  { key: "lastOrderDate", numberFormat: "yyyy-mm-dd" },
];

export function txHeader(lang: Lang, key: TxColumnKey): string {
  return catalog(lang).txColumns[key];
}

const none = (value: number): OutValue => (Number.isFinite(value) ? value : null);

/**
 * Each column's values, one per customer row of the table, and the issues: one when the table has no category
 * purchases column (share of wallet stays empty), and the order-line customers the table lacks.
 * Formula: share of wallet = sales of the last 12 months ÷ the customer's annual category purchases (> 0).
 */
export function txColumnValues(
  grid: Grid,
  table: CustomerTable,
  metrics: readonly CustomerMetrics[],
): { values: Record<TxColumnKey, OutValue[]>; matched: number; unknown: CustomerMetrics[]; issues: Issue[] } {
  const byKey = new Map(metrics.map((metric) => [metric.key, metric]));
  const seen = new Set<string>();
  const names = table.dataRows.map((row) =>
    cellText(grid.values[row - 1 - grid.top]?.[table.nameColumn - grid.left - 1] ?? null),
  );
  const purchases = table.purchases
    ? amountColumn(grid, table.dataRows, table.purchases.column, table.purchases.unit)
    : undefined;
  const values: Record<TxColumnKey, OutValue[]> = {
    sales12m: [],
    volume12m: [],
    salesGrowth: [],
    shareOfWallet: [],
    topSku: [],
    lastOrderDate: [],
  };
  let matched = 0;
  names.forEach((name, i) => {
    const key = foldText(name);
    const metric = key === "" ? undefined : byKey.get(key);
    if (metric) {
      matched += 1;
      seen.add(key);
    }
    const sales = metric?.sales12m ?? 0;
    const wallet = purchases?.[i] ?? Number.NaN;
    values.sales12m.push(sales);
    values.volume12m.push(metric?.volume12m ?? 0);
    values.salesGrowth.push(none(metric?.salesGrowth ?? Number.NaN));
    values.shareOfWallet.push(wallet > 0 ? sales / wallet : null);
    values.topSku.push(metric && metric.topSku !== "" ? metric.topSku : null);
    values.lastOrderDate.push(metric ? metric.lastOrder : null);
  });
  const unknown = metrics.filter((metric) => !seen.has(metric.key));
  const issues: Issue[] = table.purchases
    ? []
    : [{ code: "transactions.noCategoryPurchases", sheet: table.sheet, field: "categoryPurchases" }];
  return { values, matched, unknown, issues };
}
