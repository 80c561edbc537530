import { builtinFormatCodes } from "./builtinFormats";
import { stylesSource } from "./stylesSource";
import { children } from "./stylesPart";
import type { XlsxPackage } from "./xlsxPackage";
import { allTags, findTag } from "./xmlTags";
import { attr } from "./xmlText";

/**
 * The number format code of every cell style, indexed like `cellXfs` (a cell's `s` attribute): each xf's
 * `numFmtId` looked up in the part's `<numFmts>`, then among the built-in formats; "General" when neither knows it.
 * A workbook without a styles part reads as one Normal style.
 */
export function readCellFormats(pkg: XlsxPackage, workbookPart: string): string[] {
  const { xml } = stylesSource(pkg, workbookPart);
  const tags = allTags(xml);
  const custom = new Map<number, string>();
  for (const tag of children(xml, tags, findTag(tags, "numFmts"), "numFmt")) {
    const code = attr(tag.text, "formatCode");
    if (code !== undefined) custom.set(Number(attr(tag.text, "numFmtId")), code);
  }
  return children(xml, tags, findTag(tags, "cellXfs"), "xf").map((tag) => {
    const id = Number(attr(tag.text, "numFmtId") ?? 0);
    return custom.get(id) ?? builtinFormatCodes.get(id) ?? "General";
  });
}
