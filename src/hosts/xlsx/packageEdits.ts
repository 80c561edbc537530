/**
 * The edits that change the package beyond a sheet's own part: sheets created or deleted, names, ownership
 * records, print titles and areas, table parts, drawings and charts. Each works on the staged parts only.
 */
import type {
  ChartEdit,
  CreateSheetEdit,
  DeleteSheetEdit,
  NameEdit,
  OwnEdit,
  PageSetupEdit,
  TableEdit,
} from "../../plan/edits";
import { parseRange } from "./cellRef";
import { chartXml } from "./chartXml";
import { addChartAnchor, emptyDrawingXml } from "./drawingPart";
import type { EditTarget, SheetState } from "./editTarget";
import { entryAt, findSheet, geometryOf, rowText } from "./editTarget";
import { newTableXml, tablesInUse } from "./newTable";
import { printAreaRefersTo, printTitlesRefersTo } from "./pageSetupXml";
import { contentTypes, relationshipTypes } from "./partTypes";
import { ownedName } from "./workbookPart";
import { XlsxError } from "./xlsxError";
import type { CellValue } from "../../domain/types";

export function createSheet(target: EditTarget, edit: CreateSheetEdit): void {
  if (target.sheets.some((s) => s.name.toLowerCase() === edit.sheet.toLowerCase()))
    throw new XlsxError("xlsx.badEdit", `a sheet named "${edit.sheet}" already exists`);
  const part = target.stage.uniqueName("xl/worksheets/sheet");
  const id = target.stage.addPart({
    source: target.workbook.part,
    part,
    relationshipType: relationshipTypes.worksheet,
    contentType: contentTypes.worksheet,
  });
  const at = Math.min(edit.position ?? target.sheets.length, target.sheets.length);
  target.book.insertSheet(edit.sheet, id, at);
  const sheet: SheetState = { name: edit.sheet, part, created: true, edits: [edit], tableRelIds: [] };
  target.sheets.splice(at, 0, sheet);
}

export function deleteSheet(target: EditTarget, edit: DeleteSheetEdit): void {
  const { index } = findSheet(target, edit.sheet);
  if (target.sheets.length === 1)
    throw new XlsxError("xlsx.badEdit", `"${edit.sheet}" is the workbook's only sheet: a workbook needs one`);
  const id = target.book.sheetRelationship(index);
  if (!id) throw new XlsxError("xlsx.badXml", `sheet "${edit.sheet}" has no relationship`);
  target.stage.removeRelationship(target.workbook.part, id);
  target.book.removeSheet(index);
  target.sheets.splice(index, 1);
}

/** Table names and defined names share one namespace in Excel. */
function checkNameFree(target: EditTarget, name: string): void {
  if (tablesInUse(target.stage).names.has(name.toLowerCase()))
    throw new XlsxError("xlsx.badEdit", `"${name}" is already the name of a table`);
}

export function defineName(target: EditTarget, edit: NameEdit): void {
  checkNameFree(target, edit.name);
  const scope = edit.scope === undefined ? undefined : findSheet(target, edit.scope).index;
  target.book.upsertName({
    name: edit.name,
    value: edit.refersTo,
    ...(scope === undefined ? {} : { localSheetId: scope }),
    ...(edit.visible === false ? { hidden: true } : {}),
    ...(edit.comment ? { comment: edit.comment } : {}),
  });
}

export function recordOwnership(target: EditTarget, edit: OwnEdit): void {
  const rect = parseRange(edit.range);
  if (!rect) throw new XlsxError("xlsx.badEdit", `owned range "${edit.range}" is not a range`);
  const { index } = findSheet(target, edit.sheet);
  const facts = {
    whole: edit.whole === true,
    ...(edit.fingerprint ? { fingerprint: edit.fingerprint } : {}),
  };
  target.book.upsertName(ownedName(edit.job, entryAt(target, index), rect, facts));
}

/** Print titles and print area are sheet-scoped built-in names. */
export function printNames(target: EditTarget, edit: PageSetupEdit): void {
  const { index, sheet } = findSheet(target, edit.sheet);
  const set = (name: string, value: string): void => {
    target.book.upsertName({ name, value, localSheetId: index });
  };
  if (edit.printTitleRows !== undefined)
    set("_xlnm.Print_Titles", printTitlesRefersTo(sheet.name, edit.printTitleRows));
  if (edit.printArea !== undefined) set("_xlnm.Print_Area", printAreaRefersTo(sheet.name, edit.printArea));
}

/** Values of an existing sheet (read only when a table's headers are not in the edit list). */
export type SheetValues = (sheet: SheetState) => readonly (readonly CellValue[])[];

export function addTable(target: EditTarget, edit: TableEdit, existing: SheetValues): void {
  const { sheet } = findSheet(target, edit.sheet);
  const rect = parseRange(edit.range);
  if (!rect) throw new XlsxError("xlsx.badEdit", `table range "${edit.range}" is not a range`);
  const headers = rowText(target.list, sheet.name, rect.top, rect, () =>
    sheet.created ? [] : existing(sheet),
  );
  const xml = newTableXml(edit, headers, target.stage, target.book.text);
  const part = target.stage.uniqueName("xl/tables/table");
  const id = target.stage.addPart({
    source: sheet.part,
    part,
    relationshipType: relationshipTypes.table,
    contentType: contentTypes.table,
    text: xml,
  });
  sheet.tableRelIds.push(id);
}

/** The sheet's drawing part: the one it has, or a new one (a sheet has at most one). */
function drawingOf(target: EditTarget, sheet: SheetState): string {
  const found =
    sheet.drawingPart ??
    target.stage.rels(sheet.part).find((r) => r.type === "drawing" && !r.external)?.target;
  if (found) return (sheet.drawingPart = found);
  const part = target.stage.uniqueName("xl/drawings/drawing");
  sheet.drawingRelId = target.stage.addPart({
    source: sheet.part,
    part,
    relationshipType: relationshipTypes.drawing,
    contentType: contentTypes.drawing,
    text: emptyDrawingXml,
  });
  return (sheet.drawingPart = part);
}

export function addChart(target: EditTarget, edit: ChartEdit): void {
  const { sheet } = findSheet(target, edit.sheet);
  const drawing = drawingOf(target, sheet);
  const part = target.stage.uniqueName("xl/charts/chart");
  const id = target.stage.addPart({
    source: drawing,
    part,
    relationshipType: relationshipTypes.chart,
    contentType: contentTypes.chart,
    text: chartXml(edit),
  });
  const geometry = geometryOf(target.list.changes.filter((e) => "sheet" in e && e.sheet === sheet.name));
  target.stage.set(drawing, addChartAnchor(target.stage.text(drawing), edit.anchor, id, geometry));
}
