import { a1, columnLetters, maxColumnNumber } from "../domain/address";
import type { Issue } from "../domain/types";
import { gridCell, isEmptyCell } from "./gridCell";
import type { CellRect, SheetSnapshot } from "./sheetSnapshot";

/** What a column-block job asks for. */
export interface BlockRequest {
  /** Job key the block is recorded under, e.g. "ratios". */
  readonly job: string;
  /** 1-based header row of the source table. */
  readonly headerRow: number;
  /** 1-based last column of the source table (its own headers, not the job's). */
  readonly sourceLastColumn: number;
  /** 1-based last row the block must cover. */
  readonly lastRow: number;
  /** For each output column, every header it may bear (all languages): used to recognise the job's own columns. */
  readonly headerVariants: readonly (readonly string[])[];
  /**
   * Output columns whose header may also head one of the person's columns outside the block without a conflict:
   * an input of the same name the job reads (the forecast's 风险系数 override), by index into `headerVariants`.
   */
  readonly sharedHeaders?: readonly number[];
}

/** Where the block goes, or why it cannot be written. */
export interface BlockPlacement {
  readonly firstColumn: number;
  /** A previous run's block reached below `lastRow`: rows to empty, inclusive. */
  readonly clearTo?: number;
  /** The Excel table the source is, when the block must join it. */
  readonly table?: string;
  /** Reasons not to write; empty when the block may be written. */
  readonly refusals: readonly Issue[];
}

const maxCellRefusals = 5;

/**
 * Decide where a job's column block goes beside a source table, refusing anything that would write over a cell the
 * product did not write: a previous run's recorded block is reused in place; otherwise the block goes right of the
 * source's last column. A header the job writes that already stands in the source's header row, unrecorded, is a
 * conflict; so is any non-empty cell in the target area outside the recorded block, and a protected sheet.
 */
export function placeColumnBlock(snapshot: SheetSnapshot, request: BlockRequest): BlockPlacement {
  const { grid } = snapshot;
  const width = request.headerVariants.length;
  const owned = snapshot.owned.find((block) => block.job === request.job)?.rect;
  if (owned && !ownedBlockIntact(snapshot, request, owned)) {
    return {
      firstColumn: owned.left,
      refusals: [...protectedSheet(snapshot), blockChanged(grid.sheet, owned)],
    };
  }
  const firstColumn = owned ? owned.left : request.sourceLastColumn + 1;
  if (firstColumn + width - 1 > maxColumnNumber) {
    return { firstColumn, refusals: [...protectedSheet(snapshot), noRoom(grid.sheet, request, width)] };
  }
  const target: CellRect = {
    top: request.headerRow,
    left: firstColumn,
    bottom: Math.max(request.lastRow, owned?.bottom ?? 0),
    right: firstColumn + width - 1,
  };
  const refusals = [
    ...protectedSheet(snapshot),
    ...headerConflicts(snapshot, request, target),
    ...occupiedCells(snapshot, target, owned),
  ];
  const table = sourceTable(snapshot, request);
  return {
    firstColumn,
    ...(owned && owned.bottom > request.lastRow ? { clearTo: owned.bottom } : {}),
    ...(table ? { table } : {}),
    refusals,
  };
}

// Excel refuses writes into a protected sheet's locked cells, so neither host writes there.
function protectedSheet(snapshot: SheetSnapshot): Issue[] {
  const sheet = snapshot.grid.sheet;
  return snapshot.protected === true ? [{ code: "output.sheetProtected", sheet, params: { sheet } }] : [];
}

function ownedBlockIntact(snapshot: SheetSnapshot, request: BlockRequest, rect: CellRect): boolean {
  if (rect.top !== request.headerRow || rect.right - rect.left + 1 !== request.headerVariants.length)
    return false;
  return request.headerVariants.every((variants, index) => {
    const value = gridCell(snapshot.grid, rect.top, rect.left + index);
    return typeof value === "string" && variants.includes(value.trim());
  });
}

function headerConflicts(snapshot: SheetSnapshot, request: BlockRequest, target: CellRect): Issue[] {
  const shared = new Set(request.sharedHeaders ?? []);
  const all = new Set(request.headerVariants.filter((_, index) => !shared.has(index)).flat());
  const issues: Issue[] = [];
  const row = snapshot.grid.values[request.headerRow - 1 - snapshot.grid.top] ?? [];
  row.forEach((value, index) => {
    const column = snapshot.grid.left + index + 1;
    const inTarget = column >= target.left && column <= target.right;
    if (inTarget || typeof value !== "string" || !all.has(value.trim())) return;
    issues.push({
      code: "output.headerConflict",
      sheet: snapshot.grid.sheet,
      cell: a1(request.headerRow, column),
      params: { header: value.trim(), column: columnLetters(column) },
    });
  });
  return issues;
}

function occupiedCells(snapshot: SheetSnapshot, target: CellRect, owned: CellRect | undefined): Issue[] {
  const issues: Issue[] = [];
  for (let row = target.top; row <= target.bottom && issues.length < maxCellRefusals; row += 1) {
    for (let column = target.left; column <= target.right && issues.length < maxCellRefusals; column += 1) {
      if (owned && inside(owned, row, column)) continue;
      const value = gridCell(snapshot.grid, row, column);
      if (isEmptyCell(value)) continue;
      issues.push({
        code: "output.cellNotEmpty",
        sheet: snapshot.grid.sheet,
        cell: a1(row, column),
        params: { value: String(value) },
      });
    }
  }
  return issues;
}

function sourceTable(snapshot: SheetSnapshot, request: BlockRequest): string | undefined {
  return snapshot.tables.find(
    (table) =>
      table.rect.top === request.headerRow &&
      table.rect.left <= request.sourceLastColumn &&
      table.rect.right >= request.sourceLastColumn,
  )?.name;
}

function inside(rect: CellRect, row: number, column: number): boolean {
  return row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
}

// A source reaching the sheet's last columns leaves no room right of it (XFD is Excel's last column).
function noRoom(sheet: string, request: BlockRequest, width: number): Issue {
  const column = columnLetters(Math.min(request.sourceLastColumn, maxColumnNumber));
  return { code: "output.noRoom", sheet, params: { count: width, column } };
}

function blockChanged(sheet: string, rect: CellRect): Issue {
  const range = `${a1(rect.top, rect.left)}:${a1(rect.bottom, rect.right)}`;
  return { code: "output.ownedBlockChanged", sheet, cell: a1(rect.top, rect.left), params: { range } };
}
