/**
 * The `<definedNames>` of a workbook draft (workbookDraft.ts): its names in order with the text between them, where
 * the list stands (where it was, or created after `<sheets>`, `<functionGroups>` and `<externalReferences>`), and
 * the first name of each (name, scope) for `upsert`.
 */
import { definedNames, prefixOf } from "./workbookPart";
import { XlsxError } from "./xlsxError";
import type { XmlTag } from "./xmlTags";
import { elementEnd, findTag } from "./xmlTags";
import { attr, setAttr } from "./xmlText";

/** A `<definedName>`: the text before it, its open tag and the rest (formula and close tag). */
export interface NameItem {
  pre: string;
  open: string;
  rest: string;
}

/** A stretch of workbook.xml's original text the edits rewrite; the text between slots is kept as it was. */
export interface Slot {
  readonly from: number;
  readonly to: number;
  readonly render: () => string;
}

const emptyList = /^(?:<([\w.-]+:)?definedNames>\s*<\/([\w.-]+:)?definedNames>|<([\w.-]+:)?definedNames\/>)$/;

const keyOf = (name: string, scope: string | undefined): string =>
  `${scope === undefined ? "-" : `+${scope}`}\u0000${name.toLowerCase()}`;

export class NamesList {
  private items: NameItem[] = [];
  private tail = "";
  /** Where the list stands now: where it was, created at `after`, or nowhere. */
  private at: "list" | "after" | undefined;
  private open = "";
  private close = "";
  /** The original `<definedNames/>`, while no name has been added to it. */
  private empty: string | undefined;
  private readonly after: number;
  private readonly wrap: { open: string; close: string };
  private byKey: Map<string, NameItem> | undefined;

  constructor(xml: string, tags: readonly XmlTag[], slots: Slot[]) {
    const p = prefixOf(tags[0]);
    this.wrap = { open: `<${p}definedNames>`, close: `</${p}definedNames>` };
    this.after = ["sheets", "functionGroups", "externalReferences"]
      .map((local) => tags[findTag(tags, local)])
      .reduce((at, tag) => (tag ? Math.max(at, elementEnd(xml, tag)) : at), -1);
    if (this.after >= 0)
      slots.push({
        from: this.after,
        to: this.after,
        render: () => (this.at === "after" ? this.render() : ""),
      });
    const list = tags[findTag(tags, "definedNames")];
    if (!list) return;
    const end = elementEnd(xml, list);
    if (end < 0) throw new XlsxError("xlsx.badXml", "<definedNames> is not closed");
    slots.push({ from: list.start, to: end, render: () => (this.at === "list" ? this.render() : "") });
    this.at = "list";
    if (list.kind === "empty") {
      this.empty = list.text;
      return;
    }
    const closeStart = xml.lastIndexOf("<", end - 1);
    this.open = list.text;
    this.close = xml.slice(closeStart, end);
    let from = list.end;
    for (const { tag, close } of definedNames(xml, tags)) {
      const to = (close ?? tag).end;
      this.items.push({ pre: xml.slice(from, tag.start), open: tag.text, rest: xml.slice(tag.end, to) });
      from = to;
    }
    this.tail = xml.slice(from, closeStart);
  }

  private render(): string {
    if (this.empty !== undefined && this.items.length === 0) return this.empty;
    return (
      this.open + this.items.map((item) => item.pre + item.open + item.rest).join("") + this.tail + this.close
    );
  }

  private find(name: string, scope: string | undefined): NameItem | undefined {
    if (!this.byKey) {
      this.byKey = new Map();
      for (const item of this.items) {
        const key = keyOf(attr(item.open, "name") ?? "", attr(item.open, "localSheetId"));
        if (!this.byKey.has(key)) this.byKey.set(key, item);
      }
    }
    return this.byKey.get(keyOf(name, scope));
  }

  /** Replace the first name of the same name (case-insensitive) and scope, or add `item` at the end. */
  upsert(name: string, scope: string | undefined, item: NameItem): void {
    const existing = this.find(name, scope);
    if (existing) {
      existing.open = item.open;
      existing.rest = item.rest;
      return;
    }
    if (this.at === undefined || this.empty !== undefined) {
      // A new list, or the original `<definedNames/>`, becomes `<definedNames>…</definedNames>`.
      if (this.at === undefined && this.after < 0)
        throw new XlsxError("xlsx.badXml", "workbook has no <sheets>");
      this.at ??= "after";
      ({ open: this.open, close: this.close } = this.wrap);
      this.items = [];
      this.tail = "";
      this.empty = undefined;
    }
    item.pre = this.tail;
    this.tail = "";
    this.items.push(item);
    this.byKey?.set(keyOf(attr(item.open, "name") ?? "", scope), item);
  }

  /** Every scoped name's `localSheetId` through `map`; undefined drops the name. */
  renumber(map: (index: number) => number | undefined): void {
    let carry = "";
    const kept: NameItem[] = [];
    for (const item of this.items) {
      const scope = attr(item.open, "localSheetId");
      const index = scope === undefined ? 0 : map(Number(scope));
      if (scope !== undefined && index === undefined) {
        carry += item.pre;
        continue;
      }
      item.pre = carry + item.pre;
      carry = "";
      if (scope !== undefined && index !== Number(scope))
        item.open = setAttr(item.open, "localSheetId", String(index));
      kept.push(item);
    }
    this.tail = carry + this.tail;
    this.items = kept;
    this.byKey = undefined;
  }

  /** An empty `<definedNames>` is invalid (CT_DefinedNames needs one name): the list goes. */
  dropIfEmpty(): void {
    if (this.at !== undefined && this.items.length === 0 && emptyList.test(this.render()))
      this.at = undefined;
  }
}
