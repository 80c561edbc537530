/**
 * The records job as the registry knows it (method steps 6 and 7): the visit record, the visit preparation, a
 * development record sheet per customer and their index.
 */
import { catalog, t } from "../../i18n";
import type { FieldSpec, JobDefinition } from "../jobDefinition";
import { bilingual } from "../jobDefinition";
import { transactionsJob } from "../transactions/transactionsJob";
import { planRecords } from "./planRecords";
import { recordsJson, recordsSummary } from "./recordsReport";
import type { RecordsReport } from "./recordsReport";

const both = bilingual;

// The customer table is found as the transactions job finds it: a header row with a customer-name column.
const nameField: readonly FieldSpec[] = (transactionsJob.reads[1]?.fields ?? []).filter(
  (field) => field.key === "customerName",
);

export const recordsJob: JobDefinition<RecordsReport> = {
  key: "records",
  step: "records",
  names: both((lang) => t(lang, "jobs.records.name")),
  summary: both((lang) => t(lang, "jobs.records.summary")),
  reads: [{ role: "accounts", names: both((lang) => t(lang, "jobs.roles.customers")), fields: nameField }],
  options: [
    {
      key: "customers",
      kind: "text",
      default: "",
      names: both((lang) => t(lang, "jobs.records.customersOption")),
      help: both((lang) => t(lang, "jobs.records.customersHelp")),
      placeholder: both((lang) => t(lang, "jobs.records.customersPlaceholder")),
    },
    {
      key: "tier",
      kind: "text",
      default: "",
      names: both((lang) => t(lang, "jobs.records.tierOption")),
      help: both((lang) => t(lang, "jobs.records.tierHelp")),
      placeholder: both(() => "A,B"),
    },
  ],
  creates: [
    { kind: "sheet", names: both((lang) => catalog(lang).records.visit.sheet) },
    { kind: "sheet", names: both((lang) => catalog(lang).records.prep.sheet) },
    { kind: "sheet", names: both((lang) => t(lang, "jobs.records.perCustomer")) },
    { kind: "sheet", names: both((lang) => catalog(lang).records.index.sheet) },
  ],
  issueCodes: [
    "records.unknownCustomer",
    "records.badTier",
    "records.noTierColumn",
    "transactions.noCustomerTable",
  ],
  plan: planRecords,
  describe: (report, lang) =>
    t(lang, "jobs.records.done", {
      customers: report.customers.length,
      created: report.created.length,
      kept: report.kept.length,
    }),
  summarize: recordsSummary,
  toJson: recordsJson,
  locateHeaders: (snapshot, role) =>
    transactionsJob.locateHeaders(snapshot, role === "accounts" ? "customers" : role),
  example: both((lang) => t(lang, "jobs.records.example")),
};
