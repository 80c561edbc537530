import type { HeaderFooterText, PageSetupEdit } from "../../../plan/edits";
import { headerFooterSection } from "../../../plan/headerFooter";

const paperTypes = { A4: "A4", A3: "A3", letter: "Letter" } as const;
const orientations = { portrait: "Portrait", landscape: "Landscape" } as const;

/** The three sections of a header or footer as Office.js names them, e.g. leftHeader, centerHeader, rightHeader. */
function sections(text: HeaderFooterText, part: "Header" | "Footer"): Partial<Excel.HeaderFooter> {
  const out: Record<string, string> = {};
  if (text.left !== undefined) out[`left${part}`] = headerFooterSection(text.left);
  if (text.center !== undefined) out[`center${part}`] = headerFooterSection(text.center);
  if (text.right !== undefined) out[`right${part}`] = headerFooterSection(text.right);
  return out;
}

/** Queue a page setup (ExcelApi 1.9: Worksheet.pageLayout). */
export function queuePageSetup(sheet: Excel.Worksheet, edit: PageSetupEdit): void {
  const layout = sheet.pageLayout;
  if (edit.orientation) layout.orientation = orientations[edit.orientation];
  if (edit.paperSize) layout.paperSize = paperTypes[edit.paperSize];
  // Fit the width; 0 pages tall lets the height run to as many pages as it needs.
  if (edit.fitToWidth !== undefined)
    layout.zoom = { horizontalFitToPages: edit.fitToWidth, verticalFitToPages: 0 };
  if (edit.printTitleRows) layout.setPrintTitleRows(absoluteRows(edit.printTitleRows));
  if (edit.printArea) layout.setPrintArea(edit.printArea);
  if (edit.centerHorizontally !== undefined) layout.centerHorizontally = edit.centerHorizontally;
  if (edit.header || edit.footer) {
    const page = layout.headersFooters.defaultForAllPages;
    const all = { ...sections(edit.header ?? {}, "Header"), ...sections(edit.footer ?? {}, "Footer") };
    for (const [key, value] of Object.entries(all)) (page as unknown as Record<string, unknown>)[key] = value;
  }
}

/** "1:3" → "$1:$3", the form Excel keeps print titles in. */
export function absoluteRows(rows: string): string {
  return rows
    .split(":")
    .map((row) => `$${row.replace(/\$/g, "")}`)
    .join(":");
}
