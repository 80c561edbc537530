/**
 * The content of a new Settings sheet: a title, the column headers, one row per setting (key, label, value,
 * explanation), a validation rule on every value cell, and a printable page.
 */
import type { LayoutEntry } from "../../domain/scoring/settingsLayout";
import { choiceCodes, choiceText } from "../../domain/scoring/settingsLayout";
import type { Catalog } from "../../i18n";
import type { ScoreSettings } from "../../domain/scoring/scoreSettings";
import { settingsEntries, settingsRows } from "../../domain/scoring/settingsRows";
import type { Edit, StyleSheet, ValidationEdit, ValidationRule } from "../../plan/edits";

const border = { style: "thin", color: "BFBFBF" } as const;
const box = { top: border, bottom: border, left: border, right: border };

/** The sheet's named styles; every value cell is unlocked and tinted as an input. */
export const settingsStyles: StyleSheet = {
  "settings.title": { font: { bold: true, size: 14, color: "1F4E79" } },
  "settings.header": {
    font: { bold: true, color: "FFFFFF" },
    fill: "1F4E79",
    border: box,
    alignment: { vertical: "center" },
  },
  "settings.key": { font: { color: "808080", size: 9 }, border: box, numberFormat: "@" },
  "settings.label": { border: box, alignment: { wrap: true, vertical: "top" } },
  "settings.value": { fill: "FFF2CC", border: box, locked: false, alignment: { horizontal: "right" } },
  "settings.help": { font: { color: "595959" }, border: box, alignment: { wrap: true, vertical: "top" } },
};

// Band thresholds have no natural bounds; Excel's rule still refuses text.
const unbounded = 1e15;

function ruleOf(entry: LayoutEntry, texts: Catalog): ValidationRule {
  if (entry.kind !== "number")
    return {
      type: "list",
      values: choiceCodes[entry.kind].map((code) => choiceText(texts, entry.kind as never, code)),
    };
  const min = Number.isFinite(entry.min) ? entry.min : -unbounded;
  const max = Number.isFinite(entry.max) ? entry.max : unbounded;
  return { type: "decimal", operator: "between", min, max };
}

/** One validation per run of consecutive rows sharing a rule, with a prompt naming the range. */
function validations(
  sheet: string,
  entries: readonly LayoutEntry[],
  firstRow: number,
  texts: Catalog,
): ValidationEdit[] {
  const out: ValidationEdit[] = [];
  let start = 0;
  for (let i = 1; i <= entries.length; i += 1) {
    const first = entries[start] as LayoutEntry;
    const rule = ruleOf(first, texts);
    const same =
      i < entries.length && JSON.stringify(ruleOf(entries[i] as LayoutEntry, texts)) === JSON.stringify(rule);
    if (same) continue;
    const top = firstRow + start;
    const bottom = firstRow + i - 1;
    out.push({
      kind: "validation",
      sheet,
      range: top === bottom ? `C${top}` : `C${top}:C${bottom}`,
      rule,
      allowBlank: false,
      error: { title: texts.settings.sheet, message: texts.settings.invalidValue, style: "stop" },
    });
    start = i;
  }
  return out;
}

/**
 * The edits that fill a new settings sheet named `sheet` (the caller creates it and records it).
 * Rows: 1 title, 2 headers, 3… one per setting, in `settingsEntries` order.
 */
export function settingsSheetContent(sheet: string, settings: ScoreSettings, texts: Catalog): Edit[] {
  const [header, ...rows] = settingsRows(settings, texts);
  const entries = settingsEntries(settings);
  const firstRow = 3;
  const last = firstRow + rows.length - 1;
  return [
    { kind: "cells", sheet, at: "A1", rows: [[texts.settings.title]], style: "settings.title" },
    { kind: "cells", sheet, at: "A2", rows: [header ? [...header] : []], style: "settings.header" },
    {
      kind: "cells",
      sheet,
      at: `A${firstRow}`,
      rows: rows.map((row) => [...row]),
      columnStyles: ["settings.key", "settings.label", "settings.value", "settings.help"],
    },
    ...validations(sheet, entries, firstRow, texts),
    { kind: "columnWidths", sheet, column: "A", widths: [26, 40, 14, 70] },
    { kind: "freeze", sheet, rows: 2, columns: 0 },
    {
      kind: "pageSetup",
      sheet,
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      printTitleRows: "2:2",
      printArea: `A1:D${last}`,
      footer: { center: "{page} / {pages}" },
    },
  ];
}
