import { readRels, relsPartFor } from "./partPaths";
import type { XlsxPackage } from "./xlsxPackage";
import { allTags, localName } from "./xmlTags";
import { attr, escapeXml } from "./xmlText";

const transitionalMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const transitionalRels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const packageRels = "http://schemas.openxmlformats.org/package/2006/relationships";
const stylesContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** The workbook's styles part, or the one it is given when it has none. */
export interface StylesSource {
  readonly part: string;
  /** The part's current text: a minimal stylesheet when the workbook had none. */
  readonly xml: string;
  /** Parts to write with it (relationships, content types) so the package names a new styles part. */
  readonly companions: ReadonlyMap<string, string>;
}

/**
 * Find the styles part through the workbook's relationships. A workbook without one (some generators leave it out;
 * Excel opens it with default styles) gets a minimal stylesheet, its relationship and its content type, instead of
 * being refused: number formats need a `<cellXfs>` to live in.
 */
export function stylesSource(pkg: XlsxPackage, workbookPart: string): StylesSource {
  const rel = readRels(pkg, workbookPart).find((r) => r.type === "styles" && !r.external);
  if (rel && pkg.has(rel.target))
    return { part: rel.target, xml: pkg.text(rel.target), companions: new Map() };
  const companions = new Map<string, string>();
  const dir = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const part = rel?.target ?? freeName(pkg, dir);
  if (!rel) {
    const relsPart = relsPartFor(workbookPart);
    const relsXml = pkg.has(relsPart)
      ? pkg.text(relsPart)
      : `<Relationships xmlns="${packageRels}"></Relationships>`;
    companions.set(relsPart, addRelationship(relsXml, part.slice(dir.length)));
  }
  companions.set("[Content_Types].xml", addOverride(pkg.text("[Content_Types].xml"), part));
  return { part, xml: minimalStyles(mainNamespace(pkg.text(workbookPart))), companions };
}

/** "xl/styles.xml", or a numbered name when some other part already has it. */
function freeName(pkg: XlsxPackage, dir: string): string {
  let name = `${dir}styles.xml`;
  for (let n = 1; pkg.has(name); n += 1) name = `${dir}styles${n}.xml`;
  return name;
}

function addRelationship(xml: string, target: string): string {
  const tags = allTags(xml).filter((tag) => tag.kind !== "close" && localName(tag.name) === "Relationship");
  const ids = new Set(tags.map((tag) => attr(tag.text, "Id")));
  let n = tags.length + 1;
  while (ids.has(`rId${n}`)) n += 1;
  // Strict-conformance packages use another namespace for relationship types: follow the workbook's own.
  const type = attr(tags[0]?.text ?? "", "Type") ?? "";
  const base = type.includes("/") ? type.slice(0, type.lastIndexOf("/")) : transitionalRels;
  const element = `<Relationship Id="rId${n}" Type="${escapeXml(`${base}/styles`)}" Target="${escapeXml(target)}"/>`;
  return insertBeforeClose(xml, element);
}

function addOverride(xml: string, part: string): string {
  const name = `/${part}`.toLowerCase();
  const exists = allTags(xml).some(
    (tag) => localName(tag.name) === "Override" && (attr(tag.text, "PartName") ?? "").toLowerCase() === name,
  );
  if (exists) return xml;
  return insertBeforeClose(
    xml,
    `<Override PartName="/${escapeXml(part)}" ContentType="${stylesContentType}"/>`,
  );
}

/** Insert before the root's close tag (a self-closing root is opened first). */
function insertBeforeClose(xml: string, element: string): string {
  const root = allTags(xml)[0];
  if (root?.kind === "empty") {
    const open = `${root.text.replace(/\s*\/>$/, ">")}`;
    return `${xml.slice(0, root.start)}${open}${element}</${root.name}>${xml.slice(root.end)}`;
  }
  const close = xml.lastIndexOf("</");
  return `${xml.slice(0, close)}${element}${xml.slice(close)}`;
}

/** The namespace of the workbook's root element (transitional or strict SpreadsheetML). */
function mainNamespace(workbookXml: string): string {
  const root = allTags(workbookXml)[0];
  if (!root) return transitionalMain;
  const colon = root.name.indexOf(":");
  const xmlns = colon < 0 ? "xmlns" : `xmlns:${root.name.slice(0, colon)}`;
  return attr(root.text, xmlns) ?? transitionalMain;
}

/** Excel's own defaults: Calibri 11, no fill, the gray125 fill Excel expects second, no border, the Normal style. */
function minimalStyles(namespace: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${escapeXml(namespace)}">` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`
  );
}
