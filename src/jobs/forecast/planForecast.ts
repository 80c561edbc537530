/**
 * The forecast job's plan (method step 2.6): the order lines aggregated (as the transactions job does), each
 * customer's next 12 months forecast, the Sales forecast sheet, the Forecast assumptions sheet (created with the
 * defaults when missing, never reset), and nine columns on the customer table as live formulas over the forecast
 * total and the named assumption cells, each with its cached value.
 */
import { monthText } from "../../domain/transactions/txSerial";
import type { Issue, Lang } from "../../domain/types";
import { forecastSeries } from "../../domain/forecast/forecastSeries";
import { catalog } from "../../i18n";
import type { Edit } from "../../plan/edits";
import { planGeneratedSheet } from "../../plan/generatedSheet";
import { quoteSheet } from "../../plan/range";
import type { JobInput, JobOutcome } from "../jobDefinition";
import { readTransactions } from "../transactions/planTransactions";
import { assumptionStyles } from "./assumptionsSheet";
import { planAssumptions } from "./planAssumptions";
import { forecastCustomers } from "./forecastCustomers";
import type { CustomerForecast } from "./forecastSheet";
import { forecastSheetContent, totalLetter } from "./forecastSheet";
import { forecastStyles } from "./forecastStyles";
import { planValueBlock } from "./forecastBlock";
import { forecastReport } from "./forecastReport";
import type { ForecastReport } from "./forecastReport";

/** The 12 calendar months after "yyyy-mm". */
export function nextMonths(last: string, count = 12): string[] {
  const [year, month] = last.split("-").map(Number);
  const index = (year ?? 0) * 12 + (month ?? 1) - 1;
  return Array.from({ length: count }, (_, i) => monthText(index + 1 + i));
}

/** A customer's history from its first month with sales to the data's last month. */
function trimmed(history: readonly number[]): number[] {
  const first = history.findIndex((value) => value !== 0);
  return first < 0 ? [] : history.slice(first);
}

/** Plan the forecast job. */
export function planForecast(input: JobInput): JobOutcome<ForecastReport> {
  const source = readTransactions(input);
  if (!source.ok) return source;
  const lang: Lang = input.lang ?? source.lang ?? "zh-CN";
  const { aggregate } = source;
  if (aggregate.months.length === 0)
    return { ok: false, issues: [{ code: "forecast.noSales", sheet: source.source }] };
  const sheetName = input.sheets.customers ?? "";
  const snapshot = input.workbook.sheets.get(sheetName);
  if (!snapshot) return { ok: false, issues: [{ code: "edit.unknownSheet", sheet: sheetName }] };
  const owned = snapshot.owned.find((block) => block.job === "forecast")?.rect;
  const table = forecastCustomers(
    snapshot.grid,
    owned ? { first: owned.left, last: owned.right } : undefined,
  );
  if (!table.ok) return table;
  const assumptions = planAssumptions(input, lang);
  if (!assumptions.ok) return assumptions;

  const byKey = new Map(aggregate.customers.map((customer) => [customer.key, customer]));
  const onTable = new Set(table.customers.map((customer) => customer.key));
  const forecasts: (CustomerForecast & { key: string })[] = [
    // A table customer's row on the Sales forecast sheet carries its name exactly as the table writes it.
    ...table.customers.map((customer) => ({
      key: customer.key,
      name: customer.written,
      history: byKey.get(customer.key)?.monthlyAmount ?? [],
    })),
    ...aggregate.customers
      .filter((customer) => !onTable.has(customer.key))
      .map((customer) => ({ key: customer.key, name: customer.name, history: customer.monthlyAmount })),
  ].map((customer) => ({ ...customer, result: forecastSeries(trimmed(customer.history)) }));
  forecasts.sort(
    (a, b) => b.result.total.value - a.result.total.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const months = nextMonths(aggregate.months[aggregate.months.length - 1] ?? "");

  const texts = catalog(lang);
  const edits: Edit[] = [...assumptions.edits];
  let forecastSheet = "";
  const planned = planGeneratedSheet(
    { ...input.workbook, sheetNames: [...input.workbook.sheetNames, ...assumptions.created] },
    {
      job: "forecast",
      slot: "sales",
      name: texts.forecastSheet.sheet,
      tabColor: "BF8F00",
      ...(input.newCopy ? { newCopy: true } : {}),
      build: (sheet) => forecastSheetContent(sheet, forecasts, months, aggregate.months, texts.forecastSheet),
    },
  );
  if (!planned.ok) return planned;
  forecastSheet = planned.sheet;
  edits.push(...planned.edits);
  // The forecast total is looked up by the customer's name, not by its row: a later run for another customer
  // table rewrites the Sales forecast sheet in another order, and a row reference would then point at someone else.
  const nameCellOf = new Map(table.customers.map((customer) => [customer.key, customer.nameCell]));
  const column = (letter: string) => `${quoteSheet(forecastSheet)}!$${letter}:$${letter}`;
  const totalRef = (key: string) =>
    `IFERROR(INDEX(${column(totalLetter)},MATCH(${nameCellOf.get(key) ?? "A1"},${column("A")},0)),0)`;
  const totals = new Map(forecasts.map((forecast) => [forecast.key, forecast.result.total.value]));
  const block = planValueBlock(snapshot, table.table, table.customers, {
    totalRef,
    totals,
    assumptions: assumptions.values,
    lang,
  });
  if (!block.ok) return block;
  edits.push(block.edit);
  const issues: Issue[] = [...source.issues];
  return {
    ok: true,
    edit: { styles: { ...assumptionStyles, ...forecastStyles() }, changes: edits },
    report: forecastReport({
      lang,
      source: source.source,
      sheet: sheetName,
      forecasts,
      months,
      historyMonths: aggregate.months,
      forecastSheet,
      assumptions,
      block,
      issues,
    }),
  };
}
