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
  readonly code: IssueCode;
  /** Sheet name, when the issue points into a sheet. */
  readonly sheet?: string;
  /** A1 address of the cell concerned, e.g. "F17". */
  readonly cell?: string;
  /** Canonical field concerned. */
  readonly field?: FieldKey;
  /** Values for the message's {{placeholders}}. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Canonical fields the ratio job understands. */
export type FieldKey =
  | "customerName"
  | "customerId"
  | "currentAssets"
  | "currentLiabilities"
  | "totalAssets"
  | "totalAssetsOpening"
  | "revenue"
  | "costOfSales"
  | "netProfit"
  | "accountsReceivable"
  | "accountsReceivableOpening"
  | "inventory"
  | "inventoryOpening";

/**
 * Every issue code. The catalogs in src/i18n must have a message for each (a test checks it).
 * - cell.*    a cell that should hold a number does not
 * - ratio.*   a ratio could not be computed
 * - source.*  the sheet does not look like a source table
 * - output.*  the job refuses to write
 * - edit.*    a plan's edit list cannot be applied (a bug in a job, caught before anything is written)
 */
export type IssueCode =
  | "cell.blank"
  | "cell.errorValue"
  | "cell.placeholder"
  | "cell.notNumber"
  | "ratio.zeroDenominator"
  | "ratio.negativeDenominator"
  | "source.noHeaderRow"
  | "source.missingField"
  | "source.noDataRows"
  | "output.headerConflict"
  | "output.cellNotEmpty"
  | "output.ownedBlockChanged"
  | "output.sheetProtected"
  | "output.noRoom"
  | "edit.unknownSheet"
  | "edit.badSheetName"
  | "edit.sheetExists"
  | "edit.badRange"
  | "edit.badFormula"
  | "edit.unknownFunction"
  | "edit.unknownStyle"
  | "edit.mergeOverlap"
  | "edit.badName"
  | "edit.badNumber"
  | "edit.listTooLong"
  | "edit.tableTooSmall"
  | "edit.badChart";
