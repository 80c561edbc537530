/**
 * Order files for the DuckDB engine's tests: CSV text from rows (every field quoted), GB18030 bytes (Node decodes
 * GB18030 but cannot encode it, so the table is the decoder's inverse), and the sheet engine's columns for the rows.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const orderHeader = ["订单日期", "客户", "SKU", "产品名称", "数量", "单价", "金额"] as const;

/** Column of each field in the rows below: the order of `orderHeader`. */
export const orderColumns = {
  date: 0,
  customer: 1,
  sku: 2,
  product: 3,
  quantity: 4,
  unitPrice: 5,
  amount: 6,
};

/** A CSV text: the header and the rows, every field quoted (so spaces and commas stay), LF line ends. */
export function csvText(
  rows: readonly (readonly string[])[],
  header: readonly string[] = orderHeader,
): string {
  const line = (cells: readonly string[]): string =>
    cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(",");
  return [header, ...rows].map(line).join("\n") + "\n";
}

/** A fresh temporary folder for a test's files. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), "kaw-orders-test-"));
}

export function writeFile(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

let gbTable: Map<string, number[]> | null = null;

/** Every BMP character's GB18030 bytes: the two-byte codes and the four-byte codes 81 30 81 30 – 84 39 FE 39. */
function gb18030Table(): Map<string, number[]> {
  if (gbTable !== null) return gbTable;
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder("gb18030");
  const add = (bytes: number[]): void => {
    const char = decoder.decode(Uint8Array.from(bytes));
    if (char.length === 1 && char !== "\ufffd" && !table.has(char)) table.set(char, bytes);
  };
  for (let b1 = 0x81; b1 <= 0xfe; b1 += 1)
    for (let b2 = 0x40; b2 <= 0xfe; b2 += 1) if (b2 !== 0x7f) add([b1, b2]);
  for (let b1 = 0x81; b1 <= 0x84; b1 += 1)
    for (let b2 = 0x30; b2 <= 0x39; b2 += 1)
      for (let b3 = 0x81; b3 <= 0xfe; b3 += 1) for (let b4 = 0x30; b4 <= 0x39; b4 += 1) add([b1, b2, b3, b4]);
  return (gbTable = table);
}

/** A text as GB18030 bytes (ASCII as it is); throws on a character outside the table. */
export function gb18030Bytes(text: string): Uint8Array {
  const table = gb18030Table();
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else {
      const code = table.get(char);
      if (code === undefined) throw new Error(`no GB18030 code for ${char}`);
      bytes.push(...code);
    }
  }
  return Uint8Array.from(bytes);
}
