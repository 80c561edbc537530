/**
 * Apply a whole `EditList` to a package. Edits are walked in order: workbook-level ones (sheets, names, ownership
 * records, print names, tables, charts) change staged small parts; sheet-level ones are gathered per sheet. Then,
 * once everything has been checked: new sheet parts are streamed out whole, existing sheets are patched, and the
 * staged parts are written. Parts no edit touches keep their exact bytes.
 */
import type { Edit, EditList } from "../../plan/edits";
import type { ColumnBlock } from "../../plan/workbookEdit";
import { withClearsAsCells } from "./clearEdits";
import { stageColumnBlocks } from "./columnBlocks";
import { patchSheetEdits } from "./editSheetPatcher";
import type { StyleIds } from "./editStyles";
import { prepareStyles } from "./editStyles";
import type { EditTarget, SheetState } from "./editTarget";
import { findSheet } from "./editTarget";
import type { SheetValues } from "./packageEdits";
import {
  addChart,
  addTable,
  createSheet,
  defineName,
  deleteSheet,
  printNames,
  recordOwnership,
} from "./packageEdits";
import { PartStage } from "./partStage";
import { readSharedStrings } from "./sharedStrings";
import { sheetAdditions } from "./sheetAdditions";
import { patchSheet } from "./sheetPatcher";
import { readSheetValues } from "./sheetReader";
import type { SheetRelIds } from "./sheetTailElements";
import { newSheetChunks } from "./sheetWriter";
import { stylesSource } from "./stylesSource";
import { WorkbookDraft } from "./workbookDraft";
import { readWorkbook } from "./workbookPart";
import { requestFullCalc } from "./workbookSheets";
import type { XlsxPackage } from "./xlsxPackage";

/** Patches an existing worksheet part with the sheet's edits (part A's existing-sheet writer). */
export type ExistingSheetPatcher = (
  pkg: XlsxPackage,
  part: string,
  edits: readonly Edit[],
  ctx: StyleIds & SheetRelIds,
) => void;

const isFormula = (cell: unknown): boolean => cell !== null && typeof cell === "object" && "formula" in cell;

/** Whether an edit writes a formula: a cells edit's or a column block's (both need a recalculation on open). */
function hasFormula(edit: Edit): boolean {
  if (edit.kind === "columnBlock") return edit.columns.some((column) => column.values.some(isFormula));
  return edit.kind === "cells" && edit.rows.some((row) => row.some(isFormula));
}

function walk(target: EditTarget, edits: readonly Edit[], values: SheetValues): ColumnBlock[] {
  const blocks: ColumnBlock[] = [];
  for (const edit of edits) {
    if (edit.kind === "columnBlock") blocks.push(edit);
    else if (edit.kind === "createSheet") createSheet(target, edit);
    else if (edit.kind === "deleteSheet") deleteSheet(target, edit);
    else if (edit.kind === "name") defineName(target, edit);
    else if (edit.kind === "own") recordOwnership(target, edit);
    else if (edit.kind === "table") addTable(target, edit, values);
    else if (edit.kind === "chart") addChart(target, edit);
    else {
      if (edit.kind === "pageSetup") printNames(target, edit);
      findSheet(target, edit.sheet).sheet.edits.push(edit);
    }
  }
  return blocks;
}

/** Drop calcChain.xml (Excel rebuilds it) and ask for a full recalculation when the list writes formulas. */
function recalculate(target: EditTarget): void {
  const { stage, workbook } = target;
  for (const rel of stage.rels(workbook.part).filter((r) => r.type === "calcChain"))
    stage.removeRelationship(workbook.part, rel.id);
  // Some writers leave the chain without its relationship: its content type still names it.
  for (const [part, type] of stage.overrides())
    if (type.endsWith(".calcChain+xml") && stage.has(part)) stage.removePart(part);
  target.book.text = requestFullCalc(target.book.text);
}

function relIds(sheet: SheetState): SheetRelIds {
  return {
    ...(sheet.drawingRelId ? { drawingRelId: sheet.drawingRelId } : {}),
    ...(sheet.tableRelIds.length > 0 ? { tableRelIds: sheet.tableRelIds } : {}),
  };
}

/**
 * Apply `list` to `pkg`. Throws `XlsxError` on an edit the package cannot take; a throw before the sheets are
 * written leaves the package as it was (small parts are only staged until then).
 */
export function applyEdits(
  pkg: XlsxPackage,
  edits: EditList,
  patchExisting: ExistingSheetPatcher = patchSheetEdits,
): void {
  if (edits.changes.length === 0) return;
  const list = withClearsAsCells(edits);
  const workbook = readWorkbook(pkg);
  const stage = new PartStage(pkg);
  const styles = stylesSource(pkg, workbook.part);
  for (const [part, text] of styles.companions) stage.set(part, text);
  const target: EditTarget = {
    stage,
    workbook,
    book: new WorkbookDraft(pkg.text(workbook.part)),
    sheets: workbook.sheets.map((entry) =>
      entry.kind === "worksheet"
        ? { name: entry.name, part: entry.part, created: false, edits: [], tableRelIds: [] }
        : { name: entry.name, other: entry },
    ),
    list,
  };
  let strings: string[] | undefined;
  const values: SheetValues = (sheet) =>
    readSheetValues(pkg, sheet.part, (strings ??= readSharedStrings(pkg, workbook.part)));
  const blocks = walk(target, list.changes, values);
  const prepared = prepareStyles(styles.xml, list);
  const staged = stageColumnBlocks(target, blocks, prepared.xml);
  if (list.changes.some(hasFormula)) recalculate(target);
  const sheets = target.sheets.filter(
    (s): s is SheetState =>
      "part" in s &&
      (s.created || s.edits.length > 0 || s.drawingRelId !== undefined || s.tableRelIds.length > 0),
  );
  for (const sheet of sheets) sheetAdditions(sheet.edits);
  writeSheets(pkg, sheets, prepared.ids, patchExisting);
  for (const [part, blocksOfSheet] of staged.bySheet) patchSheet(pkg, part, blocksOfSheet);
  stage.set(styles.part, staged.stylesXml);
  stage.set(workbook.part, target.book.text);
  stage.commit();
}

/** New sheets streamed whole (removed again if one fails), then existing sheets patched. */
function writeSheets(
  pkg: XlsxPackage,
  sheets: readonly SheetState[],
  ids: StyleIds,
  patchExisting: ExistingSheetPatcher,
): void {
  const created = sheets.filter((sheet) => sheet.created);
  try {
    for (const sheet of created) {
      const writer = pkg.writer(sheet.part);
      for (const chunk of newSheetChunks(sheet.edits, { ...ids, ...relIds(sheet) })) writer.write(chunk);
      writer.close();
    }
  } catch (cause) {
    for (const sheet of created) pkg.remove(sheet.part);
    throw cause;
  }
  for (const sheet of sheets.filter((s) => !s.created))
    patchExisting(pkg, sheet.part, sheet.edits, { ...ids, ...relIds(sheet) });
}
