import { allTags, localName } from "./xmlTags";
import { attr } from "./xmlText";
import type { XlsxPackage } from "./xlsxPackage";

/** A relationship of a part, its target resolved to a part name (no leading "/"). */
export interface Relationship {
  readonly id: string;
  /** Last segment of the relationship type URI, e.g. "worksheet", "table", "officeDocument". */
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/**
 * The relationships part of a part.
 * @example relsPartFor("xl/workbook.xml") //=> "xl/_rels/workbook.xml.rels"
 */
export function relsPartFor(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * Resolve a relationship target against the part that holds it: relative ("../tables/t.xml") or absolute ("/xl/...").
 * @example resolveTarget("xl/worksheets/sheet1.xml", "../tables/table1.xml") //=> "xl/tables/table1.xml"
 */
export function resolveTarget(source: string, target: string): string {
  const decoded = safeDecode(target.split("#")[0] ?? "");
  const base = decoded.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

/** The relationships of `part` (none when it has no .rels part). */
export function readRels(pkg: XlsxPackage, part: string): Relationship[] {
  const relsPart = relsPartFor(part);
  if (!pkg.has(relsPart)) return [];
  return parseRels(pkg.text(relsPart), part);
}

/** The relationships in the text of `part`'s .rels part. */
export function parseRels(relsXml: string, part: string): Relationship[] {
  return allTags(relsXml)
    .filter((tag) => tag.kind !== "close" && localName(tag.name) === "Relationship")
    .map((tag) => {
      const external = attr(tag.text, "TargetMode") === "External";
      const target = attr(tag.text, "Target") ?? "";
      const type = attr(tag.text, "Type") ?? "";
      return {
        id: attr(tag.text, "Id") ?? "",
        type: type.slice(type.lastIndexOf("/") + 1),
        target: external ? target : resolveTarget(part, target),
        external,
      };
    });
}

/**
 * The relative target that points from `source` to `part` (both part names without a leading "/").
 * @example relativeTarget("xl/worksheets/sheet1.xml", "xl/drawings/drawing2.xml") //=> "../drawings/drawing2.xml"
 */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A target with a stray "%" is a literal name, not an encoding mistake to fail on.
    return text;
  }
}
