/**
 * The parts of a Development record sheet: the two-level header with its merges, and the record rows with their
 * helper formulas, validations and the several-attitudes highlight.
 */
import type { CellInput, Edit } from "../../plan/edits";
import { formulaString as literal, type DevLayout } from "./devLayout";
import type { DevTexts } from "./devRecordSheet";
import { tickMark } from "./prepSheet";
import { earliestDateSerial } from "./visitSheet";

const stageKeys = ["contact", "explanation", "demo", "proposal", "contract"] as const;
const attitudeKeys = ["enthusiastic", "neutral", "cold"] as const;
/** Double the quotes of a text put inside a formula's string literal. */
/**
 * The helper formulas of record row `r`: the furthest stage ticked (0–5) and the attitude ticked, as the header's
 * text (the first of several; several are highlighted).
 * Formula: IF(I6="✓",5,IF(H6="✓",4,IF(G6="✓",3,IF(F6="✓",2,IF(E6="✓",1,0))))) and IF(J6="✓",J$5,IF(K6="✓",K$5,…,""))
 */
export function helperFormulas(r: number, layout: DevLayout): { stage: string; attitude: string } {
  const tick = literal(tickMark);
  const stage = layout.stageColumns.reduce(
    (inner, column, i) => `IF(${column}${r}=${tick},${i + 1},${inner})`,
    "0",
  );
  const names = layout.headerRows[1];
  const attitude = [...layout.attitudeColumns]
    .reverse()
    .reduce((inner, column) => `IF(${column}${r}=${tick},${column}$${names},${inner})`, '""');
  return { stage, attitude };
}

/** The header rows, their merges and the helper columns' headings. */
export function headerEdits(sheet: string, layout: DevLayout, texts: DevTexts): Edit[] {
  const [top, bottom] = layout.headerRows;
  const c = texts.columns;
  const groups: CellInput[] = [
    c.dateTime,
    c.personVisited,
    c.duration,
    c.method,
    c.progress,
    null,
    null,
    null,
    null,
  ];
  const names: CellInput[] = [null, null, null, null, ...stageKeys.map((key) => texts.stages[key])];
  const span = (from: string, to: string): Edit => ({
    kind: "merge",
    sheet,
    range: `${from}${top}:${to}${bottom}`,
  });
  const [firstStage = "E", , , , lastStage = "I"] = layout.stageColumns;
  const [firstAttitude = "J", , lastAttitude = "L"] = layout.attitudeColumns;
  return [
    {
      kind: "cells",
      sheet,
      at: `A${top}`,
      rows: [
        [...groups, c.attitude, null, null, c.remarks],
        [...names, ...attitudeKeys.map((key) => texts.attitudes[key]), null],
      ],
      style: "rec.header",
    },
    ...[layout.dateColumn, layout.personColumn, layout.durationColumn, layout.methodColumn].map((x) =>
      span(x, x),
    ),
    { kind: "merge", sheet, range: `${firstStage}${top}:${lastStage}${top}` },
    { kind: "merge", sheet, range: `${firstAttitude}${top}:${lastAttitude}${top}` },
    span(layout.remarksColumn, layout.remarksColumn),
    {
      kind: "cells",
      sheet,
      at: `${layout.stageHelper}${top}`,
      rows: [
        [texts.helpers.heading, null],
        [texts.helpers.stage, texts.helpers.attitude],
      ],
      style: "rec.helper.header",
    },
    { kind: "merge", sheet, range: `${layout.stageHelper}${top}:${layout.attitudeHelper}${top}` },
    { kind: "rowHeights", sheet, row: top, heights: [20, 32] },
  ];
}

/** The record rows: empty bordered cells, helper formulas, validations, the highlight. */
export function recordEdits(sheet: string, layout: DevLayout, texts: DevTexts): Edit[] {
  const { firstRow: f, lastRow: l } = layout;
  const count = l - f + 1;
  const bodyStyles = [
    "rec.dateTime",
    "rec.text",
    "rec.text",
    "rec.text",
    ...Array<string>(8).fill("rec.tick"),
    "rec.text",
  ];
  const col = (column: string): string => `${column}${f}:${column}${l}`;
  const ticks = `${layout.stageColumns[0] ?? "E"}${f}:${layout.attitudeColumns[2] ?? "L"}${l}`;
  const tick = literal(tickMark);
  const [firstAttitude = "J", , lastAttitude = "L"] = layout.attitudeColumns;
  return [
    {
      kind: "cells",
      sheet,
      at: `A${f}`,
      rows: Array.from({ length: count }, () => Array<CellInput>(13).fill(null)),
      columnStyles: bodyStyles,
    },
    {
      kind: "cells",
      sheet,
      at: `${layout.stageHelper}${f}`,
      rows: Array.from({ length: count }, (_, i) => {
        const h = helperFormulas(f + i, layout);
        return [
          { formula: h.stage, value: 0 },
          { formula: h.attitude, value: "" },
        ];
      }),
      style: "rec.helper",
    },
    {
      kind: "validation",
      sheet,
      range: col(layout.dateColumn),
      rule: { type: "date", operator: "greaterThan", min: earliestDateSerial },
      prompt: texts.datePrompt,
      error: texts.dateError,
    },
    {
      kind: "validation",
      sheet,
      range: col(layout.methodColumn),
      rule: { type: "list", values: Object.values(texts.methods) },
      error: texts.methodError,
    },
    {
      kind: "validation",
      sheet,
      range: ticks,
      rule: { type: "list", values: [tickMark] },
      prompt: texts.tickPrompt,
      error: texts.tickError,
    },
    {
      kind: "conditionalFormat",
      sheet,
      range: `A${f}:${layout.lastColumn}${l}`,
      rule: {
        type: "formula",
        formula: `COUNTIF($${firstAttitude}${f}:$${lastAttitude}${f},${tick})>1`,
        style: { fill: "FFC7CE", font: { color: "9C0006" } },
      },
    },
  ];
}
