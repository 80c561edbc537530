/**
 * The content of the Settings sheet (参数设置): one row per setting, [key, label, value, explanation].
 */
import type { ScoreSettings } from "./scoreSettings";
import type { SettingsCatalog } from "./settingsCatalog";
import { choiceText } from "./settingsCell";
import { settingsEntries } from "./settingsLayout";

export { settingsEntries } from "./settingsLayout";

/** A row of the sheet: the key readSettings finds it by, a label, the value and an explanation. */
export type SettingsRow = readonly [key: string, label: string, value: number | string, explanation: string];

/**
 * The sheet's rows in the catalog's language: a header row, then one row per setting; choices are written as
 * their texts (客户访问, not "visit"), numbers as numbers.
 * Rows = 1 + 6 + 3 + 3 + 5 + 3 + 2 + Σ_bands (1 + 2 × points), 86 for the defaults.
 * @example settingsRows(defaultScoreSettings, zhCN)[1]
 *   //=> ["health.currentRatio", "财务健康评分权重 · 流动比率", 0.25, "该比率在财务健康评分中的比重；…"]
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
