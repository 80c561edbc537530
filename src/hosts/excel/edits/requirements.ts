import type { Edit, EditList } from "../../../plan/edits";
import { ExcelHostError } from "../excelHostError";

/** An Office.js feature an edit uses and the lowest ExcelApi requirement set that has it. */
export interface Requirement {
  /** What the person would miss, in plain words: "data validation". */
  readonly feature: string;
  /** ExcelApi version, e.g. "1.8". */
  readonly version: string;
}

/** Asks Office whether ExcelApi `version` is available (`Office.context.requirements.isSetSupported`). */
export type SetSupported = (version: string) => boolean;

export const officeSetSupported: SetSupported = (version) =>
  Office.context.requirements.isSetSupported("ExcelApi", version);

const need = (feature: string, version: string): Requirement => ({ feature, version });

/** Requirement sets from the Excel JavaScript API reference (the `[Api set: ExcelApi x]` of each member). */
function featuresOfKind(edit: Edit): Requirement[] {
  switch (edit.kind) {
    case "columnBlock":
      // writeEdit pauses recalculation (1.6) and copies the header style with Range.copyFrom (RangeCopyType, 1.9).
      return [
        need("ownership names", "1.4"),
        need("pausing recalculation while writing", "1.6"),
        ...(edit.headerStyleFrom !== undefined ? [need("header styles", "1.9")] : []),
      ];
    case "cells":
      // FormatProtection.locked 1.2; Worksheet.getRanges 1.9, for a style that covers several rectangles (a column
      // style cut by cell styles, the same style on columns apart), which only per-cell or per-column styles give.
      return [need("cell styles", edit.cellStyles || edit.columnStyles ? "1.9" : "1.2")];
    case "style":
      // Range.style ("Normal" first: a named style is the whole format) is ExcelApi 1.7.
      return [need("cell styles", "1.7")];
    case "createSheet":
      return [
        need("new sheets", "1.1"),
        ...(edit.tabColor !== undefined ? [need("tab colours", "1.7")] : []),
        ...(edit.gridlines !== undefined ? [need("gridlines", "1.8")] : []),
      ];
    case "merge":
    case "columnWidths":
    case "rowHeights":
      return [need("merges, column widths and row heights", "1.2")];
    case "freeze":
      return [need("freeze panes", "1.7")];
    case "hyperlink":
      return [need("hyperlinks", "1.7")];
    case "name":
    case "own":
      return [need("defined names", "1.4")];
    case "table":
      return [need("tables", edit.showRowStripes !== undefined ? "1.3" : "1.1")];
    case "validation":
      return [need("data validation", "1.8")];
    case "conditionalFormat":
      return [need("conditional formats", "1.6")];
    case "pageSetup":
      return [need("page setup", "1.9")];
    case "chart":
      return [
        need("charts", "1.7"),
        ...(edit.valueFormat ? [need("chart axis formats", "1.8")] : []),
        // ChartAxis.position ("Maximum": the value axis stays beside the last category) is ExcelApi 1.8.
        ...(edit.reverseCategories ? [need("chart category order", "1.8")] : []),
      ];
    case "clear":
    case "deleteSheet":
      return [need("clearing and deleting sheets", "1.1")];
  }
}

/** Every feature the list needs, each once, in the order the edits first need them. */
export function requirementsOf(list: EditList): Requirement[] {
  const seen = new Map<string, Requirement>();
  for (const requirement of list.changes.flatMap(featuresOfKind)) {
    const key = `${requirement.feature}@${requirement.version}`;
    if (!seen.has(key)) seen.set(key, requirement);
  }
  return [...seen.values()];
}

/**
 * Refuse a list this Excel cannot apply, before anything is queued: ExcelHostError excel.featureMissing naming the
 * first missing feature and its requirement set ("ExcelApi 1.8").
 */
export function checkRequirements(list: EditList, supported: SetSupported): void {
  const missing = requirementsOf(list).find((requirement) => !supported(requirement.version));
  if (!missing) return;
  const requirement = `ExcelApi ${missing.version}`;
  throw new ExcelHostError(
    "excel.featureMissing",
    new Error(`this version of Excel lacks ${missing.feature} (${requirement})`),
    { feature: missing.feature, requirement },
  );
}
