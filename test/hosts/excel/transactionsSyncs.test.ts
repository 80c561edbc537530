/**
 * Issue 8 §3 "Scale": the transactions job through the Excel host reads an order sheet of 10, 100 000 and 1 000 000
 * lines (orderSheet.ts: made on access, every line 45 bytes of JSON) in chunks whose responses stay under 4 MB,
 * with syncs growing with the sheet's size in bytes, and reports progress while it reads.
 *
 * Size: the used range's values as JSON, size = 2 + 82 + 46 N bytes for N lines (sheetBytes): 544, 4 600 084 and
 * 46 000 084, so ⌈size / 4 MB⌉ = 1, 2 and 12 (4 MB = the host's 4 000 000-byte budget).
 * Reads, worked from readSheet/readValues: sync 1 learns the used range and brings 100 rows × 64 columns from A1 — the
 *   header and 99 lines, (82 + 99 × 45) / 700 = 6.48 bytes per cell, doubled for headroom and rounded up: 13. Every
 *   later chunk measures 45 / 7 = 6.43, again 13, so a chunk holds k = ⌊⌊4 000 000 / 13⌋ / 7⌋ = 43 956 rows, whose
 *   JSON with their commas is c = 43 956 × 46 = 2 021 976 bytes: about half the budget, from the headroom factor 2.
 *   read syncs = 1 + ⌈(size − 4 638) / c⌉, 4 638 = 2 + 82 + 99 × 46 being what sync 1 already brought:
 *   10 lines: 1 (the sheet fits the sample); 100 000: 1 + ⌈4 595 446 / c⌉ = 4; 1 000 000: 1 + ⌈45 995 446 / c⌉ = 24.
 *   So ⌈size / 4 MB⌉ ≤ read syncs ≤ 2 ⌈size / 4 MB⌉ (1 ≤ 1 ≤ 2, 2 ≤ 4 ≤ 4, 12 ≤ 24 ≤ 24): bytes, not rows, count.
 * Write: three new sheets (no customer sheet given, so no customer columns) with ~1 000 customers × 24 months and
 *   5 000 customer × SKU rows: 1.26–1.32 MB of request, under the budget → 1 sync, no names lookup (the records are
 *   on sheets the list creates). It grows with customers, months and SKUs, not with order lines.
 * Outcome, by hand: line i is customer i mod 1000 (客户1000…客户1999), quantity i mod 8 + 1, SKU ⌊i / 1000⌋ mod 5 + 1 at
 *   101…105 yuan. A customer c's lines are c + 1000 j, and 1000 j mod 8 = 0: its quantity is c mod 8 + 1 on every
 *   line. 100 000 lines: j = 0…99, each SKU 20 times, Σ price = 20 × 515 = 10 300, so c ≡ 7 (mod 8) buy 8 × 10 300 =
 *   82 400, the most; ties by name: 客户1007, 1015, 1023, 1031, 1039. 1 000 000 lines: 200 × 515 × 8 = 824 000.
 *   10 lines: customers 1000…1009 buy once at 101 × (i mod 8 + 1): 808, 707, 606, 505, 404 on top.
 */
import { ExcelWorkbook } from "../../../src/hosts/excel/excelWorkbook";
import type { JobInput } from "../../../src/jobs/jobDefinition";
import { runRegisteredJob } from "../../../src/jobs/runJob";
import { transactionsJob } from "../../../src/jobs/transactions/transactionsJob";
import { LazyOrderWorkbook, lazyRows, sheetBytes } from "./orderSheet";

const budget = 4_000_000;
const chunkBytes = 43_956 * 46;
const sampleBytes = 2 + 82 + 99 * 46;
const top5 = (names: readonly number[], sales: number | readonly number[]) =>
  names.map((n, i) => ({ name: `客户${n}`, sales: typeof sales === "number" ? sales : sales[i] }));
const ties = [1007, 1015, 1023, 1031, 1039];

