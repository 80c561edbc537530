/**
 * The forecast job as the registry knows it (method step 2.6): each customer's next 12 months of sales and its
 * risk-adjusted development value, as live formulas finance can audit.
 */
import { catalog, t } from "../../i18n";
import type { JobDefinition } from "../jobDefinition";
import { bilingual } from "../jobDefinition";
import { transactionsJob, transactionsJobIssueCodes } from "../transactions/transactionsJob";
import { assumptionIssueCodes } from "./readAssumptions";
import { forecastJson, forecastSummary } from "./forecastReport";
import type { ForecastReport } from "./forecastReport";
import { planForecast } from "./planForecast";
import { valueColumnKeys } from "./valueFormulas";

const both = bilingual;

const [linesRole, customersRole] = transactionsJob.reads;

export const forecastJob: JobDefinition<ForecastReport> = {
  key: "forecast",
  step: "forecast",
  names: both((lang) => t(lang, "jobs.forecast.name")),
  summary: both((lang) => t(lang, "jobs.forecast.summary")),
  reads: [
    // The customer table first: `--sheet` names it, and it defaults to the active sheet.
    {
      role: "customers",
      names: both((lang) => t(lang, "jobs.roles.customers")),
      fields: customersRole?.fields ?? [],
    },
    {
      role: "transactions",
      names: both((lang) => t(lang, "jobs.roles.transactions")),
      fields: linesRole?.fields ?? [],
    },
    {
      role: "assumptions",
      names: both((lang) => catalog(lang).forecast.assumptions.sheet),
      fields: [],
      optional: true,
    },
  ],
  options: [],
  creates: [
    ...valueColumnKeys.map((key) => ({
      kind: "columns" as const,
      names: both((lang) => catalog(lang).forecast.columns[key]),
    })),
    { kind: "sheet", names: both((lang) => catalog(lang).forecastSheet.sheet) },
    { kind: "sheet", names: both((lang) => catalog(lang).forecast.assumptions.sheet) },
  ],
  issueCodes: [
    ...transactionsJobIssueCodes,
    ...assumptionIssueCodes,
    "forecast.noSales",
    "settings.unknownKey",
  ],
  plan: planForecast,
  describe: (report, lang) =>
    t(lang, "jobs.forecast.done", {
      customers: report.customers,
      from: report.months.from,
      to: report.months.to,
      worth: report.worthDeveloping,
    }),
  summarize: forecastSummary,
  toJson: forecastJson,
  locateHeaders: (snapshot, role) => transactionsJob.locateHeaders(snapshot, role),
  example: both((lang) => t(lang, "jobs.forecast.example")),
};
