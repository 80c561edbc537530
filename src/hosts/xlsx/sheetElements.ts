import { quoteSheet } from "../../plan/range";
import type { HyperlinkEdit } from "../../plan/edits";
import type { SheetAdditions } from "./sheetAdditions";
import { columnLetters, formatRange } from "./cellRef";
import { argb } from "./styleXml";
import { escapeXml } from "./xmlText";

/** XML of sheet elements built from `SheetAdditions`, shared by the new-sheet writer and the existing-sheet patcher. */

/**
 * The frozen `<pane>` and its `<selection>` for the top `rows` and left `columns`; "" when both are 0.
 * @example paneXml(1, 2, "") //=> '<pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"/><selection pane="bottomRight"/>'
 */
export function paneXml(rows: number, columns: number, p: string): string {
  if (rows <= 0 && columns <= 0) return "";
  const active = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const x = columns > 0 ? ` xSplit="${columns}"` : "";
  const y = rows > 0 ? ` ySplit="${rows}"` : "";
  const topLeft = `${columnLetters(columns + 1)}${rows + 1}`;
  return `<${p}pane${x}${y} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/><${p}selection pane="${active}"/>`;
}

/** `<col>` elements, one per run of consecutive columns with the same width. */
export function colXml(widths: ReadonlyMap<number, number>, p: string): string[] {
  const sorted = [...widths].sort(([a], [b]) => a - b);
  const runs: { min: number; max: number; width: number }[] = [];
  for (const [column, width] of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.max === column - 1 && last.width === width) last.max = column;
    else runs.push({ min: column, max: column, width });
  }
  return runs.map((r) => `<${p}col min="${r.min}" max="${r.max}" width="${r.width}" customWidth="1"/>`);
}

/** Children of `<sheetPr>` an edit sets: `<tabColor>` and `<pageSetUpPr fitToPage>` (CT_SheetPr's order). */
export function sheetPrChildren(
  additions: SheetAdditions,
  p: string,
): { tabColor?: string; pageSetUpPr?: string } {
  return {
    ...(additions.tabColor !== undefined
      ? { tabColor: `<${p}tabColor rgb="${argb(additions.tabColor)}"/>` }
      : {}),
    ...(additions.pageSetup?.fitToWidth !== undefined
      ? { pageSetUpPr: `<${p}pageSetUpPr fitToPage="1"/>` }
      : {}),
  };
}

/** A link to a cell of this workbook: a `location`, no relationship. */
export function hyperlinkXml(link: HyperlinkEdit, p: string): string {
  const location = `${quoteSheet(link.target.sheet)}!${link.target.cell}`;
  const tooltip = link.tooltip === undefined ? "" : ` tooltip="${escapeXml(link.tooltip)}"`;
  return `<${p}hyperlink ref="${escapeXml(link.cell)}" location="${escapeXml(location)}" display="${escapeXml(link.text)}"${tooltip}/>`;
}

export function mergeCellXml(additions: SheetAdditions, p: string): string[] {
  return additions.merges.map((rect) => `<${p}mergeCell ref="${formatRange(rect)}"/>`);
}
