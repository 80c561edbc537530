/**
 * The issue codes of the transaction engine; the transactions job lists them in its `issueCodes`.
 * - transactions.noHeaderRow, transactions.missingField  the sheet does not look like order lines
 * - transactions.<skip reason>  one per skipped non-blank order line (params value: the cell's text, when any)
 * - transactions.fewerThan24Months  once per job: no year-on-year growth (params months)
 */
import { skipReasons } from "./aggregateTypes";

export const transactionIssueCodes: readonly string[] = [
  "transactions.noHeaderRow",
  "transactions.missingField",
  ...skipReasons.filter((reason) => reason !== "blank").map((reason) => `transactions.${reason}`),
  "transactions.fewerThan24Months",
];
