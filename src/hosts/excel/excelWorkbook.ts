import type { JobPlan, SheetSnapshot, WorkbookChange, WorkbookHost } from "../../plan/sheetSnapshot";
import type { WorkbookEdit } from "../../plan/workbookEdit";
import type { Edit } from "../../plan/edits";
import { parseCell } from "../../plan/range";
import type { CellWindow } from "./a1";
import { unionWindow } from "./a1";
import { applyEditList } from "./edits/applyEditList";
import type { SetSupported } from "./edits/requirements";
import { ExcelHostError, guard } from "./excelHostError";
import type { ReadHint, SheetRead } from "./readSheet";
import { readSheet } from "./readSheet";
import type { ReadLimits } from "./readValues";
import { watchWorkbook } from "./workbookEvents";

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

  async runJob<T>(
    sheet: string,
    plan: (snapshot: SheetSnapshot) => JobPlan<T>,
    onProgress?: (fraction: number) => void,
  ): Promise<T> {
    try {
      return await this.run("excel.runFailed", async (context) => {
        const read = await guard("excel.readFailed", () => this.readAndRemember(context, sheet));
        let job: JobPlan<T>;
        try {
          job = plan(read.snapshot);
        } catch (error) {
          throw new PlanFailure(error);
        }
        const edit = job.edit;
        if (edit)
          await guard("excel.writeFailed", () =>
            this.write(context, edit, new Map([[sheet, read]]), onProgress),
          );
        return job.result;
      });
    } catch (error) {
      throw error instanceof ExcelHostError && error.cause instanceof PlanFailure ? error.cause.error : error;
    }
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

  /** One Excel.run; anything Excel throws becomes an ExcelHostError with `code`. */
  private run<T>(code: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return guard(code, () => this.runner(batch));
  }

  private async readAndRemember(context: Excel.RequestContext, sheet: string): Promise<SheetRead> {
    const read = await readSheet(context, sheet, this.known.get(sheet), this.limits);
    if (read.used) this.known.set(sheet, { used: read.used, bytesPerCell: read.bytesPerCell });
    else this.known.delete(sheet);
    return read;
  }

  private async write(
    context: Excel.RequestContext,
    edit: WorkbookEdit,
    reads: ReadonlyMap<string, SheetRead>,
    onProgress?: (fraction: number) => void,
  ): Promise<void> {
    await applyEditList(context, edit, {
      maxPayloadBytes: this.limits.maxPayloadBytes,
      reads,
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

/** The cells a column block or a cells edit writes, as a 0-based window. */
function writtenWindow(change: Edit): { sheet: string; window: CellWindow } | null {
  if (change.kind === "columnBlock") {
    if (change.columns.length === 0) return null;
    const bottom = Math.max(change.lastRow, change.headerRow);
    const window = {
      top: change.headerRow - 1,
      left: change.firstColumn - 1,
      rows: bottom - change.headerRow + 1,
      columns: change.columns.length,
    };
    return { sheet: change.sheet, window };
  }
  if (change.kind !== "cells") return null;
  const at = parseCell(change.at);
  let columns = 0;
  for (const row of change.rows) columns = Math.max(columns, row.length);
  if (!at || columns === 0) return null;
  return {
    sheet: change.sheet,
    window: { top: at.row - 1, left: at.column - 1, rows: change.rows.length, columns },
  };
}
