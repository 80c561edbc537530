/**
 * The content of the Monthly sales (月度销售) and Monthly volume (月度采购量) sheets: one row per customer, one column
 * per calendar month of the data (header `yyyy-mm`), a total column and a totals row as SUM formulas with their
 * values, and a native line chart of the ten customers with the largest totals.
 */
import { columnLetters } from "../../domain/address";
import type { CustomerTotals, TxAggregate } from "../../domain/transactions/aggregateTypes";
import type { CellInput, ChartSeries, Edit } from "../../plan/edits";
import { sheetReference } from "../../plan/range";
import { interpolate } from "../../i18n";

export interface MonthlyTexts {
  /** e.g. "Monthly sales, {{from}} to {{to}}". */
  readonly title: string;
  readonly customer: string;
  readonly total: string;
  /** e.g. "Top {{count}} customers by sales". */
  readonly chartTitle: string;
  readonly axis: string;
  /** Shown under the title when there is no counted order line. */
  readonly empty: string;
}

export type Measure = "amount" | "quantity";

const firstRow = 3;
const chartCustomers = 10;
// Whole cents (thousandths for quantities) so the totals are exact whatever the order (see the engine's README).
const scale: Readonly<Record<Measure, number>> = { amount: 100, quantity: 1000 };

function exact(values: readonly number[], measure: Measure): number {
  let units = 0;
  for (const value of values) units += Math.round(value * scale[measure]);
  return units / scale[measure];
}

/** The customers by their total, largest first (ties by key), with the month values of the measure. */
export function rankedRows(
  aggregate: TxAggregate,
  measure: Measure,
): { customer: CustomerTotals; values: readonly number[]; total: number }[] {
  return aggregate.customers
    .map((customer) => {
      const values = measure === "amount" ? customer.monthlyAmount : customer.monthlyQuantity;
      return { customer, values, total: exact(values, measure) };
    })
    .sort(
      (a, b) =>
        b.total - a.total || (a.customer.key < b.customer.key ? -1 : a.customer.key > b.customer.key ? 1 : 0),
    );
}

/**
 * The sheet's edits. Rows: 1 title (the months covered), 2 headers, 3… customers, then the totals row; columns:
 * A customer, B… the months, then the total.
 * @example monthlySheetContent("月度销售", aggregate, "amount", texts) // title "月度销售（2023-11 至 2024-02）"
 */
export function monthlySheetContent(
  sheet: string,
  aggregate: TxAggregate,
  measure: Measure,
  texts: MonthlyTexts,
): Edit[] {
  const months = aggregate.months;
  const rows = rankedRows(aggregate, measure);
  const style = measure === "amount" ? "amount" : "quantity";
  const lastMonth = columnLetters(1 + months.length);
  const totalColumn = columnLetters(2 + months.length);
  const totalsRow = firstRow + rows.length;
  const body: CellInput[][] = rows.map(({ customer, values, total }, i) => {
    const r = firstRow + i;
    const sum = months.length > 0 ? { formula: `SUM(B${r}:${lastMonth}${r})`, value: total } : 0;
    return [customer.name, ...values, sum];
  });
  const columnTotals = months.map((_, m) =>
    exact(
      rows.map((row) => row.values[m] ?? 0),
      measure,
    ),
  );
  const grand = exact(columnTotals, measure);
  const sumOf = (column: string, value: number): CellInput =>
    rows.length > 0 ? { formula: `SUM(${column}${firstRow}:${column}${totalsRow - 1})`, value } : 0;
  const totals: CellInput[] = [
    texts.total,
    ...columnTotals.map((value, m) => sumOf(columnLetters(2 + m), value)),
    sumOf(totalColumn, grand),
  ];
  const from = months[0] ?? "";
  const to = months[months.length - 1] ?? "";
  const title = months.length > 0 ? interpolate(texts.title, { from, to }) : texts.empty;
  const widthStyles = [`tx.name`, ...months.map(() => `tx.${style}`), `tx.${style}`];
  const edits: Edit[] = [
    { kind: "cells", sheet, at: "A1", rows: [[title]], style: "tx.title" },
    { kind: "cells", sheet, at: "A2", rows: [[texts.customer, ...months, texts.total]], style: "tx.header" },
    ...(body.length > 0
      ? [{ kind: "cells" as const, sheet, at: `A${firstRow}`, rows: body, columnStyles: widthStyles }]
      : []),
    {
      kind: "cells",
      sheet,
      at: `A${totalsRow}`,
      rows: [totals],
      columnStyles: ["tx.total.name", ...months.map(() => `tx.total.${style}`), `tx.total.${style}`],
    },
    { kind: "columnWidths", sheet, column: "A", widths: [28, ...months.map(() => 12), 16] },
    { kind: "freeze", sheet, rows: 2, columns: 1 },
    {
      kind: "pageSetup",
      sheet,
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      printTitleRows: "2:2",
      footer: { center: "{page} / {pages}" },
    },
  ];
  const top = rows.slice(0, chartCustomers).filter((row) => row.total !== 0);
  if (months.length > 0 && top.length > 0) {
    const series: ChartSeries[] = top.map((row) => {
      const r = firstRow + rows.indexOf(row);
      return {
        name: row.customer.name,
        values: sheetReference(sheet, { top: r, left: 2, bottom: r, right: 1 + months.length }),
        cache: [...row.values],
      };
    });
    edits.push({
      kind: "chart",
      sheet,
      type: "line",
      title: interpolate(texts.chartTitle, { count: top.length }),
      categories: {
        ref: sheetReference(sheet, { top: 2, left: 2, bottom: 2, right: 1 + months.length }),
        cache: [...months],
      },
      series,
      yAxisTitle: texts.axis,
      anchor: { cell: `A${totalsRow + 2}`, width: 720, height: 320 },
      valueFormat: measure === "amount" ? "#,##0" : "#,##0",
    });
  }
  return edits;
}
