/**
 * Edits of workbook.xml beyond names: add or remove a `<sheet>` (keeping `localSheetId`s, `activeTab` and
 * `firstSheet` on the same sheets) and ask for a full recalculation on open.
 */
import { definedNames, prefixOf } from "./workbookPart";
import { relationshipsNamespace } from "./partTypes";
import { XlsxError } from "./xlsxError";
import type { XmlTag } from "./xmlTags";
import { allTags, elementEnd, findTag, localName } from "./xmlTags";
import { attr, escapeXml, setAttr } from "./xmlText";

/** CT_Workbook's children after `<calcPr>`: a missing `<calcPr>` goes before the first of them. */
const afterCalcPr = [
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/**
 * Renumber every sheet index through `map`: names' localSheetId (undefined drops the name), and `activeTab` and
 * `firstSheet` through `view` (default: `map`).
 */
function renumber(
  xml: string,
  map: (index: number) => number | undefined,
  view: (index: number) => number = (i) => map(i) ?? 0,
): string {
  const edits: { from: number; to: number; text: string }[] = [];
  for (const { tag, close } of definedNames(xml)) {
    const scope = attr(tag.text, "localSheetId");
    if (scope === undefined) continue;
    const index = map(Number(scope));
    const to = (close ?? tag).end;
    if (index === undefined) edits.push({ from: tag.start, to, text: "" });
    else if (index !== Number(scope))
      edits.push({ from: tag.start, to: tag.end, text: setAttr(tag.text, "localSheetId", String(index)) });
  }
  for (const tag of allTags(xml).filter((t) => localName(t.name) === "workbookView")) {
    let text = tag.text;
    for (const name of ["activeTab", "firstSheet"]) {
      const value = attr(text, name);
      if (value !== undefined) text = setAttr(text, name, String(view(Number(value))));
    }
    if (text !== tag.text) edits.push({ from: tag.start, to: tag.end, text });
  }
  return splice(xml, edits);
}

function splice(xml: string, edits: readonly { from: number; to: number; text: string }[]): string {
  return [...edits]
    .sort((a, b) => b.from - a.from)
    .reduce((out, e) => out.slice(0, e.from) + e.text + out.slice(e.to), xml);
}

function sheetTags(xml: string): XmlTag[] {
  return allTags(xml).filter((tag) => tag.kind !== "close" && localName(tag.name) === "sheet");
}

/** The prefix bound to the relationships namespace on the root ("r"), declared when missing. */
function relationshipsPrefix(xml: string): { xml: string; prefix: string } {
  const root = allTags(xml)[0];
  if (!root) throw new XlsxError("xlsx.badXml", "empty workbook part");
  const match = new RegExp(`xmlns:([\\w.-]+)="${relationshipsNamespace}"`).exec(root.text);
  if (match?.[1]) return { xml, prefix: match[1] };
  const declared = setAttr(root.text, "xmlns:kawr", relationshipsNamespace);
  return { xml: xml.slice(0, root.start) + declared + xml.slice(root.end), prefix: "kawr" };
}

/**
 * Add `<sheet name sheetId r:id>` at tab `position` (absent or past the end: last). The sheetId is one more than
 * the highest; names scoped to sheets at or after `position`, and `activeTab`/`firstSheet`, shift by one.
 */
export function insertSheet(
  workbookXml: string,
  name: string,
  relationshipId: string,
  position?: number,
): string {
  const { xml, prefix } = relationshipsPrefix(workbookXml);
  const sheets = sheetTags(xml);
  const at = position === undefined ? sheets.length : Math.max(0, Math.min(position, sheets.length));
  const shifted = at < sheets.length ? renumber(xml, (i) => (i >= at ? i + 1 : i)) : xml;
  const tags = allTags(shifted);
  const list = tags[findTag(tags, "sheets")];
  const current = sheetTags(shifted);
  if (!list) throw new XlsxError("xlsx.badXml", "workbook has no <sheets>");
  const sheetId = Math.max(0, ...current.map((tag) => Number(attr(tag.text, "sheetId")) || 0)) + 1;
  const p = prefixOf(tags[0]);
  const element = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${prefix}:id="${relationshipId}"/>`;
  const before = current[at];
  if (before) return splice(shifted, [{ from: before.start, to: before.start, text: element }]);
  if (list.kind === "empty")
    return splice(shifted, [
      { from: list.start, to: list.end, text: `<${list.name}>${element}</${list.name}>` },
    ]);
  const close = shifted.lastIndexOf("<", elementEnd(shifted, list) - 1);
  return splice(shifted, [{ from: close, to: close, text: element }]);
}

/**
 * Remove the `<sheet>` at tab `index` with the names scoped to it; later sheets' names move down by one, and
 * `activeTab`/`firstSheet` stay on the same sheet (on its neighbour when it was the one removed).
 */
export function removeSheet(workbookXml: string, index: number): string {
  const sheets = sheetTags(workbookXml);
  const sheet = sheets[index];
  if (!sheet) throw new XlsxError("xlsx.noSuchSheet", `no sheet at position ${index}`);
  const without = splice(workbookXml, [{ from: sheet.start, to: elementEnd(workbookXml, sheet), text: "" }]);
  const last = Math.max(0, sheets.length - 2);
  const moved = renumber(
    without,
    (i) => (i === index ? undefined : i > index ? i - 1 : i),
    (i) => Math.min(i > index ? i - 1 : i, last),
  );
  return dropEmptyNames(moved);
}

/** `<definedNames></definedNames>` left empty is invalid (CT_DefinedNames needs one name): remove it. */
function dropEmptyNames(xml: string): string {
  return xml.replace(
    /<([\w.-]+:)?definedNames>\s*<\/([\w.-]+:)?definedNames>|<([\w.-]+:)?definedNames\/>/,
    "",
  );
}

/** Set `<calcPr fullCalcOnLoad="1">`, adding `<calcPr>` where CT_Workbook places it when absent. */
export function requestFullCalc(workbookXml: string): string {
  const tags = allTags(workbookXml);
  const calc = tags[findTag(tags, "calcPr")];
  if (calc)
    return splice(workbookXml, [
      { from: calc.start, to: calc.end, text: setAttr(calc.text, "fullCalcOnLoad", "1") },
    ]);
  const p = prefixOf(tags[0]);
  const next = tags.find(
    (tag) => tag.kind !== "close" && afterCalcPr.includes(localName(tag.name)) && tag !== tags[0],
  );
  const root = tags[0];
  if (!root) throw new XlsxError("xlsx.badXml", "empty workbook part");
  const at = next ? next.start : workbookXml.lastIndexOf("<", elementEnd(workbookXml, root) - 1);
  return splice(workbookXml, [{ from: at, to: at, text: `<${p}calcPr fullCalcOnLoad="1"/>` }]);
}