const cases = [
  {
    lines: 10,
    reads: 1,
    customers: 10,
    months: { from: "2024-01", to: "2024-01", count: 1 },
    top: top5([1007, 1006, 1005, 1004, 1003], [808, 707, 606, 505, 404]),
  },
  {
    lines: 100_000,
    reads: 4,
    customers: 1000,
    months: { from: "2024-01", to: "2025-12", count: 24 },
    top: top5(ties, 82_400),
  },
  {
    lines: 1_000_000,
    reads: 24,
    customers: 1000,
    months: { from: "2024-01", to: "2025-12", count: 24 },
    top: top5(ties, 824_000),
  },
];

describe("the transactions job reading big order sheets through the Excel host", () => {
  it.each(cases)("$lines lines: $reads read syncs under 4 MB each, 1 write sync", async (expected) => {
    const { lines } = expected;
    const mock = new LazyOrderWorkbook([{ name: "订单", rows: lazyRows(lines) }]);
    mock.payloadLimitBytes = Number.MAX_SAFE_INTEGER; // measure every sync's payload, refuse none
    let readSyncs = -1;
    const job = {
      ...transactionsJob,
      plan: (input: JobInput) => {
        readSyncs = mock.sync.mock.calls.length; // the plan runs between the reads and the write
        return transactionsJob.plan(input);
      },
    };
    const progress: number[] = [];
    const host = new ExcelWorkbook(mock.runner, { isSetSupported: () => true });
    const outcome = await runRegisteredJob(host, job, { sheets: { transactions: "订单" } }, (f) =>
      progress.push(f),
    );

    // (b) read syncs in the sheet's size; the write apart.
    const size = sheetBytes(lines);
    const quarters = Math.ceil(size / budget);
    const formula = size <= sampleBytes + 2 ? 1 : 1 + Math.ceil((size - sampleBytes) / chunkBytes);
    expect([readSyncs, formula]).toEqual([expected.reads, expected.reads]);
    expect(readSyncs).toBeGreaterThanOrEqual(quarters);
    expect(readSyncs).toBeLessThanOrEqual(2 * quarters);
    expect(mock.sync.mock.calls.length - readSyncs).toBe(1);
    expect(mock.runs).toBe(1);

    // (a) every response under 4 MB; the chunks after sync 1 carry c bytes and a bracket (the last one less).
    const payloads = mock.payloads;
    expect(payloads).toHaveLength(readSyncs + 1);
    expect(payloads.every((p) => p.response < budget && p.request < budget && !p.refused)).toBe(true);
    const chunks = payloads.slice(1, readSyncs).map((p) => p.response);
    expect(chunks.slice(0, -1).every((bytes) => bytes === chunkBytes + 1)).toBe(true);
    expect(payloads.slice(0, readSyncs).every((p) => p.request === 0)).toBe(true);

    // (c) rising fractions ending at 1: one per chunk in the first half (rows read / rows), then the write.
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((f, i) => i === 0 || f > (progress[i - 1] ?? 1))).toBe(true);
    expect(progress.filter((f) => f <= 0.5)).toHaveLength(readSyncs - 1);
    if (lines === 100_000)
      expect(progress).toEqual([(43_956 + 100) / 100_001 / 2, (2 * 43_956 + 100) / 100_001 / 2, 0.5, 1]);

    // (d) the outcome.
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const report = outcome.report;
    expect(report.rowsRead).toBe(lines);
    expect(Object.values(report.skipped).every((n) => n === 0)).toBe(true);
    expect([report.amountsComputed, report.returns, report.unknownCustomers]).toEqual([0, 0, []]);
    expect(report.customers).toBe(expected.customers);
    expect(report.months).toEqual(expected.months);
    expect(report.topCustomers).toEqual(expected.top);
    expect(report.sheets).toEqual(["月度销售", "月度采购量", "单品分析"]);
  });
});
