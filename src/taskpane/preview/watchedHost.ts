import type { JobPlan, RunOptions, SheetSnapshot, WorkbookHost } from "../../plan/sheetSnapshot";
import type { WorkbookEdit } from "../../plan/workbookEdit";
import type { WorkbookSnapshot } from "../../plan/workbookSnapshot";
import type { XlsxWorkbook } from "../../hosts/xlsx/xlsxWorkbook";

/** What the preview page hears from the pane through the host. */
export interface HostWatcher {
  /** A job or an edit changed the workbook: redraw the sheets. */
  readonly onWrite: () => void;
  /** The pane asked Excel to select a cell (an issue clicked): show it. */
  readonly onSelect: (sheet: string, cell: string) => void;
}

/**
 * The .xlsx host as the pane sees it in the preview: every call goes to the real `XlsxWorkbook`; the page is told
 * after each write and selection so the sheets beside the pane follow, and `activeSheet` can start on a sheet the
 * page names (preview.html?sheet=…), as Excel starts on the sheet the person has open.
 */
export class WatchedHost implements WorkbookHost {
  constructor(
    readonly workbook: XlsxWorkbook,
    private readonly watcher: HostWatcher,
    private readonly startSheet: string | null = null,
  ) {}

  listSheets(): Promise<string[]> {
    return this.workbook.listSheets();
  }

  async activeSheet(): Promise<string> {
    const sheets = await this.workbook.listSheets();
    return this.startSheet !== null && sheets.includes(this.startSheet)
      ? this.startSheet
      : this.workbook.activeSheet();
  }

  read(sheet: string): Promise<SheetSnapshot> {
    return this.workbook.read(sheet);
  }

  async apply(edit: WorkbookEdit): Promise<void> {
    await this.workbook.apply(edit);
    this.watcher.onWrite();
  }

  async runJob<T>(
    sheet: string,
    plan: (snapshot: SheetSnapshot) => JobPlan<T>,
    onProgress?: (fraction: number) => void,
  ): Promise<T> {
    const result = await this.workbook.runJob(sheet, plan, onProgress);
    this.watcher.onWrite();
    return result;
  }

  async runWorkbookJob<T>(
    reads: readonly string[],
    plan: (workbook: WorkbookSnapshot) => JobPlan<T>,
    onProgress?: (fraction: number) => void,
    options?: RunOptions,
  ): Promise<T> {
    const result = await this.workbook.runWorkbookJob(reads, plan, onProgress, options);
    this.watcher.onWrite();
    return result;
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.workbook.select(sheet, cell);
    this.watcher.onSelect(sheet, cell);
  }
}
