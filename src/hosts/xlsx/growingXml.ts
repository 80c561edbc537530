/**
 * `[Content_Types].xml` and relationships parts while one edit list adds a part after another: read once, then
 * each Override, Default or Relationship is appended at the end of the root without re-reading the part. The
 * text is the one `addOverride`, `ensureDefault` and `addRelationship` (partTypes.ts) give one after the other.
 */
import { allTags, elementEnd, localName } from "./xmlTags";
import { attr } from "./xmlText";

export class GrowingXml {
  private readonly head: string;
  private readonly tail: string;
  private readonly added: string[] = [];
  /** Lower-case `PartName`s of the Overrides, lower-case `Extension`s of the Defaults. */
  readonly overrides = new Set<string>();
  readonly defaults = new Set<string>();
  /** Relationship `Id`s and the highest `rId<n>`. */
  readonly ids = new Set<string>();
  private highest = 0;

  /** Undefined when `xml` has no root element to append to. */
  static read(xml: string): GrowingXml | undefined {
    const tags = allTags(xml);
    const root = tags[0];
    if (!root) return undefined;
    const end = elementEnd(xml, root);
    if (end < 0) return undefined;
    return new GrowingXml(xml, tags, root.kind === "empty" ? -1 : xml.lastIndexOf("<", end - 1));
  }

  private constructor(
    private readonly source: string,
    tags: ReturnType<typeof allTags>,
    close: number,
  ) {
    const root = tags[0];
    if (close < 0 && root) {
      this.head = source.slice(0, root.start) + root.text.slice(0, -2) + ">";
      this.tail = `</${root.name}>${source.slice(root.end)}`;
    } else {
      this.head = source.slice(0, close);
      this.tail = source.slice(close);
    }
    for (const tag of tags) {
      const local = localName(tag.name);
      if (local === "Override") this.overrides.add((attr(tag.text, "PartName") ?? "").toLowerCase());
      else if (local === "Default") this.defaults.add(attr(tag.text, "Extension")?.toLowerCase() ?? "");
      else if (local === "Relationship") this.noteId(attr(tag.text, "Id") ?? "");
    }
  }

  private noteId(id: string): void {
    this.ids.add(id);
    this.highest = Math.max(this.highest, Number(/^rId(\d+)$/.exec(id)?.[1] ?? 0));
  }

  /** The id `addRelationship` gives the next relationship. */
  nextId(): string {
    let n = this.highest + 1;
    while (this.ids.has(`rId${n}`)) n++;
    return `rId${n}`;
  }

  /** Append an element at the end of the root (an Override's part name or a Relationship's id is noted). */
  append(element: string, note?: { override?: string; extension?: string; id?: string }): void {
    this.added.push(element);
    if (note?.override !== undefined) this.overrides.add(note.override.toLowerCase());
    if (note?.extension !== undefined) this.defaults.add(note.extension.toLowerCase());
    if (note?.id !== undefined) this.noteId(note.id);
  }

  get text(): string {
    return this.added.length === 0 ? this.source : this.head + this.added.join("") + this.tail;
  }
}
