import { GrowingXml } from "./growingXml";
import type { Relationship } from "./partPaths";
import { parseRels, relativeTarget, relsPartFor } from "./partPaths";
import {
  addOverride,
  addRelationship,
  contentTypes,
  defaultElement,
  emptyRelsXml,
  ensureDefault,
  overrideElement,
  overrides,
  relationshipElement,
  removeOverride,
  removeRelationship,
} from "./partTypes";
import type { XlsxPackage } from "./xlsxPackage";

const typesPart = "[Content_Types].xml";

/** What `addPart` needs: the part, who points at it and how. */
export interface NewPart {
  /** Part that gets the relationship ("" for the package root). */
  readonly source: string;
  readonly part: string;
  readonly relationshipType: string;
  readonly contentType: string;
  /** Text of a small part; absent when the caller streams it into the package itself. */
  readonly text?: string;
}

/**
 * Small parts staged in memory over a package: edits of content types, relationships, workbook, tables, drawings
 * and charts are made here first, and `commit()` writes them (and removes deleted parts) only once every edit has
 * been checked, so a failing edit leaves the package as it was.
 */
export class PartStage {
  private readonly texts = new Map<string, { name: string; text: string }>();
  private readonly removed = new Map<string, string>();
  /** Lower-case names of parts added without text (streamed into the package by the caller). */
  private readonly reserved = new Set<string>();
  /** Content types and relationships parts that parts were added to, by lower-case name (see `grow`). */
  private readonly growing = new Map<string, { name: string; xml: GrowingXml }>();

  constructor(readonly pkg: XlsxPackage) {}

  has(name: string): boolean {
    const key = name.toLowerCase();
    return this.texts.has(key) || (!this.removed.has(key) && this.pkg.has(name));
  }

  text(name: string): string {
    this.settle(name.toLowerCase());
    return this.texts.get(name.toLowerCase())?.text ?? this.pkg.text(name);
  }

  set(name: string, text: string): void {
    this.growing.delete(name.toLowerCase());
    this.removed.delete(name.toLowerCase());
    this.texts.set(name.toLowerCase(), { name, text });
  }

  remove(name: string): void {
    this.growing.delete(name.toLowerCase());
    this.texts.delete(name.toLowerCase());
    this.removed.set(name.toLowerCase(), name);
  }

  /** Every part name now (package parts not removed, plus staged ones), lower-case. */
  names(): Set<string> {
    const names = new Set(this.pkg.partNames().map((name) => name.toLowerCase()));
    for (const key of this.removed.keys()) names.delete(key);
    for (const key of this.texts.keys()) names.add(key);
    for (const key of this.reserved) names.add(key);
    return names;
  }

  rels(part: string): Relationship[] {
    const relsPart = relsPartFor(part);
    return this.has(relsPart) ? parseRels(this.text(relsPart), part) : [];
  }

  /** A part name not in use: `${stem}${n}${extension}` with the smallest n ≥ 1. */
  uniqueName(stem: string, extension = ".xml"): string {
    const names = this.names();
    let n = 1;
    while (
      names.has(`${stem}${n}${extension}`.toLowerCase()) ||
      this.removed.has(`${stem}${n}${extension}`.toLowerCase())
    )
      n++;
    return `${stem}${n}${extension}`;
  }

  /** Add a part with its content type and a relationship from `source`; returns the relationship id. */
  addPart(added: NewPart): string {
    const types = this.grow(typesPart);
    if (types && !types.overrides.has(`/${added.part}`.toLowerCase())) {
      types.append(overrideElement(added.part, added.contentType), { override: `/${added.part}` });
      if (!types.defaults.has("rels"))
        types.append(defaultElement("rels", contentTypes.relationships), { extension: "rels" });
    } else {
      const text = addOverride(this.text(typesPart), added.part, added.contentType);
      this.set(typesPart, ensureDefault(text, "rels", contentTypes.relationships));
    }
    const id = this.relate(
      relsPartFor(added.source),
      added.relationshipType,
      relativeTarget(added.source, added.part),
    );
    if (added.text !== undefined) this.set(added.part, added.text);
    else this.reserved.add(added.part.toLowerCase());
    return id;
  }

  /**
   * Remove the relationship `id` of `source` and its target part, with the target's relationships, content type
   * and every part only it referenced (a sheet's drawing, the drawing's charts, their own parts...).
   */
  removeRelationship(source: string, id: string): void {
    const relsPart = relsPartFor(source);
    const rel = this.rels(source).find((r) => r.id === id);
    if (!rel) return;
    this.set(relsPart, removeRelationship(this.text(relsPart), id));
    if (!rel.external && !this.referenced(rel.target)) this.removePart(rel.target);
  }

  /** Remove a part, its relationships part and content type, then the parts nothing references any more. */
  removePart(part: string): void {
    const targets = this.rels(part).filter((rel) => !rel.external);
    this.reserved.delete(part.toLowerCase());
    this.remove(part);
    const relsPart = relsPartFor(part);
    if (this.has(relsPart)) this.remove(relsPart);
    this.set(typesPart, removeOverride(this.text(typesPart), part));
    for (const rel of targets) {
      if (this.has(rel.target) && !this.referenced(rel.target)) this.removePart(rel.target);
    }
  }

  /** Lower-case names of the parts some relationship part targets. */
  private referenced(part: string): boolean {
    const key = part.toLowerCase();
    for (const name of this.names()) {
      const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(name);
      if (!match) continue;
      const source = `${match[1] ?? ""}${match[2] ?? ""}`;
      if (parseRels(this.text(name), source).some((rel) => !rel.external && rel.target.toLowerCase() === key))
        return true;
    }
    return false;
  }

  /** Content types of the parts, by lower-case name. */
  overrides(): Map<string, string> {
    return overrides(this.text(typesPart));
  }

  /** A new relationship in `relsPart` (created when missing); returns its id. */
  private relate(relsPart: string, type: string, target: string): string {
    const rels = this.grow(relsPart, emptyRelsXml);
    if (!rels) {
      const { xml, id } = addRelationship(
        this.has(relsPart) ? this.text(relsPart) : emptyRelsXml,
        type,
        target,
      );
      this.set(relsPart, xml);
      return id;
    }
    const id = rels.nextId();
    rels.append(relationshipElement(id, type, target), { id });
    return id;
  }

  /**
   * The part (`missing`, when it does not exist) read once for appends, as `addOverride`, `ensureDefault` and
   * `addRelationship` would add to it; its text is joined when read (`settle`). Undefined without a root element.
   */
  private grow(name: string, missing?: string): GrowingXml | undefined {
    const key = name.toLowerCase();
    const known = this.growing.get(key);
    if (known) return known.xml;
    const xml = GrowingXml.read(missing !== undefined && !this.has(name) ? missing : this.text(name));
    if (!xml) return undefined;
    this.set(name, "");
    this.growing.set(key, { name, xml });
    return xml;
  }

  private settle(key: string): void {
    const grown = this.growing.get(key);
    if (!grown) return;
    this.growing.delete(key);
    this.texts.set(key, { name: grown.name, text: grown.xml.text });
  }

  /** Write every staged text and drop every removed part. */
  commit(): void {
    for (const key of [...this.growing.keys()]) this.settle(key);
    for (const { name, text } of this.texts.values()) this.pkg.writeText(name, text);
    for (const name of this.removed.values()) this.pkg.remove(name);
  }
}
