/**
 * The child elements of `<worksheet>` in the order CT_Worksheet's `<xsd:sequence>` requires (ECMA-376 part 1,
 * 18.3.1.99, transitional sml.xsd; `drawingHF` came with the second edition). Excel declares a file corrupt when
 * they are out of order, so every writer that adds an element to a sheet part places it by this one list.
 */
export const worksheetElementOrder = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

export type WorksheetElement = (typeof worksheetElementOrder)[number];

const ranks: ReadonlyMap<string, number> = new Map(worksheetElementOrder.map((name, i) => [name, i]));

/**
 * Position of a worksheet child (by local name) in the schema sequence; -1 for an element the schema does not
 * list (e.g. `mc:AlternateContent`, which callers keep where it is).
 * @example worksheetElementRank("mergeCells") //=> 14
 */
export function worksheetElementRank(local: string): number {
  return ranks.get(local) ?? -1;
}
