/**
 * The `<sheets>` of a workbook draft (workbookDraft.ts): each `<sheet>` with the text before it, and the text
 * before the close tag, so that a sheet goes in or out where `insertSheet` and `removeSheet` put or take it.
 */
import type { Slot } from "./workbookDraftNames";
import { XlsxError } from "./xlsxError";
import type { XmlTag } from "./xmlTags";
import { elementEnd, findTag, localName } from "./xmlTags";
import { attr } from "./xmlText";

/** A `<sheet>` with the text between it and the element before it. */
interface SheetItem {
  pre: string;
  readonly text: string;
  readonly sheetId: number;
}

export class SheetList {
  private readonly items: SheetItem[] = [];
  private tail = "";
  private readonly open: string;
  private readonly close: string;
  /** The original `<sheets/>`, kept while it has no sheet. */
  private readonly empty: string | undefined;

  /** Undefined when the part has no `<sheets>`. */
  static read(xml: string, tags: readonly XmlTag[], slots: Slot[]): SheetList | undefined {
    const list = tags[findTag(tags, "sheets")];
    return list ? new SheetList(xml, tags, list, slots) : undefined;
  }

  private constructor(xml: string, tags: readonly XmlTag[], list: XmlTag, slots: Slot[]) {
    const end = elementEnd(xml, list);
    if (end < 0) throw new XlsxError("xlsx.badXml", "<sheets> is not closed");
    const closeStart = list.kind === "empty" ? end : xml.lastIndexOf("<", end - 1);
    let at = list.end;
    for (const tag of tags) {
      if (tag.kind === "close" || localName(tag.name) !== "sheet") continue;
      const to = elementEnd(xml, tag);
      const sheetId = Number(attr(tag.text, "sheetId")) || 0;
      this.items.push({ pre: xml.slice(at, tag.start), text: xml.slice(tag.start, to), sheetId });
      at = to;
    }
    this.open = list.kind === "empty" ? `<${list.name}>` : list.text;
    this.close = list.kind === "empty" ? `</${list.name}>` : xml.slice(closeStart, end);
    this.empty = list.kind === "empty" ? list.text : undefined;
    this.tail = list.kind === "empty" ? "" : xml.slice(at, closeStart);
    slots.push({ from: list.start, to: end, render: () => this.render() });
  }

  private render(): string {
    if (this.empty !== undefined && this.items.length === 0) return this.empty;
    return this.open + this.items.map((s) => s.pre + s.text).join("") + this.tail + this.close;
  }

  get count(): number {
    return this.items.length;
  }

  /** One more than the highest `sheetId`. */
  nextSheetId(): number {
    return this.items.reduce((max, sheet) => Math.max(max, sheet.sheetId), 0) + 1;
  }

  /** The `r:id` of the `<sheet>` at `index`, if it has one. */
  relationship(index: number): string | undefined {
    const sheet = this.items[index];
    return sheet && /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(sheet.text)?.[1];
  }

  /** `text` just before the sheet at `at` (after the text before it), or before the close tag. */
  insert(at: number, text: string, sheetId: number): void {
    const next = this.items[at];
    const pre = next ? next.pre : this.tail;
    if (next) next.pre = "";
    else this.tail = "";
    this.items.splice(at, 0, { pre, text, sheetId });
  }

  /** The sheet at `index` goes; the text before it stays. */
  remove(index: number): boolean {
    const [sheet] = this.items.splice(index, 1);
    if (!sheet) return false;
    const next = this.items[index];
    if (next) next.pre = sheet.pre + next.pre;
    else this.tail = sheet.pre + this.tail;
    return true;
  }
}
