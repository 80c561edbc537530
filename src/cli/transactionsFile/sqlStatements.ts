/**
 * The statements of aggregate.sql, by name. The file is read at run time from next to this module, or from the
 * source tree when the compiled module in lib/ has no copy beside it (tsc does not copy .sql files).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export type StatementName =
  "tx_groups" | "counts" | "customers" | "customer_months" | "customer_skus" | "skus" | "issues";

const statementNames: readonly StatementName[] = [
  "tx_groups",
  "counts",
  "customers",
  "customer_months",
  "customer_skus",
  "skus",
  "issues",
];
const marker = /^-- @statement ([a-z_]+)$/;

/** Where aggregate.sql is: beside this module (src/) or in the source tree (beside lib/, the compiled CLI). */
export function aggregateSqlPath(): string {
  const beside = join(__dirname, "aggregate.sql");
  return existsSync(beside) ? beside : resolve(__dirname, "../../../src/cli/transactionsFile/aggregate.sql");
}

/**
 * Splits a SQL text at its "-- @statement <name>" lines; the text before the first marker (comments) is dropped.
 * @example splitStatements("-- x\n-- @statement counts\nSELECT 1\n") //=> { counts: "SELECT 1" }
 */
export function splitStatements(sql: string): Partial<Record<string, string>> {
  const statements: Partial<Record<string, string>> = {};
  let name: string | null = null;
  let body: string[] = [];
  const flush = (): void => {
    if (name !== null) statements[name] = body.join("\n").trim();
  };
  for (const line of sql.split(/\r?\n/)) {
    const found = marker.exec(line);
    if (found === null) {
      body.push(line);
      continue;
    }
    flush();
    [name, body] = [found[1] ?? "", []];
  }
  flush();
  return statements;
}

/** Every statement of aggregate.sql; throws when one is missing (a broken install, not bad input). */
export function aggregateStatements(): Readonly<Record<StatementName, string>> {
  const found = splitStatements(readFileSync(aggregateSqlPath(), "utf8"));
  const missing = statementNames.filter((name) => found[name] === undefined);
  if (missing.length > 0) throw new Error(`aggregate.sql lacks the statements ${missing.join(", ")}`);
  return found as Record<StatementName, string>;
}
