import type { ColumnBlock } from "../../plan/workbookEdit";
import { parseA1Range } from "./a1";
import { ExcelHostError } from "./excelHostError";
import { ownershipName } from "./ownershipNames";
import type { SheetRead } from "./readSheet";
import type { BlockFacts } from "./writeEdit";

/** Facts of a block on a sheet read earlier in the same run: no extra round trip. */
export function factsFromRead(block: ColumnBlock, read: SheetRead): BlockFacts {
  const ownershipExists = read.ownershipNames.has(ownershipName(block.job));
  const table = block.table ? read.snapshot.tables.find((t) => t.name === block.table)?.rect : undefined;
  const locked = read.snapshot.protected === true;
  return table ? { ownershipExists, table, protected: locked } : { ownershipExists, protected: locked };
}

type Pending =
  | {
      readonly name: Excel.NamedItem;
      readonly table: Excel.Range | null;
      readonly protection: Excel.WorksheetProtection;
    }
  | BlockFacts;

/**
 * Facts for every block: from `reads` (sheets read in this run) where possible, otherwise from one sync that looks
 * up the block's `_kaw_<job>` name, its table's range and whether its sheet is protected.
 */
export async function loadBlockFacts(
  context: Excel.RequestContext,
  blocks: readonly ColumnBlock[],
  reads: ReadonlyMap<string, SheetRead>,
): Promise<BlockFacts[]> {
  const pending: Pending[] = blocks.map((block) => {
    const read = reads.get(block.sheet);
    if (read) return factsFromRead(block, read);
    const sheet = context.workbook.worksheets.getItem(block.sheet);
    const table = block.table ? sheet.tables.getItem(block.table).getRange().load("address") : null;
    const protection = sheet.protection.load("protected");
    return { name: sheet.names.getItemOrNullObject(ownershipName(block.job)), table, protection };
  });
  if (pending.some((p) => "name" in p)) await context.sync();
  return pending.map((p) => {
    if (!("name" in p)) return p;
    const ownershipExists = !p.name.isNullObject;
    const locked = p.protection.protected;
    if (!p.table) return { ownershipExists, protected: locked };
    const table = parseA1Range(p.table.address);
    if (!table) throw new ExcelHostError("excel.badTableAddress", new Error(p.table.address));
    return { ownershipExists, table, protected: locked };
  });
}
