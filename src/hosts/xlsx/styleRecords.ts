import type { CellStyle, ConditionalStyle } from "../../plan/cellStyle";
import type { StyleSheet } from "../../plan/edits";
import { borderXml, canonicalXml, dxfXml, fillXml, fontXml, xfBase, xfXml } from "./styleXml";
import { appendChild, children, numberFormatId } from "./stylesPart";
import { prefixOf } from "./workbookPart";
import { XlsxError } from "./xlsxError";
import { allTags, elementEnd, findTag } from "./xmlTags";

/** CT_Stylesheet's sequence: where a missing list goes. */
const stylesheetOrder = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

export interface AddedStyles {
  readonly xml: string;
  /** cellXfs index (a cell's `s`) per style name. */
  readonly xf: ReadonlyMap<string, number>;
  /** dxf index of `conditional[i]`. */
  readonly dxf: readonly number[];
}

/**
 * Give every named style a `cellXfs` record and every conditional style a `dxf` record in styles.xml, reusing an
 * identical numFmt, font, fill, border, xf or dxf before adding one. Existing records keep their order and
 * indexes (cells keep their look); only `count` attributes change. Fonts start from the workbook's default font
 * (font 0): a style saying only "bold" gets font 0 in bold.
 */
export function addStyles(
  stylesXml: string,
  styles: StyleSheet,
  conditional: readonly ConditionalStyle[],
): AddedStyles {
  let xml = stylesXml;
  const xf = new Map<string, number>();
  for (const [name, style] of Object.entries(styles)) {
    const added = styleXf(xml, style);
    xml = added.xml;
    xf.set(name, added.index);
  }
  const dxf: number[] = [];
  for (const style of conditional) {
    const added = ensureRecord(xml, "dxfs", "dxf", (p) => dxfXml(style, p));
    xml = added.xml;
    dxf.push(added.index);
  }
  return { xml, xf, dxf };
}

interface Added {
  readonly xml: string;
  readonly index: number;
}

function styleXf(stylesXml: string, style: CellStyle): Added {
  let xml = stylesXml;
  const use = (added: Added): number => {
    xml = added.xml;
    return added.index;
  };
  const numFmtId =
    style.numberFormat === undefined ? 0 : use(toAdded(numberFormatId(xml, style.numberFormat)));
  const font = style.font;
  const fontId =
    font === undefined
      ? 0
      : use(
          ensureRecord(xml, "fonts", "font", (p) =>
            fontXml(firstRecord(xml, "fonts", "font") ?? "<font/>", font, p),
          ),
        );
  const fill = style.fill;
  const fillId = fill === undefined ? 0 : use(ensureRecord(xml, "fills", "fill", (p) => fillXml(fill, p)));
  const border = style.border;
  const borderId =
    border === undefined ? 0 : use(ensureRecord(xml, "borders", "border", (p) => borderXml(border, p)));
  const base = xfBase(firstRecord(xml, "cellXfs", "xf") ?? "<xf/>");
  return ensureRecord(xml, "cellXfs", "xf", (p) =>
    xfXml(style, { numFmtId, fontId, fillId, borderId }, base, p),
  );
}

function toAdded(found: { xml: string; id: number }): Added {
  return { xml: found.xml, index: found.id };
}

/** The first record of a list (font 0: the workbook's default font; xf 0: the Normal format). */
function firstRecord(xml: string, list: string, item: string): string | undefined {
  const tags = allTags(xml);
  const first = children(xml, tags, findTag(tags, list), item)[0];
  return first && xml.slice(first.start, elementEnd(xml, first));
}

/** Index of a record equal to the one `build` makes (by `canonicalXml`) in `list`, appending it when none is. */
function ensureRecord(stylesXml: string, list: string, item: string, build: (p: string) => string): Added {
  const xml = ensureList(stylesXml, list);
  const tags = allTags(xml);
  const at = findTag(tags, list);
  const listTag = tags[at];
  if (!listTag) throw new XlsxError("xlsx.badXml", `styles part has no <${list}>`);
  const wanted = build(prefixOf(tags[0]));
  const key = canonicalXml(wanted);
  const items = children(xml, tags, at, item);
  const same = items.findIndex((tag) => canonicalXml(xml.slice(tag.start, elementEnd(xml, tag))) === key);
  if (same >= 0) return { xml, index: same };
  return { xml: appendChild(xml, listTag, wanted, items.length + 1), index: items.length };
}

/** Add an empty list where CT_Stylesheet's sequence puts it, when the stylesheet lacks it. */
function ensureList(xml: string, list: string): string {
  const tags = allTags(xml);
  if (findTag(tags, list) >= 0) return xml;
  const root = tags[0];
  if (!root || root.kind !== "open") throw new XlsxError("xlsx.badXml", "styles part has no <styleSheet>");
  const p = prefixOf(root);
  const later = stylesheetOrder.slice(stylesheetOrder.indexOf(list) + 1);
  const next = later.map((name) => tags[findTag(tags, name)]).find((tag) => tag !== undefined);
  const at = next ? next.start : xml.lastIndexOf("</");
  return `${xml.slice(0, at)}<${p}${list} count="0"/>${xml.slice(at)}`;
}
