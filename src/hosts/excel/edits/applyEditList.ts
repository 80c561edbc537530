import type { EditList } from "../../../plan/edits";
import type { ColumnBlock } from "../../../plan/workbookEdit";
import { loadBlockFacts } from "../blockFacts";
import type { SheetRead } from "../readSheet";
import { sequentially } from "../sequentially";
import type { BlockFacts } from "../writeEdit";
import { writeEdit } from "../writeEdit";
import { presentNames, queueNameLookups } from "./editFacts";
import { prepareEdits } from "./prepareEdits";
import type { SetSupported } from "./requirements";
import { checkRequirements, officeSetSupported } from "./requirements";
import { writeSegment } from "./writeSegment";

export interface ApplyOptions {
  /** Bytes one sync may carry (UTF-8 JSON of what it sends); the Excel host uses 4 000 000. */
  readonly maxPayloadBytes: number;
  /** Default: `Office.context.requirements.isSetSupported("ExcelApi", version)`. */
  readonly isSetSupported?: SetSupported;
  /** Sheets read earlier in the same run (runJob): their column blocks need no lookup. */
  readonly reads?: ReadonlyMap<string, SheetRead>;
  /** Fraction written (0..1) after each writing sync. */
  readonly onProgress?: (fraction: number) => void;
}

/** Consecutive edits applied the same way: column blocks through writeEdit, everything else here. */
type Segment =
  | { readonly kind: "blocks"; readonly blocks: ColumnBlock[]; readonly first: number }
  | { readonly kind: "edits"; readonly indexes: number[] };

function segmentsOf(list: EditList): Segment[] {
  const segments: Segment[] = [];
  let blockCount = 0;
  list.changes.forEach((edit, index) => {
    const last = segments[segments.length - 1];
    if (edit.kind === "columnBlock") {
      if (last?.kind === "blocks") last.blocks.push(edit);
      else segments.push({ kind: "blocks", blocks: [edit], first: blockCount });
      blockCount += 1;
    } else if (last?.kind === "edits") last.indexes.push(index);
    else segments.push({ kind: "edits", indexes: [index] });
  });
  return segments;
}

/**
 * Apply an edit list inside a running `Excel.run`, in order: refuse first (a missing requirement set, an unknown style,
 * a bad range), then one sync to learn which defined names exist (plus, for column blocks on sheets not read in this
 * run, writeEdit's lookup), then the writes: as few syncs as the payload allows, one more per `maxPayloadBytes` of
 * cells. Column blocks go through writeEdit as before, with their own chunking.
 */
export async function applyEditList(
  context: Excel.RequestContext,
  list: EditList,
  options: ApplyOptions,
): Promise<void> {
  const supported = options.isSetSupported ?? officeSetSupported;
  checkRequirements(list, supported);
  const prepared = prepareEdits(list);
  const reads = options.reads ?? new Map<string, SheetRead>();
  const blocks = list.changes.filter((edit): edit is ColumnBlock => edit.kind === "columnBlock");
  const lookups = queueNameLookups(context.workbook, list);
  // loadBlockFacts syncs (taking the lookups with it) exactly when a block's sheet was not read in this run.
  const blockFacts: BlockFacts[] = await loadBlockFacts(context, blocks, reads);
  if (lookups.length > 0 && !blocks.some((block) => !reads.has(block.sheet))) await context.sync();
  const state = { styles: list.styles ?? {}, names: presentNames(lookups) };
  const totalBytes = prepared.reduce((sum, p) => sum + p.rowBytes.reduce((a, b) => a + b, 0), 0);
  let sentBytes = 0;
  const onSent = (bytes: number): void => {
    sentBytes += bytes;
    options.onProgress?.(totalBytes === 0 ? 1 : sentBytes / totalBytes);
  };
  const canSuspend = supported("1.6");
  await sequentially(segmentsOf(list), async (segment) => {
    if (segment.kind === "edits") {
      const segmentOptions = { maxPayloadBytes: options.maxPayloadBytes, canSuspend, onSent };
      await writeSegment(context, prepared, segment.indexes, state, segmentOptions);
      return;
    }
    const facts = blockFacts.slice(segment.first, segment.first + segment.blocks.length);
    await writeEdit(context, { changes: segment.blocks }, facts, {
      maxPayloadBytes: options.maxPayloadBytes,
      canResizeTables: () => supported("1.13"),
    });
    onSent(
      segment.blocks.reduce(
        (sum, block) => sum + (prepared[list.changes.indexOf(block)]?.rowBytes[0] ?? 0),
        0,
      ),
    );
  });
}
