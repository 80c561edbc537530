import type { PreparedBlock } from "./blockCells";
import { cellsForRow, rowNeedsCells } from "./blockCells";
import { patchRow } from "./rowPatch";
import { patchSheetHead } from "./sheetHead";
import { XlsxError } from "./xlsxError";
import type { XlsxPackage } from "./xlsxPackage";
import { walkRows } from "./rowWalker";
import { tagEnd } from "./xmlTags";
import { attr } from "./xmlText";

/**
 * Patch a worksheet part in one streamed pass: text is copied verbatim except the `<dimension>`/`<cols>` before
 * `<sheetData>` and the rows the blocks cover; missing rows are created in row order. Never holds the whole part.
 */
export function patchSheet(pkg: XlsxPackage, part: string, blocks: readonly PreparedBlock[]): void {
  const writer = pkg.writer(part);
  const patcher = new SheetPatcher(blocks, (text) => writer.write(text));
  pkg.streamText(part, (text) => patcher.push(text));
  patcher.end();
  writer.close();
}

const sheetDataStart = /<([A-Za-z_][\w.-]*:)?sheetData(?=[\s/>])/;

/** The streaming state machine: head (before sheetData) → rows → tail (copied through). Push text in any chunks. */
export class SheetPatcher {
  private state: "head" | "rows" | "tail" = "head";
  private buffer = "";
  private prefix = "";
  private previousRow = 0;
  /** Next row number that may still need a created row. */
  private nextNewRow: number;
  private readonly lastNewRow: number;

  constructor(
    private readonly blocks: readonly PreparedBlock[],
    private readonly emit: (text: string) => void,
  ) {
    let first = Infinity;
    let last = -Infinity;
    for (const block of blocks) [first, last] = [Math.min(first, block.top), Math.max(last, block.bottom)];
    this.nextNewRow = first;
    this.lastNewRow = last;
  }

  push(text: string): void {
    if (this.state === "tail") return this.emit(text);
    this.buffer += text;
    if (this.state === "head") this.head();
    if (this.state === "rows") this.rows();
    if (this.isTail() && this.buffer) {
      this.emit(this.buffer);
      this.buffer = "";
    }
  }

  private isTail(): boolean {
    return this.state === "tail";
  }

  end(): void {
    if (this.state !== "tail")
      throw new XlsxError("xlsx.badXml", "worksheet ended inside or before <sheetData>");
  }

  private head(): void {
    const match = sheetDataStart.exec(this.buffer);
    const end = match ? tagEnd(this.buffer, match.index) : -1;
    if (!match || end < 0) return;
    this.prefix = match[1] ?? "";
    this.emit(patchSheetHead(this.buffer.slice(0, match.index), this.blocks, this.prefix));
    const open = this.buffer.slice(match.index, end);
    this.buffer = this.buffer.slice(end);
    if (!open.endsWith("/>")) {
      this.emit(open);
      this.state = "rows";
      return;
    }
    this.emit(open.replace(/\s*\/>$/, ">"));
    this.newRowsBefore(Infinity);
    this.emit(`</${this.prefix}sheetData>`);
    this.state = "tail";
  }

  private rows(): void {
    const walk = walkRows(this.buffer, this.prefix, this.emit, (xml, openEnd) => this.row(xml, openEnd));
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
    const covering = this.blocks.filter((b) => b.top <= row && row <= b.bottom);
    this.emit(covering.length === 0 ? xml : patchRow(xml, openEnd, row, covering, this.prefix));
  }

  /** Create the rows before `limit` that the blocks write to but the sheet does not have. */
  private newRowsBefore(limit: number): void {
    const p = this.prefix;
    for (let row = this.nextNewRow; row < limit && row <= this.lastNewRow; row++) {
      const covering = this.blocks.filter((b) => b.top <= row && row <= b.bottom && rowNeedsCells(b, row));
      if (covering.length === 0) continue;
      const cells = covering
        .flatMap((b) => cellsForRow(b, row, undefined, p))
        .sort((x, y) => x.column - y.column);
      this.emit(`<${p}row r="${row}">${cells.map((c) => c.xml).join("")}</${p}row>`);
    }
    this.nextNewRow = Math.max(this.nextNewRow, Math.min(limit, this.lastNewRow + 1));
  }
}
