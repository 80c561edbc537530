import type { CellRect } from "../../plan/sheetSnapshot";
import { parseRange } from "./cellRef";
import type { SheetAdditions } from "./sheetAdditions";
import { sheetChildren } from "./sheetChildren";
import { XlsxError } from "./xlsxError";
import type { XmlTag } from "./xmlTags";
import { elementEnd, localName, nextTag } from "./xmlTags";
import { attr } from "./xmlText";

/** The ranges of the sheet's `replace` conditional formats; refuses one that is not a range. */
function replaceRects(additions: SheetAdditions): CellRect[] {
  return additions.conditional
    .filter((edit) => edit.replace === true)
    .map((edit) => {
      const rect = parseRange(edit.range);
      if (!rect) throw new XlsxError("xlsx.badEdit", `conditional format: "${edit.range}" is not a range`);
      return rect;
    });
}

const inside = (inner: CellRect, outer: CellRect): boolean =>
  inner.top >= outer.top &&
  inner.bottom <= outer.bottom &&
  inner.left >= outer.left &&
  inner.right <= outer.right;

/**
 * Whether every area of a space-separated sqref ("K2:K10 M4") lies inside one of `rects`. An area that does not
 * parse keeps the format: only what is surely a rerun's own is removed.
 */
export function sqrefInside(sqref: string, rects: readonly CellRect[]): boolean {
  const areas = sqref.trim().split(/\s+/).filter(Boolean);
  return (
    areas.length > 0 &&
    areas.every((area) => {
      const rect = parseRange(area);
      return rect !== undefined && rects.some((outer) => inside(rect, outer));
    })
  );
}

type Span = readonly [number, number];

/**
 * The spans of Excel 2010's `<x14:conditionalFormatting>` (in the worksheet's `<extLst>`) lying inside `rects`:
 * Excel writes a data bar twice, once here, and the copy would otherwise stay behind. An `<ext>` left without
 * any format goes whole (the schema wants at least one).
 */
function extSpans(tail: string, extLst: { start: number; end: number }, rects: readonly CellRect[]): Span[] {
  const spans: Span[] = [];
  const tags = (from: number, to: number, local: string): XmlTag[] => {
    const found: XmlTag[] = [];
    for (let tag = nextTag(tail, from); tag && tag.start < to; tag = nextTag(tail, tag.end))
      if (tag.kind === "open" && localName(tag.name) === local) found.push(tag);
    return found;
  };
  for (const ext of tags(extLst.start, extLst.end, "ext")) {
    const extEnd = elementEnd(tail, ext);
    const formats = tags(ext.end, extEnd, "conditionalFormatting").map((open) => {
      const end = elementEnd(tail, open);
      const sqref = tags(open.end, end, "sqref")[0];
      const text = sqref ? tail.slice(sqref.end, tail.indexOf("<", sqref.end)) : "";
      return { span: [open.start, end] as const, doomed: sqrefInside(text, rects) };
    });
    const doomed = formats.filter((format) => format.doomed);
    if (doomed.length > 0 && doomed.length === formats.length) spans.push([ext.start, extEnd]);
    else spans.push(...doomed.map((format) => format.span));
  }
  return spans;
}

/**
 * The tail of an existing worksheet part (from `</sheetData>` on) without the conditional formats that the sheet's
 * `replace` edits replace: every `<conditionalFormatting>` whose sqref lies wholly inside their ranges (and its
 * x14 twin). Everything else is kept byte for byte; the tail is returned as it was when no edit replaces.
 * @example withoutReplacedFormats('…<conditionalFormatting sqref="K2:K10">…</conditionalFormatting>…', additions)
 * //=> "……" when a replace edit covers K2:K10
 */
export function withoutReplacedFormats(tail: string, additions: SheetAdditions): string {
  const rects = replaceRects(additions);
  if (rects.length === 0) return tail;
  const children = sheetChildren(tail, 2);
  const spans: Span[] = children
    .filter((child) => child.local === "conditionalFormatting")
    .filter((child) => sqrefInside(attr(child.tag.text, "sqref") ?? "", rects))
    .map((child) => [child.start, child.end] as const);
  const extLst = children.find((child) => child.local === "extLst");
  if (extLst) spans.push(...extSpans(tail, extLst, rects));
  let out = tail;
  for (const [start, end] of spans.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return out;
}
