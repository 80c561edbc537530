import type { CellValue } from "../../src/domain/types";
import type { WorkbookEdit } from "../../src/plan/workbookEdit";
import type { JobPlan, SheetSnapshot, WorkbookHost } from "../../src/plan/sheetSnapshot";

type Rows = readonly (readonly CellValue[])[];

/** What a run does inside the fake host: report progress, fail, or wait for the test to let it finish. */
export interface RunBehaviour {
  readonly progress?: readonly number[];
  readonly fail?: Error;
  readonly hold?: Promise<void>;
}

/** An in-memory WorkbookHost that records every call the pane makes. */
export class FakeHost implements WorkbookHost {
  readonly selected: { sheet: string; cell: string }[] = [];
  readonly runs: string[] = [];
  readonly applied: WorkbookEdit[] = [];
  readonly reads: string[] = [];
  run: RunBehaviour = {};
  readFailure: Error | null = null;

  constructor(
    private readonly sheets: Readonly<Record<string, Rows>>,
    private readonly active: string,
  ) {}

  listSheets(): Promise<string[]> {
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
    return Promise.resolve({ grid: { sheet, top: 0, left: 0, values }, owned: [], tables: [] });
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
    for (const fraction of this.run.progress ?? []) onProgress?.(fraction);
    await this.run.hold;
    if (edit !== null) this.applied.push(edit);
    return result;
  }

  select(sheet: string, cell: string): Promise<void> {
    this.selected.push({ sheet, cell });
    return Promise.resolve();
  }
}
