/**
 * Fingerprints of what a job generated, so a rerun can tell whether the person has typed into a generated sheet:
 * the plan fingerprints the cells it writes, the rerun fingerprints what it reads back over the same rectangle,
 * and the two agree exactly when nothing changed. Formula cells are left out on both sides (their values move
 * with their inputs); empty cells count as nothing, so typing into a blank line changes the fingerprint.
 */
import type { CellValue, Grid } from "../domain/types";
import type { CellInput, Edit } from "./edits";
import { parseCell } from "./range";
import type { CellRect } from "./sheetSnapshot";

/** Decides which cells are left out of a read-back fingerprint (the job's formula cells). */
export type SkipCell = (row: number, column: number) => boolean;

class Fnv64 {
  // Two 32-bit FNV-1a lanes with different offsets: 64 bits without BigInt.
  private a = 0x811c9dc5;
  private b = 0x050c5d1f;

  add(text: string): void {
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      this.a = Math.imul(this.a ^ code, 0x01000193);
      this.b = Math.imul(this.b ^ code, 0x01000193) ^ (this.b >>> 13);
    }
  }

  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, "0") + (this.b >>> 0).toString(16).padStart(8, "0");
  }
}

/** The canonical text of a value as a host reads it back; null for nothing. */
function canonical(value: CellValue): string | null {
  if (value === null || value === "") return null;
  if (typeof value === "number") return `n${value}`;
  if (typeof value === "boolean") return value ? "b1" : "b0";
  return `s${value}`;
}

/** What reading back a planned cell gives, or undefined for a formula (left out). */
function readBack(input: CellInput): CellValue | undefined {
  if (input === null || typeof input !== "object") return input;
  return "date" in input ? input.date : undefined;
}

/**
 * Fingerprint of the cells the `cells` edits of `edits` write on `sheet` inside `rect` (later edits win).
 * @example fingerprintOfEdits([{ kind: "cells", sheet: "S", at: "A1", rows: [["x", 1]] }], "S", rect) //=> "3f…"
 */
export function fingerprintOfEdits(edits: readonly Edit[], sheet: string, rect: CellRect): string {
  const cells = new Map<number, Map<number, CellValue | undefined>>();
  for (const edit of edits) {
    if (edit.kind !== "cells" || edit.sheet !== sheet) continue;
    const at = parseCell(edit.at);
    if (!at) continue;
    edit.rows.forEach((row, r) =>
      row.forEach((input, c) => {
        const line = cells.get(at.row + r) ?? new Map<number, CellValue | undefined>();
        cells.set(at.row + r, line.set(at.column + c, readBack(input)));
      }),
    );
  }
  const hash = new Fnv64();
  for (const row of [...cells.keys()].sort((x, y) => x - y)) {
    if (row < rect.top || row > rect.bottom) continue;
    const line = cells.get(row) ?? new Map<number, CellValue | undefined>();
    for (const column of [...line.keys()].sort((x, y) => x - y)) {
      const value = line.get(column);
      const text = value === undefined ? null : canonical(value);
      if (column >= rect.left && column <= rect.right && text !== null)
        hash.add(`${row},${column}=${text}\n`);
    }
  }
  return hash.hex();
}

/** Fingerprint of what a read holds inside `rect`, leaving out the cells `skip` names. */
export function fingerprintOfGrid(grid: Grid, rect: CellRect, skip: SkipCell = () => false): string {
  const hash = new Fnv64();
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    const values = grid.values[row - 1 - grid.top];
    if (!values) continue;
    for (let column = rect.left; column <= rect.right; column += 1) {
      const text = canonical(values[column - 1 - grid.left] ?? null);
      if (text !== null && !skip(row, column)) hash.add(`${row},${column}=${text}\n`);
    }
  }
  return hash.hex();
}
