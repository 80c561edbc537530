/**
 * The Forecast assumptions sheet of a run: the one the person chose (role "assumptions"), else the one the job
 * generated before, read on every run and never reset; created with the defaults (and its defined names) when there
 * is none. Any unusable value stops the job with a message naming its cell.
 */
import type { Issue, Lang } from "../../domain/types";
import { catalog } from "../../i18n";
import type { Edit } from "../../plan/edits";
import { lastGeneratedSheet, planGeneratedSheet } from "../../plan/generatedSheet";
import type { JobInput } from "../jobDefinition";
import type { AssumptionKey, Assumptions } from "./assumptions";
import { assumptionSpecs, defaultAssumptions, isAssumptionKey } from "./assumptions";
import { assumptionsSheetContent, readAssumptions } from "./assumptionsSheet";

export type AssumptionsPlan =
  | {
      readonly ok: true;
      readonly values: Assumptions;
      readonly sheet: string;
      /** Names of sheets this run creates (for later unique names). */
      readonly created: readonly string[];
      readonly edits: readonly Edit[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** The assumptions sheet in play: the role's sheet when chosen, else the one the job generated last. */
function findSheet(input: JobInput): string | undefined {
  if (input.sheets.assumptions) return input.sheets.assumptions;
  return lastGeneratedSheet(input.workbook, "forecast.assumptions");
}

/**
 * The changes the pane or `--set KEY=VALUE` ask for, checked against each assumption's bounds; an unknown key or a
 * value out of range is an issue (nothing is written then).
 */
function changesOf(
  input: JobInput,
  sheet: string,
  cells: ReadonlyMap<AssumptionKey, string>,
  lang: Lang,
): { values: Partial<Assumptions>; issues: Issue[] } {
  const labels = catalog(lang).forecast.assumptions.labels as Readonly<Record<string, string>>;
  const values: Partial<Record<AssumptionKey, number>> = {};
  const issues: Issue[] = [];
  for (const [key, raw] of Object.entries(input.settings ?? {})) {
    const cell = isAssumptionKey(key) ? cells.get(key) : undefined;
    const where = { sheet, field: key, ...(cell ? { cell } : {}) };
    const setting = labels[key] ?? key;
    if (!isAssumptionKey(key))
      issues.push({ code: "settings.unknownKey", ...where, params: { setting: key } });
    else if (typeof raw !== "number" || !Number.isFinite(raw))
      issues.push({ code: "assumptions.notNumber", ...where, params: { setting, value: String(raw) } });
    else if (raw < assumptionSpecs[key].min || raw > assumptionSpecs[key].max)
      issues.push({
        code: "assumptions.outOfRange",
        ...where,
        params: { setting, value: raw, min: assumptionSpecs[key].min, max: assumptionSpecs[key].max },
      });
    else values[key] = raw;
  }
  return { values, issues };
}

/** Read or create the assumptions, with the run's changes written into their cells. */
export function planAssumptions(input: JobInput, lang: Lang): AssumptionsPlan {
  const texts = [catalog(lang).forecast, catalog(lang === "zh-CN" ? "en-US" : "zh-CN").forecast];
  const sheet = findSheet(input);
  if (sheet !== undefined) {
    const snapshot = input.workbook.sheets.get(sheet);
    if (!snapshot) return { ok: false, issues: [{ code: "edit.unknownSheet", sheet }] };
    const read = readAssumptions(snapshot.grid, texts);
    if (read.issues.length > 0) return { ok: false, issues: read.issues };
    const changes = changesOf(input, sheet, read.cells, lang);
    if (changes.issues.length > 0) return { ok: false, issues: changes.issues };
    // A key whose row the person deleted keeps its default: only rows found on the sheet are written.
    const edits: Edit[] = Object.entries(changes.values).flatMap(([key, value]) => {
      const cell = read.cells.get(key as AssumptionKey);
      return cell ? [{ kind: "cells" as const, sheet, at: cell, rows: [[value]] }] : [];
    });
    return { ok: true, values: { ...read.values, ...changes.values }, sheet, created: [], edits };
  }
  const changes = changesOf(input, catalog(lang).forecast.assumptions.sheet, new Map(), lang);
  if (changes.issues.length > 0) return { ok: false, issues: changes.issues };
  const initial: Assumptions = { ...defaultAssumptions, ...changes.values };
  const planned = planGeneratedSheet(input.workbook, {
    job: "forecast",
    slot: "assumptions",
    name: catalog(lang).forecast.assumptions.sheet,
    tabColor: "7F7F7F",
    build: (name) => assumptionsSheetContent(name, initial, catalog(lang).forecast),
  });
  if (!planned.ok) return planned;
  return { ok: true, values: initial, sheet: planned.sheet, created: [planned.sheet], edits: planned.edits };
}
