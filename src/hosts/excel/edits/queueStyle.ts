import { columnLetters } from "../../../domain/address";
import type { BorderLine, CellStyle, ConditionalStyle } from "../../../plan/cellStyle";
import type { CellRect } from "../../../plan/sheetSnapshot";

const hex = (rgb: string): string => `#${rgb}`;
const horizontal = { left: "Left", center: "Center", right: "Right" } as const;
const vertical = { top: "Top", center: "Center", bottom: "Bottom" } as const;

/** True when the style sets anything besides its number format (which cells edits send per cell). */
export function hasFormat(style: CellStyle): boolean {
  return Object.keys(style).some((key) => key !== "numberFormat");
}

function queueBorder(format: Excel.RangeFormat, side: `${Excel.BorderIndex}`, line: BorderLine): void {
  const border = format.borders.getItem(side);
  const { style, color } = typeof line === "string" ? { style: line, color: "000000" } : line;
  border.style = "Continuous";
  border.weight = style === "medium" ? "Medium" : "Thin";
  border.color = hex(color);
}

/**
 * A border per side of every cell. Excel's edges are the range's outline, so a rectangle of several rows also gets
 * the inside horizontal lines (each cell's top is the bottom of the cell above), and of several columns the inside
 * vertical ones.
 */
function queueBorders(format: Excel.RangeFormat, style: CellStyle, inside: Inside): void {
  const border = style.border;
  if (!border) return;
  if (border.top) queueBorder(format, "EdgeTop", border.top);
  if (border.bottom) queueBorder(format, "EdgeBottom", border.bottom);
  if (border.left) queueBorder(format, "EdgeLeft", border.left);
  if (border.right) queueBorder(format, "EdgeRight", border.right);
  const across = border.top ?? border.bottom;
  const down = border.left ?? border.right;
  if (across && inside.rows) queueBorder(format, "InsideHorizontal", across);
  if (down && inside.columns) queueBorder(format, "InsideVertical", down);
}

/** Whether some area of the target has several rows (inside horizontal lines) or several columns. */
export interface Inside {
  readonly rows: boolean;
  readonly columns: boolean;
}

export function insideOf(rects: readonly CellRect[]): Inside {
  return {
    rows: rects.some((rect) => rect.bottom > rect.top),
    columns: rects.some((rect) => rect.right > rect.left),
  };
}

/** Queue every property of `style` except the number format on a range's (or range areas') format. */
export function queueFormat(target: Excel.Range | Excel.RangeAreas, style: CellStyle, inside: Inside): void {
  const format = target.format;
  const font = style.font;
  if (font?.bold !== undefined) format.font.bold = font.bold;
  if (font?.italic !== undefined) format.font.italic = font.italic;
  if (font?.size !== undefined) format.font.size = font.size;
  if (font?.color !== undefined) format.font.color = hex(font.color);
  if (font?.name !== undefined) format.font.name = font.name;
  if (font?.underline !== undefined) format.font.underline = font.underline ? "Single" : "None";
  if (style.fill !== undefined) format.fill.color = hex(style.fill);
  const align = style.alignment;
  if (align?.horizontal) format.horizontalAlignment = horizontal[align.horizontal];
  if (align?.vertical) format.verticalAlignment = vertical[align.vertical];
  if (align?.wrap !== undefined) format.wrapText = align.wrap;
  if (style.locked !== undefined) format.protection.locked = style.locked;
  queueBorders(format, style, inside);
}

/** Font and fill of a conditional format (Excel's differential format). */
export function queueConditionalStyle(format: Excel.ConditionalRangeFormat, style: ConditionalStyle): void {
  if (style.font?.bold !== undefined) format.font.bold = style.font.bold;
  if (style.font?.italic !== undefined) format.font.italic = style.font.italic;
  if (style.font?.color !== undefined) format.font.color = hex(style.font.color);
  if (style.fill !== undefined) format.fill.color = hex(style.fill);
}

/** A1 address of a 1-based rectangle: "B4:D9", "C3". */
export function rectAddress(rect: CellRect): string {
  const from = `${columnLetters(rect.left)}${rect.top}`;
  const to = `${columnLetters(rect.right)}${rect.bottom}`;
  return from === to ? from : `${from}:${to}`;
}

/** Areas per `getRanges` call: Excel caps the address text of one call, so scattered cells go in batches. */
export const maxAreasPerCall = 200;

/** Queue `style` (all but its number format) on 1-based rectangles of a sheet: one range, or batches of areas. */
export function queueStyleRects(sheet: Excel.Worksheet, style: CellStyle, rects: readonly CellRect[]): void {
  if (!hasFormat(style)) return;
  if (rects.length === 1 && rects[0]) {
    queueFormat(sheet.getRange(rectAddress(rects[0])), style, insideOf(rects));
    return;
  }
  for (let i = 0; i < rects.length; i += maxAreasPerCall) {
    const batch = rects.slice(i, i + maxAreasPerCall);
    const areas = sheet.getRanges(batch.map(rectAddress).join(","));
    // Each area is bordered on its own, its inside lines included.
    queueFormat(areas, style, insideOf(batch));
  }
}
