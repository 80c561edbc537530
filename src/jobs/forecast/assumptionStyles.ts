/** The named styles of the Forecast assumptions sheet: value cells unlocked and tinted as inputs, formatted by unit. */
import type { StyleSheet } from "../../plan/edits";
import type { AssumptionUnit } from "./assumptions";
import { unitFormats } from "./assumptions";

const border = { style: "thin", color: "BFBFBF" } as const;
const box = { top: border, bottom: border, left: border, right: border };
const valueCell = { fill: "FFF2CC", border: box, locked: false, alignment: { horizontal: "right" } } as const;

/** The sheet's named styles; every value cell is unlocked and tinted as an input. */
export const assumptionStyles: StyleSheet = {
  "assumptions.title": { font: { bold: true, size: 14, color: "1F4E79" } },
  "assumptions.note": { font: { italic: true, color: "595959" } },
  "assumptions.header": {
    font: { bold: true, color: "FFFFFF" },
    fill: "1F4E79",
    border: box,
    alignment: { vertical: "center" },
  },
  "assumptions.key": { font: { color: "808080", size: 9 }, border: box, numberFormat: "@" },
  "assumptions.text": { border: box, alignment: { vertical: "top", wrap: true } },
  "assumptions.name": { font: { color: "1F4E79" }, border: box, numberFormat: "@" },
  "assumptions.ratio": { ...valueCell, numberFormat: unitFormats.ratio },
  "assumptions.coefficient": { ...valueCell, numberFormat: unitFormats.coefficient },
  "assumptions.yuan": { ...valueCell, numberFormat: unitFormats.yuan },
  "assumptions.days": { ...valueCell, numberFormat: unitFormats.days },
  "assumptions.visits": { ...valueCell, numberFormat: unitFormats.visits },
  "assumptions.section": { font: { bold: true, size: 12, color: "1F4E79" } },
  "assumptions.column": { font: { bold: true }, alignment: { vertical: "top", wrap: true } },
  "assumptions.formula": { alignment: { vertical: "top", wrap: true } },
};

/** The style of a value cell of a unit. */
export const valueStyle = (unit: AssumptionUnit): string => `assumptions.${unit}`;
