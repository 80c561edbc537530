/**
 * The CLI's DuckDB engine: order lines from a CSV (UTF-8 or GB18030) or Parquet file, aggregated by aggregate.sql in
 * an in-memory DuckDB, into the same TxAggregate the in-sheet engine gives for the same lines. CLI only: the task
 * pane never imports this folder (DuckDB is a native module).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { join } from "node:path";
import type { SkipReason, TxAggregate } from "../../domain/transactions/aggregateTypes";
import type { TxField } from "../../domain/transactions/txColumns";
import { trimSpelling } from "../../domain/transactions/txText";
import type { ResultRow } from "./assemble";
import { assembleAggregate, num } from "./assemble";
import { recordLines } from "./csvLines";
import type { FileEncoding } from "./orderSource";
import {
  isInvalidUnicode,
  isParquet,
  loadCsv,
  loadParquet,
  startsAsUtf8,
  transcodeGb18030,
} from "./orderSource";
import { withDuckDb } from "./duckdbSession";
import { aggregateStatements } from "./sqlStatements";
import { TransactionsFileError } from "./transactionsFileError";

export interface OrderFileOptions {
  /** The CSV's encoding; without it, a file that is not UTF-8 is read as GB18030. Parquet ignores it. */
  readonly encoding?: FileEncoding;
}

/** A skipped non-blank order line: its file line (CSV: the header is line 1), why, the field and its text. */
export interface OrderFileIssue {
  readonly line: number;
  readonly reason: SkipReason;
  readonly field: TxField;
  readonly value?: string;
}

export interface OrderFileResult {
  readonly aggregate: TxAggregate;
  /** The first 1000 issues, in line order (the skipped counts are always complete). */
  readonly issues: OrderFileIssue[];
}

async function rowsOf(connection: DuckDBConnection, sql: string): Promise<ResultRow[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS();
}

async function aggregateLoaded(
  connection: DuckDBConnection,
): Promise<{ aggregate: TxAggregate; issueRows: ResultRow[] }> {
  const sql = aggregateStatements();
  await connection.run(`CREATE TEMP TABLE tx_groups AS ${sql.tx_groups}`);
  const [counts] = await rowsOf(connection, sql.counts);
  const aggregate = assembleAggregate({
    counts: counts ?? {},
    customers: await rowsOf(connection, sql.customers),
    customerMonths: await rowsOf(connection, sql.customer_months),
    customerSkus: await rowsOf(connection, sql.customer_skus),
    skus: await rowsOf(connection, sql.skus),
  });
  return { aggregate, issueRows: await rowsOf(connection, sql.issues) };
}

/** Where the CSV DuckDB read is, and how many lines sit above its header; null for Parquet. */
interface CsvRead {
  readonly path: string;
  readonly skipLines: number;
}

async function issuesOf(rows: readonly ResultRow[], csv: CsvRead | null): Promise<OrderFileIssue[]> {
  const records = rows.map((row) => num(row.line_no));
  const lines =
    csv === null || records.length === 0
      ? new Map<number, number>()
      : await recordLines(csv.path, records, csv.skipLines);
  return rows.map((row, i) => {
    const record = records[i] ?? 0;
    const value = typeof row.value === "string" ? trimSpelling(row.value) : "";
    return {
      line: lines.get(record) ?? record + (csv?.skipLines ?? 0),
      reason: row.reason as SkipReason,
      field: row.field as TxField,
      ...(value === "" ? {} : { value }),
    };
  });
}

/**
 * Loads a CSV as UTF-8: a GB18030 file (told, or bad UTF-8 in its first megabyte or later) is transcoded to a
 * temporary UTF-8 file first. Returns the file DuckDB read and the lines above its header, to number issues.
 */
async function loadCsvFile(
  connection: DuckDBConnection,
  scratch: string,
  path: string,
  encoding: FileEncoding | undefined,
): Promise<CsvRead> {
  const transcoded = join(scratch, "orders.utf8.csv");
  const loadTranscoded = async (): Promise<CsvRead> => {
    await transcodeGb18030(path, transcoded);
    return { path: transcoded, skipLines: await loadCsv(connection, transcoded) };
  };
  if (encoding === "gb18030" || (encoding === undefined && !(await startsAsUtf8(path))))
    return loadTranscoded();
  try {
    return { path, skipLines: await loadCsv(connection, path) };
  } catch (error) {
    if (!isInvalidUnicode(error) || encoding === "utf-8") throw error;
    await connection.run("DROP TABLE IF EXISTS order_rows");
    return loadTranscoded();
  }
}

/**
 * Aggregates the order lines of a CSV or Parquet file with DuckDB (in memory, no server) by the rules of
 * src/domain/transactions/README.md. A CSV that is not UTF-8 (or `encoding: "gb18030"`) is first written as UTF-8
 * to a temporary file. Throws TransactionsFileError when the file lacks a required column or cannot be read.
 * @example await aggregateOrderFile("orders.csv") //=> { aggregate: { months: ["2024-03", …], customers: […], … }, issues: [{ line: 7, reason: "badDate", field: "date", value: "2024-02-30" }] }
 */
export async function aggregateOrderFile(
  path: string,
  options: OrderFileOptions = {},
): Promise<OrderFileResult> {
  const aggregated = withDuckDb(async (connection, scratch) => {
    if (await isParquet(path)) {
      await loadParquet(connection, path);
      const { aggregate, issueRows } = await aggregateLoaded(connection);
      return { aggregate, issues: await issuesOf(issueRows, null) };
    }
    const csv = await loadCsvFile(connection, scratch, path, options.encoding);
    const { aggregate, issueRows } = await aggregateLoaded(connection);
    return { aggregate, issues: await issuesOf(issueRows, csv) };
  });
  return aggregated.catch((error: unknown) => {
    throw unreadable(error);
  });
}

function unreadable(error: unknown): unknown {
  if (error instanceof TransactionsFileError) return error;
  return new TransactionsFileError(
    "transactionsFile.unreadable",
    { reason: error instanceof Error ? error.message : String(error) },
    error,
  );
}
