/**
 * Issue 9 §4: the records job through the Excel host makes 10, 50 and 200 customers' record sheets in a constant
 * number of syncs plus chunks, every sync under the 4 000 000-byte budget (MockJobWorkbook, payloads measured).
 *
 * First generation, worked from the host: the customer sheet (N customers + the header, 4 columns) is the only read
 *   and the workbook has no other sheet, so no records sync. Read: sync 1 brings 100 rows × 64 columns from A1 and
 *   the used range; the rest goes in chunks of k rows, k = ⌊⌊4 000 000 / b⌋ / 4⌋ with b the sample's bytes per cell
 *   doubled (readValues): b < 100, so k > 10 000 and read syncs = N + 1 ≤ 100 ? 1 : 2 here.
 *   Write: every name the list defines is on a sheet it creates, so no lookup sync; `packSyncs` fills syncs of
 *   4 000 000 bytes with the edits' rows (a row's JSON, + 4 per piece), so write syncs = 1 while Σ bytes ≤ 4 MB, and
 *   about ⌈Σ / 4 MB⌉ beyond (+ at most 1 where a piece's 4 bytes tip a boundary). Σ ≈ 8 kB + 13.9 kB per customer
 *   (a record sheet's edits; 147 kB, 702 kB, 2.78 MB here), checked below: 1 write sync up to ~285 customers.
 *   Syncs = 1 + [N ≥ 100] + ⌈Σ / 4 MB⌉ = 2, 2, 3.
 * Second generation (same host, the sheets of the first): the customer sheet read fits its remembered used range
 *   (1 sync); the other sheets' names and protection (1); the generated sheets read together (readTogether: 1 for
 *   their used ranges, names, tables and protection, then one per group of sheets whose values and formulas fit half
 *   the budget at the blind 48 bytes per cell: the mock's record sheets hold their written cells only, 1 group);
 *   nothing to look up (the visit sheets and the index are deleted and created again); the write (1) = 5, 5, 5.
 *   Before readTogether each generated sheet took its own read: 17, 57 and 209 syncs.
 * Payloads: the mock measures what a sync sends through `values`, `formulas` and `numberFormat` arrays and what
 *   `values` / `formulas` loads bring back (UTF-8 bytes of their JSON); formats, validations and names are not
 *   measured by the mock, but the host's own count (Σ above, jsonBytes of each edit) includes them.
 */
import { ExcelWorkbook } from "../../../src/hosts/excel/excelWorkbook";
import { prepareEdits } from "../../../src/hosts/excel/edits/prepareEdits";
import { readGroups } from "../../../src/hosts/excel/readTogether";
import type { EditList } from "../../../src/plan/edits";
import type { JobInput } from "../../../src/jobs/jobDefinition";
import { recordsJob } from "../../../src/jobs/records/recordsJob";
import { runRegisteredJob } from "../../../src/jobs/runJob";
import { MockJobWorkbook } from "./mockJobWorkbook";

const budget = 4_000_000;
const long = "华东地区机电设备进出口贸易集团股份有限公司（上海分公司）华东大区";

/** Customer i: Chinese names, names past 31 characters sharing their first 31, forbidden characters, case twins. */
function name(i: number): string {
  const k = Math.floor(i / 5);
  if (i % 5 === 1) return `${long}第${k}事业部`;
  if (i % 5 === 2) return `${["A/B", "A:B", "A?B", "[A]B"][k % 4] ?? ""} 贸易${Math.floor(k / 4)}`;
  if (i % 5 === 3) return k % 2 === 0 ? `Acme ${k}` : `ACME ${k - 1}`;
  return `上海机电设备有限公司${i}`;
}

function seed(count: number) {
  const rows = Array.from({ length: count }, (_, i) => [name(i), "阀门", 1.5, "A"]);
  return { name: "客户", rows: [["客户名称", "产品类别", "流动比率", "客户等级"], ...rows] };
}

interface Run {
  readonly syncs: number;
  readonly planned: number;
  readonly editBytes: number;
  readonly created: number;
  readonly kept: number;
}

async function run(mock: MockJobWorkbook, host: ExcelWorkbook): Promise<Run> {
  let planned = -1;
  let edit: EditList | null = null;
  const job = {
    ...recordsJob,
    plan: (input: JobInput) => {
      planned = mock.sync.mock.calls.length - before; // the plan runs between the reads and the write
      const outcome = recordsJob.plan(input);
      if (outcome.ok) edit = outcome.edit;
      return outcome;
    },
  };
  const before = mock.sync.mock.calls.length;
  const outcome = await runRegisteredJob(host, job, { sheets: { accounts: "客户" } });
  if (!outcome.ok || edit === null) throw new Error(JSON.stringify(outcome));
  const rows = prepareEdits(edit).flatMap((prepared) => prepared.rowBytes);
  return {
    syncs: mock.sync.mock.calls.length - before,
    planned,
    editBytes: rows.reduce((sum, bytes) => sum + bytes, 0),
    created: outcome.report.created.length,
    kept: outcome.report.kept.length,
  };
}

describe("the records job's syncs in Excel", () => {
  it.each([
    { customers: 10, reads: 1 },
    { customers: 50, reads: 1 },
    { customers: 200, reads: 2 },
  ])("$customers customers: $reads read + 1 write, then 5 syncs again", async ({ customers, reads }) => {
    const mock = new MockJobWorkbook([seed(customers)]);
    mock.payloadLimitBytes = Number.MAX_SAFE_INTEGER; // measure every sync's payload, refuse none
    const host = new ExcelWorkbook(mock.runner, { isSetSupported: () => true });

    const first = await run(mock, host);
    expect([first.created, first.kept]).toEqual([customers, 0]);
    expect(mock.sheetNames()).toHaveLength(customers + 4);
    expect(first.planned).toBe(reads);
    expect(first.editBytes).toBeGreaterThan(customers * 13_000);
    expect(first.editBytes).toBeLessThan(customers * 15_000 + 20_000);
    const writes = Math.ceil(first.editBytes / budget);
    expect(first.syncs - first.planned).toBe(writes);
    expect([first.syncs, writes]).toEqual([reads + 1, 1]);

    const second = await run(mock, host);
    expect([second.created, second.kept]).toEqual([0, customers]);
    expect([second.planned, second.syncs]).toEqual([4, 5]);

    expect(mock.payloads).toHaveLength(first.syncs + second.syncs);
    expect(mock.payloads.every((p) => p.request < budget && p.response < budget && !p.refused)).toBe(true);
  });
});

describe("readGroups", () => {
  it("packs 200 sheets of 40 × 16 cells at 48 bytes (30 720 each) into half of 4 MB: 65, 65, 65, 5", () => {
    const sheets = Array.from({ length: 200 }, () => ({ used: { top: 0, left: 0, rows: 40, columns: 16 } }));
    const { groups, alone } = readGroups(sheets, () => 48, {
      maxPayloadBytes: budget,
      maxCellsPerRead: 5_000_000,
    });
    expect([groups.map((group) => group.length), alone.length]).toEqual([[65, 65, 65, 5], 0]);
  });

  it("leaves a sheet too big for one sync to be read alone, and skips empty sheets", () => {
    const big = { used: { top: 0, left: 0, rows: 50_000, columns: 2 } }; // 100 000 × 48 > 2 000 000
    const { groups, alone } = readGroups([{ used: null }, big], () => 48, {
      maxPayloadBytes: budget,
      maxCellsPerRead: 5_000_000,
    });
    expect([groups, alone]).toEqual([[], [big]]);
  });
});
