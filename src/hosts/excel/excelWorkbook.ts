import type {
  JobPlan,
  RunOptions,
  SheetSnapshot,
  WorkbookChange,
  WorkbookHost,
} from "../../plan/sheetSnapshot";
import type { WorkbookEdit } from "../../plan/workbookEdit";
import type { WorkbookSnapshot } from "../../plan/workbookSnapshot";
import { unionWindow } from "./a1";
import { applyEditList } from "./edits/applyEditList";
import type { SetSupported } from "./edits/requirements";
import type { KnownProtection } from "./edits/sheetProtection";
import { ExcelHostError, guard } from "./excelHostError";
import type { ReadExtras, ReadHint, SheetRead } from "./readSheet";
import { readSheet } from "./readSheet";
import type { ReadLimits } from "./readValues";
import { readTogether } from "./readTogether";
import type { ReadMany, ReadOne } from "./readWorkbook";
import { readGenerated, readWorkbook } from "./readWorkbook";
import { runProgress } from "./runProgress";
import { watchWorkbook } from "./workbookEvents";
import { writtenWindow } from "./writtenWindow";

export { ExcelHostError } from "./excelHostError";

/** Runs one batch against Excel; tests pass one that hands a mock context to the batch. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run` that waits while the person is editing a cell instead of failing. */
export const defaultRunner: ExcelRunner = (batch) => Excel.run({ delayForCellEdit: true }, batch);

export interface ExcelWorkbookOptions {
  /** Bytes one sync may carry; default 4 000 000 (Excel on the web refuses 5 MB). */
  readonly maxPayloadBytes?: number;
  /** Cells one range read may hold; default 5 000 000 (Excel returns no values above). */
  readonly maxCellsPerRead?: number;
  /** Which ExcelApi requirement sets the host has; default: `Office.context.requirements.isSetSupported`. */
  readonly isSetSupported?: SetSupported;
}

/** A job's own exception from `plan`: passed through as it is, not reported as an Excel failure. */
class PlanFailure extends Error {
  constructor(readonly error: unknown) {
    super("plan failed");
  }
}

/** What a run read: the plan to call on it, the sheets read and, when known, every sheet's protection. */
interface PlannedRun<T> {
  readonly plan: () => JobPlan<T>;
  readonly reads: ReadonlyMap<string, SheetRead>;
  readonly protection?: KnownProtection;
}

/** The Office.js host: reads sheets and applies plans in the open workbook (ExcelApi 1.9). */
export class ExcelWorkbook implements WorkbookHost {
  private readonly runner: ExcelRunner;
  private readonly isSetSupported: SetSupported | undefined;
  private readonly limits: ReadLimits;
  /** Last-known used range and payload of each sheet: lets a job run load the values in its first sync. */
  private readonly known = new Map<string, ReadHint>();

  constructor(runner: ExcelRunner = defaultRunner, options: ExcelWorkbookOptions = {}) {
    this.runner = runner;
    this.isSetSupported = options.isSetSupported;
    this.limits = {
      maxPayloadBytes: options.maxPayloadBytes ?? 4_000_000,
      maxCellsPerRead: options.maxCellsPerRead ?? 5_000_000,
    };
  }

