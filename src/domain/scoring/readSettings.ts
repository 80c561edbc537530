/**
 * Reads the Settings sheet (参数设置) back: rows are found by their key, so a person may insert, move or delete
 * rows; a missing key keeps its default. Every problem names the sheet and the cell.
 */
import { a1 } from "../address";
import { cellText } from "../cellText";
import { ratioKeys } from "../ratios";
import type { Grid, Issue } from "../types";
import type { ScoreSettings } from "./scoreSettings";
import { defaultScoreSettings } from "./scoreSettings";
import type { SettingsCatalog } from "./settingsCatalog";
import { fixedEntries } from "./settingsLayout";
import { readValue } from "./settingsCell";
import type { SheetCell } from "./settingsCell";
import { assembleSettings, readBand } from "./settingsAssembly";

/** Settings as read (defaults where a cell is missing or unusable) and the problems found. */
export interface ReadSettings {
  readonly settings: ScoreSettings;
  readonly issues: readonly Issue[];
}

/** Column offsets of a settings row, as settingsRows writes it. */
const keyColumn = 0;
const labelColumn = 1;
const valueColumn = 2;

function scanRows(grid: Grid, issues: Issue[]): Map<string, SheetCell> {
  const cells = new Map<string, SheetCell>();
  grid.values.forEach((row, r) => {
    const key = cellText(row[keyColumn]);
    if (key === "") return;
    const cell = a1(grid.top + r + 1, grid.left + valueColumn + 1);
    const label = cellText(row[labelColumn]) || key;
    const first = cells.get(key);
    if (first !== undefined)
      issues.push({
        code: "settings.duplicateKey",
        sheet: grid.sheet,
        cell,
        field: key,
        params: { setting: label, other: first.cell },
      });
    else cells.set(key, { raw: row[valueColumn] ?? null, cell, label });
  });
  return cells;
}

/**
 * Parses a Settings sheet: value = column C of the row whose column A holds the key; blank, text-for-number,
 * out-of-range and unknown-choice cells, weight groups with |Σw − 1| > 0.001 and falling band thresholds are
 * issues naming the cell. `texts`: the catalogs whose choice texts are accepted (both languages).
 * @example readSettings({ sheet: "参数设置", top: 0, left: 0, values: [["influence.cost", "…", "0.4x"]] }, [zhCN])
 *   //=> issues: [{ code: "settings.notNumber", sheet: "参数设置", cell: "C1", field: "influence.cost", … }]
 */
export function readSettings(grid: Grid, texts: readonly SettingsCatalog[]): ReadSettings {
  const issues: Issue[] = [];
  const cells = scanRows(grid, issues);
  const values = new Map<string, number | string>();
  for (const entry of fixedEntries(defaultScoreSettings)) {
    const at = cells.get(entry.key);
    const value = at === undefined ? null : readValue(entry, at, grid.sheet, texts, issues);
    values.set(entry.key, value ?? entry.value);
  }
  const bands = Object.fromEntries(
    ratioKeys.map((r) => [r, readBand(r, cells, grid.sheet, texts, issues)]),
  ) as ScoreSettings["bands"];
  return { settings: assembleSettings(values, bands, cells, grid.sheet, issues), issues };
}
