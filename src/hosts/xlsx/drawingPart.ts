/**
 * Drawing parts (`xdr:wsDr`) that place charts on a sheet. Each chart gets a `twoCellAnchor editAs="oneCell"`:
 * the anchor Excel itself writes for charts, and the one LibreOffice has always imported; the `to` cell is worked
 * out from the chart's size in points over the sheet's column widths and row heights (defaults: 64 px, 20 px).
 */
import { chartNamespace } from "./chartXml";
import { parseCell } from "./cellRef";
import { prefixOf } from "./workbookPart";
import { XlsxError } from "./xlsxError";
import { allTags, elementEnd, localName } from "./xmlTags";
import { attr, escapeXml } from "./xmlText";

const xdrNamespace = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const aNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main";
const relNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** English Metric Units per pixel at 96 dpi, and per point. */
const emuPerPixel = 9525;
const emuPerPoint = 12700;
export const defaultColumnPixels = 64;
export const defaultRowPixels = 20;

/** Column widths and row heights of a sheet in pixels (1-based). */
export interface SheetGeometry {
  columnPixels(column: number): number;
  rowPixels(row: number): number;
}

export const defaultGeometry: SheetGeometry = {
  columnPixels: () => defaultColumnPixels,
  rowPixels: () => defaultRowPixels,
};

/** An empty drawing part. */
export const emptyDrawingXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<xdr:wsDr xmlns:xdr="${xdrNamespace}" xmlns:a="${aNamespace}"></xdr:wsDr>`;

/** 0-based cell and offset (EMU) where a length starting at cell `first` (1-based) ends. */
function reach(first: number, lengthEmu: number, pixels: (index: number) => number): [number, number] {
  let index = first;
  let left = lengthEmu;
  for (let size = pixels(index) * emuPerPixel; left >= size; size = pixels(index) * emuPerPixel) {
    left -= size;
    index++;
  }
  return [index - 1, Math.round(left)];
}

interface Anchor {
  readonly cell: string;
  readonly width: number;
  readonly height: number;
}

function marker(
  p: string,
  name: string,
  column: number,
  columnOff: number,
  row: number,
  rowOff: number,
): string {
  return (
    `<${p}${name}><${p}col>${column}</${p}col><${p}colOff>${columnOff}</${p}colOff>` +
    `<${p}row>${row}</${p}row><${p}rowOff>${rowOff}</${p}rowOff></${p}${name}>`
  );
}

/** The `twoCellAnchor` of a chart whose relationship from the drawing is `relationshipId`. */
export function chartAnchorXml(
  p: string,
  anchor: Anchor,
  relationshipId: string,
  shapeId: number,
  geometry: SheetGeometry,
): string {
  const at = parseCell(anchor.cell);
  if (!at) throw new XlsxError("xlsx.badEdit", `chart anchor "${anchor.cell}" is not a cell`);
  const [toColumn, columnOff] = reach(at.column, anchor.width * emuPerPoint, (c) => geometry.columnPixels(c));
  const [toRow, rowOff] = reach(at.row, anchor.height * emuPerPoint, (r) => geometry.rowPixels(r));
  const frame =
    `<${p}graphicFrame macro=""><${p}nvGraphicFramePr><${p}cNvPr id="${shapeId}" name="Chart ${shapeId}"/>` +
    `<${p}cNvGraphicFramePr/></${p}nvGraphicFramePr><${p}xfrm><a:off xmlns:a="${aNamespace}" x="0" y="0"/>` +
    `<a:ext xmlns:a="${aNamespace}" cx="0" cy="0"/></${p}xfrm><a:graphic xmlns:a="${aNamespace}">` +
    `<a:graphicData uri="${chartNamespace}"><c:chart xmlns:c="${chartNamespace}" xmlns:r="${relNamespace}" ` +
    `r:id="${escapeXml(relationshipId)}"/></a:graphicData></a:graphic></${p}graphicFrame>`;
  return (
    `<${p}twoCellAnchor editAs="oneCell">${marker(p, "from", at.column - 1, 0, at.row - 1, 0)}` +
    `${marker(p, "to", toColumn, columnOff, toRow, rowOff)}${frame}<${p}clientData/></${p}twoCellAnchor>`
  );
}

/** A drawing part with one more chart anchor (shape ids stay unique within the drawing). */
export function addChartAnchor(
  drawingXml: string,
  anchor: Anchor,
  relationshipId: string,
  geometry: SheetGeometry,
): string {
  const tags = allTags(drawingXml);
  const root = tags[0];
  if (!root) throw new XlsxError("xlsx.badXml", "empty drawing part");
  const ids = tags.filter((t) => localName(t.name) === "cNvPr").map((t) => Number(attr(t.text, "id")) || 0);
  const p = prefixOf(root);
  const element = chartAnchorXml(p, anchor, relationshipId, Math.max(1, ...ids) + 1, geometry);
  if (root.kind === "empty")
    return `${drawingXml.slice(0, root.start)}${root.text.slice(0, -2)}>${element}</${root.name}>`;
  const close = drawingXml.lastIndexOf("<", elementEnd(drawingXml, root) - 1);
  return drawingXml.slice(0, close) + element + drawingXml.slice(close);
}
