/**
 * What a forecast run reports: customers forecast, by method, the months forecast, the largest forecasts, how many
 * customers are worth developing, and the sheets written; its `--json` object and the summary rows.
 */
import type { Issue, Lang } from "../../domain/types";
import { issueText, t } from "../../i18n";
import type { JobReport } from "../jobDefinition";
import type { AssumptionsPlan } from "./planAssumptions";
import type { CustomerForecast } from "./forecastSheet";
import type { ValueBlockPlan } from "./forecastBlock";

export interface ForecastReport extends JobReport {
  readonly job: "forecast";
  readonly command: "forecast";
  readonly source: string;
  readonly sheet: string;
  readonly customers: number;
  readonly methods: Readonly<Record<"ets" | "holt" | "mean", number>>;
  readonly months: { readonly from: string; readonly to: string };
  /** The five largest 12-month forecasts. */
  readonly top: readonly {
    readonly name: string;
    readonly total: number;
    readonly low80: number;
    readonly high80: number;
  }[];
  readonly worthDeveloping: number;
  readonly forecastSheet: string;
  readonly assumptionsSheet: string;
  readonly assumptionsCreated: boolean;
  readonly firstColumn: number;
  readonly issues: readonly Issue[];
  /**
   * Per customer, largest forecast first (at most `seriesCustomers`), what the task pane's chart draws: the last
   * months of history (`historyMonths`) and the monthly forecast with its 80 % interval (`months`). Not in `--json`.
   */
  readonly series: {
    readonly historyMonths: readonly string[];
    readonly customers: readonly CustomerSeries[];
  };
}

/** One customer's chart data: history aligned with `series.historyMonths`, forecast and interval by month. */
export interface CustomerSeries {
  readonly name: string;
  readonly history: readonly number[];
  readonly forecast: readonly number[];
  readonly low80: readonly number[];
  readonly high80: readonly number[];
  readonly total: number;
  readonly low80Total: number;
  readonly high80Total: number;
}

/** How many customers' series a report carries, and how many months of history each. */
export const seriesCustomers = 200;
export const seriesHistoryMonths = 24;

/** Assemble the report of a run. */
export function forecastReport(parts: {
  lang: Lang;
  source: string;
  sheet: string;
  forecasts: readonly CustomerForecast[];
  months: readonly string[];
  /** The months of the history, oldest first, aligned with each forecast's `history`. */
  historyMonths: readonly string[];
  forecastSheet: string;
  assumptions: Extract<AssumptionsPlan, { ok: true }>;
  block: Extract<ValueBlockPlan, { ok: true }>;
  issues: readonly Issue[];
}): ForecastReport {
  const methods = { ets: 0, holt: 0, mean: 0 };
  for (const forecast of parts.forecasts) methods[forecast.result.method] += 1;
  return {
    job: "forecast",
    command: "forecast",
    lang: parts.lang,
    source: parts.source,
    sheet: parts.sheet,
    customers: parts.forecasts.length,
    methods,
    months: { from: parts.months[0] ?? "", to: parts.months[parts.months.length - 1] ?? "" },
    top: parts.forecasts.slice(0, 5).map(({ name, result }) => ({
      name,
      total: result.total.value,
      low80: result.total.low80,
      high80: result.total.high80,
    })),
    worthDeveloping: parts.block.worth,
    forecastSheet: parts.forecastSheet,
    assumptionsSheet: parts.assumptions.sheet,
    assumptionsCreated: parts.assumptions.created.length > 0,
    firstColumn: parts.block.firstColumn,
    issues: parts.issues,
    series: {
      historyMonths: parts.historyMonths.slice(-seriesHistoryMonths),
      customers: parts.forecasts.slice(0, seriesCustomers).map(({ name, history, result }) => ({
        name,
        history: history.slice(-seriesHistoryMonths),
        forecast: result.forecast,
        low80: result.low80,
        high80: result.high80,
        total: result.total.value,
        low80Total: result.total.low80,
        high80Total: result.total.high80,
      })),
    },
  };
}

/** The `--json` object: stable keys. */
export function forecastJson(report: ForecastReport): Readonly<Record<string, unknown>> {
  return {
    command: report.command,
    source: report.source,
    sheet: report.sheet,
    customers: report.customers,
    methods: report.methods,
    months: report.months,
    top: report.top,
    worthDeveloping: report.worthDeveloping,
    forecastSheet: report.forecastSheet,
    assumptionsSheet: report.assumptionsSheet,
    assumptionsCreated: report.assumptionsCreated,
    issues: report.issues.map((issue) => ({
      sheet: issue.sheet ?? null,
      cell: issue.cell ?? null,
      line: issue.line ?? null,
      field: issue.field ?? null,
      code: issue.code,
      message: issueText(report.lang, issue, "short"),
    })),
  };
}

/** Customers, methods, months, worth developing, sheets. */
export function forecastSummary(report: ForecastReport, lang: Lang): [string, string][] {
  return [
    [t(lang, "jobs.forecast.customers"), String(report.customers)],
    [t(lang, "jobs.forecast.methods"), t(lang, "jobs.forecast.methodLine", { ...report.methods })],
    [t(lang, "jobs.forecast.months"), `${report.months.from} – ${report.months.to}`],
    [t(lang, "jobs.forecast.worth"), String(report.worthDeveloping)],
    [
      t(lang, "jobs.forecast.sheets"),
      [report.forecastSheet, report.assumptionsSheet].join(lang === "zh-CN" ? "、" : ", "),
    ],
  ];
}
