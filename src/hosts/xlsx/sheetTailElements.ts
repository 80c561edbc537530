import type { StyleIds } from "./editStyles";
import { defaultPageMarginsXml, headerFooterXml, pageSetupAttributes } from "./pageSetupXml";
import { conditionalXml, validationXml } from "./ruleXml";
import type { SheetAdditions } from "./sheetAdditions";
import { hyperlinkXml, mergeCellXml } from "./sheetElements";
import type { WorksheetElement } from "./worksheetOrder";
import { escapeXml } from "./xmlText";

/** Relationship ids of parts the orchestrator attached to the sheet. */
export interface SheetRelIds {
  readonly drawingRelId?: string;
  readonly tableRelIds?: readonly string[];
}

/**
 * The elements after `<sheetData>` that a sheet's additions need, whole, by element name: for a new sheet, or
 * for an existing one that does not have them yet. Conditional formats get priorities from `firstPriority` on.
 */
export function tailElements(
  additions: SheetAdditions,
  ctx: StyleIds & SheetRelIds,
  firstPriority: number,
  p: string,
): Map<WorksheetElement, string> {
  const out = new Map<WorksheetElement, string>();
  const list = (name: WorksheetElement, items: readonly string[]): void => {
    if (items.length > 0)
      out.set(name, `<${p}${name} count="${items.length}">${items.join("")}</${p}${name}>`);
  };
  list("mergeCells", mergeCellXml(additions, p));
  const blocks = additions.conditional.map((edit, i) => conditionalXml(edit, firstPriority + i, ctx.dxf, p));
  if (blocks.length > 0) out.set("conditionalFormatting", blocks.join(""));
  list(
    "dataValidations",
    additions.validations.map((edit) => validationXml(edit, p)),
  );
  const links = additions.links.map((link) => hyperlinkXml(link, p));
  if (links.length > 0) out.set("hyperlinks", `<${p}hyperlinks>${links.join("")}</${p}hyperlinks>`);
  const setup = additions.pageSetup;
  if (setup?.centerHorizontally) out.set("printOptions", `<${p}printOptions horizontalCentered="1"/>`);
  out.set("pageMargins", defaultPageMarginsXml(p));
  const attrs = setup ? [...pageSetupAttributes(setup)] : [];
  if (attrs.length > 0)
    out.set("pageSetup", `<${p}pageSetup${attrs.map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("")}/>`);
  const headerFooter = setup && headerFooterXml(setup, p);
  if (headerFooter) out.set("headerFooter", headerFooter);
  if (ctx.drawingRelId !== undefined)
    out.set("drawing", `<${p}drawing r:id="${escapeXml(ctx.drawingRelId)}"/>`);
  const tables = (ctx.tableRelIds ?? []).map((id) => `<${p}tablePart r:id="${escapeXml(id)}"/>`);
  list("tableParts", tables);
  return out;
}
