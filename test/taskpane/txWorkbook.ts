import ExcelJS from "exceljs";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";

// jsdom has no TextDecoder/TextEncoder; the .xlsx host needs them (Node's are the same WHATWG classes).
const globals = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
globals.TextDecoder ??= NodeTextDecoder;
globals.TextEncoder ??= NodeTextEncoder;

/**
 * The order lines of test/jobs/transactions.test.ts plus 戊's one large order, worked by hand:
 * 甲 100 (2023-01) + 2 × 60 = 120 computed (2024-01) − 20 return (2024-06) + 50.5 (2024-12) = 250.5;
 * 乙 300 (2024-03, written "乙\u3000"); 丙 10 (2024-02); 戊 1 234 567.891 (2024-05).
 * Skipped: 03/05/2024 (ambiguous date, A8) and a line without customer (B9). 9 lines read, 4 customers, months
 * 2023-01…2024-12 = 24. Top by sales: 戊 1,234,567.89 · 乙 300.00 · 甲 250.50 · 丙 10.00.
 * The customer sheet has 甲, 乙, 丁: 丙 and 戊 are not on it.
 */
export const orderLines = [
  ["日期", "客户名称", "产品编号", "产品名称", "数量", "单价", "金额"],
  [new Date(Date.UTC(2023, 0, 15)), "甲", "A", "阀门", 1, 100, 100],
  ["2024-01-10", "甲", "A", "阀门", 2, 60, null],
  ["2024年6月1日", "甲", "A", "阀门", -1, 20, 20],
  [new Date(Date.UTC(2024, 11, 31)), "甲", "B", "泵", null, null, 50.5],
  ["2024/3/5", "乙\u3000", "B", "泵", 3, 100, 300],
  ["2024-02-02", "丙", "A", "阀门", 1, 10, 10],
  ["03/05/2024", "甲", "A", "阀门", 1, 10, 10],
  ["2024-02-03", "", "A", "阀门", 1, 10, 10],
  ["2024-05-20", "戊", "C", "电机", 1, 1234567.891, 1234567.891],
];

/** 客户 (customer table), 说明 (notes) and 订单 (order lines), in that tab order: 客户 is the active sheet. */
export async function txWorkbookBytes(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const customers = book.addWorksheet("客户");
  customers.addRow(["客户名称", "同类产品年采购额"]);
  customers.addRow(["甲", 1505]);
  customers.addRow(["乙", null]);
  customers.addRow(["丁", 800]);
  book.addWorksheet("说明").addRow(["Orders of 2023 and 2024"]);
  const orders = book.addWorksheet("订单");
  for (const line of orderLines) orders.addRow(line);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The real .xlsx host over that workbook. */
export async function txHost(): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(await txWorkbookBytes());
}
