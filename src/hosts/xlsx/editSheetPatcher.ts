import type { Edit } from "../../plan/edits";
import type { CellRect } from "../../plan/sheetSnapshot";
import { unionRect } from "./cellRef";
import type { CellLayer } from "./cellLayers";
import { cellLayers, rowOps } from "./cellLayers";
import { patchEditRow } from "./editRows";
import type { SheetAdditions } from "./sheetAdditions";
import { sheetAdditions } from "./sheetAdditions";
import { patchHeadForEdits } from "./sheetHeadEdits";
import { patchTail } from "./sheetTail";
import type { NewSheetContext } from "./sheetWriter";
import { newRowXml } from "./sheetWriter";
import { XlsxError } from "./xlsxError";
import type { XlsxPackage } from "./xlsxPackage";
import { walkRows } from "./rowWalker";
import { tagEnd } from "./xmlTags";
import { attr } from "./xmlText";

/**
 * Apply one sheet's edits to an EXISTING worksheet part in one streamed pass: rows outside the edits and the text
 * between them are copied verbatim; the head (before `<sheetData>`) and the tail (after it, small) are patched in
 * schema order. The part is never held whole.
 */
export function patchSheetEdits(
  pkg: XlsxPackage,
  part: string,
  edits: readonly Edit[],
  ctx: NewSheetContext,
): void {
  const writer = pkg.writer(part);
  const patcher = new EditSheetPatcher(edits, ctx, (text) => writer.write(text));
  pkg.streamText(part, (text) => patcher.push(text));
  patcher.end();
  writer.close();
}

/** The same on a part's text (tests, small parts). */
export function patchSheetText(xml: string, edits: readonly Edit[], ctx: NewSheetContext): string {
  const out: string[] = [];
  const patcher = new EditSheetPatcher(edits, ctx, (text) => out.push(text));
  patcher.push(xml);
  patcher.end();
  return out.join("");
}

const sheetDataStart = /<([A-Za-z_][\w.-]*:)?sheetData(?=[\s/>])/;

/** head → rows → tail; push text in any chunks, then `end()`. */
export class EditSheetPatcher {
  private state: "head" | "rows" | "tail" = "head";
  private buffer = "";
  private p = "";
  private previousRow = 0;
  private nextNewRow: number;
  private readonly lastRow: number;
  private readonly additions: SheetAdditions;
  private readonly layers: readonly CellLayer[];

  constructor(
    edits: readonly Edit[],
    private readonly ctx: NewSheetContext,
    private readonly emit: (text: string) => void,
  ) {
    this.additions = sheetAdditions(edits);
    this.layers = cellLayers(edits, ctx);
    // Loops, not Math.min(...rows): a heights edit may name a great many rows.
    let first = Infinity;
    let last = 0;
    for (const layer of this.layers)
      [first, last] = [Math.min(first, layer.top), Math.max(last, layer.bottom)];
    for (const row of this.additions.heights.keys())
      [first, last] = [Math.min(first, row), Math.max(last, row)];
    this.nextNewRow = first === Infinity ? 1 : first;
    this.lastRow = last;
  }

  push(text: string): void {
    this.buffer += text;
    if (this.state === "head") this.head();
    if (this.state === "rows") this.rows();
  }

  end(): void {
    if (this.state !== "tail")
      throw new XlsxError("xlsx.badXml", "worksheet ended inside or before <sheetData>");
    this.emit(patchTail(this.buffer, this.additions, this.ctx, this.p));
    this.buffer = "";
  }

  private head(): void {
    const match = sheetDataStart.exec(this.buffer);
    const end = match ? tagEnd(this.buffer, match.index) : -1;
    if (!match || end < 0) return;
    this.p = match[1] ?? "";
    const used = this.layers.reduce<CellRect | undefined>((r, l) => (r ? unionRect(r, l) : l), undefined);
    const relIds = this.ctx.drawingRelId !== undefined || (this.ctx.tableRelIds?.length ?? 0) > 0;
    this.emit(patchHeadForEdits(this.buffer.slice(0, match.index), this.additions, used, this.p, relIds));
    const open = this.buffer.slice(match.index, end);
    this.buffer = this.buffer.slice(end);
    if (!open.endsWith("/>")) {
      this.emit(open);
      this.state = "rows";
      return;
    }
    this.emit(open.replace(/\s*\/>$/, ">"));
    this.newRowsBefore(Infinity);
    this.buffer = `</${this.p}sheetData>${this.buffer}`;
    this.state = "tail";
  }

  private rows(): void {
    const walk = walkRows(this.buffer, this.p, this.emit, (xml, openEnd) => this.row(xml, openEnd));
    if (walk.ended) {
      this.newRowsBefore(Infinity);
      this.state = "tail";
    }
    this.buffer = this.buffer.slice(walk.at);
  }

  private row(xml: string, openEnd: number): void {
    const r = attr(xml.slice(0, openEnd), "r");
    const row = r === undefined ? this.previousRow + 1 : Number(r);
    this.previousRow = row;
    this.newRowsBefore(row);
    this.nextNewRow = Math.max(this.nextNewRow, row + 1);
    if (row > this.lastRow) return this.emit(xml);
    const ops = rowOps(this.layers, row, this.p);
    const height = this.additions.heights.get(row);
    this.emit(ops.size === 0 && height === undefined ? xml : patchEditRow(xml, row, ops, height, this.p));
  }

  /** Rows before `limit` the edits write to but the sheet does not have. */
  private newRowsBefore(limit: number): void {
    for (let row = this.nextNewRow; row < limit && row <= this.lastRow; row++) {
      const ops = rowOps(this.layers, row, this.p);
      const height = this.additions.heights.get(row);
      if (ops.size > 0 || height !== undefined) this.emit(newRowXml(row, ops, height, this.p));
    }
    this.nextNewRow = Math.max(this.nextNewRow, Math.min(limit, this.lastRow + 1));
  }
}
