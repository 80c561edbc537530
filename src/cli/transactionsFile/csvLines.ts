/**
 * Where CSV records start: DuckDB numbers the records it reads, issues name the file's lines. A record can span lines
 * (a quoted newline) and DuckDB skips empty lines, so record n is not always line n.
 */
import { createReadStream } from "node:fs";

const quote = 0x22;
const lf = 0x0a;
const cr = 0x0d;

/**
 * The 1-based line on which each wanted record starts (record 1 is the header, after `skipLines` lines above it,
 * such as a title). Reads only as far as the last wanted record. Records are counted the way DuckDB reads them: `"`
 * quotes (doubled inside a quoted field), LF, CRLF or CR end a line, and an empty line is no record.
 * @example await recordLines("a,b\n\n1,\"x\ny\"\n2,z\n", [2, 3], 0) //=> Map { 2 => 3, 3 => 5 } (for such a file)
 */
export async function recordLines(
  path: string,
  records: readonly number[],
  skipLines: number,
): Promise<Map<number, number>> {
  const wanted = new Set(records);
  const last = Math.max(0, ...records);
  const found = new Map<number, number>();
  let [line, record, inQuotes, lineStart, afterCr] = [1, 0, false, true, false];
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i += 1) {
      const byte = chunk[i] ?? 0;
      if (afterCr && byte === lf) {
        afterCr = false;
        continue;
      }
      afterCr = false;
      if (lineStart && !inQuotes && byte !== lf && byte !== cr && line > skipLines) {
        record += 1;
        if (wanted.has(record)) found.set(record, line);
        if (record >= last) return found;
      }
      lineStart = false;
      if (byte === quote && line > skipLines) inQuotes = !inQuotes;
      else if (byte === lf || byte === cr) {
        line += 1;
        lineStart = true;
        afterCr = byte === cr;
      }
    }
  }
  return found;
}
