import { worksheetElementRank } from "./worksheetOrder";
import type { XmlTag } from "./xmlTags";
import { allTags, localName } from "./xmlTags";

/** A child element of `<worksheet>` found in a piece of the part: its local name, extent and start tag. */
export interface SheetChild {
  readonly local: string;
  readonly start: number;
  readonly end: number;
  readonly tag: XmlTag;
}

/**
 * The `<worksheet>` children in `xml`, a piece of the part that starts at depth `depth` (1 inside the root,
 * 0 when the piece holds the root's start tag).
 */
export function sheetChildren(xml: string, depth: number): SheetChild[] {
  const found: SheetChild[] = [];
  let level = depth;
  let open: XmlTag | undefined;
  for (const tag of allTags(xml)) {
    if (tag.kind === "close") {
      level--;
      if (level === 1 && open) {
        found.push({ local: localName(open.name), start: open.start, end: tag.end, tag: open });
        open = undefined;
      }
      continue;
    }
    if (level === 1 && tag.kind === "empty")
      found.push({ local: localName(tag.name), start: tag.start, end: tag.end, tag });
    if (level === 1 && tag.kind === "open") open = tag;
    if (tag.kind === "open") level++;
  }
  return found;
}

/**
 * Where a new child named `local` goes among `children`: before the first one the schema puts after it;
 * `fallback` (the end of the piece) when there is none.
 */
export function insertionPoint(children: readonly SheetChild[], local: string, fallback: number): number {
  const rank = worksheetElementRank(local);
  const next = children.find((child) => worksheetElementRank(child.local) > rank);
  return next ? next.start : fallback;
}

/** Insert `element` (a `local` child) in schema order. */
export function insertChild(
  xml: string,
  depth: number,
  local: string,
  element: string,
  fallback: number,
): string {
  const at = insertionPoint(sheetChildren(xml, depth), local, fallback);
  return xml.slice(0, at) + element + xml.slice(at);
}
