/**
 * The transactions job end to end through the .xlsx host, on an order sheet and a customer sheet written by exceljs;
 * every figure below is worked out by hand from the lines.
 */
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { runRegisteredJob } from "../../src/jobs/runJob";
import { transactionsJob } from "../../src/jobs/transactions/transactionsJob";

/**
 * 甲: 2023-01 A 100 (qty 1); 2024-01 A 2 × 60 = 120 (computed); 2024-06 return A qty −1 amount 20 → −20;
 *     2024-12-31 B 50.5 (no quantity → 0). Last 12 months (2024-01…2024-12): 150.5, volume 1; the 12 before: 100
 *     → growth 0.505; top SKU A (200 vs 50.5); last order 2024-12-31 = serial 45657.
 * 乙 (written "乙\u3000" with an ideographic space): 2024/3/5 B 300 → sales 300, no earlier year → growth empty;
 *     last order 45356.
 * 丙: 2024-02-02 10, not on the customer sheet. 03/05/2024 (ambiguous) and a line without customer are skipped.
 * Months 2023-01…2024-12: 24, so growth is defined. Share of wallet 甲 150.5 ÷ 1505 = 0.1; 乙 has no purchases.
 */
const lines = [
  ["日期", "客户名称", "产品编号", "产品名称", "数量", "单价", "金额"],
  [new Date(Date.UTC(2023, 0, 15)), "甲", "A", "阀门", 1, 100, 100],
  ["2024-01-10", "甲", "A", "阀门", 2, 60, null],
  ["2024年6月1日", "甲", "A", "阀门", -1, 20, 20],
  [new Date(Date.UTC(2024, 11, 31)), "甲", "B", "泵", null, null, 50.5],
  ["2024/3/5", "乙\u3000", "B", "泵", 3, 100, 300],
  ["2024-02-02", "丙", "A", "阀门", 1, 10, 10],
  ["03/05/2024", "甲", "A", "阀门", 1, 10, 10],
  ["2024-02-03", "", "A", "阀门", 1, 10, 10],
];

async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const customers = book.addWorksheet("客户");
  customers.addRow(["客户名称", "同类产品年采购额"]);
  customers.addRow(["甲", 1505]);
  customers.addRow(["乙", null]);
  customers.addRow(["丁", 800]);
  const orders = book.addWorksheet("订单");
  for (const line of lines) orders.addRow(line);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function run(bytes: Uint8Array, lang?: "zh-CN" | "en-US") {
  const host = XlsxWorkbook.open(bytes);
  const outcome = await runRegisteredJob(host, transactionsJob, {
    sheets: { transactions: "订单", customers: "客户" },
    ...(lang ? { lang } : {}),
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return { report: outcome.report, bytes: host.toBytes() };
}

async function rows(bytes: Uint8Array, name: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const out: unknown[][] = [];
  book
    .getWorksheet(name)
    ?.eachRow({ includeEmpty: true }, (row, n) => (out[n - 1] = (row.values as unknown[]).slice(1)));
  return out;
}

const plain = (value: unknown): unknown =>
  value !== null && typeof value === "object" && "result" in value ? value.result : value;

describe("the transactions job through the .xlsx host", () => {
  it("counts lines, skips, computed amounts, returns and unknown customers", async () => {
    const { report } = await run(await workbook());
    expect(report.rowsRead).toBe(8);
    expect(report.skipped).toMatchObject({ ambiguousDate: 1, noCustomer: 1 });
    expect(report.amountsComputed).toBe(1);
    expect(report.returns).toBe(1);
    expect(report.unknownCustomers).toEqual(["丙"]);
    expect(report.months).toEqual({ from: "2023-01", to: "2024-12", count: 24 });
    expect(report.sheets).toEqual(["月度销售", "月度采购量", "单品分析"]);
    expect(report.issues.map((issue) => [issue.code, issue.cell ?? null])).toEqual([
      ["transactions.ambiguousDate", "A8"],
      ["transactions.noCustomer", "B9"],
      ["transactions.unknownCustomer", null],
    ]);
  });

  it("appends the six columns to the customer table, matched by folded name", async () => {
    const { bytes } = await run(await workbook());
    const table = await rows(bytes, "客户");
    expect(table[0]).toEqual([
      "客户名称",
      "同类产品年采购额",
      "近12个月销售额",
      "近12个月采购量",
      "销售同比增长",
      "我方份额",
      "主销单品",
      "最近下单日期",
    ]);
    const [甲, 乙, 丁] = [table[1] ?? [], table[2] ?? [], table[3] ?? []];
    expect(甲.slice(2, 7)).toEqual([150.5, 1, expect.closeTo(0.505, 12), expect.closeTo(0.1, 12), "A"]);
    expect(甲[7]).toEqual(new Date(Date.UTC(2024, 11, 31))); // a real date: 45657 with yyyy-mm-dd
    expect([乙[2], 乙[4] ?? null, 乙[5] ?? null, 乙[6]]).toEqual([300, null, null, "B"]);
    expect([丁[2], 丁[3], 丁[4] ?? null, 丁[5], 丁[6] ?? null, 丁[7] ?? null]).toEqual([
      0,
      0,
      null,
      0,
      null,
      null,
    ]);
  });

  it("writes the monthly sales with totals worked out by hand", async () => {
    const { bytes } = await run(await workbook());
    const sales = await rows(bytes, "月度销售");
    expect(sales[0]?.[0]).toBe("月度销售（2023-01 至 2024-12）");
    expect(sales[1]?.slice(0, 3)).toEqual(["客户", "2023-01", "2023-02"]);
    expect(sales[1]?.[25]).toBe("合计");
    // By total: 乙 300, 甲 250.5, 丙 10.
    expect(sales.slice(2, 5).map((row) => [row[0], plain(row[25])])).toEqual([
      ["乙", 300],
      ["甲", 250.5],
      ["丙", 10],
    ]);
    expect(plain(sales[5]?.[25])).toBe(560.5);
    expect(plain(sales[5]?.[1])).toBe(100); // 2023-01
  });

  it("reruns in place, and in English", async () => {
    const first = await run(await workbook());
    const second = await run(first.bytes, "en-US");
    expect(second.report.sheets).toEqual(["Monthly sales", "Monthly volume", "SKU analysis"]);
    const table = await rows(second.bytes, "客户");
    expect(table[0]?.slice(2)).toEqual([
      "Sales (last 12 months)",
      "Volume (last 12 months)",
      "Sales growth (YoY)",
      "Share of wallet",
      "Top SKU",
      "Last order date",
    ]);
    expect(table[0]?.length).toBe(8);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(second.bytes) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      "客户",
      "订单",
      "Monthly sales",
      "Monthly volume",
      "SKU analysis",
    ]);
  });
});
