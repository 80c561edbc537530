import { parseRange } from "./cellRef";
import type { StyleIds } from "./editStyles";
import type { SheetAdditions } from "./sheetAdditions";
import { overlaps } from "./sheetAdditions";
import { withoutReplacedFormats } from "./replacedFormats";
import type { SheetChild } from "./sheetChildren";
import { insertChild, sheetChildren } from "./sheetChildren";
import type { SheetRelIds } from "./sheetTailElements";
import { tailElements } from "./sheetTailElements";
import type { WorksheetElement } from "./worksheetOrder";
import { XlsxError } from "./xlsxError";
import { allTags, localName } from "./xmlTags";
import { attr, setAttr, setEncodedAttr } from "./xmlText";

/** Containers whose new entries join an existing element (with the entry's name and whether it counts them). */
const containers: readonly (readonly [WorksheetElement, string])[] = [
  ["mergeCells", "mergeCell"],
  ["dataValidations", "dataValidation"],
  ["hyperlinks", "hyperlink"],
  ["tableParts", "tablePart"],
];

/**
 * Add a sheet's additions to the tail of an existing worksheet part (the text from `</sheetData>` to the end):
 * new entries join existing `<mergeCells>`, `<dataValidations>`, `<hyperlinks>`, `<tableParts>` (counts updated);
 * new `<conditionalFormatting>` blocks go after the existing ones with priorities above the highest there;
 * page setup attributes are set on existing elements; anything missing is inserted in CT_Worksheet's order.
 * Existing conditional formats lying inside a `replace` edit's range go first (see withoutReplacedFormats).
 * Everything else is kept byte for byte. Refuses a merge that overlaps an existing one.
 */
export function patchTail(
  original: string,
  additions: SheetAdditions,
  ctx: StyleIds & SheetRelIds,
  p: string,
): string {
  const tail = withoutReplacedFormats(original, additions);
  const existing = sheetChildren(tail, 2);
  refuseMergeOverlap(tail, existing, additions);
  const fresh = tailElements(additions, ctx, maxPriority(tail) + 1, p);
  if (!additions.pageSetup) fresh.delete("pageMargins");
  let out = tail;
  for (const [local, xml] of fresh) {
    const children = sheetChildren(out, 2);
    const same = children.filter((child) => child.local === local);
    const last = same[same.length - 1];
    const container = containers.find(([name]) => name === local);
    if (!last) out = insertChild(out, 2, local, xml, out.lastIndexOf("</"));
    else if (container) out = appendEntries(out, last, xml, container[1]);
    else if (local === "conditionalFormatting") out = out.slice(0, last.end) + xml + out.slice(last.end);
    else if (local === "printOptions" || local === "pageSetup") out = setAttributes(out, last, xml);
    else if (local === "headerFooter") out = out.slice(0, last.start) + xml + out.slice(last.end);
    // pageMargins and drawing: the sheet's own are kept.
  }
  return out;
}

function refuseMergeOverlap(tail: string, children: readonly SheetChild[], additions: SheetAdditions): void {
  const merges = children.find((child) => child.local === "mergeCells");
  if (!merges || additions.merges.length === 0) return;
  for (const tag of allTags(tail.slice(merges.start, merges.end))) {
    if (localName(tag.name) !== "mergeCell" || tag.kind === "close") continue;
    const ref = attr(tag.text, "ref") ?? "";
    const rect = parseRange(ref);
    const clash = rect && additions.merges.find((m) => overlaps(m, rect));
    if (clash) throw new XlsxError("xlsx.badEdit", `a new merge overlaps the sheet's merge ${ref}`);
  }
}

/** The highest conditional-format priority already in the part (x14 rules in extLst included); 0 when none. */
function maxPriority(tail: string): number {
  let max = 0;
  for (const tag of allTags(tail)) {
    if (tag.kind === "close" || localName(tag.name) !== "cfRule") continue;
    max = Math.max(max, Number(attr(tag.text, "priority") ?? 0) || 0);
  }
  return max;
}

/** Move the entries of a new container element into the existing one, updating its `count`. */
function appendEntries(xml: string, existing: SheetChild, fresh: string, entry: string): string {
  const entries = allTags(fresh).filter((tag) => tag.kind !== "close" && localName(tag.name) === entry);
  const added = entries.map((tag) => tag.text).join("");
  const old = xml.slice(existing.start, existing.end);
  const had = allTags(old).filter((tag) => tag.kind !== "close" && localName(tag.name) === entry).length;
  let open =
    existing.tag.kind === "empty" ? `${existing.tag.text.replace(/\s*\/>$/, "")}>` : existing.tag.text;
  // <hyperlinks> has no count attribute.
  if (existing.local !== "hyperlinks") open = setAttr(open, "count", String(had + entries.length));
  const body =
    existing.tag.kind === "empty" ? "" : old.slice(existing.tag.text.length, old.lastIndexOf("</"));
  return `${xml.slice(0, existing.start)}${open}${body}${added}</${existing.tag.name}>${xml.slice(existing.end)}`;
}

/** Set the attributes of a fresh single element on the existing one (keeping its other attributes, e.g. r:id). */
function setAttributes(xml: string, existing: SheetChild, fresh: string): string {
  const tag = allTags(fresh)[0];
  if (!tag) return xml;
  let open = existing.tag.text;
  for (const m of tag.text.matchAll(/\s([\w:.-]+)="([^"]*)"/g))
    open = setEncodedAttr(open, m[1] ?? "", m[2] ?? "");
  return xml.slice(0, existing.tag.start) + open + xml.slice(existing.tag.end);
}
