/**
 * The parts of reading settings that combine cells: a band from its numbered rows, the weight groups checked to sum
 * 1 ± 0.001, the complexity lines checked to be in order, and the settings from all values read.
 */
import { ratioKeys } from "../ratios";
import type { Issue } from "../types";
import type { BandPoint, BandSpec } from "./bands";
import type { Approach, ScoreSettings, TierMode } from "./scoreSettings";
import { influenceFactors, priorityParts, tiers } from "./scoreSettings";
import type { SettingsCatalog } from "./settingsCatalog";
import { cellWhere, readValue } from "./settingsCell";
import type { SheetCell } from "./settingsCell";
import type { BandKey } from "./settingsBands";
import { bandOf, bandPointEntries } from "./settingsBands";
import { fixedEntries } from "./settingsLayout";
import type { WeightGroup } from "./settingsLayout";
import { weightSumTolerance } from "./weights";

/**
 * A band from rows band.<key>.<n>.at / .score (n = 1, 2, …, in number order, gaps allowed), thresholds strictly
 * rising; the fallback band's points when there are none, its direction when that row is missing.
 * @example rows band.currentRatio.1.at = 1, .1.score = 40, .2.at = 2, .2.score = 100
 *   //=> { direction: "higher", points: [{ at: 1, score: 40 }, { at: 2, score: 100 }] }
 */
export function readBand(
  key: BandKey,
  fallback: BandSpec,
  cells: ReadonlyMap<string, SheetCell>,
  sheet: string,
  texts: readonly SettingsCatalog[],
  issues: Issue[],
): BandSpec {
  const directionKey = `band.${key}.direction`;
  const directionCell = cells.get(directionKey);
  const read =
    directionCell &&
    readValue({ key: directionKey, kind: "direction", min: 0, max: 0 }, directionCell, sheet, texts, issues);
  const direction = read === "higher" || read === "lower" ? read : fallback.direction;
  const pattern = new RegExp(`^band\\.${key}\\.(\\d+)\\.(at|score)$`);
  const numbers = [...new Set([...cells.keys()].flatMap((k) => pattern.exec(k)?.[1] ?? []))].map(Number);
  const points: BandPoint[] = [];
  for (const n of numbers.sort((a, b) => a - b)) {
    const [atEntry, scoreEntry] = bandPointEntries(key, n, { at: 0, score: 0 });
    const atCell = cells.get(atEntry.key);
    const scoreCell = cells.get(scoreEntry.key);
    if (atCell === undefined || scoreCell === undefined) {
      const present = (atCell ?? scoreCell) as SheetCell;
      const field = `band.${key}.${n}`;
      issues.push({
        code: "settings.bandIncomplete",
        ...cellWhere(sheet, present, field),
        params: { setting: present.label },
      });
      continue;
    }
    const at = readValue(atEntry, atCell, sheet, texts, issues);
    const score = readValue(scoreEntry, scoreCell, sheet, texts, issues);
    if (typeof at !== "number" || typeof score !== "number") continue;
    const previous = points[points.length - 1];
    if (previous !== undefined && !(at > previous.at))
      issues.push({
        code: "settings.bandOrder",
        ...cellWhere(sheet, atCell, atEntry.key),
        params: { setting: atCell.label, value: at, previous: previous.at },
      });
    else points.push({ at, score });
  }
  return { direction, points: points.length > 0 ? points : fallback.points };
}

/** One issue per weight group whose given cells, with the base for its missing rows, add up to 1 ± 0.001 not. */
function weightIssues(
  values: ReadonlyMap<string, number | string>,
  cells: ReadonlyMap<string, SheetCell>,
  base: ScoreSettings,
  sheet: string,
): Issue[] {
  const entries = fixedEntries(base);
  return (["health", "influence", "priority"] as const satisfies readonly WeightGroup[]).flatMap((group) => {
    const keys = entries.filter((e) => e.group === group).map((e) => e.key);
    const sum = keys.reduce((s, k) => s + Number(values.get(k)), 0);
    const given = keys.flatMap((k) => cells.get(k) ?? []);
    if (Math.abs(sum - 1) <= weightSumTolerance || given[0] === undefined) return [];
    const params = { cells: given.map((c) => c.cell ?? c.label).join(", "), sum: Number(sum.toFixed(6)) };
    return [{ code: "settings.sumNotOne", ...cellWhere(sheet, given[0], group), params }];
  });
}

/** The complexity lines, or the base's with an issue when low is not above medium. */
function complexityLines(
  low: number,
  medium: number,
  cells: ReadonlyMap<string, SheetCell>,
  base: ScoreSettings,
  sheet: string,
  issues: Issue[],
): Pick<ScoreSettings["cost"], "complexityLow" | "complexityMedium"> {
  if (low > medium) return { complexityLow: low, complexityMedium: medium };
  const key = cells.has("cost.complexityLow") ? "cost.complexityLow" : "cost.complexityMedium";
  const at = cells.get(key);
  if (at !== undefined)
    issues.push({
      code: "settings.complexityOrder",
      ...cellWhere(sheet, at, key),
      params: { setting: at.label, low, medium },
    });
  return { complexityLow: base.cost.complexityLow, complexityMedium: base.cost.complexityMedium };
}

/**
 * The settings from cells found by key, `base` where a key is missing or its cell unusable; every problem is
 * pushed to `issues`. Checks: readValue per cell, |Σ w − 1| ≤ 0.001 per weight group, rising band thresholds,
 * complexityLow > complexityMedium.
 * @example settingsFromCells(new Map(), defaultScoreSettings, "Settings", [], []) //=> defaultScoreSettings
 */
export function settingsFromCells(
  cells: ReadonlyMap<string, SheetCell>,
  base: ScoreSettings,
  sheet: string,
  texts: readonly SettingsCatalog[],
  issues: Issue[],
): ScoreSettings {
  const values = new Map<string, number | string>();
  for (const entry of fixedEntries(base)) {
    const at = cells.get(entry.key);
    values.set(entry.key, (at && readValue(entry, at, sheet, texts, issues)) ?? entry.value);
  }
  const band = (k: BandKey) => readBand(k, bandOf(base, k), cells, sheet, texts, issues);
  const bands = Object.fromEntries(ratioKeys.map((r) => [r, band(r)])) as ScoreSettings["bands"];
  const orderShareBand = band("orderShare");
  issues.push(...weightIssues(values, cells, base, sheet));
  const num = (key: string): number => Number(values.get(key));
  const record = <K extends string>(keys: readonly K[], prefix: string) =>
    Object.fromEntries(keys.map((k) => [k, num(`${prefix}.${k}`)])) as Record<K, number>;
  const lines = complexityLines(
    num("cost.complexityLow"),
    num("cost.complexityMedium"),
    cells,
    base,
    sheet,
    issues,
  );
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
    cost: { orderShareBand, ...lines },
  };
}
