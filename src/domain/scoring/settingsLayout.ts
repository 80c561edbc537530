/**
 * The rows of the Settings sheet as data: each setting's key, value, kind, allowed range and texts. Shared by
 * settingsRows (writing) and readSettings (reading), so the two cannot drift apart.
 */
import { ratioKeys } from "../ratios";
import type { SettingsCatalog } from "./settingsCatalog";
import type { ScoreSettings, Tier } from "./scoreSettings";
import { defaultScoreSettings, influenceFactors, priorityParts, tiers } from "./scoreSettings";
import type { BandKey } from "./settingsBands";
import {
  anyNumber,
  bandEntries,
  bandKeys,
  bandOf,
  bandPointEntries,
  labelSep,
  scorePoints,
} from "./settingsBands";

export { choiceCodes, choiceText } from "./settingsCell";
export type { BandKey } from "./settingsBands";

export type WeightGroup = "health" | "influence" | "priority";
export type ChoiceKind = "tierMode" | "approach" | "direction";
/** One row of the sheet: a number in [min, max] (optionally one of a weight group), or a choice. */
export interface LayoutEntry {
  readonly key: string;
  readonly value: number | string;
  readonly kind: "number" | ChoiceKind;
  readonly min: number;
  readonly max: number;
  readonly group: WeightGroup | null;
  readonly label: (c: SettingsCatalog) => string;
  readonly help: (c: SettingsCatalog) => string;
}

const share = { kind: "number", min: 0, max: 1 } as const;

/**
 * The rows of every setting except the bands, in sheet order: 6 + 3 + 3 weights, 5 tier rows, 3 methods, 2 cost
 * complexity lines.
 * @example fixedEntries(defaultScoreSettings)[6] //=> { key: "influence.cost", value: 0.4, group: "influence", … }
 */
export function fixedEntries(s: ScoreSettings): LayoutEntry[] {
  const t = s.tiers;
  return [
    ...ratioKeys.map((r) => ({
      ...share,
      key: `health.${r}`,
      value: s.healthWeights[r],
      group: "health" as const,
      label: (c: SettingsCatalog) => c.settings.healthWeight + labelSep + c.ratios[r],
      help: (c: SettingsCatalog) => c.settings.healthWeightHelp,
    })),
    ...influenceFactors.map((f) => ({
      ...share,
      key: `influence.${f}`,
      value: s.influenceWeights[f],
      group: "influence" as const,
      label: (c: SettingsCatalog) => c.settings.influenceWeight + labelSep + c.settings.influence[f],
      help: (c: SettingsCatalog) => c.settings.influenceWeightHelp,
    })),
    ...priorityParts.map((p) => ({
      ...share,
      key: `priority.${p}`,
      value: s.priorityWeights[p],
      group: "priority" as const,
      label: (c: SettingsCatalog) => c.settings.priorityWeight + labelSep + c.settings.priority[p],
      help: (c: SettingsCatalog) => c.settings.priorityWeightHelp,
    })),
    {
      ...anyNumber,
      kind: "tierMode",
      key: "tiers.mode",
      value: t.mode,
      label: (c) => c.settings.tierMode,
      help: (c) => c.settings.tierModeHelp,
    },
    ...(["shareA", "shareB", "thresholdA", "thresholdB"] as const).map((k) => ({
      ...(k.startsWith("share") ? { ...share, group: null } : scorePoints),
      key: `tiers.${k}`,
      value: t[k],
      label: (c: SettingsCatalog) => c.settings.tierValues[k],
      help: (c: SettingsCatalog) => c.settings.tierValuesHelp[k],
    })),
    ...tiers.map((tier: Tier) => ({
      ...anyNumber,
      kind: "approach" as const,
      key: `approach.${tier}`,
      value: s.approaches[tier],
      label: (c: SettingsCatalog) => c.settings.approach + " " + tier,
      help: (c: SettingsCatalog) => c.settings.approachHelp,
    })),
    ...(["low", "medium"] as const).map((k) => ({
      ...scorePoints,
      key: k === "low" ? "cost.complexityLow" : "cost.complexityMedium",
      value: k === "low" ? s.cost.complexityLow : s.cost.complexityMedium,
      label: (c: SettingsCatalog) => c.settings.complexityFrom[k],
      help: (c: SettingsCatalog) => c.settings.complexityFromHelp[k],
    })),
  ];
}

/**
 * Every setting, in sheet order: the weights, the tiers and methods, the complexity lines, then each ratio's band
 * and the order-share band.
 * Count = 22 + Σ_bands (1 + 2 × points), 85 for the defaults (22 + 7 bands × (1 + 2 × 4)).
 * @example settingsEntries(defaultScoreSettings).length //=> 85
 */
export function settingsEntries(settings: ScoreSettings): LayoutEntry[] {
  return [...fixedEntries(settings), ...bandKeys.flatMap((k) => bandEntries(k, bandOf(settings, k)))];
}

const bandPointKey = /^band\.(\w+)\.([1-9]\d*)\.(at|score)$/;

/**
 * The row of a key, to check one value (kind, min, max) or label it: a row of `settings` (the defaults if not
 * given), or a further point of a band (band.<key>.<n>.at / .score for any n ≥ 1, value 0); undefined for a key
 * no setting has.
 * @example settingEntry("cost.complexityLow") //=> { key: "cost.complexityLow", kind: "number", min: 0, max: 100, value: 67, … }
 * @example settingEntry("band.orderShare.9.at")?.min //=> 0
 */
export function settingEntry(
  key: string,
  settings: ScoreSettings = defaultScoreSettings,
): LayoutEntry | undefined {
  const found = settingsEntries(settings).find((e) => e.key === key);
  if (found !== undefined) return found;
  const [, band, n, part] = bandPointKey.exec(key) ?? [];
  if (band === undefined || !(bandKeys as readonly string[]).includes(band)) return undefined;
  const [at, score] = bandPointEntries(band as BandKey, Number(n), { at: 0, score: 0 });
  return part === "at" ? at : score;
}
