/**
 * The content of the Sales forecast sheet (销售预测): one row per customer with the next 12 months (`yyyy-mm`), the
 * total and its 80 % interval, the method, α/β/γ and the fit error; below, the chart data (the last 24 months of
 * history and the forecast of the ten customers with the largest forecasts) and a native line chart of them, actual
 * solid, forecast dashed.
 */
import { columnLetters } from "../../domain/address";
import type { ForecastResult } from "../../domain/forecast/forecastTypes";
import type { CellInput, ChartSeries, Edit } from "../../plan/edits";
import { sheetReference } from "../../plan/range";
import { interpolate } from "../../i18n";

export interface ForecastTexts {
  /** e.g. "Sales forecast, {{from}} to {{to}}". */
  readonly title: string;
  readonly note: string;
  readonly columns: {
    readonly customer: string;
    readonly total: string;
    readonly low80: string;
    readonly high80: string;
    readonly method: string;
    readonly alpha: string;
    readonly beta: string;
    readonly gamma: string;
    readonly smape: string;
    readonly flags: string;
  };
  readonly methods: { readonly ets: string; readonly holt: string; readonly mean: string };
  readonly flagTexts: { readonly insufficientHistory: string; readonly clampedAtZero: string };
  readonly chartData: string;
  /** e.g. "{{customer}} (actual)". */
  readonly actual: string;
  readonly forecast: string;
  readonly chartTitle: string;
  readonly axis: string;
}

export interface CustomerForecast {
  readonly name: string;
  /** Monthly sales history aligned with `history` months of the sheet. */
  readonly history: readonly number[];
  readonly result: ForecastResult;
}

export const forecastFirstRow = 3;
/** 1-based column of the 12-month total: A customer, B–M the months, N the total. */
export const totalColumn = 14;
const chartCustomers = 10;
/** Office's ten chart colours, one per customer. */
const palette = [
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "264478",
  "9E480E",
  "636363",
  "997300",
];
const chartHistory = 24;

const orNull = (value: number | null): CellInput =>
  value === null || !Number.isFinite(value) ? null : value;

/**
 * The sheet's edits; `rows` in the order written (the caller sorts), `months` the 12 forecast months and
 * `historyMonths` the months of the history.
 */
export function forecastSheetContent(
  sheet: string,
  rows: readonly CustomerForecast[],
  months: readonly string[],
  historyMonths: readonly string[],
  texts: ForecastTexts,
): Edit[] {
  const c = texts.columns;
  const title = interpolate(texts.title, { from: months[0] ?? "", to: months[months.length - 1] ?? "" });
  const body: CellInput[][] = rows.map(({ name, result }) => [
    name,
    ...result.forecast,
    result.total.value,
    result.total.low80,
    result.total.high80,
    texts.methods[result.method],
    orNull(result.alpha),
    orNull(result.beta),
    orNull(result.gamma),
    orNull(result.smape),
    result.flags.map((flag) => texts.flagTexts[flag]).join(" · "),
  ]);
  const last = forecastFirstRow + rows.length - 1;
  const edits: Edit[] = [
    { kind: "cells", sheet, at: "A1", rows: [[title]], style: "fc.title" },
    {
      kind: "cells",
      sheet,
      at: "A2",
      rows: [
        [
          c.customer,
          ...months,
          c.total,
          c.low80,
          c.high80,
          c.method,
          c.alpha,
          c.beta,
          c.gamma,
          c.smape,
          c.flags,
        ],
      ],
      style: "fc.header",
    },
    {
      kind: "columnWidths",
      sheet,
      column: "A",
      widths: [28, ...months.map(() => 11), 14, 13, 13, 16, 7, 7, 7, 9, 24],
    },
    { kind: "freeze", sheet, rows: 2, columns: 1 },
  ];
  if (body.length > 0)
    edits.push({
      kind: "cells",
      sheet,
      at: `A${forecastFirstRow}`,
      rows: body,
      columnStyles: [
        "fc.name",
        ...months.map(() => "fc.amount"),
        "fc.total",
        "fc.amount",
        "fc.amount",
        "fc.name",
        "fc.param",
        "fc.param",
        "fc.param",
        "fc.percent",
        "fc.note",
      ],
    });
  edits.push({
    kind: "cells",
    sheet,
    at: `A${Math.max(last, forecastFirstRow) + 2}`,
    rows: [[texts.note]],
    style: "fc.note",
  });
  const charted = chart(sheet, rows, months, historyMonths, Math.max(last, forecastFirstRow) + 4, texts);
  // Print the table and the chart one page wide; the chart's data block runs further right and is not printed.
  const chartRows = charted.length > 0 ? 2 + 2 * Math.min(chartCustomers, rows.length) + 2 + 24 : 0;
  const printBottom = Math.max(last, forecastFirstRow) + 4 + chartRows;
  edits.push(
    {
      kind: "pageSetup",
      sheet,
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      printTitleRows: "2:2",
      printArea: `A1:X${printBottom}`,
      footer: { center: "{page} / {pages}" },
    },
    ...charted,
  );
  return edits;
}

