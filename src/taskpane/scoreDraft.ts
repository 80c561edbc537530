/**
 * The Score panel's settings as the person edits them, and the setting values a run sends: only the keys whose
 * value differs from what was read from the Settings sheet.
 */
import type { AhpMethod } from "../domain/scoring/ahp";
import type { Approach, ScoreSettings, Tier, TierMode } from "../domain/scoring/scoreSettings";
import { influenceFactors, priorityParts, tiers } from "../domain/scoring/scoreSettings";
import type { Judgements } from "./ahpChoice";
import { deriveWeights } from "./ahpChoice";

export type TierValueKey = "shareA" | "shareB" | "thresholdA" | "thresholdB";

export interface ScoreDraft {
  /** cost, technology, policy (influenceFactors order). */
  readonly influence: readonly number[];
  /** health, influence, accountValue (priorityParts order). */
  readonly priority: readonly number[];
  readonly ahp: { readonly on: boolean; readonly judgements: Judgements; readonly method: AhpMethod };
  readonly tierMode: TierMode;
  /** The four tier numbers as typed: they stay text until valid. */
  readonly tierValues: Readonly<Record<TierValueKey, string>>;
  readonly approaches: Readonly<Record<Tier, Approach>>;
}

export const tierValueKeys: readonly TierValueKey[] = ["shareA", "shareB", "thresholdA", "thresholdB"];

/** The largest value of a tier number: shares are fractions of the customers, thresholds priority scores. */
export const tierValueMax = (key: TierValueKey): number => (key.startsWith("share") ? 1 : 100);

/** The draft a panel starts from: the settings as read, AHP off with equal judgements. */
export function draftOf(settings: ScoreSettings): ScoreDraft {
  return {
    influence: influenceFactors.map((factor) => settings.influenceWeights[factor]),
    priority: priorityParts.map((part) => settings.priorityWeights[part]),
    ahp: { on: false, judgements: [1, 1, 1], method: "eigenvector" },
    tierMode: settings.tiers.mode,
    tierValues: {
      shareA: String(settings.tiers.shareA),
      shareB: String(settings.tiers.shareB),
      thresholdA: String(settings.tiers.thresholdA),
      thresholdB: String(settings.tiers.thresholdB),
    },
    approaches: settings.approaches,
  };
}

/** A tier number as typed, or null when it is not a number from 0 to its maximum. */
export function tierValue(draft: ScoreDraft, key: TierValueKey): number | null {
  const text = draft.tierValues[key].trim();
  const value = text === "" ? NaN : Number(text);
  return Number.isFinite(value) && value >= 0 && value <= tierValueMax(key) ? value : null;
}

/** The influence weights a run uses: derived by AHP when that is on, else as entered. */
export function influenceWeights(draft: ScoreDraft): readonly number[] {
  if (!draft.ahp.on) return draft.influence;
  return deriveWeights(draft.ahp.judgements, draft.ahp.method)?.weights ?? draft.influence;
}

// A weight read as 0.3 and sent as 0.3 is no change; three decimals are what the panel edits.
const same = (a: number | string, b: number | string): boolean =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-9 : a === b;

/**
 * The settings to write before the run: setting key → value, only where the draft differs from `read`. Null while
 * a tier number is not valid.
 * @example settingChanges(defaults, { ...draftOf(defaults), priority: [0.5, 0.25, 0.25] })
 *   //=> { "priority.health": 0.5, "priority.influence": 0.25, "priority.accountValue": 0.25 }
 */
export function settingChanges(
  read: ScoreSettings,
  draft: ScoreDraft,
): Record<string, number | string> | null {
  const wanted: [string, number | string, number | string][] = [];
  const influence = influenceWeights(draft);
  influenceFactors.forEach((factor, i) =>
    wanted.push([`influence.${factor}`, read.influenceWeights[factor], influence[i] ?? 0]),
  );
  priorityParts.forEach((part, i) =>
    wanted.push([`priority.${part}`, read.priorityWeights[part], draft.priority[i] ?? 0]),
  );
  wanted.push(["tiers.mode", read.tiers.mode, draft.tierMode]);
  for (const key of tierValueKeys) {
    const value = tierValue(draft, key);
    if (value === null) return null;
    wanted.push([`tiers.${key}`, read.tiers[key], value]);
  }
  for (const tier of tiers) wanted.push([`approach.${tier}`, read.approaches[tier], draft.approaches[tier]]);
  const changes: Record<string, number | string> = {};
  for (const [key, before, after] of wanted) if (!same(before, after)) changes[key] = after;
  return changes;
}
