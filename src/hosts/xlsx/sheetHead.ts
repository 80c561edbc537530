import type { PreparedBlock } from "./blockCells";
import { formatRange, parseRange, unionRect } from "./cellRef";
import type { XmlTag } from "./xmlTags";
import { allTags, elementEnd, localName } from "./xmlTags";
import { attr, setAttr } from "./xmlText";

/** Narrowest and widest default width (in characters) of a new column. */
const minColumnWidthChars = 10;
const maxColumnWidthChars = 50;

/**
 * Patch the part of a worksheet before `<sheetData>`: widen `<dimension ref>` to cover the blocks and give the
 * new columns a width when no `<col>` covers them (keeping `<col>` sorted and non-overlapping).
 */
export function patchSheetHead(head: string, blocks: readonly PreparedBlock[], prefix: string): string {
  const tags = allTags(head);
  let out = head;
  const cols = tags.find((tag) => tag.kind !== "close" && localName(tag.name) === "cols");
  const colsEnd = cols ? elementEnd(head, cols) : -1;
  if (cols && colsEnd > 0)
    out = out.slice(0, cols.start) + patchCols(head, cols, colsEnd, tags, blocks) + out.slice(colsEnd);
  if (!cols) {
    const added = newCols(blocks, []);
    if (added.length > 0)
      out += `<${prefix}cols>${added.map((c) => c.xml.replace("<col", `<${prefix}col`)).join("")}</${prefix}cols>`;
  }
  const dimension = tags.find((tag) => tag.kind !== "close" && localName(tag.name) === "dimension");
  if (!dimension) return out;
  const rect = blocks.reduce(
    (r, b) =>
      unionRect(r, {
        top: b.block.headerRow,
        left: b.left,
        bottom: Math.max(b.block.lastRow, b.block.headerRow),
        right: b.right,
      }),
    parseRange(attr(dimension.text, "ref") ?? "") ?? { top: 1, left: 1, bottom: 1, right: 1 },
  );
  // The dimension comes before <cols>, so its offsets are still valid in `out`.
  return (
    out.slice(0, dimension.start) +
    setAttr(dimension.text, "ref", formatRange(rect)) +
    out.slice(dimension.end)
  );
}

interface ColEntry {
  readonly min: number;
  readonly max: number;
  readonly xml: string;
}

function patchCols(
  head: string,
  cols: XmlTag,
  colsEnd: number,
  tags: readonly XmlTag[],
  blocks: readonly PreparedBlock[],
): string {
  const prefix = cols.name.slice(0, cols.name.length - "cols".length);
  const existing: ColEntry[] = tags
    .filter(
      (tag) =>
        tag.start > cols.start && tag.end <= colsEnd && tag.kind !== "close" && localName(tag.name) === "col",
    )
    .map((tag) => ({
      min: Number(attr(tag.text, "min")),
      max: Number(attr(tag.text, "max")),
      xml: tag.text,
    }));
  const added = newCols(blocks, existing).map((c) => ({ ...c, xml: c.xml.replace("<col", `<${prefix}col`) }));
  if (added.length === 0) return head.slice(cols.start, colsEnd);
  const all = [...existing, ...added].sort((a, b) => a.min - b.min);
  const open = cols.kind === "empty" ? cols.text.replace(/\s*\/>$/, ">") : cols.text;
  return `${open}${all.map((c) => c.xml).join("")}</${cols.name}>`;
}

/** A `<col>` per block column that no existing `<col>` covers, wide enough for its header. */
function newCols(blocks: readonly PreparedBlock[], existing: readonly ColEntry[]): ColEntry[] {
  const added: ColEntry[] = [];
  for (const { block } of blocks) {
    block.columns.forEach((column, i) => {
      const col = block.firstColumn + i;
      if (existing.some((c) => c.min <= col && col <= c.max)) return;
      const width = Math.min(
        maxColumnWidthChars,
        Math.max(minColumnWidthChars, displayWidth(column.header) + 2),
      );
      added.push({
        min: col,
        max: col,
        xml: `<col min="${col}" max="${col}" width="${width}" customWidth="1"/>`,
      });
    });
  }
  return added;
}

/** Width of text in character cells: CJK and other wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}
