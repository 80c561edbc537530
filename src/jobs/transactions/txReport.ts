/**
 * What a transactions run reports: order lines read, skipped (with why), amounts computed from quantity × price,
 * returns, unknown customers, the months covered, the top customers and the sheets written; its `--json` object
 * (product contract) and the summary rows a person reads.
 */
import type { Issue, Lang } from "../../domain/types";
import type { SkipReason, TxAggregate } from "../../domain/transactions/aggregateTypes";
import type { CustomerMetrics } from "../../domain/transactions/txMetrics";
import { issueText, t } from "../../i18n";
import type { JobReport } from "../jobDefinition";
import type { CustomerColumnsPlan } from "./txCustomerColumns";
import { rankedRows } from "./monthlySheet";

export interface TxJobReport extends JobReport {
  readonly job: "transactions";
  readonly command: "transactions";
  /** The transactions sheet, or the file the CLI read. */
  readonly source: string;
  readonly fromFile: boolean;
  readonly rowsRead: number;
  readonly skipped: Readonly<Record<SkipReason, number>>;
  readonly amountsComputed: number;
  readonly returns: number;
  readonly customers: number;
  readonly unknownCustomers: readonly string[];
  /** First and last month covered, "yyyy-mm"; null without a counted line. */
  readonly months: { readonly from: string; readonly to: string; readonly count: number } | null;
  /** The five customers with the largest sales over the period, with them. */
  readonly topCustomers: readonly { readonly name: string; readonly sales: number }[];
  readonly customerSheet: string | null;
  readonly firstColumn: number;
  readonly matched: number;
  readonly sheets: readonly string[];
  readonly issues: readonly Issue[];
}

type CustomersDone = Extract<CustomerColumnsPlan, { ok: true }>;

/** Assemble the report of a run. */
export function txReport(parts: {
  lang: Lang;
  source: string;
  fromFile: boolean;
  aggregate: TxAggregate;
  metrics: readonly CustomerMetrics[];
  customers: CustomersDone;
  sheets: readonly string[];
  issues: readonly Issue[];
}): TxJobReport {
  const { aggregate } = parts;
  const months = aggregate.months;
  return {
    job: "transactions",
    command: "transactions",
    lang: parts.lang,
    source: parts.source,
    fromFile: parts.fromFile,
    rowsRead: aggregate.rowsRead,
    skipped: aggregate.skipped,
    amountsComputed: aggregate.amountsComputed,
    returns: aggregate.returns,
    customers: aggregate.customers.length,
    unknownCustomers: parts.customers.unknown.map((metric) => metric.name),
    months:
      months.length > 0
        ? { from: months[0] ?? "", to: months[months.length - 1] ?? "", count: months.length }
        : null,
    topCustomers: rankedRows(aggregate, "amount")
      .slice(0, 5)
      .map((row) => ({ name: row.customer.name, sales: row.total })),
    customerSheet: parts.customers.sheet,
    firstColumn: parts.customers.firstColumn,
    matched: parts.customers.matched,
    sheets: parts.sheets,
    issues: parts.issues,
  };
}

/** The `--json` object: stable keys. */
export function txJson(report: TxJobReport): Readonly<Record<string, unknown>> {
  return {
    command: report.command,
    source: report.source,
    rowsRead: report.rowsRead,
    skipped: report.skipped,
    amountsComputed: report.amountsComputed,
    returns: report.returns,
    customers: report.customers,
    unknownCustomers: report.unknownCustomers,
    months: report.months,
    topCustomers: report.topCustomers,
    customerSheet: report.customerSheet,
    matched: report.matched,
    sheets: report.sheets,
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

/** Source, lines read and skipped, computed amounts, returns, months, customers, sheets. */
export function txSummary(report: TxJobReport, lang: Lang): [string, string][] {
  const skipped = Object.entries(report.skipped)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${t(lang, `jobs.transactions.skip.${reason as SkipReason}`)} ${count}`);
  const list = (items: readonly string[]) => items.join(lang === "zh-CN" ? "、" : ", ");
  return [
    [t(lang, "jobs.transactions.source"), report.source],
    [t(lang, "jobs.transactions.rowsRead"), String(report.rowsRead)],
    [t(lang, "jobs.transactions.skipped"), skipped.length > 0 ? list(skipped) : "0"],
    [t(lang, "jobs.transactions.computed"), String(report.amountsComputed)],
    [t(lang, "jobs.transactions.returns"), String(report.returns)],
    [
      t(lang, "jobs.transactions.months"),
      report.months ? `${report.months.from} – ${report.months.to} (${report.months.count})` : "—",
    ],
    [
      t(lang, "jobs.transactions.customers"),
      `${report.customers}; ${t(lang, "jobs.transactions.unknown", { count: report.unknownCustomers.length })}`,
    ],
    [t(lang, "jobs.transactions.sheets"), list(report.sheets)],
  ];
}
