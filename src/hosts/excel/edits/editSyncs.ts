import type { Piece } from "../writePlan";

/** The brackets around the arrays of one piece (formulas and number formats): 2 each. */
const pieceBytes = 4;

/**
 * Pack the rows of edits `indexes` (in order) into syncs so that each sync's payload — the UTF-8 bytes of the rows it
 * carries, plus 4 per piece for the brackets of its arrays — stays within `maxPayloadBytes`; an edit too big for what is left of a sync is split between
 * rows. Everything fits → one sync. A single row over the budget still goes (alone). Pieces name the edit by its
 * index in the list (`block`) and its rows by `start` and `count`, as writePlan's pieces do.
 * @example rows of 10 bytes: edit 0 with 5 rows, edit 1 with 1, budget 44 → syncs [0: 0–3], [0: 4, 1: 0]
 */
export function packSyncs(
  rowBytes: readonly (readonly number[])[],
  indexes: readonly number[],
  maxPayloadBytes: number,
): Piece[][] {
  const syncs: Piece[][] = [[]];
  let bytes = 0;
  for (const block of indexes) {
    let piece: Piece | null = null;
    (rowBytes[block] ?? []).forEach((cost, row) => {
      const added = cost + (piece ? 0 : pieceBytes);
      if (bytes > 0 && bytes + added > maxPayloadBytes) {
        syncs.push([]);
        bytes = 0;
        piece = null;
      }
      if (!piece) {
        piece = { block, start: row, count: 0 };
        syncs[syncs.length - 1]?.push(piece);
        bytes += pieceBytes;
      }
      piece.count += 1;
      bytes += cost;
    });
  }
  return syncs;
}

/** The payload of a sync's pieces in bytes. */
export function piecesBytes(rowBytes: readonly (readonly number[])[], pieces: readonly Piece[]): number {
  let bytes = 0;
  for (const piece of pieces) {
    const rows = rowBytes[piece.block] ?? [];
    for (let row = piece.start; row < piece.start + piece.count; row += 1) bytes += rows[row] ?? 0;
  }
  return bytes;
}
