/**
 * Reads the Settings sheet (参数设置) back: rows are found by their key, so a person may insert, move or delete
 * rows; a missing key keeps its default. Every problem names the sheet and the cell. Also where each key's value
 * stands (to write changes back), and settings with changed values checked like the sheet (for the task pane).
 */
import { a1 } from "../address";
import { cellText, isBlankCell } from "../cellText";
import type { Grid, Issue } from "../types";
import type { ScoreSettings } from "./scoreSettings";
import { defaultScoreSettings } from "./scoreSettings";
import type { SettingsCatalog } from "./settingsCatalog";
import type { SheetCell } from "./settingsCell";
import { settingsFromCells } from "./settingsAssembly";
import { settingEntry, settingsEntries } from "./settingsLayout";

/** Settings as read (defaults where a cell is missing or unusable) and the problems found. */
export interface ReadSettings {
  readonly settings: ScoreSettings;
  readonly issues: readonly Issue[];
}

/** Column offsets of a settings row, as settingsRows writes it. */
const keyColumn = 0;
const labelColumn = 1;
const valueColumn = 2;

/** Each key's first row on the sheet (1-based), value cell and label; a key given again is an issue. */
function scanRows(grid: Grid, issues: Issue[]): Map<string, SheetCell & { cell: string; row: number }> {
  const cells = new Map<string, SheetCell & { cell: string; row: number }>();
  grid.values.forEach((values, r) => {
    const key = cellText(values[keyColumn]);
    if (key === "") return;
    const row = grid.top + r + 1;
    const cell = a1(row, grid.left + valueColumn + 1);
    const label = cellText(values[labelColumn]) || key;
    const first = cells.get(key);
    if (first !== undefined)
      issues.push({
        code: "settings.duplicateKey",
        sheet: grid.sheet,
        cell,
        field: key,
        params: { setting: label, other: first.cell },
      });
    else cells.set(key, { raw: values[valueColumn] ?? null, cell, label, row });
  });
  return cells;
}

/**
 * Parses a Settings sheet: value = column C of the row whose column A holds the key; blank, text-for-number,
 * out-of-range and unknown-choice cells, weight groups with |Σw − 1| > 0.001, falling band thresholds and
 * complexity lines out of order are issues naming the cell. `texts`: the catalogs whose choice texts are accepted.
 * @example readSettings({ sheet: "参数设置", top: 0, left: 0, values: [["influence.cost", "…", "0.4x"]] }, [zhCN])
 *   //=> issues: [{ code: "settings.notNumber", sheet: "参数设置", cell: "C1", field: "influence.cost", … }]
 */
export function readSettings(grid: Grid, texts: readonly SettingsCatalog[]): ReadSettings {
  const issues: Issue[] = [];
  const cells = scanRows(grid, issues);
  return { settings: settingsFromCells(cells, defaultScoreSettings, grid.sheet, texts, issues), issues };
}

/**
 * Where each key's value stands: its A1 address (column C of the key's first row) and 1-based sheet row, to write
 * a changed value back in place.
 * @example settingsValueCells({ sheet: "Settings", top: 0, left: 0, values: [["Key"], ["tiers.shareA", "…", 0.2]] })
 *   //=> Map { "Key" → { cell: "C1", row: 1 }, "tiers.shareA" → { cell: "C2", row: 2 } }
 */
export function settingsValueCells(grid: Grid): Map<string, { cell: string; row: number }> {
  const cells = scanRows(grid, []);
  return new Map([...cells].map(([key, { cell, row }]) => [key, { cell, row }]));
}

/**
 * The 1-based sheet row of the grid's last row with a non-blank cell, or grid.top (the row above the grid) when
 * it has none: a missing key is appended at the row after it.
 * @example settingsSheetEnd({ sheet: "Settings", top: 2, left: 0, values: [["a"], ["b"], [], [null]] }) //=> 4
 */
export function settingsSheetEnd(grid: Grid): number {
  for (let r = grid.values.length - 1; r >= 0; r -= 1)
    if ((grid.values[r] ?? []).some((v) => !isBlankCell(v))) return grid.top + r + 1;
  return grid.top;
}

/**
 * `settings` with values changed by key, checked exactly like the sheet (readValue rules, weight sums, band order,
 * complexity order); an unusable value keeps the old one, with an issue. Choices may be codes ("visit") or texts in
 * any of `texts`. `cells` (from settingsValueCells) lets issues name the cell; otherwise they name the key.
 * A key further than a band's last point adds a point; a key no setting has is a `settings.unknownKey` issue.
 * @example applySettingValues(defaultScoreSettings, { "influence.cost": 0.5, "influence.policy": 0.2 }, [enUS], "Settings")
 *   //=> { settings: { …, influenceWeights: { cost: 0.5, technology: 0.3, policy: 0.2 } }, issues: [] }
 */
export function applySettingValues(
  settings: ScoreSettings,
  values: Readonly<Record<string, number | string>>,
  texts: readonly SettingsCatalog[],
  sheet: string,
  cells?: ReadonlyMap<string, { readonly cell: string }>,
): ReadSettings {
  const given = new Map<string, SheetCell>();
  const put = (key: string, raw: number | string, label: (c: SettingsCatalog) => string): void => {
    const cell = cells?.get(key)?.cell;
    const text = texts[0] ? label(texts[0]) : key;
    given.set(key, cell === undefined ? { raw, label: text } : { raw, label: text, cell });
  };
  for (const entry of settingsEntries(settings)) put(entry.key, entry.value, entry.label);
  const issues: Issue[] = [];
  for (const [key, raw] of Object.entries(values)) {
    const entry = settingEntry(key, settings);
    if (entry === undefined)
      issues.push({ code: "settings.unknownKey", sheet, field: key, params: { setting: key } });
    else put(key, raw, entry.label);
  }
  return { settings: settingsFromCells(given, settings, sheet, texts, issues), issues };
}
