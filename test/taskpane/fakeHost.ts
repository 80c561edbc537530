import type { CellValue } from "../../src/domain/types";
import type { WorkbookEdit } from "../../src/plan/workbookEdit";
import type { WorkbookSnapshot } from "../../src/plan/workbookSnapshot";
import type {
  JobPlan,
  OwnedBlock,
  SheetSnapshot,
  WorkbookChange,
  WorkbookHost,
} from "../../src/plan/sheetSnapshot";

type Rows = readonly (readonly CellValue[])[];

/** What a run does inside the fake host: report progress, fail, or wait for the test to let it finish. */
export interface RunBehaviour {
  readonly progress?: readonly number[];
  readonly fail?: Error;
  /** Fails once the plan is made, i.e. while writing. */
  readonly failWriting?: Error;
  readonly hold?: Promise<void>;
}

/** An in-memory WorkbookHost that records every call the pane makes. */
export class FakeHost implements WorkbookHost {
  readonly selected: { sheet: string; cell: string }[] = [];
  readonly runs: string[] = [];
  /** The sheets each run over several sheets (runWorkbookJob) read. */
  readonly workbookRuns: (readonly string[])[] = [];
  readonly applied: WorkbookEdit[] = [];
  readonly reads: string[] = [];
  run: RunBehaviour = {};
  readFailure: Error | null = null;
  /** Fails listing the sheets: the pane does not even know which sheet to read. */
  listFailure: Error | null = null;
  /** Blocks an earlier run wrote, per sheet. */
  owned: Record<string, OwnedBlock[]> = {};
  /** Subscriptions through onChange: the source each one watches. */
  readonly watching: (string | null)[] = [];
  private readonly listeners = new Set<(change: WorkbookChange) => void>();

  constructor(
    private readonly sheets: Record<string, Rows>,
    public active: string,
  ) {}

  listSheets(): Promise<string[]> {
    if (this.listFailure) return Promise.reject(this.listFailure);
    return Promise.resolve(Object.keys(this.sheets));
  }

  activeSheet(): Promise<string> {
    return Promise.resolve(this.active);
  }

  read(sheet: string): Promise<SheetSnapshot> {
    this.reads.push(sheet);
    if (this.readFailure) return Promise.reject(this.readFailure);
    const values = this.sheets[sheet];
    if (values === undefined) return Promise.reject(new Error(`no sheet ${sheet}`));
    return Promise.resolve({
      grid: { sheet, top: 0, left: 0, values },
      owned: this.owned[sheet] ?? [],
      tables: [],
    });
  }

  apply(edit: WorkbookEdit): Promise<void> {
    this.applied.push(edit);
    return Promise.resolve();
  }

  async runJob<T>(
    sheet: string,
    plan: (snapshot: SheetSnapshot) => JobPlan<T>,
    onProgress?: (fraction: number) => void,
  ): Promise<T> {
    this.runs.push(sheet);
    const snapshot = await this.read(sheet);
    if (this.run.fail) throw this.run.fail;
    const { edit, result } = plan(snapshot);
    if (this.run.failWriting) throw this.run.failWriting;
    for (const fraction of this.run.progress ?? []) onProgress?.(fraction);
    await this.run.hold;
    if (edit !== null) this.applied.push(edit);
    return result;
  }

  async runWorkbookJob<T>(
    reads: readonly string[],
    plan: (workbook: WorkbookSnapshot) => JobPlan<T>,
    onProgress?: (fraction: number) => void,
  ): Promise<T> {
    this.workbookRuns.push(reads);
    const sheets = new Map<string, SheetSnapshot>();
    for (const sheet of reads) sheets.set(sheet, await this.read(sheet));
    if (this.run.fail) throw this.run.fail;
    const { edit, result } = plan({ sheetNames: Object.keys(this.sheets), sheets, generated: [] });
    if (this.run.failWriting) throw this.run.failWriting;
    for (const fraction of this.run.progress ?? []) onProgress?.(fraction);
    await this.run.hold;
    if (edit !== null) this.applied.push(edit);
    return result;
  }

  select(sheet: string, cell: string): Promise<void> {
    this.selected.push({ sheet, cell });
    return Promise.resolve();
  }

  onChange(listener: (change: WorkbookChange) => void, source: string | null): () => void {
    this.watching.push(source);
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Excel reports a change to every subscriber. */
  emit(change: WorkbookChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** A sheet added (or renamed into place) with these rows. */
  addSheet(name: string, rows: Rows): void {
    this.sheets[name] = rows;
  }
}
