/**
 * The Settings sheet's rows of the bands: one band per ratio and the procurement cost's order share, each a
 * direction row and numbered points (band.<key>.direction, band.<key>.<n>.at / .score).
 */
import type { RatioKey } from "../ratios";
import { ratioKeys } from "../ratios";
import type { BandPoint, BandSpec } from "./bands";
import type { SettingsCatalog } from "./settingsCatalog";
import type { ScoreSettings } from "./scoreSettings";
import type { LayoutEntry } from "./settingsLayout";

/** A band on the sheet: one per ratio, and the procurement cost's order share (rows band.<key>.…). */
export type BandKey = RatioKey | "orderShare";
export const bandKeys: readonly BandKey[] = [...ratioKeys, "orderShare"];

/** Row traits shared with the other settings: any number, a score 0–100, the label joint. */
export const anyNumber = { min: -Infinity, max: Infinity, group: null };
export const scorePoints = { kind: "number", min: 0, max: 100, group: null } as const;
export const labelSep = " · ";

/**
 * The band of a band key in the settings.
 * @example bandOf(defaultScoreSettings, "orderShare").points[0] //=> { at: 0.01, score: 100 }
 */
export function bandOf(s: ScoreSettings, key: BandKey): BandSpec {
  return key === "orderShare" ? s.cost.orderShareBand : s.bands[key];
}

const bandName = (c: SettingsCatalog, key: BandKey): string =>
  key === "orderShare" ? c.settings.orderShare : c.ratios[key];

/**
 * The two rows of point n (from 1) of a band: its threshold `at` (any number; a share ≥ 0 for the order share)
 * and its score (0–100).
 * @example bandPointEntries("currentRatio", 2, { at: 1, score: 40 })[0].key //=> "band.currentRatio.2.at"
 */
export function bandPointEntries(
  key: BandKey,
  n: number,
  p: BandPoint,
): [at: LayoutEntry, score: LayoutEntry] {
  const name = (c: SettingsCatalog, part: string): string =>
    bandName(c, key) + labelSep + c.settings.bandPoint + " " + String(n) + labelSep + part;
  return [
    {
      ...anyNumber,
      min: key === "orderShare" ? 0 : -Infinity,
      kind: "number",
      key: `band.${key}.${n}.at`,
      value: p.at,
      label: (c) => name(c, c.settings.bandAt),
      help: (c) => c.settings.bandAtHelp,
    },
    {
      ...scorePoints,
      key: `band.${key}.${n}.score`,
      value: p.score,
      label: (c) => name(c, c.settings.bandScore),
      help: (c) => c.settings.bandScoreHelp,
    },
  ];
}

/**
 * The rows of one band: its direction, then `at` and `score` of each point (numbered from 1), 1 + 2 × points.
 * @example bandEntries("currentRatio", defaultScoreSettings.bands.currentRatio)[1] //=> { key: "band.currentRatio.1.at", value: 0.5, … }
 */
export function bandEntries(key: BandKey, band: BandSpec): LayoutEntry[] {
  return [
    {
      ...anyNumber,
      kind: "direction",
      key: `band.${key}.direction`,
      value: band.direction,
      label: (c) => bandName(c, key) + labelSep + c.settings.bandDirection,
      help: (c) => (key === "orderShare" ? c.settings.orderShareHelp : c.settings.bandDirectionHelp),
    },
    ...band.points.flatMap((p, i) => bandPointEntries(key, i + 1, p)),
  ];
}
