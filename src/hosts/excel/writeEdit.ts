import type { CellRect } from "../../plan/sheetSnapshot";
import type { ColumnBlocks } from "../../plan/workbookEdit";
import { ExcelHostError } from "./excelHostError";
import { queueOwnership } from "./ownershipNames";
import { shrinkingOnPayloadError } from "./payloadLimit";
import { sequentially } from "./sequentially";
import { queueTableColumns } from "./tables";
import type { Piece, PreparedBlock } from "./writePlan";
import { planWriteSyncs, prepareBlock, splitPieces, toExcelInput } from "./writePlan";

/** What the host knows about a block's sheet before writing it. */
export interface BlockFacts {
  /** A `_kaw_<job>` name already exists on the sheet (a rerun): replace it. */
  readonly ownershipExists: boolean;
  /** The rect of the block's table, when the block names one. */
  readonly table?: CellRect;
  /** The block's sheet is protected: Excel would refuse the write into its locked cells. */
  readonly protected?: boolean;
}

export interface WriteOptions {
  readonly maxPayloadBytes: number;
  readonly onProgress?: (fraction: number) => void;
  /** ExcelApi 1.13 (`table.resize`) is available; asked only when a table needs new columns. */
  readonly canResizeTables: () => boolean;
}

function queueSetup(
  context: Excel.RequestContext,
  prepared: PreparedBlock,
  facts: BlockFacts,
  options: WriteOptions,
): void {
  const { block } = prepared;
  const sheet = context.workbook.worksheets.getItem(block.sheet);
  if (block.table) {
    if (!facts.table) throw new ExcelHostError("excel.tableNotFound", new Error(block.table));
    queueTableColumns(sheet, block, facts.table, options.canResizeTables);
  }
  const width = block.columns.length;
  const header = sheet.getRangeByIndexes(block.headerRow - 1, block.firstColumn - 1, 1, width);
  if (block.headerStyleFrom !== undefined) {
    header.copyFrom(sheet.getRangeByIndexes(block.headerRow - 1, block.headerStyleFrom - 1, 1, 1), "Formats");
  }
  header.values = [block.columns.map((column) => toExcelInput(column.header))];
  if (block.clearTo !== undefined && block.clearTo > block.lastRow) {
    sheet
      .getRangeByIndexes(block.lastRow, block.firstColumn - 1, block.clearTo - block.lastRow, width)
      .clear("Contents");
  }
}

function queuePiece(context: Excel.RequestContext, prepared: PreparedBlock, piece: Piece): void {
  const { block } = prepared;
  const sheet = context.workbook.worksheets.getItem(block.sheet);
  const range = sheet.getRangeByIndexes(
    block.firstRow - 1 + piece.start,
    block.firstColumn - 1,
    piece.count,
    block.columns.length,
  );
  // Formats first: a text column must already be "@" when its values arrive, or "00123" would become 123.
  range.numberFormat = Array.from({ length: piece.count }, () => [...prepared.formats]);
  const rows = prepared.rows.slice(piece.start, piece.start + piece.count);
  if (prepared.viaFormulas) range.formulas = rows;
  else range.values = rows;
}

function queueOwnershipOf(context: Excel.RequestContext, prepared: PreparedBlock, facts: BlockFacts): void {
  const { block } = prepared;
  const sheet = context.workbook.worksheets.getItem(block.sheet);
  const right = block.firstColumn + block.columns.length - 1;
  const rect = {
    top: block.headerRow,
    left: block.firstColumn,
    bottom: Math.max(block.lastRow, block.headerRow),
    right,
  };
  queueOwnership(sheet, block.sheet, block.job, rect, facts.ownershipExists);
}

/** A protected sheet refuses writes into locked cells: refuse first, naming the sheet, before anything is queued. */
function refuseProtected(work: readonly { prepared: PreparedBlock; facts: BlockFacts }[]): void {
  const locked = work.find((w) => w.facts.protected === true);
  if (!locked) return;
  const sheet = locked.prepared.block.sheet;
  throw new ExcelHostError("excel.sheetProtected", new Error(`the sheet "${sheet}" is protected`), { sheet });
}

/**
 * Apply an edit inside a running batch: every block in one sync when the payload fits, else row chunks, one sync
 * each, with `onProgress(rows written / rows)` after each. Headers, table columns, clearing and ownership names go in
 * the first sync, so even a write cut short leaves its cells recorded as owned and a rerun replaces them. A sync Excel
 * refuses for its payload is sent again with half its rows (the first sync's setup with them), then the rest.
 */
export async function writeEdit(
  context: Excel.RequestContext,
  edit: ColumnBlocks,
  facts: readonly BlockFacts[],
  options: WriteOptions,
): Promise<void> {
  const work = edit.changes.flatMap((block, i) =>
    block.columns.length > 0
      ? [{ prepared: prepareBlock(block), facts: facts[i] ?? { ownershipExists: false } }]
      : [],
  );
  refuseProtected(work);
  const syncs = planWriteSyncs(
    work.map((w) => w.prepared),
    options.maxPayloadBytes,
  );
  const totalRows = work.reduce((sum, w) => sum + w.prepared.rows.length, 0);
  let writtenRows = 0;
  const queueSync = (pieces: readonly Piece[], first: boolean): void => {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    if (first) for (const w of work) queueSetup(context, w.prepared, w.facts, options);
    for (const piece of pieces) {
      const w = work[piece.block];
      if (w) queuePiece(context, w.prepared, piece);
    }
    if (first) for (const w of work) queueOwnershipOf(context, w.prepared, w.facts);
  };
  const send = async (pieces: readonly Piece[], first: boolean): Promise<void> => {
    const rows = pieces.reduce((sum, piece) => sum + piece.count, 0);
    const sent = await shrinkingOnPayloadError(rows, Math.min(1, rows), async (count) => {
      queueSync(splitPieces(pieces, count)[0], first);
      await context.sync();
      return count;
    });
    writtenRows += sent;
    options.onProgress?.(totalRows === 0 ? 1 : writtenRows / totalRows);
    const rest = splitPieces(pieces, sent)[1];
    if (rest.length > 0) await send(rest, false);
  };
  await sequentially(syncs, (pieces, index) => send(pieces, index === 0));
}
