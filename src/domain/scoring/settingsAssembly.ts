/**
 * The parts of readSettings that combine cells: a ratio's band from its numbered rows, and the settings from the
 * values read, with the weight groups checked to sum 1 ± 0.001.
 */
import type { RatioKey } from "../ratios";
import { ratioKeys } from "../ratios";
import type { Issue } from "../types";
import type { Approach, BandSpec, ScoreSettings, TierMode } from "./scoreSettings";
import { defaultScoreSettings, influenceFactors, priorityParts, tiers } from "./scoreSettings";
import type { SettingsCatalog } from "./settingsCatalog";
import { readValue } from "./settingsCell";
import type { SheetCell } from "./settingsCell";
import { fixedEntries } from "./settingsLayout";
import type { WeightGroup } from "./settingsLayout";
import { weightSumTolerance } from "./weights";

const anyNumber = { kind: "number", min: -Infinity, max: Infinity } as const;
const scoreNumber = { kind: "number", min: 0, max: 100 } as const;

/**
 * A ratio's band from rows band.<ratio>.<n>.at / .score (n = 1, 2, …, in number order, gaps allowed), thresholds
 * strictly rising; the default band's points when the sheet has none, its direction when that row is missing.
 * @example rows band.currentRatio.1.at = 1, .1.score = 40, .2.at = 2, .2.score = 100
 *   //=> { direction: "higher", points: [{ at: 1, score: 40 }, { at: 2, score: 100 }] }
 */
export function readBand(
  r: RatioKey,
  cells: ReadonlyMap<string, SheetCell>,
  sheet: string,
  texts: readonly SettingsCatalog[],
  issues: Issue[],
): BandSpec {
  const fallback = defaultScoreSettings.bands[r];
  const directionCell = cells.get(`band.${r}.direction`);
  const key = `band.${r}.direction`;
  const read =
    directionCell &&
    readValue({ key, kind: "direction", min: 0, max: 0 }, directionCell, sheet, texts, issues);
  const direction = read === "higher" || read === "lower" ? read : fallback.direction;
  const pattern = new RegExp(`^band\\.${r}\\.(\\d+)\\.(at|score)$`);
  const numbers = [...new Set([...cells.keys()].flatMap((k) => pattern.exec(k)?.[1] ?? []))].map(Number);
  if (numbers.length === 0) return { direction, points: fallback.points };
  const points: { at: number; score: number }[] = [];
  for (const n of numbers.sort((a, b) => a - b)) {
    const atCell = cells.get(`band.${r}.${n}.at`);
    const scoreCell = cells.get(`band.${r}.${n}.score`);
    if (atCell === undefined || scoreCell === undefined) {
      const present = (atCell ?? scoreCell) as SheetCell;
      issues.push({
        code: "settings.bandIncomplete",
        sheet,
        cell: present.cell,
        field: `band.${r}.${n}`,
        params: { setting: present.label },
      });
      continue;
    }
    const at = readValue({ ...anyNumber, key: `band.${r}.${n}.at` }, atCell, sheet, texts, issues);
    const score = readValue({ ...scoreNumber, key: `band.${r}.${n}.score` }, scoreCell, sheet, texts, issues);
    if (typeof at !== "number" || typeof score !== "number") continue;
    const previous = points[points.length - 1];
    if (previous !== undefined && !(at > previous.at))
      issues.push({
        code: "settings.bandOrder",
        sheet,
        cell: atCell.cell,
        field: `band.${r}.${n}.at`,
        params: { setting: atCell.label, value: at, previous: previous.at },
      });
    else points.push({ at, score });
  }
  return { direction, points: points.length > 0 ? points : fallback.points };
}

/** One issue per weight group whose sheet cells, with defaults for its missing rows, add up to 1 ± 0.001 not. */
function weightIssues(
  values: ReadonlyMap<string, number | string>,
  cells: ReadonlyMap<string, SheetCell>,
  sheet: string,
): Issue[] {
  const entries = fixedEntries(defaultScoreSettings);
  return (["health", "influence", "priority"] as const satisfies readonly WeightGroup[]).flatMap((group) => {
    const keys = entries.filter((e) => e.group === group).map((e) => e.key);
    const sum = keys.reduce((s, k) => s + Number(values.get(k)), 0);
    const onSheet = keys.flatMap((k) => cells.get(k)?.cell ?? []);
    if (Math.abs(sum - 1) <= weightSumTolerance || onSheet.length === 0) return [];
    return [
      {
        code: "settings.sumNotOne",
        sheet,
        cell: onSheet[0] as string,
        field: group,
        params: { cells: onSheet.join(", "), sum: Number(sum.toFixed(6)) },
      },
    ];
  });
}

/**
 * Settings from the values read (defaults filled in) and the bands; adds the weight-sum issues.
 * Check per group: |Σ w − 1| ≤ 0.001.
 * @example assembleSettings(values of defaultScoreSettings, defaultScoreSettings.bands, …) //=> defaultScoreSettings
 */
export function assembleSettings(
  values: ReadonlyMap<string, number | string>,
  bands: ScoreSettings["bands"],
  cells: ReadonlyMap<string, SheetCell>,
  sheet: string,
  issues: Issue[],
): ScoreSettings {
  issues.push(...weightIssues(values, cells, sheet));
  const num = (key: string): number => Number(values.get(key));
  const record = <K extends string>(keys: readonly K[], prefix: string) =>
    Object.fromEntries(keys.map((k) => [k, num(`${prefix}.${k}`)])) as Record<K, number>;
  return {
    healthWeights: record(ratioKeys, "health"),
    influenceWeights: record(influenceFactors, "influence"),
    priorityWeights: record(priorityParts, "priority"),
    tiers: {
      mode: values.get("tiers.mode") as TierMode,
      shareA: num("tiers.shareA"),
      shareB: num("tiers.shareB"),
      thresholdA: num("tiers.thresholdA"),
      thresholdB: num("tiers.thresholdB"),
    },
    approaches: Object.fromEntries(tiers.map((t) => [t, values.get(`approach.${t}`) as Approach])) as Record<
      (typeof tiers)[number],
      Approach
    >,
    bands,
  };
}
