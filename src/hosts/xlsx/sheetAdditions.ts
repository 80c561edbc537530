import type { CellRect } from "../../plan/sheetSnapshot";
import type {
  ConditionalFormatEdit,
  Edit,
  HyperlinkEdit,
  PageSetupEdit,
  ValidationEdit,
} from "../../plan/edits";
import { columnNumber, formatRange, parseRange } from "./cellRef";
import { XlsxError } from "./xlsxError";

/** Everything one sheet's edits add beyond cell values, gathered in edit order (later settings win). */
export interface SheetAdditions {
  readonly merges: readonly CellRect[];
  readonly conditional: readonly ConditionalFormatEdit[];
  readonly validations: readonly ValidationEdit[];
  readonly links: readonly HyperlinkEdit[];
  /** The page setup edits merged into one (later fields over earlier ones). */
  readonly pageSetup?: PageSetupEdit;
  readonly tabColor?: string;
  readonly gridlines?: boolean;
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** Width per 1-based column. */
  readonly widths: ReadonlyMap<number, number>;
  /** Height per 1-based row. */
  readonly heights: ReadonlyMap<number, number>;
}

/** Whether two rectangles share a cell. */
export function overlaps(a: CellRect, b: CellRect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function range(text: string, what: string): CellRect {
  const rect = parseRange(text);
  if (!rect) throw new XlsxError("xlsx.badEdit", `${what}: "${text}" is not a range`);
  return rect;
}

/** Gather one sheet's edits; refuses merges that overlap each other. */
export function sheetAdditions(edits: readonly Edit[]): SheetAdditions {
  const merges: CellRect[] = [];
  const widths = new Map<number, number>();
  const heights = new Map<number, number>();
  let out: Omit<SheetAdditions, "merges" | "widths" | "heights" | "conditional" | "validations" | "links"> =
    {};
  const conditional: ConditionalFormatEdit[] = [];
  const validations: ValidationEdit[] = [];
  const links: HyperlinkEdit[] = [];
  for (const edit of edits) {
    if (edit.kind === "merge") {
      const rect = range(edit.range, `merge on ${edit.sheet}`);
      const clash = merges.find((m) => overlaps(m, rect));
      if (clash)
        throw new XlsxError(
          "xlsx.badEdit",
          `merge ${edit.range} overlaps merge ${formatRange(clash)} on ${edit.sheet}`,
        );
      merges.push(rect);
    }
    if (edit.kind === "conditionalFormat") {
      // A replace range is read against the sheet's formats: refuse a bad one before anything is written.
      if (edit.replace === true) range(edit.range, `conditional format on ${edit.sheet}`);
      conditional.push(edit);
    }
    if (edit.kind === "validation") validations.push(edit);
    if (edit.kind === "hyperlink") links.push(edit);
    if (edit.kind === "columnWidths") {
      const first = columnNumber(edit.column);
      edit.widths.forEach((width, i) => widths.set(first + i, width));
    }
    if (edit.kind === "rowHeights") edit.heights.forEach((height, i) => heights.set(edit.row + i, height));
    if (edit.kind === "freeze") out = { ...out, freeze: { rows: edit.rows, columns: edit.columns } };
    if (edit.kind === "pageSetup") out = { ...out, pageSetup: { ...out.pageSetup, ...edit } };
    if (edit.kind === "createSheet") {
      if (edit.tabColor !== undefined) out = { ...out, tabColor: edit.tabColor };
      if (edit.gridlines !== undefined) out = { ...out, gridlines: edit.gridlines };
    }
  }
  return { ...out, merges, conditional, validations, links, widths, heights };
}
