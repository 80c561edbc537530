/**
 * What a records run reports: the customers chosen, the record sheets created and kept, the sheets written; its
 * `--json` object (product contract) and the summary rows a person reads.
 */
import type { Issue, Lang } from "../../domain/types";
import { t } from "../../i18n";
import type { JobReport } from "../jobDefinition";
import type { CustomerFacts } from "./customerFacts";

export interface RecordsReport extends JobReport {
  readonly job: "records";
  readonly command: "records";
  readonly sheet: string;
  /** The customers chosen, in sheet order. */
  readonly customers: readonly string[];
  /** Development record sheets created by this run. */
  readonly created: readonly string[];
  /** Development record sheets that were there already and were left as they are. */
  readonly kept: readonly string[];
  readonly visitSheet: string;
  readonly prepSheet: string;
  readonly indexSheet: string;
  readonly issues: readonly Issue[];
}

/** Assemble the report of a run. */
export function recordsReport(parts: {
  lang: Lang;
  sheet: string;
  selected: readonly CustomerFacts[];
  created: readonly string[];
  kept: readonly string[];
  visits: string;
  prep: string;
  index: string;
}): RecordsReport {
  return {
    job: "records",
    command: "records",
    lang: parts.lang,
    sheet: parts.sheet,
    customers: parts.selected.map((customer) => customer.name),
    created: parts.created,
    kept: parts.kept,
    visitSheet: parts.visits,
    prepSheet: parts.prep,
    indexSheet: parts.index,
    issues: [],
  };
}

/** The `--json` object: stable keys. */
export function recordsJson(report: RecordsReport): Readonly<Record<string, unknown>> {
  return {
    command: report.command,
    sheet: report.sheet,
    customers: report.customers,
    created: report.created,
    kept: report.kept,
    visitSheet: report.visitSheet,
    prepSheet: report.prepSheet,
    indexSheet: report.indexSheet,
  };
}

/** Customers chosen, record sheets created and kept, the other sheets written. */
export function recordsSummary(report: RecordsReport, lang: Lang): [string, string][] {
  const list = (items: readonly string[]) =>
    items.length === 0 ? "—" : items.join(lang === "zh-CN" ? "、" : ", ");
  const first = (items: readonly string[]) => (items.length > 10 ? [...items.slice(0, 10), "…"] : items);
  return [
    [t(lang, "jobs.records.customers"), `${report.customers.length}`],
    [t(lang, "jobs.records.created"), `${report.created.length}  ${list(first(report.created))}`],
    [t(lang, "jobs.records.kept"), `${report.kept.length}  ${list(first(report.kept))}`],
    [t(lang, "jobs.records.sheets"), list([report.visitSheet, report.prepSheet, report.indexSheet])],
  ];
}
