import { shrinkingOnPayloadError } from "../payloadLimit";
import { sequentially } from "../sequentially";
import type { Piece } from "../writePlan";
import { splitPieces } from "../writePlan";
import { packSyncs, piecesBytes } from "./editSyncs";
import type { PreparedEdit } from "./prepareEdits";
import type { QueueState } from "./queueEdit";
import { queueEdit } from "./queueEdit";

export interface SegmentOptions {
  readonly maxPayloadBytes: number;
  /** ExcelApi 1.6: suspend recalculation while a sync writes. */
  readonly canSuspend: boolean;
  /** Bytes sent so far, of `totalBytes`, after each sync. */
  readonly onSent?: (bytes: number) => void;
}

/**
 * Send edits `indexes` (consecutive, none a columnBlock) in as few syncs as their payload allows, in order. A sync
 * Excel refuses for its size is queued again with half its rows, then the rest (a refused request changed nothing,
 * so the names it would have added are forgotten too).
 */
export async function writeSegment(
  context: Excel.RequestContext,
  prepared: readonly PreparedEdit[],
  indexes: readonly number[],
  state: QueueState,
  options: SegmentOptions,
): Promise<void> {
  const rowBytes = prepared.map((p) => p.rowBytes);
  const queue = (pieces: readonly Piece[]): void => {
    if (options.canSuspend) context.workbook.application.suspendApiCalculationUntilNextSync();
    for (const piece of pieces) {
      const edit = prepared[piece.block];
      if (edit) queueEdit(context.workbook, edit, piece.start, piece.count, state);
    }
  };
  const send = async (pieces: readonly Piece[]): Promise<void> => {
    const names = [...state.names];
    const rows = pieces.reduce((sum, piece) => sum + piece.count, 0);
    const sent = await shrinkingOnPayloadError(rows, Math.min(1, rows), async (count) => {
      state.names.clear();
      for (const name of names) state.names.add(name);
      const [head] = splitPieces(pieces, count);
      queue(head);
      await context.sync();
      options.onSent?.(piecesBytes(rowBytes, head));
      return count;
    });
    const rest = splitPieces(pieces, sent)[1];
    if (rest.length > 0) await send(rest);
  };
  await sequentially(packSyncs(rowBytes, indexes, options.maxPayloadBytes), (pieces) => send(pieces));
}
