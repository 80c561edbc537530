import { readFileSync } from "fs";
import { join } from "path";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import type { CellValue } from "../../src/domain/types";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";

// jsdom has no TextDecoder/TextEncoder; the .xlsx host needs them (Node's are the same WHATWG classes).
const globals = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
globals.TextDecoder ??= NodeTextDecoder;
globals.TextEncoder ??= NodeTextEncoder;

const sample = join(__dirname, "..", "..", "assets", "sample", "customers.xlsx");

/**
 * The real .xlsx host on the bundled sample: 客户财务 with 30 customers (header row 3, a totals row skipped), product
 * category and customer type columns, no rating columns; no Settings sheet yet.
 */
export function sampleHost(): XlsxWorkbook {
  return XlsxWorkbook.open(new Uint8Array(readFileSync(sample)));
}

/** The Settings sheet's values by key (column A) → value (column C), as the host reads them back. */
export async function settingsValues(
  host: XlsxWorkbook,
  sheet = "Settings",
): Promise<Map<string, CellValue>> {
  const { grid } = await host.read(sheet);
  const values = new Map<string, CellValue>();
  for (const row of grid.values) if (typeof row[0] === "string") values.set(row[0], row[2] ?? null);
  return values;
}
