/**
 * Field mapping of a header row: automatic matches, then the user's overrides, one field per column.
 */
import type { Lang } from "./types";
import type { FieldKey } from "./fieldKeys";
import type { Unit } from "./units";
import { defaultUnit, parseUnit } from "./units";
import { fieldKeys } from "./fieldKeys";
import { matchHeader } from "./fields";
import type { FieldMapping, FieldOverrides } from "./source";

export interface HeaderCell {
  column: number;
  text: string;
}

const cjk = /[\u3400-\u9fff]/;
const trailingBrackets = /[([【]([^()[\]【】]*)[)\]】]$/;

/** The unit written in a header's own trailing brackets, whether or not the header names a field. */
export function headerUnit(text: string): Unit | null {
  const inner = trailingBrackets.exec(text.normalize("NFKC").trim())?.[1];
  return matchHeader(text)?.unit ?? (inner === undefined ? null : parseUnit(inner));
}

function mapping(field: FieldKey, cell: HeaderCell, sheetUnit: Unit | null, auto: boolean): FieldMapping {
  const own = headerUnit(cell.text);
  const [unit, unitFrom] =
    own !== null
      ? [own, "header" as const]
      : sheetUnit !== null
        ? [sheetUnit, "sheet" as const]
        : [defaultUnit, "default" as const];
  return { field, column: cell.column, header: cell.text, unit, unitFrom, auto };
}

/** Applies overrides in field order: each takes its column away from any field mapped to it before. */
function applyOverrides(
  fields: Partial<Record<FieldKey, FieldMapping>>,
  headers: readonly HeaderCell[],
  sheetUnit: Unit | null,
  overrides: FieldOverrides,
): void {
  for (const field of fieldKeys) {
    const column = overrides[field];
    if (column === undefined) continue;
    if (column === null) {
      delete fields[field];
      continue;
    }
    // A column outside the sheet is a caller's mistake; the automatic mapping stands.
    if (!Number.isInteger(column) || column < 1 || column > 16384) continue;
    for (const other of fieldKeys) if (fields[other]?.column === column) delete fields[other];
    const cell = headers.find((h) => h.column === column) ?? { column, text: "" };
    fields[field] = mapping(field, cell, sheetUnit, false);
  }
}

/**
 * Maps header cells to fields (the first column naming a field wins) and decides the sheet's language:
 * zh-CN when most recognised headers are Chinese.
 */
export function mapHeaders(
  headers: readonly HeaderCell[],
  sheetUnit: Unit | null,
  overrides: FieldOverrides,
): { fields: Partial<Record<FieldKey, FieldMapping>>; language: Lang } {
  const fields: Partial<Record<FieldKey, FieldMapping>> = {};
  let chinese = 0;
  let other = 0;
  for (const cell of headers) {
    const match = matchHeader(cell.text);
    if (match === null) continue;
    if (cjk.test(cell.text)) chinese += 1;
    else other += 1;
    if (fields[match.field] === undefined) fields[match.field] = mapping(match.field, cell, sheetUnit, true);
  }
  applyOverrides(fields, headers, sheetUnit, overrides);
  return { fields, language: chinese > other ? "zh-CN" : "en-US" };
}
