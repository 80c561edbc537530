/** Why an order file could not be aggregated: thrown, caught once at the CLI boundary and shown to the person. */
export type TransactionsFileErrorCode = "transactionsFile.missingFields" | "transactionsFile.unreadable";

export class TransactionsFileError extends Error {
  override readonly name = "TransactionsFileError";
  constructor(
    readonly code: TransactionsFileErrorCode,
    readonly params: Readonly<Record<string, string>> = {},
    override readonly cause?: unknown,
  ) {
    super(`${code}${Object.keys(params).length > 0 ? `: ${JSON.stringify(params)}` : ""}`);
  }
}
