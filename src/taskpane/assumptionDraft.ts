import type { AssumptionKey, Assumptions } from "../jobs/forecast/assumptions";
import { assumptionKeys, assumptionSpecs } from "../jobs/forecast/assumptions";

/** The assumptions as the Forecast panel groups them, in the sheet's order within each group. */
export const assumptionGroups = {
  rates: ["grossMargin", "interestRate", "managementRate"],
  costs: ["inventoryDays", "personnelCost", "visitsPerYear", "costPerVisit"],
  risk: ["riskA", "riskB", "riskC"],
  decision: ["discountRate", "valueThreshold"],
} as const satisfies Readonly<Record<string, readonly AssumptionKey[]>>;

export type AssumptionGroup = keyof typeof assumptionGroups;

/** Each assumption's entry as the person typed it (ratios in percent: "25" for 0.25). */
export type AssumptionEntries = Readonly<Record<AssumptionKey, string>>;

/** What an entry is: a value within bounds, or why not (with the bounds in the units shown). */
export type EntryCheck =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly min: number; readonly max: number };

/** Ratios are shown and typed in percent; every other unit as it stands on the sheet. */
export const inPercent = (key: AssumptionKey): boolean => assumptionSpecs[key].unit === "ratio";

// Twelve significant digits drop the binary noise of ×100 (0.0435 × 100 = 4.3500000000000005) and keep the rest.
const clean = (value: number): number => Number(value.toPrecision(12));

/**
 * The text an input starts with for a value read from the sheet.
 * @example entryText("grossMargin", 0.0435) //=> "4.35"
 * @example entryText("personnelCost", 30000) //=> "30000"
 */
export function entryText(key: AssumptionKey, value: number): string {
  return String(clean(inPercent(key) ? value * 100 : value));
}

/** Every assumption's starting entry. */
export function entriesOf(values: Assumptions): AssumptionEntries {
  const entries = {} as Record<AssumptionKey, string>;
  for (const key of assumptionKeys) entries[key] = entryText(key, values[key]);
  return entries;
}

/**
 * An entry checked against its key's bounds: spaces, thousands separators and a trailing % are ignored; a ratio is
 * divided by 100.
 * @example checkEntry("grossMargin", "30 %") //=> { ok: true, value: 0.3 }
 * @example checkEntry("riskA", "1.5") //=> { ok: false, min: 0, max: 1 }
 */
export function checkEntry(key: AssumptionKey, entry: string): EntryCheck {
  const { min, max } = assumptionSpecs[key];
  const scale = inPercent(key) ? 100 : 1;
  const text = entry.replace(/[\s,，]/g, "").replace(/[%％]$/, "");
  const typed = text === "" ? NaN : Number(text);
  if (!Number.isFinite(typed) || typed < min * scale || typed > max * scale)
    return { ok: false, min: min * scale, max: max * scale };
  return { ok: true, value: clean(typed / scale) };
}

/**
 * True when `value` differs from the value read by more than rounding.
 * @example changedFrom(0.0435, 0.0435000000000001) //=> false
 */
export function changedFrom(read: number, value: number): boolean {
  return Math.abs(value - read) > 1e-12 * Math.max(1, Math.abs(read));
}

/**
 * The assumptions whose entry differs from the value read (those a run writes), or null while an entry is invalid.
 * @example assumptionChanges(defaultAssumptions, { ...entriesOf(defaultAssumptions), grossMargin: "30" })
 *   //=> { grossMargin: 0.3 }
 */
export function assumptionChanges(
  read: Assumptions,
  entries: AssumptionEntries,
): Partial<Record<AssumptionKey, number>> | null {
  const changes: Partial<Record<AssumptionKey, number>> = {};
  for (const key of assumptionKeys) {
    const checked = checkEntry(key, entries[key]);
    if (!checked.ok) return null;
    if (changedFrom(read[key], checked.value)) changes[key] = checked.value;
  }
  return changes;
}
