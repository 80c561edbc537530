import type { SheetSnapshot } from "./sheetSnapshot";

/**
 * What a job run reads in one host transaction: every sheet's name, the ownership records on every sheet, and
 * the full snapshots of the sheets the job declared it reads.
 */
export interface WorkbookSnapshot {
  /** Every worksheet's name, in tab order (hidden ones included: a new sheet's name must not clash with them). */
  readonly sheetNames: readonly string[];
  /** Snapshots of the sheets read, by name as given in the request. */
  readonly sheets: ReadonlyMap<string, SheetSnapshot>;
  /** Sheets a job generated as a whole (an `own` record with `whole`), by job key. */
  readonly generated: readonly GeneratedSheet[];
}

/** A sheet a job created and records as its own. */
export interface GeneratedSheet {
  readonly job: string;
  readonly sheet: string;
  readonly fingerprint?: string;
}
