import type { Edit, EditList } from "../../../plan/edits";
import type { ColumnBlock } from "../../../plan/workbookEdit";
import { loadBlockFacts } from "../blockFacts";
import type { SheetRead } from "../readSheet";
import { sequentially } from "../sequentially";
import type { BlockFacts } from "../writeEdit";
import { writeEdit } from "../writeEdit";
import { presentNames, queueNameLookups } from "./editFacts";
import { formatClearsOf } from "./formatClears";
import type { PreparedEdit } from "./prepareEdits";
import { prepareEdits } from "./prepareEdits";
import type { SetSupported } from "./requirements";
import { checkRequirements, officeSetSupported } from "./requirements";
import type { KnownProtection } from "./sheetProtection";
import { protectionOfReads, queueProtections, refuseProtected } from "./sheetProtection";
import { writeSegment } from "./writeSegment";

export interface ApplyOptions {
  /** Bytes one sync may carry (UTF-8 JSON of what it sends); the Excel host uses 4 000 000. */
  readonly maxPayloadBytes: number;
  /** Default: `Office.context.requirements.isSetSupported("ExcelApi", version)`. */
  readonly isSetSupported?: SetSupported;
  /** Sheets read earlier in the same run (runJob): their column blocks need no lookup. */
  readonly reads?: ReadonlyMap<string, SheetRead>;
  /** Sheets whose protection this run already loaded (by lower-cased name): they need no lookup. */
  readonly protection?: KnownProtection;
  /** Fraction written (0..1) after each writing sync. */
  readonly onProgress?: (fraction: number) => void;
}

/** Consecutive edits applied the same way: column blocks through writeEdit, everything else here. */
interface Segment {
  readonly kind: "blocks" | "edits";
  /** Indexes of the edits in the list. */
  readonly indexes: number[];
  /** For blocks: the index of the first among the list's column blocks (their facts are loaded in list order). */
  readonly first: number;
}

function segmentsOf(list: EditList): Segment[] {
  const segments: Segment[] = [];
  let blockCount = 0;
  list.changes.forEach((edit, index) => {
    const kind = edit.kind === "columnBlock" ? "blocks" : "edits";
    const last = segments[segments.length - 1];
    if (last?.kind === kind) last.indexes.push(index);
    else segments.push({ kind, indexes: [index], first: blockCount });
    if (kind === "blocks") blockCount += 1;
  });
  return segments;
}

/** Progress in bytes of the whole list: `sent` after a sync of ours, `partly` while writeEdit reports a fraction. */
function progressOf(prepared: readonly PreparedEdit[], onProgress?: (fraction: number) => void) {
  const bytesOf = (indexes: readonly number[]): number =>
    indexes.reduce((sum, i) => sum + (prepared[i]?.rowBytes ?? []).reduce((a, b) => a + b, 0), 0);
  const total = bytesOf(prepared.map((_, i) => i));
  let sent = 0;
  let last = -1;
  // A column block's own progress reaches its share of the list before the segment's end is counted: say it once.
  const report = (bytes: number): void => {
    const fraction = total === 0 ? 1 : Math.min(1, bytes / total);
    if (fraction !== last) onProgress?.(fraction);
    last = fraction;
  };
  return {
    bytesOf,
    sent: (bytes: number): void => {
      sent += bytes;
      report(sent);
    },
    partly: (bytes: number, fraction: number): void => report(sent + bytes * fraction),
  };
}

/**
 * Apply an edit list inside a running `Excel.run`, in order: refuse first (a missing requirement set, an unknown style,
 * a bad range), then one sync to learn which defined names exist and whether the existing sheets the list writes to
 * are protected (plus, for column blocks on sheets not read in this run, writeEdit's lookup, in the same sync) —
 * a protected one is refused before anything is queued — then the writes: as few syncs as the payload allows, one more per
 * `maxPayloadBytes` of cells. Column blocks go through writeEdit as before, with their own chunking.
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
  const known = new Map([...(options.protection ?? []), ...protectionOfReads(reads)]);
  const protections = queueProtections(context.workbook, list, known);
  const protectionLoads = protections.some((lookup) => lookup.protection !== null);
  // loadBlockFacts syncs (taking the lookups with it) exactly when a block's sheet was not read in this run.
  const blockFacts: BlockFacts[] = await loadBlockFacts(context, blocks, reads);
  const pending = lookups.length > 0 || protectionLoads;
  if (pending && blocks.every((block) => reads.has(block.sheet))) await context.sync();
  refuseProtected(protections);
  const state = {
    styles: list.styles ?? {},
    names: presentNames(lookups),
    formatClears: formatClearsOf(list),
  };
  const progress = progressOf(prepared, options.onProgress);
  const segmentOptions = {
    maxPayloadBytes: options.maxPayloadBytes,
    canSuspend: supported("1.6"),
    onSent: progress.sent,
  };
  await sequentially(segmentsOf(list), async (segment) => {
    if (segment.kind === "edits") {
      await writeSegment(context, prepared, segment.indexes, state, segmentOptions);
      return;
    }
    const changes = segment.indexes.map((i) => list.changes[i]).filter(isBlock);
    const bytes = progress.bytesOf(segment.indexes);
    await writeEdit(context, { changes }, blockFacts.slice(segment.first, segment.first + changes.length), {
      maxPayloadBytes: options.maxPayloadBytes,
      canResizeTables: () => supported("1.13"),
      onProgress: (fraction) => progress.partly(bytes, fraction),
    });
    progress.sent(bytes);
  });
}

const isBlock = (edit: Edit | undefined): edit is ColumnBlock => edit?.kind === "columnBlock";
