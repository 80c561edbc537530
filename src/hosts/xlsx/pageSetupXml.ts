import type { HeaderFooterText, PageSetupEdit } from "../../plan/edits";
import { headerFooterSection } from "../../plan/headerFooter";
import { quoteSheet } from "../../plan/range";
import { formatRange, parseRange } from "./cellRef";
import { XlsxError } from "./xlsxError";
import { escapeXml } from "./xmlText";

/** `paperSize` codes of ECMA-376 part 1, 18.3.1.63. */
const paperSizes: Readonly<Record<NonNullable<PageSetupEdit["paperSize"]>, number>> = {
  letter: 1,
  A3: 8,
  A4: 9,
};

/** Excel's default margins (inches), written with every page setup as Excel does. */
export const defaultPageMarginsXml = (p: string): string =>
  `<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;

/**
 * Header/footer text in Excel's codes: each section through the shared rule (headerFooterSection: a literal "&"
 * doubled, {page} → &P, {pages} → &N, {sheet} → &A, {date} → &D), prefixed &L, &C, &R.
 * @example headerFooterCode({ center: "Page {page} of {pages}", right: "R&D" }) //=> "&CPage &P of &N&RR&&D"
 */
export function headerFooterCode(text: HeaderFooterText): string {
  const section = (code: string, value: string | undefined): string =>
    value === undefined ? "" : code + headerFooterSection(value);
  return section("&L", text.left) + section("&C", text.center) + section("&R", text.right);
}

/** Attributes of `<pageSetup>` an edit sets (name → value). */
export function pageSetupAttributes(edit: PageSetupEdit): Map<string, string> {
  const attrs = new Map<string, string>();
  if (edit.paperSize !== undefined) attrs.set("paperSize", String(paperSizes[edit.paperSize]));
  if (edit.orientation !== undefined) attrs.set("orientation", edit.orientation);
  if (edit.fitToWidth !== undefined) {
    attrs.set("fitToWidth", String(edit.fitToWidth));
    attrs.set("fitToHeight", "0");
  }
  return attrs;
}

/** `<headerFooter>` with the edit's odd-page header and footer; undefined when it sets neither. */
export function headerFooterXml(edit: PageSetupEdit, p: string): string | undefined {
  if (!edit.header && !edit.footer) return undefined;
  const part = (name: string, text: HeaderFooterText | undefined): string =>
    text ? `<${p}${name}>${escapeXml(headerFooterCode(text))}</${p}${name}>` : "";
  return `<${p}headerFooter>${part("oddHeader", edit.header)}${part("oddFooter", edit.footer)}</${p}headerFooter>`;
}

/**
 * `refersTo` of the `_xlnm.Print_Titles` name (scoped to the sheet) for rows repeated at the top of each page.
 * @example printTitlesRefersTo("Q1 plan", "1:3") //=> "'Q1 plan'!$1:$3"
 */
export function printTitlesRefersTo(sheet: string, rows: string): string {
  const match = /^\$?(\d+):\$?(\d+)$/.exec(rows.trim());
  if (!match) throw new XlsxError("xlsx.badEdit", `print title rows "${rows}" are not rows like "1:3"`);
  return `${quoteSheet(sheet)}!$${match[1]}:$${match[2]}`;
}

/**
 * `refersTo` of the `_xlnm.Print_Area` name (scoped to the sheet).
 * @example printAreaRefersTo("Data", "A1:F40") //=> "'Data'!$A$1:$F$40"
 */
export function printAreaRefersTo(sheet: string, range: string): string {
  const rect = parseRange(range);
  if (!rect) throw new XlsxError("xlsx.badEdit", `print area "${range}" is not a range`);
  return `${quoteSheet(sheet)}!${formatRange(rect, true)}`;
}
