/**
 * The content of the Settings sheet (参数设置): one row per setting, [key, label, value, explanation].
 */
import { ratioKeys } from "../ratios";
import type { SettingsCatalog } from "./settingsCatalog";
import type { ScoreSettings } from "./scoreSettings";
import { bandEntries, choiceText, fixedEntries } from "./settingsLayout";
import type { LayoutEntry } from "./settingsLayout";

/** A row of the sheet: the key readSettings finds it by, a label, the value and an explanation. */
export type SettingsRow = readonly [key: string, label: string, value: number | string, explanation: string];

/**
 * Every setting, in sheet order: the weights, the tiers and methods, then each ratio's band.
 * Count = 20 + Σ_ratios (1 + 2 × points), 74 for the defaults.
 * @example settingsEntries(defaultScoreSettings).length //=> 74
 */
export function settingsEntries(settings: ScoreSettings): LayoutEntry[] {
  return [...fixedEntries(settings), ...ratioKeys.flatMap((r) => bandEntries(r, settings.bands[r]))];
}

/**
 * The sheet's rows in the catalog's language: a header row, then one row per setting; choices are written as
 * their texts (客户访问, not "visit"), numbers as numbers.
 * Rows = 1 + 6 + 3 + 3 + 5 + 3 + Σ_ratios (1 + 2 × points).
 * @example settingsRows(defaultScoreSettings, zhCN)[1]
 *   //=> ["health.currentRatio", "财务健康评分权重 · 流动比率", 0.2, "该比率在财务健康评分中的比重；…"]
 */
export function settingsRows(settings: ScoreSettings, texts: SettingsCatalog): SettingsRow[] {
  const c = texts.settings.columns;
  return [
    [c.key, c.label, c.value, c.explanation],
    ...settingsEntries(settings).map((e): SettingsRow => [
      e.key,
      e.label(texts),
      e.kind === "number" ? e.value : choiceText(texts, e.kind, String(e.value)),
      e.help(texts),
    ]),
  ];
}
