/**
 * Loads the order lines of a CSV (UTF-8 or GB18030) or Parquet file into DuckDB as the relation aggregate.sql reads:
 * order_lines(line_no, date_text, customer, sku, product, quantity_text, unit_price_text, amount_text).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { createReadStream, createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { once } from "node:events";
import { extname } from "node:path";
import type { FileColumn } from "./orderColumns";
import { fieldColumns, missingFields, orderLineSelect, quoteLiteral } from "./orderColumns";
import { TransactionsFileError } from "./transactionsFileError";

export type FileEncoding = "utf-8" | "gb18030";

/** The bytes looked at to tell UTF-8 from GB18030 before DuckDB reads the file (it fails later on bad UTF-8 too). */
const sniffBytes = 1 << 20;

/** True for a Parquet file: the .parquet/.parq extension or the "PAR1" magic bytes. */
export async function isParquet(path: string): Promise<boolean> {
  if ([".parquet", ".parq"].includes(extname(path).toLowerCase())) return true;
  const file = await open(path, "r");
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.toString("latin1") === "PAR1";
  } finally {
    await file.close();
  }
}

/** True when the file's first megabyte is valid UTF-8 (a character cut at the end is fine). */
export async function startsAsUtf8(path: string): Promise<boolean> {
  const file = await open(path, "r");
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(sniffBytes), 0, sniffBytes, 0);
    new TextDecoder("utf-8", { fatal: true }).decode(buffer.subarray(0, bytesRead), { stream: true });
    return true;
  } catch {
    return false;
  } finally {
    await file.close();
  }
}

/** Writes a GB18030 file as UTF-8, a chunk at a time (TextDecoder keeps a character cut between chunks). */
export async function transcodeGb18030(path: string, target: string): Promise<void> {
  const decoder = new TextDecoder("gb18030");
  const out = createWriteStream(target);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (!out.write(decoder.decode(chunk, { stream: true }))) await once(out, "drain");
  }
  out.end(decoder.decode());
  await once(out, "finish");
}

async function describe(connection: DuckDBConnection, source: string): Promise<FileColumn[]> {
  const reader = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
  const text = (value: unknown): string => (typeof value === "string" ? value : "");
  return reader
    .getRowObjectsJS()
    .map((row) => ({ name: text(row.column_name), type: text(row.column_type) }));
}

async function load(connection: DuckDBConnection, source: string, typed: boolean): Promise<void> {
  const found = fieldColumns(await describe(connection, source));
  const missing = missingFields(found);
  if (missing.length > 0)
    throw new TransactionsFileError("transactionsFile.missingFields", { fields: missing.join(", ") });
  // Insertion order is kept, so rowid is the record's position: the header is record 1.
  await connection.run(
    `CREATE TEMP TABLE order_rows AS SELECT ${orderLineSelect(found, typed)} FROM ${source}`,
  );
  await connection.run("CREATE TEMP VIEW order_lines AS SELECT rowid + 2 AS line_no, * FROM order_rows");
}

/** A CSV as DuckDB reads it: header row, every column text; ragged or odd rows need the careful (serial) reader. */
export function csvSource(path: string, skipLines: number, careful: boolean): string {
  const options = careful ? ", null_padding = true, parallel = false, strict_mode = false" : "";
  return `read_csv(${quoteLiteral(path)}, header = true, all_varchar = true, skip = ${skipLines}${options})`;
}

/** The lines above the header (a title, say) as DuckDB's sniffer finds them; 0 when it cannot tell. */
async function linesAboveHeader(connection: DuckDBConnection, path: string): Promise<number> {
  try {
    const found = await connection.runAndReadAll(
      `SELECT SkipRows AS n FROM sniff_csv(${quoteLiteral(path)})`,
    );
    const n = Number(found.getRowObjectsJS()[0]?.n ?? 0);
    return Number.isInteger(n) && n > 0 ? n : 0;
  } catch (error) {
    if (isInvalidUnicode(error)) throw error;
    return 0;
  }
}

/**
 * Loads a UTF-8 CSV file and returns how many lines sit above its header. The fast reader goes first; when it
 * refuses the file's shape, or sniffs it so that required columns are missing (a ragged row can mislead it), the
 * careful reader tries; and when a title line the sniffer saw turns out to be no title, both try again without
 * skipping it. The last refusal stands.
 */
export async function loadCsv(connection: DuckDBConnection, path: string): Promise<number> {
  const sniffed = await linesAboveHeader(connection, path);
  const skips = sniffed > 0 ? [sniffed, 0] : [0];
  let refusal: unknown = null;
  for (const skipLines of skips) {
    for (const careful of [false, true]) {
      try {
        await load(connection, csvSource(path, skipLines, careful), false);
        return skipLines;
      } catch (error) {
        if (isInvalidUnicode(error)) throw error;
        refusal = error;
        await connection.run("DROP TABLE IF EXISTS order_rows");
      }
    }
  }
  throw refusal;
}

/** Loads a Parquet file, typed columns turned into the texts the sheet engine would see. */
export async function loadParquet(connection: DuckDBConnection, path: string): Promise<void> {
  await load(connection, `read_parquet(${quoteLiteral(path)})`, true);
}

/** True for DuckDB's refusal of bytes that are not UTF-8. */
export function isInvalidUnicode(error: unknown): boolean {
  return error instanceof Error && /invalid unicode|not utf-?8 encoded/i.test(error.message);
}
