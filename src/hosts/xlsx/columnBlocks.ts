/**
 * Today's `ColumnBlock` path (as `XlsxWorkbook` applies it) for blocks that arrive inside an edit list: number
 * format styles, the block's ownership name, a widened table; the sheet is patched by `patchSheet`.
 */
import type { ColumnBlock } from "../../plan/workbookEdit";
import type { PreparedBlock } from "./blockCells";
import { prepareBlock } from "./blockCells";
import type { EditTarget } from "./editTarget";
import { entryAt, findSheet } from "./editTarget";
import { ensureFormatStyles } from "./stylesPart";
import { readTables, widenTable } from "./tablePart";
import { ownedName } from "./workbookPart";

/** Stage the small parts of the blocks and return the new styles text and the prepared blocks by sheet part. */
export function stageColumnBlocks(
  target: EditTarget,
  blocks: readonly ColumnBlock[],
  stylesXml: string,
): { stylesXml: string; bySheet: Map<string, PreparedBlock[]> } {
  const bySheet = new Map<string, PreparedBlock[]>();
  if (blocks.length === 0) return { stylesXml, bySheet };
  const formats = blocks.flatMap((block) => block.columns.map((column) => column.numberFormat));
  const styled = ensureFormatStyles(stylesXml, formats);
  for (const block of blocks) {
    const { index, sheet } = findSheet(target, block.sheet);
    const prepared = prepareBlock(
      block,
      block.columns.map((column) => styled.styles.get(column.numberFormat) ?? 0),
    );
    bySheet.set(sheet.part, [...(bySheet.get(sheet.part) ?? []), prepared]);
    const rect = {
      top: block.headerRow,
      left: prepared.left,
      bottom: Math.max(block.lastRow, block.headerRow),
      right: prepared.right,
    };
    target.book.upsertName(ownedName(block.job, entryAt(target, index), rect));
    const key = block.table?.toLowerCase();
    const table = readTables(target.stage.pkg, sheet.part).find(
      (t) => t.info.name.toLowerCase() === key || t.internalName.toLowerCase() === key,
    );
    const widened = table && widenTable(target.stage.text(table.part), table, block);
    if (table && widened !== undefined) target.stage.set(table.part, widened);
  }
  return { stylesXml: styled.xml, bySheet };
}
