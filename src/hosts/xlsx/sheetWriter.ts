import type { Edit } from "../../plan/edits";
import type { CellRect } from "../../plan/sheetSnapshot";
import { columnLetters, formatRange, unionRect } from "./cellRef";
import { cellXml } from "./cellContent";
import type { CellLayer, CellOp } from "./cellLayers";
import { cellLayers, rowOps } from "./cellLayers";
import type { StyleIds } from "./editStyles";
import type { SheetAdditions } from "./sheetAdditions";
import { sheetAdditions } from "./sheetAdditions";
import { colXml, paneXml, sheetPrChildren } from "./sheetElements";
import { tailElements } from "./sheetTailElements";
import { worksheetElementRank } from "./worksheetOrder";

/** What the orchestrator gives the writer of a new sheet part. */
export interface NewSheetContext extends StyleIds {
  /** `r:id` of the sheet's drawing relationship, when it has charts. */
  readonly drawingRelId?: string;
  /** `r:id`s of the sheet's table parts. */
  readonly tableRelIds?: readonly string[];
}

const mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const relNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Characters gathered before a chunk is handed out. */
const chunkChars = 256 * 1024;

/**
 * The XML of a new worksheet part holding every edit of one sheet, in chunks (rows are produced one at a time, so
 * a 100 000-row sheet is never built whole): pass each chunk to the package's part writer in order.
 * Elements follow CT_Worksheet's sequence (`worksheetElementOrder`).
 */
export function* newSheetChunks(edits: readonly Edit[], ctx: NewSheetContext): Generator<string> {
  const additions = sheetAdditions(edits);
  const layers = cellLayers(edits, ctx);
  yield headXml(additions, layers);
  let pending: string[] = [];
  let pendingChars = 0;
  for (const row of rowXml(layers, additions.heights, "")) {
    pending.push(row);
    pendingChars += row.length;
    if (pendingChars >= chunkChars) {
      yield pending.join("");
      pending = [];
      pendingChars = 0;
    }
  }
  const tail = [...tailElements(additions, ctx, 1, "")]
    .sort(([a], [b]) => worksheetElementRank(a) - worksheetElementRank(b))
    .map(([, xml]) => xml);
  yield `${pending.join("")}</sheetData>${tail.join("")}</worksheet>`;
}

/** The whole part as one string (small sheets, tests). */
export function writeNewSheet(edits: readonly Edit[], ctx: NewSheetContext): string {
  return [...newSheetChunks(edits, ctx)].join("");
}

function headXml(additions: SheetAdditions, layers: readonly CellLayer[]): string {
  const pr = sheetPrChildren(additions, "");
  const sheetPr =
    pr.tabColor || pr.pageSetUpPr ? `<sheetPr>${pr.tabColor ?? ""}${pr.pageSetUpPr ?? ""}</sheetPr>` : "";
  const used = layers.reduce<CellRect | undefined>((r, l) => (r ? unionRect(r, l) : l), undefined);
  const grid = additions.gridlines === false ? ' showGridLines="0"' : "";
  const freeze = additions.freeze;
  const pane = freeze ? paneXml(freeze.rows, freeze.columns, "") : "";
  const cols = colXml(additions.widths, "");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${mainNamespace}" xmlns:r="${relNamespace}">${sheetPr}` +
    `<dimension ref="${used ? formatRange(used) : "A1"}"/>` +
    `<sheetViews><sheetView${grid} workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols.length > 0 ? `<cols>${cols.join("")}</cols>` : ""}<sheetData>`
  );
}

/** `<row>` elements in order: every row a layer covers or a height is set for. */
function* rowXml(
  layers: readonly CellLayer[],
  heights: ReadonlyMap<number, number>,
  p: string,
): Generator<string> {
  const rows = [...layers.flatMap((l) => [l.top, l.bottom]), ...heights.keys()];
  if (rows.length === 0) return;
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  for (let row = first; row <= last; row++) {
    const ops = rowOps(layers, row, p);
    const height = heights.get(row);
    if (ops.size === 0 && height === undefined) continue;
    yield newRowXml(row, ops, height, p);
  }
}

/** A new `<row>` with its cells in column order and its height. */
export function newRowXml(
  row: number,
  ops: ReadonlyMap<number, CellOp>,
  height: number | undefined,
  p: string,
): string {
  const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
  const cells = [...ops]
    .sort(([a], [b]) => a - b)
    .map(([column, op]) => cellXml(`${columnLetters(column)}${row}`, op.s, op.content ?? { inner: "" }, p));
  return `<${p}row r="${row}"${ht}>${cells.join("")}</${p}row>`;
}
