import type { ConditionalStyle } from "../../plan/cellStyle";
import { defaultDateFormat } from "../../plan/cellStyle";
import type { CellsEdit, Edit, EditList, StyleSheet } from "../../plan/edits";
import { isDateInput } from "./cellContent";
import { addStyles } from "./styleRecords";
import { XlsxError } from "./xlsxError";

/** Style records the sheet writers refer to: a cellXfs index per style name, a dxf index per conditional style. */
export interface StyleIds {
  readonly xf: ReadonlyMap<string, number>;
  readonly dxf: (style: ConditionalStyle) => number;
}

/**
 * Name under which the date variant of a style is registered: the style (or no style) with `defaultDateFormat`
 * as its number format. Only registered for styles that date cells use and that have no number format.
 */
export function dateStyleName(style: string | undefined): string {
  return `${style ?? ""}\u0000date`;
}

/** The style name a cell of a `cells` edit gets: its own, else its column's, else the edit's. */
export function cellStyleName(edit: CellsEdit, row: number, column: number): string | undefined {
  return edit.cellStyles?.[row]?.[column] ?? edit.columnStyles?.[column] ?? edit.style ?? undefined;
}

/**
 * The cellXfs index of a cell: for a date, the style's date variant when one was registered (the style had no
 * number format), else the style itself. Undefined for no style; throws when the style was never registered.
 */
export function xfFor(ids: StyleIds, style: string | undefined, date: boolean): number | undefined {
  if (date) {
    const dated = ids.xf.get(dateStyleName(style));
    if (dated !== undefined) return dated;
  }
  if (style === undefined) {
    if (date)
      throw new XlsxError("xlsx.badEdit", "a date cell's style was not registered (see prepareStyles)");
    return undefined;
  }
  const index = ids.xf.get(style);
  if (index === undefined) throw new XlsxError("xlsx.badEdit", `style "${style}" is not declared`);
  return index;
}

/** The styles of an edit list plus the date variant of every style a date cell uses without a number format. */
export function stylesWithDates(list: EditList): StyleSheet {
  const styles: Record<string, StyleSheet[string]> = { ...list.styles };
  for (const edit of list.changes) {
    if (edit.kind !== "cells") continue;
    edit.rows.forEach((values, r) =>
      values.forEach((value, c) => {
        if (!isDateInput(value)) return;
        const name = cellStyleName(edit, r, c);
        const style = name === undefined ? {} : list.styles?.[name];
        if (style === undefined)
          throw new XlsxError("xlsx.badEdit", `style "${String(name)}" is not declared`);
        if (style.numberFormat === undefined)
          styles[dateStyleName(name)] = { ...style, numberFormat: defaultDateFormat };
      }),
    );
  }
  return styles;
}

/** Identity of a conditional style, for dedupe and lookup. */
export function conditionalStyleKey(style: ConditionalStyle): string {
  const f = style.font;
  return JSON.stringify([f?.bold ?? false, f?.italic ?? false, f?.color ?? "", style.fill ?? ""]);
}

/** The distinct differential styles the conditional formats of `changes` use. */
export function conditionalStylesOf(changes: readonly Edit[]): ConditionalStyle[] {
  const found = new Map<string, ConditionalStyle>();
  for (const edit of changes) {
    if (edit.kind !== "conditionalFormat") continue;
    const rule = edit.rule;
    if (rule.type === "cellValue" || rule.type === "formula")
      found.set(conditionalStyleKey(rule.style), rule.style);
  }
  return [...found.values()];
}

/**
 * Register everything an edit list's sheet edits need in styles.xml (named styles, their date variants,
 * conditional formats' differential styles), reusing identical records. The orchestrator calls this once per
 * apply and passes `ids` to `newSheetChunks` / `patchSheetEdits`.
 */
export function prepareStyles(stylesXml: string, list: EditList): { xml: string; ids: StyleIds } {
  const conditional = conditionalStylesOf(list.changes);
  const added = addStyles(stylesXml, stylesWithDates(list), conditional);
  const dxfByKey = new Map(conditional.map((style, i) => [conditionalStyleKey(style), added.dxf[i] ?? 0]));
  const dxf = (style: ConditionalStyle): number => {
    const index = dxfByKey.get(conditionalStyleKey(style));
    if (index === undefined) throw new XlsxError("xlsx.badEdit", "a conditional style was not registered");
    return index;
  };
  return { xml: added.xml, ids: { xf: added.xf, dxf } };
}
