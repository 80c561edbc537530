// Round trips of a whole ratio job run in Excel, counted on the office-addin-mock workbook the host tests use.
import { ExcelWorkbook } from "../src/hosts/excel/excelWorkbook";
import { planRatios } from "../src/jobs/ratios";
import { financeRows } from "../test/hosts/excel/financeSheet";
import { MockExcel } from "../test/hosts/excel/mockExcel";

export interface SyncCount {
  readonly rows: number;
  readonly cold: number;
  readonly warm: number;
  readonly runs: number;
}

async function runOnce(rows: number, warm: boolean): Promise<{ syncs: number; runs: number }> {
  const sheet = "财务数据";
  const mock = new MockExcel([{ name: sheet, rows: financeRows(rows) }]);
  const host = new ExcelWorkbook(mock.runner, { isSetSupported: () => true });
  if (warm) {
    await host.read(sheet); // the task pane's detection read gives the host the sheet's size
    mock.sync.mockClear();
    mock.runs = 0;
  }
  const ran = await host.runJob(sheet, (snapshot) => {
    const plan = planRatios(snapshot, {});
    return { edit: plan.ok ? plan.edit : null, result: plan.ok };
  });
  if (!ran) throw new Error(`the ratio job refused the ${rows}-row sheet`);
  return { syncs: mock.sync.mock.calls.length, runs: mock.runs };
}

/** Syncs for a job run without (cold) and with (warm) an earlier detection read. */
export async function syncCounts(sizes: readonly number[]): Promise<SyncCount[]> {
  const counts: SyncCount[] = [];
  for (const rows of sizes) {
    const cold = await runOnce(rows, false);
    const warm = await runOnce(rows, true);
    counts.push({ rows, cold: cold.syncs, warm: warm.syncs, runs: warm.runs });
  }
  return counts;
}