  listSheets(): Promise<string[]> {
    return this.run("excel.readFailed", async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.filter((sheet) => sheet.visibility === "Visible").map((sheet) => sheet.name);
    });
  }

  activeSheet(): Promise<string> {
    return this.run("excel.readFailed", async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
  }

  async read(sheet: string): Promise<SheetSnapshot> {
    const read = await this.run("excel.readFailed", (context) => this.readAndRemember(context, sheet));
    return read.snapshot;
  }

  apply(edit: WorkbookEdit): Promise<void> {
    return this.run("excel.writeFailed", (context) => this.write(context, edit, new Map()));
  }

  runJob<T>(
    sheet: string,
    plan: (snapshot: SheetSnapshot) => JobPlan<T>,
    onProgress?: (fraction: number) => void,
  ): Promise<T> {
    return this.runPlanned(async (context) => {
      const read = await this.readAndRemember(context, sheet);
      return { plan: () => plan(read.snapshot), reads: new Map([[sheet, read]]) };
    }, onProgress);
  }

  /**
   * A job over several sheets in one `Excel.run`: every sheet's name, `_kaw_` records and protection, and the full
   * reads of `reads` (see readWorkbook: no sync of their own with two reads or more), then the plan, then the write,
   * which knows every sheet's protection already and so looks up only the names the edit defines. With
   * `generatedBy`, the sheets that job generated are read too, with their formula cells, together (readTogether).
   * `onProgress` hears the whole run (runProgress): a read in row chunks reports after each chunk, in the bar's
   * first half, the write fills the rest; when every read took one sync, only the write reports (0..1).
   */
  runWorkbookJob<T>(
    reads: readonly string[],
    plan: (workbook: WorkbookSnapshot) => JobPlan<T>,
    onProgress?: (fraction: number) => void,
    options: RunOptions = {},
  ): Promise<T> {
    const progress = runProgress(onProgress);
    const wanted = [...new Set(reads)];
    return this.runPlanned(async (context) => {
      const readOne: ReadOne = (sheet, extras) => {
        const onRead = progress.reading(wanted.indexOf(sheet), wanted.length);
        return this.readAndRemember(context, sheet, onRead ? { ...extras, onRead } : extras);
      };
      const readMany: ReadMany = (sheets) => this.readTogetherAndRemember(context, sheets);
      const job = options.generatedBy;
      const all = await readWorkbook(context, reads, readOne);
      // The generated sheets' reads (after the reads above) do not report: they are not in `wanted`.
      const read = job === undefined ? all : await readGenerated(all, job, readMany);
      return { plan: () => plan(read.snapshot), reads: read.reads, protection: read.protection };
    }, progress.writing);
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.run("excel.selectFailed", async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  /** Sheet activation, sheet list changes and edits of `source`, from Excel's events (see workbookEvents). */
  onChange(listener: (change: WorkbookChange) => void, source: string | null): () => void {
    return watchWorkbook(this.runner, listener, source);
  }

  /**
   * One job run in one Excel.run: `read` (failures: excel.readFailed), the plan, the write of its edit (failures:
   * excel.writeFailed). The plan's own exception passes through as it is.
   */
  private async runPlanned<T>(
    read: (context: Excel.RequestContext) => Promise<PlannedRun<T>>,
    onProgress?: (fraction: number) => void,
  ): Promise<T> {
    try {
      return await this.run("excel.runFailed", async (context) => {
        const run = await guard("excel.readFailed", () => read(context));
        let job: JobPlan<T>;
        try {
          job = run.plan();
        } catch (error) {
          throw new PlanFailure(error);
        }
        const edit = job.edit;
        if (edit)
          await guard("excel.writeFailed", () =>
            this.write(context, edit, run.reads, onProgress, run.protection),
          );
        return job.result;
      });
    } catch (error) {
      throw error instanceof ExcelHostError && error.cause instanceof PlanFailure ? error.cause.error : error;
    }
  }

  /** One Excel.run; anything Excel throws becomes an ExcelHostError with `code`. */
  private run<T>(code: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return guard(code, () => this.runner(batch));
  }

  private async readAndRemember(
    context: Excel.RequestContext,
    sheet: string,
    extras: ReadExtras = {},
  ): Promise<SheetRead> {
    const read = await readSheet(context, sheet, this.known.get(sheet), this.limits, extras);
    if (read.used) this.known.set(sheet, { used: read.used, bytesPerCell: read.bytesPerCell });
    else this.known.delete(sheet);
    return read;
  }

  /** Sheets read together with their formula cells (readTogether); the big ones alone, as readAndRemember. */
  private async readTogetherAndRemember(
    context: Excel.RequestContext,
    sheets: readonly string[],
  ): Promise<Map<string, SheetRead>> {
    const reads = await readTogether(
      context,
      sheets,
      (sheet) => this.known.get(sheet),
      this.limits,
      (sheet) => this.readAndRemember(context, sheet, { formulas: true }),
    );
    for (const [sheet, read] of reads)
      if (read.used) this.known.set(sheet, { used: read.used, bytesPerCell: read.bytesPerCell });
      else this.known.delete(sheet);
    return reads;
  }

  private async write(
    context: Excel.RequestContext,
    edit: WorkbookEdit,
    reads: ReadonlyMap<string, SheetRead>,
    onProgress?: (fraction: number) => void,
    protection?: KnownProtection,
  ): Promise<void> {
    await applyEditList(context, edit, {
      maxPayloadBytes: this.limits.maxPayloadBytes,
      reads,
      ...(protection ? { protection } : {}),
      ...(this.isSetSupported ? { isSetSupported: this.isSetSupported } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
    this.rememberWritten(edit);
  }

  /** What was written is now part of its sheet's used range: keep the hint covering it; forget replaced sheets. */
  private rememberWritten(edit: WorkbookEdit): void {
    for (const change of edit.changes) {
      if (change.kind === "createSheet" || change.kind === "deleteSheet") {
        this.known.delete(change.sheet);
        continue;
      }
      const written = writtenWindow(change);
      const known = written && this.known.get(written.sheet);
      if (!written || !known) continue;
      this.known.set(written.sheet, { ...known, used: unionWindow(known.used, written.window) });
    }
  }
}
