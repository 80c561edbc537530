/**
 * An in-memory DuckDB for one aggregation: no server, no database file; a scratch folder for transcoded input and
 * for what DuckDB spills past its memory limit, removed afterwards.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import type { DuckDBConnection } from "@duckdb/node-api";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * DuckDB's memory before it spills to the scratch folder: keeps the CLI within 2 GB on 10 million lines (~1.4 GB
 * peak with Node), and holds their loaded text table (~1.2 GB) without paging, which at 1 GB cost ~25 % more CPU.
 * DuckDB uses every core by default (its `threads` setting), so nothing sets it here.
 */
export const duckDbMemoryLimit = "1536MB";

/** aggregate.sql says regexp_like (Trino, Spark); DuckDB calls it regexp_matches. */
async function addRegexpLike(connection: DuckDBConnection): Promise<void> {
  const found = await connection.runAndReadAll(
    "SELECT count(*) AS n FROM duckdb_functions() WHERE function_name = 'regexp_like'",
  );
  if (Number(found.getRowObjectsJS()[0]?.n ?? 0) === 0) {
    await connection.run("CREATE MACRO regexp_like(s, p) AS regexp_matches(s, p)");
  }
}

/**
 * Runs `work` with a connection to a fresh in-memory DuckDB and a scratch folder; closes both whatever happens.
 * @example await withDuckDb(async (connection) => (await connection.runAndReadAll("SELECT 42 AS x")).getRowObjectsJS()) //=> [{ x: 42 }]
 */
export async function withDuckDb<T>(
  work: (connection: DuckDBConnection, scratch: string) => Promise<T>,
): Promise<T> {
  const scratch = await mkdtemp(join(tmpdir(), "kaw-duckdb-"));
  try {
    const instance = await DuckDBInstance.create(":memory:", {
      memory_limit: duckDbMemoryLimit,
      temp_directory: join(scratch, "spill"),
    });
    const connection = await instance.connect();
    try {
      await addRegexpLike(connection);
      return await work(connection, scratch);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