/** The chart's data block and the chart: per top customer an "actual" row and a "forecast" row over one month axis. */
function chart(
  sheet: string,
  rows: readonly CustomerForecast[],
  months: readonly string[],
  historyMonths: readonly string[],
  top: number,
  texts: ForecastTexts,
): Edit[] {
  const chosen = rows
    .slice(0, chartCustomers)
    .filter((row) => row.result.total.value > 0 || row.history.some((v) => v !== 0));
  if (chosen.length === 0) return [];
  const shown = historyMonths.slice(-chartHistory);
  const axis = [...shown, ...months];
  const data: CellInput[][] = chosen.flatMap(({ name, history, result }) => {
    const past = history.slice(-chartHistory);
    const lastActual = past[past.length - 1] ?? null;
    // The forecast line starts at the last actual month so the two lines join.
    return [
      [interpolate(texts.actual, { customer: name }), ...past, ...months.map(() => null)],
      [
        interpolate(texts.forecast, { customer: name }),
        ...past.slice(0, -1).map(() => null),
        lastActual,
        ...result.forecast,
      ],
    ];
  });
  const header = top + 1;
  const first = header + 1;
  // A customer's actual and forecast lines share its colour; the forecast is dashed.
  const series: ChartSeries[] = data.map((row, i) => ({
    name: typeof row[0] === "string" ? row[0] : "",
    values: sheetReference(sheet, { top: first + i, left: 2, bottom: first + i, right: 1 + axis.length }),
    cache: row.slice(1).map((v) => (typeof v === "number" ? v : null)),
    color: palette[Math.floor(i / 2) % palette.length] ?? "4472C4",
    ...(i % 2 === 1 ? { dashed: true } : {}),
  }));
  return [
    { kind: "cells", sheet, at: `A${top}`, rows: [[texts.chartData]], style: "fc.section" },
    { kind: "cells", sheet, at: `A${header}`, rows: [["", ...axis]], style: "fc.header" },
    {
      kind: "cells",
      sheet,
      at: `A${first}`,
      rows: data,
      columnStyles: ["fc.name", ...axis.map(() => "fc.amount")],
    },
    {
      kind: "chart",
      sheet,
      type: "line",
      title: texts.chartTitle,
      categories: {
        ref: sheetReference(sheet, { top: header, left: 2, bottom: header, right: 1 + axis.length }),
        cache: axis,
      },
      series,
      yAxisTitle: texts.axis,
      anchor: { cell: `A${first + data.length + 2}`, width: 760, height: 340 },
      valueFormat: "#,##0",
    },
  ];
}

/** The column letter of the total, for the customer table's formulas. */
export const totalLetter = columnLetters(totalColumn);
