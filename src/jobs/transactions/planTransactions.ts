/**
 * The transactions job's plan (method step 4): the order lines aggregated (from the transactions sheet, or handed
 * in by the CLI from a CSV or Parquet file), the Monthly sales, Monthly volume and SKU analysis sheets, and the six
 * columns on the customer table.
 */
import type { Issue, Lang } from "../../domain/types";
import type { TxAggregate } from "../../domain/transactions/aggregateTypes";
import { aggregateLines } from "../../domain/transactions/aggregate";
import { detectTransactions } from "../../domain/transactions/txColumns";
import { customerMetrics } from "../../domain/transactions/txMetrics";
import { catalog } from "../../i18n";
import type { Edit } from "../../plan/edits";
import { planGeneratedSheet } from "../../plan/generatedSheet";
import type { JobInput, JobOutcome } from "../jobDefinition";
import { monthlySheetContent } from "./monthlySheet";
import { skuSheetContent } from "./skuSheet";
import { planCustomerColumns } from "./txCustomerColumns";
import { txReport } from "./txReport";
import type { TxJobReport } from "./txReport";
import { txStyles } from "./txStyles";

/** Order lines the CLI aggregated from a file (DuckDB), handed to the plan instead of a sheet. */
export interface PrecomputedTransactions {
  readonly file: string;
  readonly aggregate: TxAggregate;
  readonly issues: readonly Issue[];
}

/** The aggregated order lines of a run, where they came from, and the language of the sheet's headers. */
export type TransactionsSource =
  | { ok: true; aggregate: TxAggregate; issues: readonly Issue[]; source: string; lang: Lang | null }
  | { ok: false; issues: readonly Issue[] };

/** The order lines of a run: the CLI's precomputed file aggregate, else the transactions sheet aggregated. */
export function readTransactions(input: JobInput): TransactionsSource {
  const given = input.precomputed?.transactions as PrecomputedTransactions | undefined;
  if (given)
    return { ok: true, aggregate: given.aggregate, issues: given.issues, source: given.file, lang: null };
  const sheet = input.sheets.transactions ?? "";
  const snapshot = input.workbook.sheets.get(sheet);
  if (!snapshot) return { ok: false, issues: [{ code: "edit.unknownSheet", sheet }] };
  const detected = detectTransactions(snapshot.grid, input.overrides?.transactions ?? {});
  if (!detected.ok) return detected;
  const { aggregate, issues } = aggregateLines(snapshot.grid, detected.layout);
  return { ok: true, aggregate, issues, source: sheet, lang: detected.layout.language };
}

/** Plan the transactions job. */
export function planTransactions(input: JobInput): JobOutcome<TxJobReport> {
  const source = readTransactions(input);
  if (!source.ok) return source;
  const lang: Lang = input.lang ?? source.lang ?? "zh-CN";
  const { aggregate } = source;
  const { metrics, issues: metricIssues } = customerMetrics(aggregate);
  const customers = planCustomerColumns(input, metrics, lang);
  if (!customers.ok) return customers;
  const texts = catalog(lang).txSheets;
  const edits: Edit[] = [...customers.edits];
  const sheets: string[] = [];
  const slots = [
    {
      slot: "sales",
      name: texts.sales.sheet,
      build: (s: string) => monthlySheetContent(s, aggregate, "amount", texts.sales),
    },
    {
      slot: "volume",
      name: texts.volume.sheet,
      build: (s: string) => monthlySheetContent(s, aggregate, "quantity", texts.volume),
    },
    { slot: "skus", name: texts.skus.sheet, build: (s: string) => skuSheetContent(s, aggregate, texts.skus) },
  ];
  for (const { slot, name, build } of slots) {
    const planned = planGeneratedSheet(
      // Each sheet's name must not clash with the ones planned before it in this run.
      { ...input.workbook, sheetNames: [...input.workbook.sheetNames, ...sheets] },
      {
        job: "transactions",
        slot,
        name,
        tabColor: "548235",
        ...(input.newCopy ? { newCopy: true } : {}),
        build,
      },
    );
    if (!planned.ok) return planned;
    sheets.push(planned.sheet);
    edits.push(...planned.edits);
  }
  const issues: Issue[] = [...source.issues, ...metricIssues, ...customers.issues];
  return {
    ok: true,
    edit: { styles: txStyles(), changes: edits },
    report: txReport({
      lang,
      source: source.source,
      fromFile: input.precomputed?.transactions !== undefined,
      aggregate,
      metrics,
      customers,
      sheets,
      issues,
    }),
  };
}
