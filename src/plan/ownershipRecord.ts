/**
 * How an ownership record is kept in the workbook, the same in both hosts: a hidden name `_kaw_<job>` scoped to
 * the sheet, referring to the range the job owns (so Excel moves it when rows or columns are inserted), with a
 * comment saying whether the job generated the whole sheet and the fingerprint of what it wrote.
 */

/** Prefix of the names that record what the product owns: `_kaw_ratios`. */
export const ownershipPrefix = "_kaw_";

/** The record name of a job. */
export function ownershipName(job: string): string {
  return `${ownershipPrefix}${job}`;
}

export interface OwnershipFacts {
  readonly whole: boolean;
  readonly fingerprint?: string;
}

/**
 * The name's comment for a record: "kaw sheet fp=1a2b3c4d" for a generated sheet, "kaw fp=…" for a range;
 * "" for a plain range without fingerprint (the ratio job's block, as written before comments existed).
 * @example ownershipComment({ whole: true, fingerprint: "9f3a" }) //=> "kaw sheet fp=9f3a"
 */
export function ownershipComment(facts: OwnershipFacts): string {
  const parts = [facts.whole ? "sheet" : "", facts.fingerprint ? `fp=${facts.fingerprint}` : ""].filter(
    Boolean,
  );
  return parts.length === 0 ? "" : `kaw ${parts.join(" ")}`;
}

/** Read a record's comment back; anything else (absent, edited by hand) reads as a plain range. */
export function parseOwnershipComment(comment: string | null | undefined): OwnershipFacts {
  const words = (comment ?? "").trim().split(/\s+/);
  if (words[0] !== "kaw") return { whole: false };
  const fp = words.find((word) => word.startsWith("fp="))?.slice(3);
  return { whole: words.includes("sheet"), ...(fp ? { fingerprint: fp } : {}) };
}
