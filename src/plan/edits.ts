/**
 * The edit vocabulary: small typed edits, plain JSON data, that both hosts apply in order. Building them touches
 * nothing. Conventions:
 * - `sheet` is the sheet's name as it will be when the edit applies (a sheet created earlier in the same edit list
 *   is referred to by the name its `createSheet` gives; `uniqueSheetName` picks that name at plan time).
 * - Ranges and cells are A1 text on that sheet without the sheet name: "B2:F40", "C3"; whole rows "1:3".
 * - Formulas are Excel's English A1 syntax without the leading "=": "SUM(B2:B9)". References to other sheets quote
 *   names as Excel does: "'Monthly sales'!B2".
 * - Styles are referred to by the names declared in `WorkbookEdit.styles`.
 */
import type { CellStyle, ConditionalStyle, Rgb } from "./cellStyle";
import type { ColumnBlock } from "./workbookEdit";

/** A formula and the value it gives now (written as the cell's cached value). */
export interface FormulaInput {
  readonly formula: string;
  readonly value: number | string | boolean | null;
}

/** A date: the 1900-system serial (whole days, fraction for time); written as a number with a date format. */
export interface DateInput {
  readonly date: number;
}

/**
 * One cell's content. A string is always written as text, never as a formula, whatever it starts with;
 * `null` empties the cell.
 */
export type CellInput = number | string | boolean | null | DateInput | FormulaInput;

/** A rectangle of values whose top-left cell is `at`, row by row; each row may be shorter than the widest. */
export interface CellsEdit {
  readonly kind: "cells";
  readonly sheet: string;
  readonly at: string;
  readonly rows: readonly (readonly CellInput[])[];
  /** Style name for every cell of the rectangle. */
  readonly style?: string;
  /** Style name per column of the rectangle (null: fall back to `style`). */
  readonly columnStyles?: readonly (string | null)[];
  /** Style name per cell, same shape as `rows` (null: fall back to the column's style, then `style`). */
  readonly cellStyles?: readonly (readonly (string | null)[])[];
}

/** Apply a named style to every cell of a range, keeping their values. */
export interface StyleEdit {
  readonly kind: "style";
  readonly sheet: string;
  readonly range: string;
  readonly style: string;
}

/** Create a worksheet. Its name must already be valid and unique (see `uniqueSheetName`). */
export interface CreateSheetEdit {
  readonly kind: "createSheet";
  readonly sheet: string;
  /** 0-based tab position; absent: after the last sheet. */
  readonly position?: number;
  readonly tabColor?: Rgb;
  /** Show gridlines; default true. */
  readonly gridlines?: boolean;
}

export interface MergeEdit {
  readonly kind: "merge";
  readonly sheet: string;
  readonly range: string;
}

/** Widths of consecutive columns from `column` (letters), in characters of the default font (Excel's unit). */
export interface ColumnWidthsEdit {
  readonly kind: "columnWidths";
  readonly sheet: string;
  readonly column: string;
  readonly widths: readonly number[];
}

/** Heights of consecutive rows from `row` (1-based), in points. */
export interface RowHeightsEdit {
  readonly kind: "rowHeights";
  readonly sheet: string;
  readonly row: number;
  readonly heights: readonly number[];
}

/** Freeze the top `rows` rows and the left `columns` columns (0 and 0 unfreezes). */
export interface FreezeEdit {
  readonly kind: "freeze";
  readonly sheet: string;
  readonly rows: number;
  readonly columns: number;
}

/** A link in `cell` to a cell of this workbook; the cell shows `text`. */
export interface HyperlinkEdit {
  readonly kind: "hyperlink";
  readonly sheet: string;
  readonly cell: string;
  readonly target: { readonly sheet: string; readonly cell: string };
  readonly text: string;
  readonly tooltip?: string;
}

/** A defined name. `refersTo` is a formula without "=", e.g. "'Forecast assumptions'!$B$3" or "0.05". */
export interface NameEdit {
  readonly kind: "name";
  readonly name: string;
  readonly refersTo: string;
  /** Sheet the name is scoped to; absent: the workbook. */
  readonly scope?: string;
  readonly comment?: string;
  /** Default true. */
  readonly visible?: boolean;
}

/** Create an Excel table over `range` (its first row holds the headers, which must be distinct text). */
export interface TableEdit {
  readonly kind: "table";
  readonly sheet: string;
  readonly range: string;
  readonly name: string;
  /** e.g. "TableStyleMedium2"; default "TableStyleMedium2". */
  readonly style?: string;
  readonly showRowStripes?: boolean;
}

export type CompareOperator =
  | "between"
  | "notBetween"
  | "equal"
  | "notEqual"
  | "greaterThan"
  | "lessThan"
  | "greaterThanOrEqual"
  | "lessThanOrEqual";

export type ValidationRule =
  | { readonly type: "list"; readonly values: readonly string[] }
  /** Items from a range, as a formula: "$H$2:$H$6" or "'Settings'!$A$2:$A$9". */
  | { readonly type: "list"; readonly source: string }
  | {
      readonly type: "whole" | "decimal" | "date";
      readonly operator: CompareOperator;
      /** Numbers (dates as serials); `max` only with between / notBetween. */
      readonly min: number;
      readonly max?: number;
    }
  | { readonly type: "custom"; readonly formula: string };

export interface ValidationEdit {
  readonly kind: "validation";
  readonly sheet: string;
  readonly range: string;
  readonly rule: ValidationRule;
  /** Default true. */
  readonly allowBlank?: boolean;
  readonly prompt?: { readonly title: string; readonly message: string };
  readonly error?: {
    readonly title: string;
    readonly message: string;
    /** Default "stop". */
    readonly style?: "stop" | "warning" | "information";
  };
}

