import type { NewCell, PreparedBlock } from "./blockCells";
import { cellsForRow } from "./blockCells";
import { columnLetters, columnNumber } from "./cellRef";
import { XlsxError } from "./xlsxError";
import { nextTag, tagEnd } from "./xmlTags";
import { attr, removeAttr, setAttr } from "./xmlText";

/** Attributes that carry nothing once a row has no cells: such a row is dropped rather than left empty. */
const idleRowAttributes = /\s(r|spans)\s*=\s*"[^"]*"/g;

/**
 * Rewrite one `<row>` the blocks cover: drop the cells in the blocks' columns (the job's own), insert the new ones
 * in column order (cells right of a block stay after it), make every kept cell's `r` explicit (cells without `r`
 * follow the previous one, which insertion would shift) and fix `spans`.
 */
export function patchRow(
  rowXml: string,
  openEnd: number,
  row: number,
  blocks: readonly PreparedBlock[],
  prefix: string,
): string {
  const open = rowXml.slice(0, openEnd);
  const name = /^<([^\s/>]+)/.exec(open)?.[1] ?? "row";
  const closeStart = open.endsWith("/>") ? rowXml.length : rowXml.lastIndexOf("</");
  const appended = appendAfterLastCell(rowXml, open, closeStart, row, blocks, prefix);
  if (appended !== undefined) return appended;
  const { cells, rest } = splitCells(rowXml, openEnd, closeStart, row);
  let kept: NewCell[] = cells;
  const added: NewCell[] = [];
  for (const block of blocks) {
    const styleCell = cells.find((cell) => cell.column === block.block.headerStyleFrom);
    const headerStyle = styleCell ? attr(styleCell.xml, "s") : undefined;
    kept = kept.filter((cell) => cell.column < block.left || cell.column > block.right);
    added.push(...cellsForRow(block, row, headerStyle, prefix));
  }
  const all = [...kept, ...added].sort((a, b) => a.column - b.column);
  let tag = setAttr(open.endsWith("/>") ? `${open.slice(0, -2)}>` : open, "r", String(row));
  if (all.length === 0 && rest.trim() === "" && tag.replace(idleRowAttributes, "") === `<${name}>`) return "";
  const first = all[0];
  const last = all[all.length - 1];
  if (attr(tag, "spans") !== undefined) {
    tag = first && last ? setAttr(tag, "spans", `${first.column}:${last.column}`) : removeAttr(tag, "spans");
  }
  return `${tag}${all.map((cell) => cell.xml).join("")}${rest}</${name}>`;
}

/** The row's cells with their columns (explicit `r` added where missing), and any non-cell content after them. */
export function splitCells(
  rowXml: string,
  from: number,
  to: number,
  row: number,
): { cells: NewCell[]; rest: string } {
  const cells: NewCell[] = [];
  const rest: string[] = [];
  let column = 0;
  let at = from;
  while (at < to) {
    const tag = nextTag(rowXml, at);
    if (!tag || tag.start >= to) break;
    const isCell = tag.name === "c" || tag.name.endsWith(":c");
    const close = tag.kind === "empty" ? tag.end - 1 : rowXml.indexOf(`</${tag.name}>`, tag.end);
    if (close < 0) throw new XlsxError("xlsx.badXml", `row ${row}: <${tag.name}> is not closed`);
    const end = tag.kind === "empty" ? tag.end : close + tag.name.length + 3;
    if (!isCell) {
      rest.push(rowXml.slice(tag.start, end));
    } else {
      const ref = attr(tag.text, "r");
      column = ref ? columnNumber(ref) : column + 1;
      const xml = rowXml.slice(tag.start, end);
      const named = ref
        ? xml
        : setAttr(tag.text, "r", `${columnLetters(column)}${row}`) + xml.slice(tag.text.length);
      cells.push({ column, xml: named });
    }
    at = end;
  }
  return { cells, rest: rest.join("") };
}

/**
 * The usual case, kept cheap because it runs once per data row: every block lies right of the row's last cell, so
 * nothing moves. The new cells go right after that cell and only `spans` changes. Undefined when the row needs the
 * general rewrite (the header row, which copies a cell's style; cells in or right of a block; no explicit `r`).
 */
function appendAfterLastCell(
  rowXml: string,
  open: string,
  closeStart: number,
  row: number,
  blocks: readonly PreparedBlock[],
  prefix: string,
): string | undefined {
  if (open.endsWith("/>") || blocks.some((block) => block.block.headerRow === row)) return undefined;
  const cellOpen = `<${prefix}c`;
  const last = rowXml.lastIndexOf(cellOpen, closeStart);
  if (last < open.length || !/[\s/>]/.test(rowXml.charAt(last + cellOpen.length))) return undefined;
  const lastTagEnd = tagEnd(rowXml, last);
  const ref = attr(rowXml.slice(last, lastTagEnd), "r");
  if (ref === undefined) return undefined;
  const column = columnNumber(ref);
  if (blocks.some((block) => block.left <= column)) return undefined;
  const selfClosing = rowXml.charCodeAt(lastTagEnd - 2) === 47;
  const closeTag = `</${prefix}c>`;
  const lastEnd = selfClosing ? lastTagEnd : rowXml.indexOf(closeTag, lastTagEnd) + closeTag.length;
  if (lastEnd < lastTagEnd || rowXml.slice(lastEnd, closeStart).trim() !== "") return undefined;
  const added = blocks.flatMap((block) => cellsForRow(block, row, undefined, prefix));
  added.sort((a, b) => a.column - b.column);
  const spans = attr(open, "spans");
  const lastColumn = added[added.length - 1]?.column ?? column;
  const tag =
    spans === undefined ? open : setAttr(open, "spans", `${spans.split(":")[0] ?? "1"}:${lastColumn}`);
  return `${tag}${rowXml.slice(open.length, lastEnd)}${added.map((cell) => cell.xml).join("")}${rowXml.slice(lastEnd)}`;
}
