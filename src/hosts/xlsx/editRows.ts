import type { CellOp } from "./cellLayers";
import { columnLetters } from "./cellRef";
import { cellXml } from "./cellContent";
import { splitCells } from "./rowPatch";
import { tagEnd } from "./xmlTags";
import { attr, removeAttr, setAttr } from "./xmlText";

/** An existing `<c>` with an edit's operation applied: new style and/or new content; other attributes kept. */
function mergedCell(existing: string, op: CellOp): string {
  const openEnd = tagEnd(existing, 0);
  const name = /^<([^\s/>]+)/.exec(existing)?.[1] ?? "c";
  let open = existing.slice(0, openEnd).replace(/\s*\/>$/, ">");
  if (op.s !== undefined) open = op.s === 0 ? removeAttr(open, "s") : setAttr(open, "s", String(op.s));
  if (op.content === undefined) {
    const rest =
      existing.endsWith("/>") && openEnd === existing.length ? `</${name}>` : existing.slice(openEnd);
    return open + rest;
  }
  // Cell metadata (rich values, dynamic arrays) belongs to the old content.
  open = removeAttr(removeAttr(open, "cm"), "vm");
  open = op.content.t ? setAttr(open, "t", op.content.t) : removeAttr(open, "t");
  return op.content.inner ? `${open}${op.content.inner}</${name}>` : `${open.slice(0, -1)}/>`;
}

/**
 * An existing `<row>` with the operations of the edits on it (by column) and its new height: edited cells are
 * merged into existing ones or inserted in column order; `spans` follows the cells.
 */
export function patchEditRow(
  rowXml: string,
  row: number,
  ops: ReadonlyMap<number, CellOp>,
  height: number | undefined,
  p: string,
): string {
  const openEnd = tagEnd(rowXml, 0);
  const open = rowXml.slice(0, openEnd);
  const name = /^<([^\s/>]+)/.exec(open)?.[1] ?? `${p}row`;
  const closeStart = open.endsWith("/>") ? rowXml.length : rowXml.lastIndexOf("</");
  const { cells, rest } = splitCells(rowXml, openEnd, closeStart, row);
  const byColumn = new Map(cells.map((cell) => [cell.column, cell.xml]));
  for (const [column, op] of ops) {
    const existing = byColumn.get(column);
    const ref = `${columnLetters(column)}${row}`;
    byColumn.set(
      column,
      existing ? mergedCell(existing, op) : cellXml(ref, op.s, op.content ?? { inner: "" }, p),
    );
  }
  const columns = [...byColumn.keys()].sort((a, b) => a - b);
  let tag = setAttr(open.replace(/\s*\/>$/, ">"), "r", String(row));
  if (height !== undefined) tag = setAttr(setAttr(tag, "ht", String(height)), "customHeight", "1");
  if (attr(tag, "spans") !== undefined && columns.length > 0)
    tag = setAttr(tag, "spans", `${columns[0] ?? 1}:${columns[columns.length - 1] ?? 1}`);
  return `${tag}${columns.map((c) => byColumn.get(c) ?? "").join("")}${rest}</${name}>`;
}
