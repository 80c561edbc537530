import { defaultDateFormat } from "../../../plan/cellStyle";
import type { CellInput, CellsEdit, StyleSheet } from "../../../plan/edits";
import { ExcelHostError } from "../excelHostError";
import { jsonBytes } from "../utf8Bytes";
import { toExcelInput } from "../writePlan";

/** What the host hands to `Range.formulas` for one cell: constants as they are, formulas with their "=". */
export type FormulaCell = string | number | boolean;

/**
 * The `Range.formulas` input of one planned cell: text, numbers and empties as column blocks send them
 * (`toExcelInput`, so text goes through the host's one text rule, `excelText`), booleans as they are, dates as their
 * serial, formulas with the "=" the vocabulary leaves out (Excel computes the cached value itself).
 * @example formulaCell("00123") //=> "'00123"; formulaCell({ formula: "B4*2", value: 8 }) //=> "=B4*2"
 */
export function formulaCell(input: CellInput): FormulaCell {
  if (input === null || typeof input === "number" || typeof input === "string") return toExcelInput(input);
  if (typeof input === "boolean") return input;
  if ("formula" in input) return `=${input.formula}`;
  return toExcelInput(input.date);
}

const isDate = (input: CellInput | undefined): boolean =>
  typeof input === "object" && input !== null && "date" in input;

/** The style name of a cell: its own, else its column's, else the edit's; null when none applies. */
export function styleAt(edit: CellsEdit, row: number, column: number): string | null {
  return edit.cellStyles?.[row]?.[column] ?? edit.columnStyles?.[column] ?? edit.style ?? null;
}

/** A cells edit made ready to send: full rows of formulas and number formats, and each row's payload. */
export interface PreparedCells {
  readonly edit: CellsEdit;
  readonly width: number;
  /** null past the end of a short row: Excel ignores null in an update, so those cells stay as they are. */
  readonly formulas: readonly (FormulaCell | null)[][];
  /** Number formats per cell (null: keep the cell's format); null when no cell of the edit has one. */
  readonly formats: readonly (string | null)[][] | null;
  /** UTF-8 bytes of JSON each row adds to a sync: its formulas row, its formats row and their separators. */
  readonly rowBytes: readonly number[];
}

function formatAt(edit: CellsEdit, styles: StyleSheet, row: number, column: number): string | null {
  const name = styleAt(edit, row, column);
  const own = name === null ? undefined : styles[name]?.numberFormat;
  return own ?? (isDate(edit.rows[row]?.[column]) ? defaultDateFormat : null);
}

/** The edit's rows padded to the rectangle's width, with their number formats. */
export function prepareCells(edit: CellsEdit, styles: StyleSheet): PreparedCells {
  // No spread into Math.max: a rectangle of 200 000 rows would pass as many arguments (a stack overflow).
  const longest = edit.rows.reduce((most, row) => Math.max(most, row.length), 0);
  const width = Math.max(longest, edit.columnStyles?.length ?? 0);
  const columns = Array.from({ length: width }, (_, c) => c);
  const formulas = edit.rows.map((row) =>
    columns.map((c) => (c < row.length ? formulaCell(row[c] ?? null) : null)),
  );
  const formats = edit.rows.map((_, r) => columns.map((c) => formatAt(edit, styles, r, c)));
  const hasFormats = formats.some((row) => row.some((format) => format !== null));
  const rowBytes = formulas.map(
    (row, r) => jsonBytes(row) + (hasFormats ? jsonBytes(formats[r]) + 1 : 0) + 1,
  );
  return { edit, width, formulas, formats: hasFormats ? formats : null, rowBytes };
}

/** A style name the list's styles do not declare: a bug in the plan, refused before anything is written. */
export function unknownStyle(name: string): ExcelHostError {
  return new ExcelHostError("excel.unknownStyle", new Error(`no style named "${name}"`), { style: name });
}
