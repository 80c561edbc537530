/**
 * Whole sheets a job generates (record sheets, summaries, forecasts), planned the same way for every job:
 * - first run: a new sheet under the wanted name, numbered when a sheet of the person's has that name;
 * - rerun on an untouched sheet (its content fingerprint unchanged): the sheet is written anew in place;
 * - rerun on a sheet the person has typed into: nothing is written and the refusal names the sheet, unless the run
 *   asks for a new copy, which then goes beside it under a numbered name. The person's entries are never lost.
 * The record is a hidden name `_kaw_<job>.<slot>` scoped to the sheet (an `own` edit with `whole`), so it survives
 * save and reopen and follows rows and columns Excel inserts.
 */
import type { Issue } from "../domain/types";
import type { CreateSheetEdit, Edit } from "./edits";
import { fingerprintOfEdits, fingerprintOfGrid } from "./fingerprint";
import { formatRange, parseCell } from "./range";
import { uniqueSheetName } from "./sheetName";
import type { CellRect, SheetSnapshot } from "./sheetSnapshot";
import type { GeneratedSheet, WorkbookSnapshot } from "./workbookSnapshot";

export interface GeneratedSheetRequest {
  /** The job's key and the sheet's part in it, e.g. "records" and "visits": recorded as "records.visits". */
  readonly job: string;
  readonly slot: string;
  /** The wanted name, in the output language. */
  readonly name: string;
  readonly tabColor?: string;
  /** Write a new copy when the existing sheet was typed into, instead of refusing. */
  readonly newCopy?: boolean;
  /** A rewrite goes after the last sheet instead of at the old sheet's place (an index after the sheets it lists). */
  readonly atEnd?: boolean;
  /** The sheet's content (cells, merges, validation, page setup…) for a sheet named `sheet`. */
  build(sheet: string): readonly Edit[];
}

export type GeneratedSheetPlan =
  | { readonly ok: true; readonly sheet: string; readonly edits: readonly Edit[]; readonly rewrote: boolean }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** The record key of a generated sheet. */
export function generatedKey(job: string, slot: string): string {
  return `${job}.${slot}`;
}

/**
 * Plan one generated sheet against the workbook as read (the host reads every sheet the job generated before).
 * @example planGeneratedSheet(workbook, { job: "records", slot: "visits", name: "目标客户访问记录表", build })
 * //=> { ok: true, sheet: "目标客户访问记录表", edits: [createSheet, …content, own], rewrote: false }
 */
export function planGeneratedSheet(
  workbook: WorkbookSnapshot,
  request: GeneratedSheetRequest,
): GeneratedSheetPlan {
  const key = generatedKey(request.job, request.slot);
  const earlier = lastGenerated(workbook, key);
  if (!earlier) return fresh(workbook.sheetNames, request, key);
  const snapshot = workbook.sheets.get(earlier.sheet);
  if (snapshot && untouched(snapshot, earlier))
    return rewrite(workbook.sheetNames, request, key, earlier.sheet);
  if (request.newCopy) return fresh(workbook.sheetNames, request, key);
  return { ok: false, issues: [{ code: "output.generatedSheetEdited", sheet: earlier.sheet }] };
}

/**
 * The sheet a job generated for a slot, e.g. "scores.settings"; after a new copy, the later one in tab order.
 * @example lastGeneratedSheet(workbook, "forecast.assumptions") //=> "预测假设"
 */
export function lastGeneratedSheet(workbook: WorkbookSnapshot, key: string): string | undefined {
  return lastGenerated(workbook, key)?.sheet;
}

/** The sheet that carries the slot's record; after a new copy, the later one in tab order. */
function lastGenerated(workbook: WorkbookSnapshot, key: string): GeneratedSheet | undefined {
  let found: GeneratedSheet | undefined;
  let at = -1;
  for (const sheet of workbook.generated) {
    const index = workbook.sheetNames.indexOf(sheet.sheet);
    if (sheet.job === key && index > at) [found, at] = [sheet, index];
  }
  return found;
}

function untouched(snapshot: SheetSnapshot, earlier: GeneratedSheet): boolean {
  const record = snapshot.owned.find((owned) => owned.whole === true);
  if (!record || earlier.fingerprint === undefined) return false;
  const formulas = new Set(snapshot.formulaCells ?? []);
  const skip = (row: number, column: number): boolean => formulas.has(`${row},${column}`);
  // Anything typed outside the recorded rectangle counts too: fingerprint the whole used grid's reach.
  const rect = reach(snapshot, record.rect);
  return fingerprintOfGrid(snapshot.grid, rect, skip) === earlier.fingerprint;
}

function reach(snapshot: SheetSnapshot, rect: CellRect): CellRect {
  const { grid } = snapshot;
  let right = rect.right;
  for (const row of grid.values) right = Math.max(right, grid.left + row.length);
  return { top: 1, left: 1, bottom: Math.max(rect.bottom, grid.top + grid.values.length), right };
}

function fresh(
  sheetNames: readonly string[],
  request: GeneratedSheetRequest,
  key: string,
): GeneratedSheetPlan {
  const sheet = uniqueSheetName(request.name, sheetNames);
  const create: CreateSheetEdit = {
    kind: "createSheet",
    sheet,
    ...(request.tabColor ? { tabColor: request.tabColor } : {}),
  };
  return {
    ok: true,
    sheet,
    edits: [create, ...withRecord(request.build(sheet), sheet, key)],
    rewrote: false,
  };
}

/** Delete the untouched sheet and write it anew at the same tab position, under the name of this run's language. */
function rewrite(
  sheetNames: readonly string[],
  request: GeneratedSheetRequest,
  key: string,
  old: string,
): GeneratedSheetPlan {
  const position = sheetNames.indexOf(old);
  const others = sheetNames.filter((name) => name !== old);
  const sheet = uniqueSheetName(request.name, others);
  const create: CreateSheetEdit = {
    kind: "createSheet",
    sheet,
    ...(request.atEnd ? {} : { position }),
    ...(request.tabColor ? { tabColor: request.tabColor } : {}),
  };
  const edits: Edit[] = [
    { kind: "deleteSheet", sheet: old },
    create,
    ...withRecord(request.build(sheet), sheet, key),
  ];
  return { ok: true, sheet, edits, rewrote: true };
}

/** The content followed by its ownership record: the whole sheet, fingerprinted from A1 to the content's corner. */
function withRecord(content: readonly Edit[], sheet: string, key: string): Edit[] {
  const rect = { top: 1, left: 1, ...corner(content, sheet) };
  const fingerprint = fingerprintOfEdits(content, sheet, { ...rect, bottom: 1048576, right: 16384 });
  return [
    ...content,
    { kind: "own", job: key, sheet, range: formatRange(rect, true), whole: true, fingerprint },
  ];
}

/** The bottom-right corner of every cells edit on the sheet (at least A1). */
function corner(content: readonly Edit[], sheet: string): { bottom: number; right: number } {
  let bottom = 1;
  let right = 1;
  for (const edit of content) {
    if (edit.kind !== "cells" || edit.sheet !== sheet) continue;
    const at = parseCell(edit.at);
    if (!at) continue;
    bottom = Math.max(bottom, at.row + edit.rows.length - 1);
    for (const row of edit.rows) right = Math.max(right, at.column + row.length - 1);
  }
  return { bottom, right };
}
