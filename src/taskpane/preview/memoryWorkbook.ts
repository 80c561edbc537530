import type { CellValue, Grid } from "../../domain/types";
import type { ColumnBlock, WorkbookEdit } from "../../plan/workbookEdit";
import type { JobPlan, OwnedBlock, SheetSnapshot, WorkbookHost } from "../../plan/sheetSnapshot";

/** How many rows one simulated write chunk holds, so the preview shows determinate progress like Excel does. */
const rowsPerChunk = 10;

/**
 * A workbook held in memory: sheets as grids starting at A1. It applies column blocks to its cells and records what
 * it owns, so the real panel runs end to end in a browser preview without Excel.
 */
export class MemoryWorkbook implements WorkbookHost {
  private readonly sheets = new Map<string, CellValue[][]>();
  private readonly owned = new Map<string, OwnedBlock[]>();
  /** Cells selected through `select`, newest last ("Sheet!F17"). */
  readonly selected: string[] = [];

  constructor(
    sheets: Readonly<Record<string, readonly (readonly CellValue[])[]>>,
    private readonly active: string,
  ) {
    for (const [name, rows] of Object.entries(sheets))
      this.sheets.set(
        name,
        rows.map((row) => [...row]),
      );
  }

  listSheets(): Promise<string[]> {
    return Promise.resolve([...this.sheets.keys()]);
  }

  activeSheet(): Promise<string> {
    return Promise.resolve(this.active);
  }

  read(sheet: string): Promise<SheetSnapshot> {
    const rows = this.sheets.get(sheet);
    if (rows === undefined) return Promise.reject(new Error(`No sheet named ${sheet}`));
    const grid: Grid = { sheet, top: 0, left: 0, values: rows.map((row) => [...row]) };
    return Promise.resolve({ grid, owned: [...(this.owned.get(sheet) ?? [])], tables: [] });
  }

  async apply(edit: WorkbookEdit): Promise<void> {
    for (const block of columnBlocks(edit)) await this.writeBlock(block, () => {});
  }

  async runJob<T>(
    sheet: string,
    plan: (snapshot: SheetSnapshot) => JobPlan<T>,
    onProgress?: (fraction: number) => void,
  ): Promise<T> {
    const { edit, result } = plan(await this.read(sheet));
    for (const block of edit ? columnBlocks(edit) : [])
      await this.writeBlock(block, onProgress ?? (() => {}));
    return result;
  }

  select(sheet: string, cell: string): Promise<void> {
    this.selected.push(`${sheet}!${cell}`);
    return Promise.resolve();
  }

  private async writeBlock(block: ColumnBlock, onProgress: (fraction: number) => void): Promise<void> {
    const rows = this.sheets.get(block.sheet);
    if (rows === undefined) throw new Error(`No sheet named ${block.sheet}`);
    const put = (row1: number, col1: number, value: CellValue) => {
      while (rows.length < row1) rows.push([]);
      const row = rows[row1 - 1] ?? [];
      while (row.length < col1) row.push(null);
      row[col1 - 1] = value;
    };
    block.columns.forEach((column, i) => put(block.headerRow, block.firstColumn + i, column.header));
    const count = block.lastRow - block.firstRow + 1;
    for (let start = 0; start < count; start += rowsPerChunk) {
      for (let r = start; r < Math.min(count, start + rowsPerChunk); r++) {
        block.columns.forEach((column, i) =>
          put(block.firstRow + r, block.firstColumn + i, column.values[r] ?? null),
        );
      }
      onProgress(Math.min(count, start + rowsPerChunk) / count);
      // Yield like a real chunked write does, so progress can paint.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    // A previous run's rows below the new block are emptied (e.g. after customers were deleted from the source).
    for (let r = block.lastRow + 1; r <= (block.clearTo ?? block.lastRow); r++) {
      block.columns.forEach((_column, i) => put(r, block.firstColumn + i, null));
    }
    const rect = {
      top: block.headerRow,
      left: block.firstColumn,
      bottom: block.lastRow,
      right: block.firstColumn + block.columns.length - 1,
    };
    this.owned.set(block.sheet, [
      ...(this.owned.get(block.sheet) ?? []).filter((b) => b.job !== block.job),
      { job: block.job, rect },
    ]);
  }
}

/** The stand-in writes column blocks only: the ratio job's edit. */
function columnBlocks(edit: WorkbookEdit): ColumnBlock[] {
  return edit.changes.filter((change): change is ColumnBlock => change.kind === "columnBlock");
}
