import type { CellRect, TableInfo } from "../../plan/sheetSnapshot";
import type { ColumnBlock } from "../../plan/workbookEdit";
import { parseA1Range } from "./a1";
import { ExcelHostError } from "./excelHostError";

/** Queue loading the sheet's tables' names and totals flags (sync 1). */
export function queueTables(sheet: Excel.Worksheet): Excel.TableCollection {
  sheet.tables.load("items/name,items/showTotals");
  return sheet.tables;
}

export interface QueuedTable {
  readonly name: string;
  readonly showTotals: boolean;
  readonly range: Excel.Range;
}

/** After sync 1: queue each table's range address (a table has no address property, only `getRange()`). */
export function queueTableRanges(tables: Excel.TableCollection): QueuedTable[] {
  return tables.items.map((table) => ({
    name: table.name,
    showTotals: table.showTotals,
    range: table.getRange().load("address"),
  }));
}

/** Loaded tables as TableInfo; a range Excel reports in a form we cannot parse is a host failure. */
export function tableInfos(queued: readonly QueuedTable[]): TableInfo[] {
  return queued.map((table) => {
    const rect = parseA1Range(table.range.address);
    if (!rect) throw new ExcelHostError("excel.badTableAddress", new Error(table.range.address));
    return { name: table.name, rect, hasTotalsRow: table.showTotals };
  });
}

/**
 * Queue making the block's columns part of its table. Columns already inside the table (a rerun) need nothing.
 * ExcelApi 1.13: `table.resize` to the block's last column. Older: `columns.add` per missing column, with its header
 * as name (1.4) and no values — the values follow through the range, after the number formats, like every block.
 */
export function queueTableColumns(
  sheet: Excel.Worksheet,
  block: ColumnBlock,
  table: CellRect,
  canResize: () => boolean,
): void {
  const lastColumn = block.firstColumn + block.columns.length - 1;
  if (!block.table || table.right >= lastColumn) return;
  if (block.firstColumn > table.right + 1) {
    throw new ExcelHostError(
      "excel.tableNotAdjacent",
      new Error(`${block.table} ends at column ${table.right}`),
    );
  }
  const excelTable = sheet.tables.getItem(block.table);
  if (canResize()) {
    const rows = table.bottom - table.top + 1;
    excelTable.resize(
      sheet.getRangeByIndexes(table.top - 1, table.left - 1, rows, lastColumn - table.left + 1),
    );
    return;
  }
  for (const column of block.columns.slice(table.right + 1 - block.firstColumn)) {
    excelTable.columns.add(undefined, undefined, column.header);
  }
}
