/**
 * workbook.xml while one edit list is applied: split once into its sheets, its defined names and the few tags the
 * edits change (root, workbook views), so that adding a sheet or a name costs the element and not a re-read of
 * the whole part (one list adds hundreds of each). The text is joined again only when someone reads it; the
 * result is byte for byte what `insertSheet`, `removeSheet` and `upsertDefinedName` give one after the other.
 */
import { relationshipsNamespace } from "./partTypes";
import type { DefinedName } from "./workbookPart";
import { definedNameElement, prefixOf } from "./workbookPart";
import { XlsxError } from "./xlsxError";
import { allTags, localName } from "./xmlTags";
import { attr, escapeXml, setAttr } from "./xmlText";
import type { NameItem, Slot } from "./workbookDraftNames";
import { NamesList } from "./workbookDraftNames";
import { SheetList } from "./workbookDraftSheets";

interface Model {
  readonly source: string;
  readonly slots: Slot[];
  readonly root: { text: string } | undefined;
  readonly prefix: string;
  readonly views: { text: string }[];
  readonly sheets: SheetList | undefined;
  readonly names: NamesList;
}

function parse(xml: string): Model {
  const tags = allTags(xml);
  const slots: Slot[] = [];
  const root = tags[0] ? { text: tags[0].text } : undefined;
  if (tags[0] && root) slots.push({ from: tags[0].start, to: tags[0].end, render: () => root.text });
  const views = tags
    .filter((tag) => localName(tag.name) === "workbookView")
    .map((tag) => {
      const view = { text: tag.text };
      slots.push({ from: tag.start, to: tag.end, render: () => view.text });
      return view;
    });
  const names = new NamesList(xml, tags, slots);
  const sheets = SheetList.read(xml, tags, slots);
  slots.sort((a, b) => a.from - b.from || a.to - b.to);
  return { source: xml, slots, root, prefix: prefixOf(tags[0]), views, sheets, names };
}

/** The workbook part's text and its sheets and names, edited in place. */
export class WorkbookDraft {
  private source: string;
  private model: Model | undefined;

  constructor(xml: string) {
    this.source = xml;
  }

  /** The part as the edits so far have left it. */
  get text(): string {
    const model = this.model;
    if (!model) return this.source;
    let out = "";
    let at = 0;
    for (const slot of model.slots) {
      out += model.source.slice(at, slot.from) + slot.render();
      at = slot.to;
    }
    this.source = out + model.source.slice(at);
    this.model = undefined;
    return this.source;
  }

  set text(xml: string) {
    this.source = xml;
    this.model = undefined;
  }

  private parsed(): Model {
    return (this.model ??= parse(this.text));
  }

  /** The `r:id` of the `<sheet>` at tab `index`, if it has one. */
  sheetRelationship(index: number): string | undefined {
    return this.parsed().sheets?.relationship(index);
  }

  /** As `insertSheet`: a `<sheet>` at tab `position` (absent or past the end: last). */
  insertSheet(name: string, relationshipId: string, position?: number): void {
    const model = this.parsed();
    const { sheets } = model;
    if (!model.root) throw new XlsxError("xlsx.badXml", "empty workbook part");
    if (!sheets) throw new XlsxError("xlsx.badXml", "workbook has no <sheets>");
    const prefix = relationshipsPrefix(model.root);
    const at = position === undefined ? sheets.count : Math.max(0, Math.min(position, sheets.count));
    if (at < sheets.count) renumber(model, (i) => (i >= at ? i + 1 : i));
    const sheetId = sheets.nextSheetId();
    const text = `<${model.prefix}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${prefix}:id="${relationshipId}"/>`;
    sheets.insert(at, text, sheetId);
  }

  /** As `removeSheet`: the `<sheet>` at tab `index` goes, with the names scoped to it. */
  removeSheet(index: number): void {
    const model = this.parsed();
    const count = model.sheets?.count ?? 0;
    if (!model.sheets?.remove(index))
      throw new XlsxError("xlsx.noSuchSheet", `no sheet at position ${index}`);
    const last = Math.max(0, count - 2);
    renumber(
      model,
      (i) => (i === index ? undefined : i > index ? i - 1 : i),
      (i) => Math.min(i > index ? i - 1 : i, last),
    );
    model.names.dropIfEmpty();
  }

  /** As `upsertDefinedName`: insert or replace (same name, case-insensitive, same scope) a defined name. */
  upsertName(defined: DefinedName): void {
    const model = this.parsed();
    const { open, element } = definedNameElement(model.prefix, defined);
    const scope = defined.localSheetId === undefined ? undefined : String(defined.localSheetId);
    const item: NameItem = { pre: "", open, rest: element.slice(open.length) };
    model.names.upsert(defined.name, scope, item);
  }
}

/** Names' `localSheetId` through `map` (undefined drops the name), `activeTab`/`firstSheet` through `view`. */
function renumber(
  model: Model,
  map: (index: number) => number | undefined,
  view: (index: number) => number = (i) => map(i) ?? 0,
): void {
  model.names.renumber(map);
  for (const tag of model.views)
    for (const name of ["activeTab", "firstSheet"]) {
      const value = attr(tag.text, name);
      if (value !== undefined) tag.text = setAttr(tag.text, name, String(view(Number(value))));
    }
}

/** The prefix bound to the relationships namespace on the root ("r"), declared as "kawr" when missing. */
function relationshipsPrefix(root: { text: string }): string {
  const match = new RegExp(`xmlns:([\\w.-]+)="${relationshipsNamespace}"`).exec(root.text);
  if (match?.[1]) return match[1];
  root.text = setAttr(root.text, "xmlns:kawr", relationshipsNamespace);
  return "kawr";
}