export type ConditionalRule =
  | {
      readonly type: "cellValue";
      readonly operator: CompareOperator;
      /** Formulas without "=", e.g. "0" or "$B$1". */
      readonly formula1: string;
      readonly formula2?: string;
      readonly style: ConditionalStyle;
    }
  /** True for a cell of the range when the formula, written for the range's top-left cell, is true. */
  | { readonly type: "formula"; readonly formula: string; readonly style: ConditionalStyle }
  | { readonly type: "dataBar"; readonly color: Rgb }
  /** Lowest value → `min`, highest → `max`, 50th percentile → `mid` when given. */
  | { readonly type: "colorScale"; readonly min: Rgb; readonly mid?: Rgb; readonly max: Rgb };

export interface ConditionalFormatEdit {
  readonly kind: "conditionalFormat";
  readonly sheet: string;
  readonly range: string;
  readonly rule: ConditionalRule;
  /** First remove the conditional formats lying wholly inside `range` (a rerun's own), then add this one. */
  readonly replace?: boolean;
}

/**
 * Header/footer text. Tokens the hosts translate: {page} page number, {pages} page count, {sheet} sheet name,
 * {date} print date. Other text is literal (an "&" is escaped by the host).
 */
export interface HeaderFooterText {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

export interface PageSetupEdit {
  readonly kind: "pageSetup";
  readonly sheet: string;
  readonly orientation?: "portrait" | "landscape";
  readonly paperSize?: "A4" | "A3" | "letter";
  /** Fit the width to this many pages (height: as many as needed). */
  readonly fitToWidth?: number;
  /** Rows repeated at the top of every page, e.g. "1:3". */
  readonly printTitleRows?: string;
  readonly printArea?: string;
  readonly header?: HeaderFooterText;
  readonly footer?: HeaderFooterText;
  /** Centre the printout horizontally on the page. */
  readonly centerHorizontally?: boolean;
}

export interface ChartSeries {
  readonly name: string;
  /** Values, sheet-qualified: "'Monthly sales'!$B$5:$M$5". */
  readonly values: string;
  /** The values now, for the chart's cache (hosts that cannot recalculate show these). */
  readonly cache: readonly (number | null)[];
  /** For combination charts: this series drawn as a line on a column chart. */
  readonly type?: "line" | "column";
  readonly color?: Rgb;
  /** Dashed line (e.g. a forecast). */
  readonly dashed?: boolean;
}

export interface ChartEdit {
  readonly kind: "chart";
  readonly sheet: string;
  readonly type: "column" | "bar" | "line";
  readonly title: string;
  /** Categories, sheet-qualified: "'Monthly sales'!$B$4:$M$4", with their text now. */
  readonly categories: { readonly ref: string; readonly cache: readonly string[] };
  readonly series: readonly ChartSeries[];
  readonly xAxisTitle?: string;
  readonly yAxisTitle?: string;
  /** Top-left cell of the chart and its size in points. */
  readonly anchor: { readonly cell: string; readonly width: number; readonly height: number };
  /** Number format of the value axis, e.g. "#,##0". */
  readonly valueFormat?: string;
  /** Where the value axis starts (0 for bars of amounts, so bar lengths compare); absent: the host scales it. */
  readonly valueAxisMin?: number;
  /**
   * Categories in reverse order, so a bar chart lists its first category on top; the value axis then crosses at
   * the maximum category and stays at the bottom (Excel's "Categories in reverse order" + "At maximum category").
   */
  readonly reverseCategories?: boolean;
  /** Draw the legend (default true); false hides it, e.g. for a single series named by the title. */
  readonly legend?: boolean;
}

/**
 * Record in the workbook that `job` owns `range` on `sheet` (a hidden sheet-scoped name `_kaw_<job>`), or the
 * whole sheet with `whole`. `fingerprint` (see `contentFingerprint`) lets a rerun tell whether the person typed
 * into what the job generated.
 */
export interface OwnEdit {
  readonly kind: "own";
  readonly job: string;
  readonly sheet: string;
  readonly range: string;
  readonly whole?: boolean;
  readonly fingerprint?: string;
}

/** Empty every cell of a range the job owns (values and formats back to the default), e.g. before a rewrite. */
export interface ClearEdit {
  readonly kind: "clear";
  readonly sheet: string;
  readonly range: string;
}

/** Delete a worksheet the job owns (only ever one its ownership record says it generated). */
export interface DeleteSheetEdit {
  readonly kind: "deleteSheet";
  readonly sheet: string;
}

export type Edit =
  | ColumnBlock
  | CellsEdit
  | StyleEdit
  | CreateSheetEdit
  | MergeEdit
  | ColumnWidthsEdit
  | RowHeightsEdit
  | FreezeEdit
  | HyperlinkEdit
  | NameEdit
  | TableEdit
  | ValidationEdit
  | ConditionalFormatEdit
  | PageSetupEdit
  | ChartEdit
  | OwnEdit
  | ClearEdit
  | DeleteSheetEdit;

export type EditKind = Edit["kind"];

/** Named styles an edit list refers to. */
export type StyleSheet = Readonly<Record<string, CellStyle>>;

/**
 * Everything one job run changes: named styles, then edits applied in order. (`WorkbookEdit` in workbookEdit.ts
 * becomes this shape once both hosts apply every kind.)
 */
export interface EditList {
  readonly styles?: StyleSheet;
  readonly changes: readonly Edit[];
}

/** Excel's sheet size. */
export const maxRows = 1048576;
export const maxColumns = 16384;
