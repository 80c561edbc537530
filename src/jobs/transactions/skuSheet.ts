/**
 * The content of the SKU analysis sheet (单品分析): per customer and SKU the amount, quantity, share of the customer's
 * purchases and rank within the customer (A:G); beside it the overall SKU ranking (I:N) and a bar chart of the
 * largest SKUs.
 */
import type { TxAggregate } from "../../domain/transactions/aggregateTypes";
import type { CellInput, Edit } from "../../plan/edits";
import { sheetReference } from "../../plan/range";
import { interpolate } from "../../i18n";

export interface SkuTexts {
  /** e.g. "SKU analysis, {{from}} to {{to}}". */
  readonly title: string;
  readonly empty: string;
  readonly byCustomer: string;
  readonly overall: string;
  readonly columns: {
    readonly customer: string;
    readonly sku: string;
    readonly product: string;
    readonly amount: string;
    readonly quantity: string;
    readonly share: string;
    readonly rank: string;
    readonly overallShare: string;
  };
  /** e.g. "Top {{count}} SKUs by sales". */
  readonly chartTitle: string;
  readonly axis: string;
  /** Shown for a line without a SKU code. */
  readonly noSku: string;
}

const headerRow = 4;
const chartSkus = 15;

/** Share of a total, NaN-free: null (an empty cell) when the total is not positive. */
function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/**
 * The sheet's edits. Rank within a customer: 1 for its largest SKU by amount (ties ranked by SKU code, as listed).
 * Formula: share = SKU amount ÷ the customer's total amount (or ÷ the grand total in the overall ranking).
 */
export function skuSheetContent(sheet: string, aggregate: TxAggregate, texts: SkuTexts): Edit[] {
  const c = texts.columns;
  const from = aggregate.months[0] ?? "";
  const to = aggregate.months[aggregate.months.length - 1] ?? "";
  const title = aggregate.months.length > 0 ? interpolate(texts.title, { from, to }) : texts.empty;
  const code = (sku: string) => (sku === "" ? texts.noSku : sku);
  const byCustomer: CellInput[][] = [];
  for (const customer of aggregate.customers) {
    const total = customer.skus.reduce((sum, sku) => sum + Math.round(sku.amount * 100), 0) / 100;
    customer.skus.forEach((sku, i) =>
      byCustomer.push([
        customer.name,
        code(sku.sku),
        sku.product,
        sku.amount,
        sku.quantity,
        share(sku.amount, total),
        i + 1,
      ]),
    );
  }
  const grand = aggregate.skus.reduce((sum, sku) => sum + Math.round(sku.amount * 100), 0) / 100;
  const overall: CellInput[][] = aggregate.skus.map((sku, i) => [
    i + 1,
    code(sku.sku),
    sku.product,
    sku.amount,
    sku.quantity,
    share(sku.amount, grand),
  ]);
  const edits: Edit[] = [
    { kind: "cells", sheet, at: "A1", rows: [[title]], style: "tx.title" },
    { kind: "cells", sheet, at: "A3", rows: [[texts.byCustomer]], style: "tx.section" },
    { kind: "cells", sheet, at: "I3", rows: [[texts.overall]], style: "tx.section" },
    {
      kind: "cells",
      sheet,
      at: `A${headerRow}`,
      rows: [[c.customer, c.sku, c.product, c.amount, c.quantity, c.share, c.rank]],
      style: "tx.header",
    },
    {
      kind: "cells",
      sheet,
      at: `I${headerRow}`,
      rows: [[c.rank, c.sku, c.product, c.amount, c.quantity, c.overallShare]],
      style: "tx.header",
    },
    {
      kind: "columnWidths",
      sheet,
      column: "A",
      widths: [26, 14, 22, 16, 12, 12, 8, 3, 8, 14, 22, 16, 12, 12],
    },
    { kind: "freeze", sheet, rows: headerRow, columns: 0 },
    {
      kind: "pageSetup",
      sheet,
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      printTitleRows: `${headerRow}:${headerRow}`,
      footer: { center: "{page} / {pages}" },
    },
  ];
  if (byCustomer.length > 0)
    edits.push({
      kind: "cells",
      sheet,
      at: `A${headerRow + 1}`,
      rows: byCustomer,
      columnStyles: ["tx.name", "tx.name", "tx.name", "tx.amount", "tx.quantity", "tx.share", "tx.rank"],
    });
  if (overall.length > 0) {
    edits.push({
      kind: "cells",
      sheet,
      at: `I${headerRow + 1}`,
      rows: overall,
      columnStyles: ["tx.rank", "tx.name", "tx.name", "tx.amount", "tx.quantity", "tx.share"],
    });
    const top = Math.min(chartSkus, overall.length);
    const rows = { top: headerRow + 1, bottom: headerRow + top };
    edits.push({
      kind: "chart",
      sheet,
      type: "bar",
      title: interpolate(texts.chartTitle, { count: top }),
      categories: {
        ref: sheetReference(sheet, { ...rows, left: 10, right: 10 }),
        cache: aggregate.skus.slice(0, top).map((sku) => code(sku.sku)),
      },
      series: [
        {
          name: c.amount,
          values: sheetReference(sheet, { ...rows, left: 12, right: 12 }),
          cache: aggregate.skus.slice(0, top).map((sku) => sku.amount),
        },
      ],
      yAxisTitle: texts.axis,
      anchor: { cell: `P${headerRow}`, width: 460, height: Math.max(240, 20 * top + 80) },
      valueFormat: "#,##0",
      valueAxisMin: 0,
      reverseCategories: true,
      legend: false,
    });
  }
  return edits;
}
