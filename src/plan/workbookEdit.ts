import type { EditList, FormulaInput } from "./edits";

/**
 * A declarative description of what a job changes in a workbook. Building one touches nothing;
 * a host applies it (Office.js in Excel, the package patcher on .xlsx files).
 */

/** A value to write: a number, text (always written as text, never as a formula) or `null` for empty. */
export type OutValue = number | string | null;

/**
 * One cell of a column block: a plain value, or a live formula with its cached value (`FormulaInput`: English A1
 * syntax without "=", other sheets and defined names allowed, portable functions only, checked like a cells
 * edit's formulas). The hosts write the formula itself, never its value alone, and ask for a recalculation.
 * Give a formula column a number format other than "@": Excel keeps a formula sent to a Text cell as text.
 * @example { formula: "'销售预测'!$N$7*kaw_grossMargin", value: 12840.5 }
 */
export type ColumnValue = OutValue | FormulaInput;

/** One output column of a block. */
export interface ColumnWrite {
  /** Stable key, e.g. "currentRatio". */
  readonly key: string;
  /** Header text written in the header row. */
  readonly header: string;
  /** Excel number format code for the data cells, e.g. "0.00", "0.0%", "0", "@" (text). */
  readonly numberFormat: string;
  /** One value or formula per sheet row from `firstRow` to `lastRow` of the block (inclusive). */
  readonly values: readonly ColumnValue[];
}

/**
 * Write a block of adjacent columns beside a source table, in its header row and the rows below.
 * The host writes the header cells (styled like the header cell left of the block), then the values
 * with each column's number format, and records ownership of the block under `job` on that sheet.
 */
export interface ColumnBlock {
  readonly kind: "columnBlock";
  /** Job that owns the block, e.g. "ratios". Ownership is recorded in the workbook under this key. */
  readonly job: string;
  readonly sheet: string;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  /** 1-based sheet column of the block's first column. */
  readonly firstColumn: number;
  /** 1-based sheet rows of the values: `values[i]` goes to row `firstRow + i`. `lastRow >= firstRow - 1`. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: readonly ColumnWrite[];
  /**
   * Rows of a previous run's block below `lastRow` (1-based, inclusive) that the job owned and must now empty,
   * e.g. after rows were deleted from the source. Absent when there is nothing to clear.
   */
  readonly clearTo?: number;
  /** 1-based column of the header cell whose style the new headers copy (usually the block's left neighbour). */
  readonly headerStyleFrom?: number;
  /** Name of the Excel table (ListObject) the source is; the block's columns become its columns. */
  readonly table?: string;
}

/** Everything one job run changes: named styles and the edits of the vocabulary (src/plan/edits.ts), in order. */
export type WorkbookEdit = EditList;

/** Column blocks alone, as the column-block writers of both hosts take them. */
export interface ColumnBlocks {
  readonly changes: readonly ColumnBlock[];
}
