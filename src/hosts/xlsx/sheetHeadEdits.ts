import type { CellRect } from "../../plan/sheetSnapshot";
import { formatRange, parseRange, unionRect } from "./cellRef";
import type { SheetAdditions } from "./sheetAdditions";
import type { SheetChild } from "./sheetChildren";
import { insertChild, sheetChildren } from "./sheetChildren";
import { paneXml, sheetPrChildren } from "./sheetElements";
import { allTags, localName } from "./xmlTags";
import { attr, removeAttr, setAttr } from "./xmlText";

const relNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * Patch the part of an existing worksheet before `<sheetData>` for a sheet's additions: `<sheetPr>` (tab colour,
 * fit to page), `<dimension>` widened to `used`, the first `<sheetView>` (gridlines, frozen pane) and `<cols>`
 * (widths, splitting existing ranges). `relIds` adds the relationships namespace to the root when it lacks it.
 */
export function patchHeadForEdits(
  head: string,
  additions: SheetAdditions,
  used: CellRect | undefined,
  p: string,
  relIds: boolean,
): string {
  let out = head;
  const root = allTags(out)[0];
  if (relIds && root && !/\sxmlns:r\s*=/.test(root.text))
    out = out.slice(0, root.start) + setAttr(root.text, "xmlns:r", relNamespace) + out.slice(root.end);
  out = patchSheetPr(out, additions, p);
  const dimension = child(out, "dimension");
  if (dimension && used) {
    const rect = parseRange(attr(dimension.tag.text, "ref") ?? "");
    const ref = formatRange(rect ? unionRect(rect, used) : used);
    out =
      out.slice(0, dimension.start) + setAttr(dimension.tag.text, "ref", ref) + out.slice(dimension.tag.end);
  }
  out = patchSheetView(out, additions, p);
  return patchCols(out, additions.widths, p);
}

function child(xml: string, local: string): SheetChild | undefined {
  return sheetChildren(xml, 0).find((c) => c.local === local);
}

/** An element's text with an empty start tag opened: `<a x="1"/>` → `<a x="1"></a>`. */
function opened(xml: string, c: SheetChild): string {
  const text = xml.slice(c.start, c.end);
  return c.tag.kind === "empty" ? `${text.replace(/\s*\/>$/, ">")}</${c.tag.name}>` : text;
}

function patchSheetPr(head: string, additions: SheetAdditions, p: string): string {
  const { tabColor, pageSetUpPr } = sheetPrChildren(additions, p);
  if (!tabColor && !pageSetUpPr) return head;
  const pr = child(head, "sheetPr");
  if (!pr)
    return insertChild(
      head,
      0,
      "sheetPr",
      `<${p}sheetPr>${tabColor ?? ""}${pageSetUpPr ?? ""}</${p}sheetPr>`,
      head.length,
    );
  let xml = opened(head, pr);
  if (tabColor) {
    xml = xml.replace(/<([\w.-]+:)?tabColor\b[^>]*\/>/, "");
    const openEnd = xml.indexOf(">") + 1;
    xml = xml.slice(0, openEnd) + tabColor + xml.slice(openEnd);
  }
  if (pageSetUpPr) {
    const setup = /<([\w.-]+:)?pageSetUpPr\b[^>]*\/>/.exec(xml);
    const close = xml.lastIndexOf("</");
    xml = setup
      ? xml.replace(setup[0], setAttr(setup[0], "fitToPage", "1"))
      : xml.slice(0, close) + pageSetUpPr + xml.slice(close);
  }
  return head.slice(0, pr.start) + xml + head.slice(pr.end);
}

function patchSheetView(head: string, additions: SheetAdditions, p: string): string {
  const { gridlines, freeze } = additions;
  if (gridlines === undefined && !freeze) return head;
  const pane = freeze ? paneXml(freeze.rows, freeze.columns, p) : "";
  const views = child(head, "sheetViews");
  const grid = gridlines === false ? ' showGridLines="0"' : "";
  if (!views)
    return insertChild(
      head,
      0,
      "sheetViews",
      `<${p}sheetViews><${p}sheetView${grid} workbookViewId="0">${pane}</${p}sheetView></${p}sheetViews>`,
      head.length,
    );
  const tags = allTags(head.slice(views.start, views.end));
  const view = tags.find((tag) => localName(tag.name) === "sheetView" && tag.kind !== "close");
  if (!view) return head;
  const start = views.start + view.start;
  const close = view.kind === "empty" ? -1 : head.indexOf(`</${view.name}>`, views.start + view.end);
  const end = view.kind === "empty" ? views.start + view.end : close + view.name.length + 3;
  let open = view.text.replace(/\s*\/>$/, ">");
  open =
    gridlines === false
      ? setAttr(open, "showGridLines", "0")
      : gridlines
        ? removeAttr(open, "showGridLines")
        : open;
  let inner = view.kind === "empty" ? "" : head.slice(views.start + view.end, close);
  if (freeze) inner = pane + inner.replace(/<([\w.-]+:)?(pane|selection)\b[^>]*\/>/g, "");
  return `${head.slice(0, start)}${open}${inner}</${view.name}>${head.slice(end)}`;
}

function patchCols(head: string, widths: ReadonlyMap<number, number>, p: string): string {
  if (widths.size === 0) return head;
  const cols = child(head, "cols");
  const entries = cols
    ? allTags(head.slice(cols.start, cols.end)).filter(
        (t) => localName(t.name) === "col" && t.kind !== "close",
      )
    : [];
  const out: { min: number; xml: string }[] = [];
  for (const tag of entries) {
    const min = Number(attr(tag.text, "min"));
    const max = Number(attr(tag.text, "max"));
    let from = min;
    for (let column = min; column <= max + 1; column++) {
      if (column <= max && !widths.has(column)) continue;
      if (from < column)
        out.push({
          min: from,
          xml: setAttr(setAttr(tag.text, "min", String(from)), "max", String(column - 1)),
        });
      from = column + 1;
    }
  }
  for (const [column, width] of widths) {
    const covering = entries.find(
      (t) => Number(attr(t.text, "min")) <= column && column <= Number(attr(t.text, "max")),
    );
    const base = covering?.text ?? `<${p}col/>`;
    const attrs = { min: String(column), max: String(column), width: String(width), customWidth: "1" };
    out.push({ min: column, xml: Object.entries(attrs).reduce((tag, [k, v]) => setAttr(tag, k, v), base) });
  }
  const name = cols?.tag.name ?? `${p}cols`;
  const xml = `<${name}>${out
    .sort((a, b) => a.min - b.min)
    .map((c) => c.xml)
    .join("")}</${name}>`;
  return cols
    ? head.slice(0, cols.start) + xml + head.slice(cols.end)
    : insertChild(head, 0, "cols", xml, head.length);
}
