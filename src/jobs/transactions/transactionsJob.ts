/**
 * The transactions job as the registry knows it (method step 4): order lines → monthly sales and volume, SKU
 * analysis and the customer table's six columns.
 */
import { cellText } from "../../domain/cellText";
import { transactionIssueCodes } from "../../domain/transactions/txIssueCodes";
import { detectTransactions, txFieldNames, txFields } from "../../domain/transactions/txColumns";
import { catalog, t } from "../../i18n";
import type { Bilingual, FieldSpec, HeaderRow, JobDefinition } from "../jobDefinition";
import { bilingual } from "../jobDefinition";
import type { SheetSnapshot } from "../../plan/sheetSnapshot";
import { categoryPurchaseNames, findCustomerTable } from "./customerTable";
import { planTransactions } from "./planTransactions";
import { txColumns, txHeader } from "./txBlock";
import { txJson, txSummary } from "./txReport";
import type { TxJobReport } from "./txReport";

const both = bilingual;

const fieldName = (key: string): Bilingual =>
  both((lang) => (catalog(lang).fields as Readonly<Record<string, string>>)[key] ?? key);

// What each field reads, for `kaw transactions --help`: its recognised names, which say it best in both languages.
const reads = (names: readonly string[]): Bilingual => both(() => names.slice(0, 4).join(", "));

const lineFields: readonly FieldSpec[] = txFields.map((key) => ({
  key,
  names: fieldName(key),
  required: key === "date" || key === "customer",
  reads: reads(txFieldNames[key]),
}));

const customerFields: readonly FieldSpec[] = [
  {
    key: "customerName",
    names: fieldName("customerName"),
    required: true,
    reads: reads(["客户名称", "客户", "Customer", "Customer name"]),
  },
  {
    key: "categoryPurchases",
    names: fieldName("categoryPurchases"),
    required: false,
    reads: reads(categoryPurchaseNames),
  },
];

/** Issue codes of the transactions job beyond the shared ones. */
export const transactionsJobIssueCodes: readonly string[] = [
  ...transactionIssueCodes,
  "transactions.noCustomerTable",
  "transactions.noCategoryPurchases",
  "transactions.unknownCustomer",
];

function headerRowOf(snapshot: SheetSnapshot, role: string): HeaderRow | null {
  const { grid } = snapshot;
  const row = (index: number): HeaderRow => ({
    row: grid.top + index + 1,
    headers: (grid.values[index] ?? []).flatMap((value, c) => {
      const text = cellText(value);
      return text === "" ? [] : [{ column: grid.left + c + 1, text }];
    }),
  });
  if (role === "transactions") {
    const found = detectTransactions(grid);
    return found.ok ? row(found.layout.headerRow - grid.top - 1) : null;
  }
  const table = findCustomerTable(grid);
  return table.ok ? row(table.table.headerRow - grid.top - 1) : null;
}

export const transactionsJob: JobDefinition<TxJobReport> = {
  key: "transactions",
  step: "transactions",
  names: both((lang) => t(lang, "jobs.transactions.name")),
  summary: both((lang) => t(lang, "jobs.transactions.summary")),
  reads: [
    { role: "transactions", names: both((lang) => t(lang, "jobs.roles.transactions")), fields: lineFields },
    {
      role: "customers",
      names: both((lang) => t(lang, "jobs.roles.customers")),
      fields: customerFields,
      optional: true,
    },
  ],
  options: [],
  creates: [
    ...txColumns.map((column) => ({
      kind: "columns" as const,
      names: both((lang) => txHeader(lang, column.key)),
    })),
    { kind: "sheet", names: both((lang) => catalog(lang).txSheets.sales.sheet) },
    { kind: "sheet", names: both((lang) => catalog(lang).txSheets.volume.sheet) },
    { kind: "sheet", names: both((lang) => catalog(lang).txSheets.skus.sheet) },
  ],
  issueCodes: transactionsJobIssueCodes,
  plan: planTransactions,
  describe: (report, lang) =>
    report.months
      ? t(lang, "jobs.transactions.done", {
          rows: report.rowsRead,
          customers: report.customers,
          from: report.months.from,
          to: report.months.to,
        })
      : t(lang, "jobs.transactions.doneEmpty", { rows: report.rowsRead }),
  summarize: txSummary,
  toJson: txJson,
  locateHeaders: headerRowOf,
  example: both((lang) => t(lang, "jobs.transactions.example")),
};
