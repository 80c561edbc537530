import type { BorderLine, BorderStyle, CellStyle, ConditionalStyle, FontStyle } from "../../plan/cellStyle";
import { XlsxError } from "./xlsxError";
import { allTags, localName } from "./xmlTags";
import { escapeXml } from "./xmlText";

/** Order Excel writes a font's children in (CT_Font is a choice, but Excel and our dedupe expect this order). */
const fontChildOrder = [
  "b",
  "i",
  "strike",
  "condense",
  "extend",
  "outline",
  "shadow",
  "u",
  "vertAlign",
  "sz",
];
const fontChildTail = ["color", "name", "family", "charset", "scheme"];

/**
 * A record's structure for comparison: local names, attributes sorted, whitespace and prefixes ignored, so
 * `<font><b/><sz val="11"/></font>` equals `<x:font> <x:b></x:b><x:sz val="11" /></x:font>`.
 */
export function canonicalXml(xml: string): string {
  const tokens = allTags(xml).map((tag) => {
    const name = localName(tag.name);
    if (tag.kind === "close") return `</${name}>`;
    const attrs = [...tag.text.matchAll(/([\w:.-]+)\s*=\s*("[^"]*"|'[^']*')/g)]
      .map((m) => `${m[1] ?? ""}=${(m[2] ?? "").slice(1, -1)}`)
      .sort();
    return `<${[name, ...attrs].join(" ")}${tag.kind === "empty" ? "/" : ""}>`;
  });
  return tokens.join("").replace(/<([\w.-]+)([^<>]*)><\/\1>/g, "<$1$2/>");
}

/** "1F4E79" → "FF1F4E79" (ARGB, opaque); refuses anything but six hex digits. */
export function argb(rgb: string): string {
  if (!/^[0-9A-Fa-f]{6}$/.test(rgb)) throw new XlsxError("xlsx.badEdit", `"${rgb}" is not an RGB colour`);
  return `FF${rgb.toUpperCase()}`;
}

/**
 * The workbook's default font (`font0`, a `<font>` element) with the style's properties applied: missing
 * properties inherit, so bold alone is font 0 plus `<b/>`. Another family drops the theme `scheme`.
 */
export function fontXml(font0: string, font: FontStyle, p: string): string {
  const children = new Map<string, string>();
  for (const tag of allTags(font0).slice(1)) {
    if (tag.kind !== "close")
      children.set(
        localName(tag.name),
        tag.text.replace(/^<[^\s/>]+/, `<${p}${localName(tag.name)}`).replace(/\s*\/>$/, "/>"),
      );
  }
  const flag = (name: string, on: boolean | undefined): void => {
    if (on === true) children.set(name, `<${p}${name}/>`);
    if (on === false) children.delete(name);
  };
  flag("b", font.bold);
  flag("i", font.italic);
  flag("u", font.underline);
  if (font.size !== undefined) children.set("sz", `<${p}sz val="${font.size}"/>`);
  if (font.color !== undefined) children.set("color", `<${p}color rgb="${argb(font.color)}"/>`);
  if (font.name !== undefined) {
    children.set("name", `<${p}name val="${escapeXml(font.name)}"/>`);
    for (const dropped of ["family", "charset", "scheme"]) children.delete(dropped);
  }
  const order = [...fontChildOrder, ...fontChildTail];
  const known = order.flatMap((name) => children.get(name) ?? []);
  const other = [...children].filter(([name]) => !order.includes(name)).map(([, xml]) => xml);
  return `<${p}font>${[...known, ...other].join("")}</${p}font>`;
}

/** A solid fill. */
export function fillXml(rgb: string, p: string): string {
  const color = argb(rgb);
  return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${color}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
}

function sideXml(side: string, line: BorderLine | undefined, p: string): string {
  if (line === undefined) return `<${p}${side}/>`;
  const style = typeof line === "string" ? line : line.style;
  const color = typeof line === "string" ? "" : `<${p}color rgb="${argb(line.color)}"/>`;
  return color ? `<${p}${side} style="${style}">${color}</${p}${side}>` : `<${p}${side} style="${style}"/>`;
}

/** A border in CT_Border's order (left, right, top, bottom, diagonal). */
export function borderXml(border: BorderStyle, p: string): string {
  const sides = (["left", "right", "top", "bottom"] as const).map((side) => sideXml(side, border[side], p));
  return `<${p}border>${sides.join("")}<${p}diagonal/></${p}border>`;
}

/** Record ids an xf points to. */
export interface XfIds {
  readonly numFmtId: number;
  readonly fontId: number;
  readonly fillId: number;
  readonly borderId: number;
}

/** What a new xf inherits from xf 0 (the Normal format): its alignment attributes and protection. */
export interface XfBase {
  readonly alignment: ReadonlyMap<string, string>;
  readonly locked?: boolean;
}

/** Read `XfBase` from xf 0's element text. */
export function xfBase(xf0: string): XfBase {
  const tags = allTags(xf0);
  const alignment = tags.find((tag) => localName(tag.name) === "alignment" && tag.kind !== "close");
  const protection = tags.find((tag) => localName(tag.name) === "protection" && tag.kind !== "close");
  const attrs = (text: string | undefined): Map<string, string> =>
    new Map([...(text ?? "").matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
  const locked = attrs(protection?.text).get("locked");
  return { alignment: attrs(alignment?.text), ...(locked !== undefined ? { locked: locked !== "0" } : {}) };
}

/**
 * A `cellXfs` record: the ids, `apply*` for what the style sets, and alignment and protection over xf 0's
 * (so a workbook whose Normal format centres vertically keeps that in new styles).
 */
export function xfXml(style: CellStyle, ids: XfIds, base: XfBase, p: string): string {
  const apply = [
    style.numberFormat !== undefined ? ' applyNumberFormat="1"' : "",
    style.font !== undefined ? ' applyFont="1"' : "",
    style.fill !== undefined ? ' applyFill="1"' : "",
    style.border !== undefined ? ' applyBorder="1"' : "",
    style.alignment !== undefined ? ' applyAlignment="1"' : "",
    style.locked !== undefined ? ' applyProtection="1"' : "",
  ].join("");
  const align = new Map(base.alignment);
  const a = style.alignment;
  if (a?.horizontal !== undefined) align.set("horizontal", a.horizontal);
  if (a?.vertical !== undefined) align.set("vertical", a.vertical);
  if (a?.wrap === true) align.set("wrapText", "1");
  if (a?.wrap === false) align.delete("wrapText");
  const alignment =
    align.size > 0 ? `<${p}alignment${[...align].map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("")}/>` : "";
  const locked = style.locked ?? base.locked;
  const protection = locked === undefined ? "" : `<${p}protection locked="${locked ? 1 : 0}"/>`;
  const open = `<${p}xf numFmtId="${ids.numFmtId}" fontId="${ids.fontId}" fillId="${ids.fillId}" borderId="${ids.borderId}" xfId="0"${apply}`;
  return alignment || protection ? `${open}>${alignment}${protection}</${p}xf>` : `${open}/>`;
}

/** A differential format for conditional formatting: bold, italic, font colour, fill (as Excel writes it). */
export function dxfXml(style: ConditionalStyle, p: string): string {
  const f = style.font;
  const font = f
    ? `<${p}font>${f.bold ? `<${p}b/>` : ""}${f.italic ? `<${p}i/>` : ""}${f.color ? `<${p}color rgb="${argb(f.color)}"/>` : ""}</${p}font>`
    : "";
  const fill = style.fill
    ? `<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb(style.fill)}"/></${p}patternFill></${p}fill>`
    : "";
  return `<${p}dxf>${font}${fill}</${p}dxf>`;
}
