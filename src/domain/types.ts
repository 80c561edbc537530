/**
 * Shared shapes of the pure engine: what a host read (Grid), and problems found (Issue).
 * Hosts do not interpret cells; the domain does.
 */

/**
 * A raw cell value as a host read it: numbers, strings (error values such as "#N/A" arrive as strings),
 * booleans, and `null` or `""` for an empty cell. Date cells arrive as serial numbers.
 */
export type CellValue = number | string | boolean | null;

/** A rectangle of raw cells read from one sheet. */
export interface Grid {
  /** Sheet name, as shown on the tab. */
  readonly sheet: string;
  /** 0-based sheet row of `values[0]` (0 = row 1). */
  readonly top: number;
  /** 0-based sheet column of `values[r][0]` (0 = column A). */
  readonly left: number;
  /** Row-major cells; rows may be shorter than the widest row (missing cells are empty). */
  readonly values: readonly (readonly CellValue[])[];
}

/** Output and message language. */
export type Lang = "zh-CN" | "en-US";

/**
 * A problem found in untrusted input or a calculation: data, never message text.
 * Messages come from the i18n catalogs, keyed by `code`.
 */
export interface Issue {
  /**
   * What is wrong, e.g. "cell.blank": open per job (a job's own codes live with the job). Every code has a
   * message in both catalogs (tests check the codes of src/domain/issueCodes.ts and of every registered job).
   */
  readonly code: string;
  /** Sheet name, when the issue points into a sheet. */
  readonly sheet?: string;
  /** A1 address of the cell concerned, e.g. "F17". */
  readonly cell?: string;
  /** 1-based line of a file the issue points into (an order-lines CSV); `sheet` then names the file. */
  readonly line?: number;
  /** Field concerned: a key of the job's field catalog, e.g. "currentLiabilities". */
  readonly field?: string;
  /** Values for the message's {{placeholders}}. */
  readonly params?: Readonly<Record<string, string | number>>;
}
