import ExcelJS from "exceljs";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";

// jsdom has no TextDecoder/TextEncoder; the .xlsx host needs them (Node's are the same WHATWG classes).
const globals = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
globals.TextDecoder ??= NodeTextDecoder;
globals.TextEncoder ??= NodeTextEncoder;

/** Monthly order lines of one customer from `start` (months after 2023-01): a seasonal wave on a slow rise. */
function history(customer: string, start: number, months: number, base: number): (string | number)[][] {
  return Array.from({ length: months }, (_, i) => {
    const month = start + i;
    const year = 2023 + Math.floor(month / 12);
    const date = `${year}-${String((month % 12) + 1).padStart(2, "0")}-15`;
    return [date, customer, "A", "阀门", 1, 1, base + 100 * Math.sin((2 * Math.PI * month) / 12) + 5 * i];
  });
}

/** The order lines: one a month, so a customer's monthly sales are its lines' amounts. */
export const forecastLines = [...history("甲", 0, 30, 1000), ...history("乙", 22, 8, 400)];

/**
 * The workbook of test/jobs/forecast.test.ts: 客户 (甲 A, 乙 B, 丙 C) and 订单 with 30 months (2023-01…2025-06) of
 * seasonal sales for 甲 (ETS), 8 months for 乙 (Holt), none for 丙 (mean of nothing: 0). 客户 is the active sheet.
 */
export async function forecastWorkbookBytes(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const customers = book.addWorksheet("客户");
  customers.addRow(["客户名称", "存货周期(天)", "客户等级", "风险系数"]);
  customers.addRow(["甲", 45, "A", null]);
  customers.addRow(["乙", null, "B", 0.5]);
  customers.addRow(["丙", 30, "C", null]);
  const orders = book.addWorksheet("订单");
  orders.addRow(["日期", "客户名称", "产品编号", "产品名称", "数量", "单价", "金额"]);
  for (const line of forecastLines) orders.addRow(line);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The real .xlsx host over that workbook. */
export async function forecastHost(): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(await forecastWorkbookBytes());
}
