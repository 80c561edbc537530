import { builtinFormatIds } from "./builtinFormats";
import { prefixOf } from "./workbookPart";
import { XlsxError } from "./xlsxError";
import type { XmlTag } from "./xmlTags";
import { allTags, elementEnd, findTag, localName } from "./xmlTags";
import { attr, escapeXml, setAttr } from "./xmlText";

/** Ids below this are reserved for built-in formats. */
const firstCustomFormatId = 164;

/**
 * Make sure styles.xml has a cell style (xf) per number format and return its index.
 * Adds `<numFmt>` (reusing one with the same code) and `<xf>` entries based on xf 0 (reusing an identical one);
 * existing xfs are never renumbered, so every cell keeps its look.
 */
export function ensureFormatStyles(
  xml: string,
  formats: readonly string[],
): { xml: string; styles: Map<string, number> } {
  const ids = new Map<string, number>();
  let out = xml;
  for (const format of new Set(formats)) {
    const found = numberFormatId(out, format);
    out = found.xml;
    ids.set(format, found.id);
  }
  const styles = new Map<string, number>();
  for (const [format, id] of ids) {
    const found = formatXf(out, id);
    out = found.xml;
    styles.set(format, found.index);
  }
  return { xml: out, styles };
}

/** The `numFmtId` of a format code: built-in, an existing `<numFmt>`, or one added after the last. */
export function numberFormatId(xml: string, format: string): { xml: string; id: number } {
  const builtin = builtinFormatIds.get(format);
  if (builtin !== undefined) return { xml, id: builtin };
  const tags = allTags(xml);
  const listAt = findTag(tags, "numFmts");
  const list = tags[listAt];
  const codes = children(xml, tags, listAt, "numFmt");
  const same = codes.find((tag) => attr(tag.text, "formatCode") === format);
  if (same) return { xml, id: Number(attr(same.text, "numFmtId")) };
  const id =
    Math.max(firstCustomFormatId - 1, ...codes.map((tag) => Number(attr(tag.text, "numFmtId")) || 0)) + 1;
  const p = prefixOf(tags[0]);
  const element = `<${p}numFmt numFmtId="${id}" formatCode="${escapeXml(format)}"/>`;
  if (!list || !tags[0]) {
    const root = tags[0];
    if (!root) throw new XlsxError("xlsx.badXml", "styles part is empty");
    return { xml: splice(xml, root.end, root.end, `<${p}numFmts count="1">${element}</${p}numFmts>`), id };
  }
  return { xml: appendChild(xml, list, element, codes.length + 1), id };
}

function formatXf(xml: string, numFmtId: number): { xml: string; index: number } {
  const tags = allTags(xml);
  const listAt = findTag(tags, "cellXfs");
  const list = tags[listAt];
  if (!list) throw new XlsxError("xlsx.badXml", "styles part has no <cellXfs>");
  const xfs = children(xml, tags, listAt, "xf");
  const base = xfs[0];
  const p = prefixOf(tags[0]);
  const copy = (name: string): string => (base ? (attr(base.text, name) ?? "0") : "0");
  const wanted = `<${p}xf numFmtId="${numFmtId}" fontId="${copy("fontId")}" fillId="${copy("fillId")}" borderId="${copy("borderId")}" xfId="${copy("xfId")}" applyNumberFormat="1"/>`;
  const same = xfs.findIndex((tag) => tag.kind === "empty" && sameAttributes(tag.text, wanted));
  if (same >= 0) return { xml, index: same };
  return { xml: appendChild(xml, list, wanted, xfs.length + 1), index: xfs.length };
}

/** Direct children named `local` of the element at `tags[listAt]`. */
export function children(xml: string, tags: readonly XmlTag[], listAt: number, local: string): XmlTag[] {
  const list = tags[listAt];
  if (!list || list.kind !== "open") return [];
  const end = elementEnd(xml, list);
  const found: XmlTag[] = [];
  let depth = 0;
  for (let i = listAt + 1; i < tags.length; i++) {
    const tag = tags[i];
    if (!tag || tag.start >= end) break;
    if (depth === 0 && tag.kind !== "close" && localName(tag.name) === local) found.push(tag);
    if (tag.kind === "open") depth++;
    if (tag.kind === "close") depth--;
  }
  return found;
}

/** Insert `element` as the last child of `list` and set its `count`. */
export function appendChild(xml: string, list: XmlTag, element: string, count: number): string {
  const open = setAttr(
    list.kind === "empty" ? `${list.text.slice(0, -2)}>` : list.text,
    "count",
    String(count),
  );
  if (list.kind === "empty") return splice(xml, list.start, list.end, `${open}${element}</${list.name}>`);
  const end = elementEnd(xml, list);
  const closeStart = xml.lastIndexOf("<", end - 1);
  return xml.slice(0, list.start) + open + xml.slice(list.end, closeStart) + element + xml.slice(closeStart);
}

function attributeMap(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
}

function sameAttributes(a: string, b: string): boolean {
  const x = attributeMap(a);
  const y = attributeMap(b);
  return x.size === y.size && [...x].every(([k, v]) => y.get(k) === v);
}

function splice(text: string, from: number, to: number, insert: string): string {
  return text.slice(0, from) + insert + text.slice(to);
}
