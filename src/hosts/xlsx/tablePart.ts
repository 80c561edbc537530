import type { ColumnBlock } from "../../plan/workbookEdit";
import type { TableInfo } from "../../plan/sheetSnapshot";
import { formatRange, parseRange } from "./cellRef";
import { readRels } from "./partPaths";
import { prefixOf } from "./workbookPart";
import { XlsxError } from "./xlsxError";
import type { XlsxPackage } from "./xlsxPackage";
import type { XmlTag } from "./xmlTags";
import { allTags, elementEnd, findTag, localName } from "./xmlTags";
import { attr, encodeOoxmlText, setAttr, setEncodedAttr } from "./xmlText";

/** A table of a sheet and the part that defines it. */
export interface SheetTable {
  readonly info: TableInfo;
  readonly part: string;
  /** `name` attribute (formulas use `displayName`; both identify the table). */
  readonly internalName: string;
}

/** Tables of a worksheet, found through its relationships. */
export function readTables(pkg: XlsxPackage, sheetPart: string): SheetTable[] {
  return readRels(pkg, sheetPart)
    .filter((rel) => rel.type === "table" && !rel.external && pkg.has(rel.target))
    .flatMap((rel) => {
      const root = allTags(pkg.text(rel.target))[0];
      const rect = root && parseRange(attr(root.text, "ref") ?? "");
      if (!root || !rect) return [];
      const name = attr(root.text, "displayName") ?? attr(root.text, "name") ?? "";
      const hasTotalsRow = Number(attr(root.text, "totalsRowCount") ?? 0) > 0;
      return [
        {
          info: { name, rect, hasTotalsRow },
          part: rel.target,
          internalName: attr(root.text, "name") ?? name,
        },
      ];
    });
}

/**
 * Make the block's columns columns of the table: widen `ref` (and `<autoFilter ref>`) to the block's last column
 * and rows, rename table columns the block already covers (a rerun) and append the others with new ids.
 * Returns undefined when the block does not continue the table (other header row, gap, no header row).
 */
export function widenTable(xml: string, table: SheetTable, block: ColumnBlock): string | undefined {
  const { rect, hasTotalsRow } = table.info;
  const lastColumn = block.firstColumn + block.columns.length - 1;
  const tags = allTags(xml);
  const root = tags[0];
  if (!root || rect.top !== block.headerRow || attr(root.text, "headerRowCount") === "0") return undefined;
  if (block.firstColumn < rect.left || block.firstColumn > rect.right + 1) return undefined;
  const totals = hasTotalsRow ? 1 : 0;
  const widened = {
    ...rect,
    right: Math.max(rect.right, lastColumn),
    bottom: Math.max(rect.bottom, block.lastRow + totals),
  };
  const listAt = findTag(tags, "tableColumns");
  const list = tags[listAt];
  if (!list || list.kind !== "open")
    throw new XlsxError("xlsx.badXml", `${table.part} has no <tableColumns>`);
  const columns = tags
    .slice(listAt + 1)
    .filter((tag) => tag.kind !== "close" && localName(tag.name) === "tableColumn");
  const names = columns.map((tag) => attr(tag.text, "name") ?? "");
  const p = prefixOf(root);
  let nextId = Math.max(0, ...columns.map((tag) => Number(attr(tag.text, "id")) || 0)) + 1;
  const edits: { tag: XmlTag; text: string }[] = [];
  const added: string[] = [];
  block.columns.forEach((column, i) => {
    const at = block.firstColumn + i - rect.left;
    names[at] = column.header;
    const existing = columns[at];
    const name = encodeOoxmlText(column.header);
    if (existing) edits.push({ tag: existing, text: setEncodedAttr(existing.text, "name", name) });
    else added.push(`<${p}tableColumn id="${nextId++}" name="${name}"/>`);
  });
  checkUnique(names, table.info.name);
  const filter = tags[findTag(tags, "autoFilter")];
  const filterRect = { ...widened, bottom: widened.bottom - totals };
  if (filter) edits.push({ tag: filter, text: setAttr(filter.text, "ref", formatRange(filterRect)) });
  edits.push({ tag: root, text: setAttr(root.text, "ref", formatRange(widened)) });
  edits.push({ tag: list, text: setAttr(list.text, "count", String(columns.length + added.length)) });
  const listEnd = elementEnd(xml, list);
  const closeStart = xml.lastIndexOf("<", listEnd - 1);
  return applyEdits(xml, edits, closeStart, added.join(""));
}

/** Excel repairs a table whose column names repeat (case-insensitively): refuse to write one. */
function checkUnique(names: readonly string[], table: string): void {
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.toLowerCase();
    if (seen.has(key))
      throw new XlsxError("xlsx.tableColumnName", `table ${table} would have two columns "${name}"`);
    seen.add(key);
  }
}

function applyEdits(
  xml: string,
  edits: readonly { tag: XmlTag; text: string }[],
  insertAt: number,
  insert: string,
): string {
  const all = [
    ...edits.map((e) => ({ from: e.tag.start, to: e.tag.end, text: e.text })),
    { from: insertAt, to: insertAt, text: insert },
  ];
  all.sort((a, b) => b.from - a.from);
  return all.reduce((out, e) => out.slice(0, e.from) + e.text + out.slice(e.to), xml);
}
