/**
 * The rows of the Settings sheet as data: each setting's key, value, kind, allowed range and texts. Shared by
 * settingsRows (writing) and readSettings (reading), so the two cannot drift apart.
 */
import type { RatioKey } from "../ratios";
import type { SettingsCatalog } from "./settingsCatalog";
import { ratioKeys } from "../ratios";
import type { BandSpec, ScoreSettings, Tier } from "./scoreSettings";
import { approaches, directions, influenceFactors, priorityParts, tierModes, tiers } from "./scoreSettings";

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

/** The codes a choice takes, and their texts in a catalog. */
export const choiceCodes: Readonly<Record<ChoiceKind, readonly string[]>> = {
  tierMode: tierModes,
  approach: approaches,
  direction: directions,
};

/**
 * The text of a choice in a catalog, written into the sheet in place of its code.
 * @example choiceText(zhCN, "approach", "visit") //=> "客户访问"
 */
export function choiceText(c: SettingsCatalog, kind: ChoiceKind, code: string): string {
  const texts: Readonly<Record<string, string>> =
    kind === "tierMode"
      ? c.settings.tierModes
      : kind === "approach"
        ? c.settings.approaches
        : c.settings.directions;
  return texts[code] ?? code;
}

const any = { min: -Infinity, max: Infinity, group: null };
const share = { kind: "number", min: 0, max: 1 } as const;
const points = { kind: "number", min: 0, max: 100, group: null } as const;
const sep = " · ";

/**
 * The rows of every setting except the bands, in sheet order: 6 + 3 + 3 weights, 5 tier rows, 3 methods.
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
      label: (c: SettingsCatalog) => c.settings.healthWeight + sep + c.ratios[r],
      help: (c: SettingsCatalog) => c.settings.healthWeightHelp,
    })),
    ...influenceFactors.map((f) => ({
      ...share,
      key: `influence.${f}`,
      value: s.influenceWeights[f],
      group: "influence" as const,
      label: (c: SettingsCatalog) => c.settings.influenceWeight + sep + c.settings.influence[f],
      help: (c: SettingsCatalog) => c.settings.influenceWeightHelp,
    })),
    ...priorityParts.map((p) => ({
      ...share,
      key: `priority.${p}`,
      value: s.priorityWeights[p],
      group: "priority" as const,
      label: (c: SettingsCatalog) => c.settings.priorityWeight + sep + c.settings.priority[p],
      help: (c: SettingsCatalog) => c.settings.priorityWeightHelp,
    })),
    {
      ...any,
      kind: "tierMode",
      key: "tiers.mode",
      value: t.mode,
      label: (c) => c.settings.tierMode,
      help: (c) => c.settings.tierModeHelp,
    },
    ...(["shareA", "shareB", "thresholdA", "thresholdB"] as const).map((k) => ({
      ...(k.startsWith("share") ? { ...share, group: null } : points),
      key: `tiers.${k}`,
      value: t[k],
      label: (c: SettingsCatalog) => c.settings.tierValues[k],
      help: (c: SettingsCatalog) => c.settings.tierValuesHelp[k],
    })),
    ...tiers.map((tier: Tier) => ({
      ...any,
      kind: "approach" as const,
      key: `approach.${tier}`,
      value: s.approaches[tier],
      label: (c: SettingsCatalog) => c.settings.approach + " " + tier,
      help: (c: SettingsCatalog) => c.settings.approachHelp,
    })),
  ];
}

/**
 * The rows of one ratio's band: its direction, then `at` and `score` of each point (numbered from 1), 1 + 2 × points.
 * @example bandEntries("currentRatio", defaultScoreSettings.bands.currentRatio)[1] //=> { key: "band.currentRatio.1.at", value: 0, … }
 */
export function bandEntries(r: RatioKey, band: BandSpec): LayoutEntry[] {
  const name = (c: SettingsCatalog, i: number, part: string): string =>
    c.ratios[r] + sep + c.settings.bandPoint + " " + String(i) + sep + part;
  return [
    {
      ...any,
      kind: "direction",
      key: `band.${r}.direction`,
      value: band.direction,
      label: (c) => c.ratios[r] + sep + c.settings.bandDirection,
      help: (c) => c.settings.bandDirectionHelp,
    },
    ...band.points.flatMap((p, i): LayoutEntry[] => [
      {
        ...any,
        kind: "number",
        key: `band.${r}.${i + 1}.at`,
        value: p.at,
        label: (c) => name(c, i + 1, c.settings.bandAt),
        help: (c) => c.settings.bandAtHelp,
      },
      {
        ...points,
        key: `band.${r}.${i + 1}.score`,
        value: p.score,
        label: (c) => name(c, i + 1, c.settings.bandScore),
        help: (c) => c.settings.bandScoreHelp,
      },
    ]),
  ];
}
