/** A tag found by scanning XML text: enough to copy everything else verbatim and edit just this tag. */
export interface XmlTag {
  /** Qualified name as written, e.g. "c" or "x:c". */
  readonly name: string;
  readonly kind: "open" | "close" | "empty";
  /** Index of `<`. */
  readonly start: number;
  /** Index just after `>`. */
  readonly end: number;
  readonly text: string;
}

const skipped: readonly (readonly [string, string])[] = [
  ["<!--", "-->"],
  ["<![CDATA[", "]]>"],
  ["<?", "?>"],
  ["<!", ">"],
];

/** The local part of a qualified name: `localName("x:row") === "row"`. */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Index just after the `>` that ends the tag opened at `start`, honouring quoted `>`; -1 if not in `xml` yet. */
export function tagEnd(xml: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      quote = code;
    } else if (code === 62) {
      return i + 1;
    }
  }
  return -1;
}

/**
 * The next element tag at or after `from`, skipping comments, CDATA, processing instructions and DOCTYPE.
 * Undefined when there is none, or when the text ends inside one (a streaming caller waits for more).
 */
export function nextTag(xml: string, from: number): XmlTag | undefined {
  let at = xml.indexOf("<", from);
  while (at >= 0) {
    const skip = skipped.find(([open]) => xml.startsWith(open, at));
    if (!skip) break;
    const close = xml.indexOf(skip[1], at + skip[0].length);
    if (close < 0) return undefined;
    at = xml.indexOf("<", close + skip[1].length);
  }
  if (at < 0) return undefined;
  const end = tagEnd(xml, at);
  if (end < 0) return undefined;
  const closing = xml.charCodeAt(at + 1) === 47;
  const nameStart = closing ? at + 2 : at + 1;
  const match = /^[^\s/>]+/.exec(xml.slice(nameStart, Math.min(end, nameStart + 200)));
  const name = match ? match[0] : "";
  const kind = closing ? "close" : xml.charCodeAt(end - 2) === 47 ? "empty" : "open";
  return { name, kind, start: at, end, text: xml.slice(at, end) };
}

/** Every tag of a (small) part, in order. */
export function allTags(xml: string): XmlTag[] {
  const found: XmlTag[] = [];
  for (let tag = nextTag(xml, 0); tag; tag = nextTag(xml, tag.end)) found.push(tag);
  return found;
}

/** Index just after the element opened by `open` (its matching close tag); -1 when it is not closed in `xml`. */
export function elementEnd(xml: string, open: XmlTag): number {
  if (open.kind === "empty") return open.end;
  let depth = 0;
  for (let tag = nextTag(xml, open.end); tag; tag = nextTag(xml, tag.end)) {
    if (tag.name !== open.name) continue;
    if (tag.kind === "open") depth++;
    if (tag.kind === "close" && depth-- === 0) return tag.end;
  }
  return -1;
}

/** The first element named `local` (any prefix) among `tags`, starting at index `from`. */
export function findTag(tags: readonly XmlTag[], local: string, from = 0): number {
  for (let i = from; i < tags.length; i++) {
    const tag = tags[i];
    if (tag && tag.kind !== "close" && localName(tag.name) === local) return i;
  }
  return -1;
}
