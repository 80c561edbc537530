/**
 * The Settings sheet (参数设置) of the scores job: found (the role the person chose, else the sheet the job
 * generated), read on every run, created with the defaults when missing; values the task pane changes are
 * written into their cells. The job never rewrites the sheet: it is the person's to edit.
 */
import type { Issue, Lang } from "../../domain/types";
import type { ScoreSettings } from "../../domain/scoring/scoreSettings";
import { defaultScoreSettings } from "../../domain/scoring/scoreSettings";
import { readSettings } from "../../domain/scoring/readSettings";
import { applySettingValues, settingsSheetEnd, settingsValueCells } from "../../domain/scoring/readSettings";
import { settingEntry } from "../../domain/scoring/settingsLayout";
import { choiceText } from "../../domain/scoring/settingsLayout";
import type { SettingsCatalog } from "../../domain/scoring/settingsCatalog";
import { catalog } from "../../i18n";
import type { Catalog } from "../../i18n";
import type { Edit, StyleSheet } from "../../plan/edits";
import { lastGeneratedSheet, planGeneratedSheet } from "../../plan/generatedSheet";
import type { WorkbookSnapshot } from "../../plan/workbookSnapshot";
import { settingsSheetContent, settingsStyles } from "./settingsContent";

/** Setting key → new value (a number, or a choice's code or text), as the task pane sends them. */
export type SettingValues = Readonly<Record<string, number | string>>;

export type SettingsPlan =
  | {
      readonly ok: true;
      readonly settings: ScoreSettings;
      readonly sheet: string;
      readonly created: boolean;
      readonly edits: readonly Edit[];
      readonly styles: StyleSheet;
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Both languages' texts, the run's first (its labels name settings in messages): a choice may be in either. */
export function settingsTexts(lang: Lang = "zh-CN"): readonly SettingsCatalog[] {
  return lang === "zh-CN" ? [catalog("zh-CN"), catalog("en-US")] : [catalog("en-US"), catalog("zh-CN")];
}

/** The settings sheet in play: the role's sheet when chosen, else the one the job generated last, else none. */
export function findSettingsSheet(
  workbook: WorkbookSnapshot,
  chosen: string | undefined,
): string | undefined {
  if (chosen) return chosen;
  return lastGeneratedSheet(workbook, "scores.settings");
}

/** The settings as they stand in the workbook, for the task pane (defaults when there is no sheet yet). */
export function currentSettings(
  workbook: WorkbookSnapshot,
  chosen?: string,
  lang: Lang = "zh-CN",
): { settings: ScoreSettings; issues: readonly Issue[]; sheet: string | null } {
  const sheet = findSettingsSheet(workbook, chosen);
  const snapshot = sheet === undefined ? undefined : workbook.sheets.get(sheet);
  if (sheet === undefined || !snapshot) return { settings: defaultScoreSettings, issues: [], sheet: null };
  const read = readSettings(snapshot.grid, settingsTexts(lang));
  return { settings: read.settings, issues: read.issues, sheet };
}

/**
 * Read the settings (creating the sheet with the defaults when there is none) and apply the pane's changes, both
 * to the values used and to the sheet's cells. Any problem stops the job with a message naming its cell.
 */
export function planSettings(
  workbook: WorkbookSnapshot,
  request: { chosen?: string; lang: Lang; changes?: SettingValues },
): SettingsPlan {
  const texts = catalog(request.lang);
  const changes = request.changes ?? {};
  const sheet = findSettingsSheet(workbook, request.chosen);
  const snapshot = sheet === undefined ? undefined : workbook.sheets.get(sheet);
  if (sheet !== undefined && !snapshot) return { ok: false, issues: [{ code: "edit.unknownSheet", sheet }] };
  if (sheet === undefined || !snapshot) {
    const applied = applySettingValues(
      defaultScoreSettings,
      changes,
      settingsTexts(request.lang),
      texts.settings.sheet,
    );
    if (applied.issues.length > 0) return { ok: false, issues: applied.issues };
    const planned = planGeneratedSheet(workbook, {
      job: "scores",
      slot: "settings",
      name: texts.settings.sheet,
      tabColor: "7F7F7F",
      build: (name) => settingsSheetContent(name, applied.settings, texts),
    });
    if (!planned.ok) return planned;
    return {
      ok: true,
      settings: applied.settings,
      sheet: planned.sheet,
      created: true,
      edits: planned.edits,
      styles: settingsStyles,
    };
  }
  const read = readSettings(snapshot.grid, settingsTexts(request.lang));
  if (read.issues.length > 0) return { ok: false, issues: read.issues };
  const cells = settingsValueCells(snapshot.grid);
  const applied = applySettingValues(read.settings, changes, settingsTexts(request.lang), sheet, cells);
  if (applied.issues.length > 0) return { ok: false, issues: applied.issues };
  return {
    ok: true,
    settings: applied.settings,
    sheet,
    created: false,
    edits: valueWrites(snapshot.grid, sheet, changes, applied.settings, texts),
    styles: settingsStyles,
  };
}

/** Cells edits writing the changed values into their rows; a key the sheet lacks gets a row at the end. */
function valueWrites(
  grid: Parameters<typeof settingsValueCells>[0],
  sheet: string,
  changes: SettingValues,
  settings: ScoreSettings,
  texts: Catalog,
): Edit[] {
  const cells = settingsValueCells(grid);
  let next = settingsSheetEnd(grid) + 1;
  const edits: Edit[] = [];
  for (const key of Object.keys(changes)) {
    const entry = settingEntry(key, settings);
    if (entry === undefined) continue;
    const value = entry.kind === "number" ? entry.value : choiceText(texts, entry.kind, String(entry.value));
    const at = cells.get(key);
    if (at !== undefined)
      edits.push({ kind: "cells", sheet, at: at.cell, rows: [[value]], style: "settings.value" });
    else {
      edits.push({
        kind: "cells",
        sheet,
        at: `A${next}`,
        rows: [[key, entry.label(texts), value, entry.help(texts)]],
        columnStyles: ["settings.key", "settings.label", "settings.value", "settings.help"],
      });
      next += 1;
    }
  }
  return edits;
}
