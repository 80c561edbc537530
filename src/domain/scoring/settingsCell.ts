/**
 * One cell of the Settings sheet read as the number or choice its row expects, and the choices' codes and texts.
 */
import { cellText, isBlankCell } from "../cellText";
import type { CellValue, Issue } from "../types";
import type { SettingsCatalog } from "./settingsCatalog";
import type { ChoiceKind, LayoutEntry } from "./settingsLayout";
import { approaches, directions, tierModes } from "./scoreSettings";

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

/**
 * A value found by its key: the raw value, the row's label (for messages) and, when it stands on a sheet, its A1
 * address (values given by the task pane may have none).
 */
export interface SheetCell {
  readonly raw: CellValue;
  readonly cell?: string;
  readonly label: string;
}

/** Where an issue about a cell points: the sheet, the cell when known, the key. */
export function cellWhere(sheet: string, at: SheetCell, field: string): Omit<Issue, "code" | "params"> {
  return at.cell === undefined ? { sheet, field } : { sheet, cell: at.cell, field };
}

/**
 * A cell's number or choice code, or null with an issue: blank, text where a number belongs, a number outside
 * [min, max], or a text that is neither a choice's code nor its text in one of the catalogs.
 * @example readValue({ key: "influence.cost", kind: "number", min: 0, max: 1 }, { raw: 0.4, cell: "C9", label: "…" }, "Settings", [], []) //=> 0.4
 */
export function readValue(
  entry: Pick<LayoutEntry, "key" | "kind" | "min" | "max">,
  at: SheetCell,
  sheet: string,
  texts: readonly SettingsCatalog[],
  issues: Issue[],
): number | string | null {
  const where = cellWhere(sheet, at, entry.key);
  const raw: CellValue = at.raw;
  if (isBlankCell(raw)) {
    issues.push({ code: "settings.blank", ...where, params: { setting: at.label } });
    return null;
  }
  if (entry.kind !== "number") {
    const wanted = cellText(raw).toLowerCase();
    const kind = entry.kind;
    const code = choiceCodes[kind].find((c) =>
      [c, ...texts.map((t) => choiceText(t, kind, c))].some((text) => text.toLowerCase() === wanted),
    );
    if (code !== undefined) return code;
    const choices = choiceCodes[kind].map((c) => (texts[0] ? choiceText(texts[0], kind, c) : c)).join(" / ");
    issues.push({
      code: "settings.unknownChoice",
      ...where,
      params: { setting: at.label, value: cellText(raw), choices },
    });
    return null;
  }
  if (typeof raw !== "number" || !Number.isFinite(raw)) {
    issues.push({
      code: "settings.notNumber",
      ...where,
      params: { setting: at.label, value: cellText(raw) },
    });
    return null;
  }
  if (raw < entry.min || raw > entry.max) {
    issues.push({
      code: "settings.outOfRange",
      ...where,
      params: { setting: at.label, value: raw, min: entry.min, max: entry.max },
    });
    return null;
  }
  return raw;
}
