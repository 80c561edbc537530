import { quoteSheet } from "../../plan/range";
import type { OwnershipFacts } from "../../plan/ownershipRecord";
import { ownershipComment, parseOwnershipComment } from "../../plan/ownershipRecord";
import type { CellRect, OwnedBlock } from "../../plan/sheetSnapshot";
import { formatRange, parseRange } from "./cellRef";
import { readRels } from "./partPaths";
import { XlsxError } from "./xlsxError";
import type { XlsxPackage } from "./xlsxPackage";
import type { XmlTag } from "./xmlTags";
import { allTags, elementEnd, findTag, localName } from "./xmlTags";
import { attr, escapeXml, unescapeXml } from "./xmlText";

/** A `<sheet>` of the workbook, with its position (the `localSheetId` of names scoped to it). */
export interface SheetEntry {
  readonly name: string;
  readonly index: number;
  /** Part name of the sheet (empty when its relationship is missing). */
  readonly part: string;
  /** Relationship type: "worksheet", "chartsheet", "dialogsheet", "xlMacrosheet"... */
  readonly kind: string;
  readonly visible: boolean;
}

export interface WorkbookInfo {
  readonly part: string;
  readonly sheets: readonly SheetEntry[];
  /** `activeTab` of the first workbook view (0 when absent). */
  readonly activeTab: number;
}

/** Prefix of names the product owns: `_kaw_ratios` records the block of the "ratios" job. */
export const ownedNamePrefix = "_kaw_";

/** Find the workbook part through the package relationships and read its sheets. */
export function readWorkbook(pkg: XlsxPackage): WorkbookInfo {
  const office = readRels(pkg, "").find((rel) => rel.type === "officeDocument" && !rel.external);
  const part = office?.target ?? "xl/workbook.xml";
  if (!pkg.has(part)) throw new XlsxError("xlsx.notAPackage", `no workbook part (${part})`);
  const rels = new Map(readRels(pkg, part).map((rel) => [rel.id, rel]));
  const tags = allTags(pkg.text(part));
  const sheets = tags
    .filter((tag) => tag.kind !== "close" && localName(tag.name) === "sheet")
    .map((tag, index): SheetEntry => {
      const rel = rels.get(relationshipId(tag.text) ?? "");
      const state = attr(tag.text, "state") ?? "visible";
      const name = attr(tag.text, "name") ?? "";
      return { name, index, part: rel?.target ?? "", kind: rel?.type ?? "", visible: state === "visible" };
    });
  const view = tags[findTag(tags, "workbookView")];
  return { part, sheets, activeTab: Number(view ? (attr(view.text, "activeTab") ?? 0) : 0) || 0 };
}

/** The `r:id` of a tag, whatever prefix the relationships namespace got. */
function relationshipId(tag: string): string | undefined {
  const match = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag);
  return match?.[1];
}

/** Blocks recorded by `_kaw_<job>` names scoped to the sheet at `sheetIndex`. */
export function readOwned(workbookXml: string, sheetIndex: number): OwnedBlock[] {
  const owned: OwnedBlock[] = [];
  for (const { tag, value } of definedNames(workbookXml)) {
    const name = attr(tag.text, "name") ?? "";
    if (
      !name.toLowerCase().startsWith(ownedNamePrefix) ||
      attr(tag.text, "localSheetId") !== String(sheetIndex)
    ) {
      continue;
    }
    const rect = parseRange(value.slice(value.lastIndexOf("!") + 1));
    const { whole, fingerprint } = parseOwnershipComment(attr(tag.text, "comment"));
    const facts = { ...(whole ? { whole } : {}), ...(fingerprint ? { fingerprint } : {}) };
    if (rect) owned.push({ job: name.slice(ownedNamePrefix.length), rect, ...facts });
  }
  return owned;
}

/** Every `<definedName>` of a workbook part with its (unescaped) formula; `tags`: the part's, when already split. */
export function definedNames(
  xml: string,
  tags: readonly XmlTag[] = allTags(xml),
): { tag: XmlTag; close: XmlTag | undefined; value: string }[] {
  const found: { tag: XmlTag; close: XmlTag | undefined; value: string }[] = [];
  tags.forEach((tag, i) => {
    if (tag.kind === "close" || localName(tag.name) !== "definedName") return;
    const close = tag.kind === "open" ? tags[i + 1] : undefined;
    found.push({ tag, close, value: close ? unescapeXml(xml.slice(tag.end, close.start)) : "" });
  });
  return found;
}

