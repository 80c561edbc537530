/**
 * Files that stand in for a job's sheet on the command line: `--<role>-file PATH` (today the transactions job's
 * order lines from a CSV or Parquet file, aggregated by DuckDB). The reader's result reaches the job's plan as
 * `JobInput.precomputed[role]`. CLI only: DuckDB never enters the task pane's bundle.
 */
import { basename } from "node:path";
import type { Issue, Lang } from "../domain/types";
import { t } from "../i18n";
import type { PrecomputedTransactions } from "../jobs/transactions/planTransactions";
import { TransactionsFileError } from "./transactionsFile/transactionsFileError";
import { CliFailure } from "./cliFailure";

export interface RoleFileReader {
  readonly job: string;
  readonly role: string;
  /** Read the file; throws CliFailure with a message in `lang` when it cannot. */
  read(path: string, lang: Lang): Promise<unknown>;
}

async function readOrderFile(path: string, lang: Lang): Promise<PrecomputedTransactions> {
  const file = basename(path);
  try {
    // DuckDB's native module loads only when a file is given, not on every kaw start.
    const { aggregateOrderFile } = await import("./transactionsFile/duckdbAggregate");
    const { aggregate, issues } = await aggregateOrderFile(path);
    const located: Issue[] = issues.map((issue) => ({
      code: `transactions.${issue.reason}`,
      sheet: file,
      line: issue.line,
      field: issue.field,
      ...(issue.value !== undefined ? { params: { value: issue.value } } : {}),
    }));
    return { file, aggregate, issues: located };
  } catch (error) {
    if (!(error instanceof TransactionsFileError)) throw error;
    const key =
      error.code === "transactionsFile.missingFields"
        ? "cli.error.fileMissingFields"
        : "cli.error.fileUnreadable";
    throw new CliFailure(t(lang, key, { path, ...error.params }), { cause: error });
  }
}

/** Every file reader, by job and role. */
export const roleFileReaders: readonly RoleFileReader[] = [
  { job: "transactions", role: "transactions", read: readOrderFile },
  { job: "forecast", role: "transactions", read: readOrderFile },
];

/** The reader of a job's role, if the role takes a file. */
export function roleFileReader(job: string, role: string): RoleFileReader | undefined {
  return roleFileReaders.find((reader) => reader.job === job && reader.role === role);
}
