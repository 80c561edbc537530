/**
 * Styles as data: a job declares named styles once (`WorkbookEdit.styles`) and cells refer to them by name. The
 * hosts turn each into Office.js format properties or into `styles.xml` records (reusing identical ones).
 */

/** A colour as six hex digits, RGB, without "#": "1F4E79". */
export type Rgb = string;

/** One side of a cell's border. */
export type BorderLine = "thin" | "medium" | { readonly style: "thin" | "medium"; readonly color: Rgb };

export interface FontStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Points, e.g. 11. */
  readonly size?: number;
  readonly color?: Rgb;
  /** Font family; hosts keep the workbook's default font when absent. */
  readonly name?: string;
  readonly underline?: boolean;
}

export interface BorderStyle {
  readonly top?: BorderLine;
  readonly bottom?: BorderLine;
  readonly left?: BorderLine;
  readonly right?: BorderLine;
}

export interface AlignmentStyle {
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "center" | "bottom";
  readonly wrap?: boolean;
}

/** Everything a cell's format may say; every property optional (absent = the workbook's default). */
export interface CellStyle {
  /** Excel number format code, e.g. "#,##0.00", "0.0%", "yyyy-mm-dd", "@". */
  readonly numberFormat?: string;
  readonly font?: FontStyle;
  /** Solid fill colour. */
  readonly fill?: Rgb;
  readonly border?: BorderStyle;
  readonly alignment?: AlignmentStyle;
  /** False unlocks the cell (it stays editable when the sheet is protected). Excel's default is locked. */
  readonly locked?: boolean;
}

/**
 * The part of a style a conditional format may apply (Excel's differential formats): font colour, bold,
 * italic and fill.
 */
export interface ConditionalStyle {
  readonly font?: Pick<FontStyle, "bold" | "italic" | "color">;
  readonly fill?: Rgb;
}

/** Number format for dates when a date cell's style gives none. */
export const defaultDateFormat = "yyyy-mm-dd";