/**
 * Insert or replace `<definedName name="_kaw_<job>" localSheetId=".." hidden="1">'Sheet'!$A$1:$B$2</definedName>`
 * (with the ownership comment when `facts` say more than a plain range).
 */
export function upsertOwnedName(
  xml: string,
  job: string,
  sheet: SheetEntry,
  rect: CellRect,
  facts: OwnershipFacts = { whole: false },
): string {
  return upsertDefinedName(xml, ownedName(job, sheet, rect, facts));
}

/** The `_kaw_<job>` name recording a block owned on `sheet` (see `upsertOwnedName`). */
export function ownedName(
  job: string,
  sheet: SheetEntry,
  rect: CellRect,
  facts: OwnershipFacts = { whole: false },
): DefinedName {
  if (!/^[A-Za-z0-9_.]+$/.test(job))
    throw new XlsxError("xlsx.badEdit", `job key "${job}" cannot be part of a name`);
  const value = `${quoteSheet(sheet.name)}!${formatRange(rect, true)}`;
  const comment = ownershipComment(facts);
  return {
    name: `${ownedNamePrefix}${job}`,
    localSheetId: sheet.index,
    hidden: true,
    value,
    ...(comment ? { comment } : {}),
  };
}

/** A `<definedName>`: `localSheetId` scopes it to a sheet (absent: the workbook). */
export interface DefinedName {
  readonly name: string;
  readonly value: string;
  readonly localSheetId?: number;
  readonly hidden?: boolean;
  readonly comment?: string;
}

/**
 * Insert or replace (same name, case-insensitive, same scope) a defined name, keeping every other name and
 * creating `<definedNames>` where CT_Workbook puts it (after `<sheets>`, `<functionGroups>`,
 * `<externalReferences>`; before `<calcPr>`) when absent.
 */
export function upsertDefinedName(xml: string, defined: DefinedName): string {
  const tags = allTags(xml);
  const p = prefixOf(tags[0]);
  const scope = defined.localSheetId === undefined ? undefined : String(defined.localSheetId);
  const { element } = definedNameElement(p, defined);
  const existing = definedNames(xml, tags).find(
    ({ tag }) =>
      (attr(tag.text, "name") ?? "").toLowerCase() === defined.name.toLowerCase() &&
      attr(tag.text, "localSheetId") === scope,
  );
  if (existing) return splice(xml, existing.tag.start, (existing.close ?? existing.tag).end, element);
  const list = tags[findTag(tags, "definedNames")];
  if (list?.kind === "open") {
    const end = elementEnd(xml, list);
    const closeStart = xml.lastIndexOf("<", end - 1);
    return splice(xml, closeStart, closeStart, element);
  }
  const wrapped = `<${p}definedNames>${element}</${p}definedNames>`;
  if (list) return splice(xml, list.start, list.end, wrapped);
  const after = ["sheets", "functionGroups", "externalReferences"]
    .map((local) => tags[findTag(tags, local)])
    .reduce((at, tag) => (tag ? Math.max(at, elementEnd(xml, tag)) : at), -1);
  if (after < 0) throw new XlsxError("xlsx.badXml", "workbook has no <sheets>");
  return splice(xml, after, after, wrapped);
}

/**
 * The `<definedName>` element of `defined` with namespace prefix `p` ("" or "x:"), and its open tag.
 * @example definedNameElement("", { name: "n", value: "1" }).element //=> '<definedName name="n">1</definedName>'
 */
export function definedNameElement(p: string, defined: DefinedName): { open: string; element: string } {
  const attrs = [
    `name="${escapeXml(defined.name)}"`,
    defined.comment ? `comment="${escapeXml(defined.comment)}"` : "",
    defined.localSheetId === undefined ? "" : `localSheetId="${defined.localSheetId}"`,
    defined.hidden ? 'hidden="1"' : "",
  ].filter(Boolean);
  const open = `<${p}definedName ${attrs.join(" ")}>`;
  return { open, element: `${open}${escapeXml(defined.value)}</${p}definedName>` };
}

/** The namespace prefix (with its colon) of the root element, "" for the default namespace. */
export function prefixOf(root: XmlTag | undefined): string {
  const name = root?.name ?? "";
  return name.includes(":") ? name.slice(0, name.indexOf(":") + 1) : "";
}

function splice(text: string, from: number, to: number, insert: string): string {
  return text.slice(0, from) + insert + text.slice(to);
}
