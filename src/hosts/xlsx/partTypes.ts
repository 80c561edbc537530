/**
 * Content types and relationship types of the parts the package layer adds or removes, and the edits of
 * `[Content_Types].xml` and of relationship parts as text.
 */
import type { XmlTag } from "./xmlTags";
import { allTags, elementEnd, localName } from "./xmlTags";
import { attr, escapeXml } from "./xmlText";

const ooxml = "application/vnd.openxmlformats-officedocument";
export const contentTypes = {
  worksheet: `${ooxml}.spreadsheetml.worksheet+xml`,
  table: `${ooxml}.spreadsheetml.table+xml`,
  drawing: `${ooxml}.drawing+xml`,
  chart: `${ooxml}.drawingml.chart+xml`,
  styles: `${ooxml}.spreadsheetml.styles+xml`,
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

const officeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const relationshipTypes = {
  worksheet: `${officeRel}/worksheet`,
  table: `${officeRel}/table`,
  drawing: `${officeRel}/drawing`,
  chart: `${officeRel}/chart`,
  styles: `${officeRel}/styles`,
} as const;
export const relationshipsNamespace = officeRel;

/** A relationships part with no relationship. */
export const emptyRelsXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** Insert `element` before the close tag of the root element (opening an empty root). */
function appendToRoot(xml: string, element: string): string {
  const root = allTags(xml)[0];
  if (!root) return xml;
  if (root.kind === "empty") {
    return `${xml.slice(0, root.start)}${root.text.slice(0, -2)}>${element}</${root.name}>${xml.slice(root.end)}`;
  }
  const close = xml.lastIndexOf("<", elementEnd(xml, root) - 1);
  return xml.slice(0, close) + element + xml.slice(close);
}

/** `[Content_Types].xml` with an Override for `part` (replacing one for the same part name). */
export function addOverride(xml: string, part: string, type: string): string {
  return appendToRoot(removeOverride(xml, part), overrideElement(part, type));
}

/** `<Override>` of a part's content type. */
export const overrideElement = (part: string, type: string): string =>
  `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`;

/** `<Default>` content type of an extension. */
export const defaultElement = (extension: string, type: string): string =>
  `<Default Extension="${extension}" ContentType="${type}"/>`;

/** `<Relationship>` `id` of `type` to `target`. */
export const relationshipElement = (id: string, type: string, target: string): string =>
  `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;

/** `[Content_Types].xml` without the Override of `part` (part names compare case-insensitively). */
export function removeOverride(xml: string, part: string): string {
  const key = `/${part}`.toLowerCase();
  const found = allTags(xml).filter(
    (tag) => localName(tag.name) === "Override" && (attr(tag.text, "PartName") ?? "").toLowerCase() === key,
  );
  return removeElements(xml, found);
}

/** The text without the given elements (each with its content when it is not empty). */
function removeElements(xml: string, tags: readonly XmlTag[]): string {
  return [...tags]
    .reverse()
    .reduce((out, tag) => out.slice(0, tag.start) + out.slice(elementEnd(out, tag)), xml);
}

/** `[Content_Types].xml` with a Default for the extension when it has none. */
export function ensureDefault(xml: string, extension: string, type: string): string {
  const has = allTags(xml).some(
    (tag) => localName(tag.name) === "Default" && attr(tag.text, "Extension")?.toLowerCase() === extension,
  );
  return has ? xml : appendToRoot(xml, defaultElement(extension, type));
}

/** Content types of every Override, by lower-case part name (no leading "/"). */
export function overrides(xml: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const tag of allTags(xml)) {
    if (localName(tag.name) !== "Override") continue;
    const name = (attr(tag.text, "PartName") ?? "").replace(/^\//, "").toLowerCase();
    found.set(name, attr(tag.text, "ContentType") ?? "");
  }
  return found;
}

/** A relationships part with one more relationship, and its new id ("rId" + one more than the highest). */
export function addRelationship(relsXml: string, type: string, target: string): { xml: string; id: string } {
  const ids = allTags(relsXml)
    .filter((tag) => localName(tag.name) === "Relationship")
    .map((tag) => attr(tag.text, "Id") ?? "");
  let n = Math.max(0, ...ids.map((id) => Number(/^rId(\d+)$/.exec(id)?.[1] ?? 0))) + 1;
  while (ids.includes(`rId${n}`)) n++;
  const id = `rId${n}`;
  return { xml: appendToRoot(relsXml, relationshipElement(id, type, target)), id };
}

/** A relationships part without the relationship `id`. */
export function removeRelationship(relsXml: string, id: string): string {
  const found = allTags(relsXml).filter(
    (tag) => localName(tag.name) === "Relationship" && attr(tag.text, "Id") === id,
  );
  return removeElements(relsXml, found);
}
