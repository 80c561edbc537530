/**
 * The forecast job end to end through the .xlsx host: the Sales forecast sheet from the engine, the assumptions
 * sheet with its names, and the nine customer-table columns as formulas whose cached values LibreOffice reproduces
 * when it recalculates the file; a rerun after an assumption changes.
 */
import ExcelJS from "exceljs";
import { forecastSeries } from "../../src/domain/forecast/forecastSeries";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { forecastJob } from "../../src/jobs/forecast/forecastJob";
import { runRegisteredJob } from "../../src/jobs/runJob";
import { check, title } from "../hosts/xlsx/libreofficeKit";
import { recalculatedRows } from "../hosts/xlsx/libreofficeRecalc";

/** 30 months (2023-01…2025-06) of seasonal sales for 甲, 8 months for 乙; 丙 is on the sheet without orders. */
function history(customer: string, months: number, base: number): (string | number)[][] {
  return Array.from({ length: months }, (_, i) => {
    const month = i + (customer === "乙" ? 22 : 0);
    const year = 2023 + Math.floor(month / 12);
    const date = `${year}-${String((month % 12) + 1).padStart(2, "0")}-15`;
    return [date, customer, "A", "阀门", 1, 1, base + 100 * Math.sin((2 * Math.PI * month) / 12) + 5 * i];
  });
}
const lines = [...history("甲", 30, 1000), ...history("乙", 8, 400)];

async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const customers = book.addWorksheet("客户");
  customers.addRow(["客户名称", "存货周期(天)", "客户等级", "风险系数"]);
  customers.addRow(["甲", 45, "A", null]);
  customers.addRow(["乙", null, "B", 0.5]);
  customers.addRow(["丙", 30, "C", null]);
  const orders = book.addWorksheet("订单");
  orders.addRow(["日期", "客户名称", "产品编号", "产品名称", "数量", "单价", "金额"]);
  for (const line of lines) orders.addRow(line);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function run(bytes: Uint8Array, settings?: Record<string, number>) {
  const host = XlsxWorkbook.open(bytes);
  const outcome = await runRegisteredJob(host, forecastJob, {
    sheets: { customers: "客户", transactions: "订单" },
    ...(settings ? { settings } : {}),
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return { report: outcome.report, bytes: host.toBytes() };
}

async function rows(bytes: Uint8Array, name: string): Promise<ExcelJS.CellValue[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const out: ExcelJS.CellValue[][] = [];
  book
    .getWorksheet(name)
    ?.eachRow(
      { includeEmpty: true },
      (row, n) => (out[n - 1] = (row.values as ExcelJS.CellValue[]).slice(1)),
    );
  return out;
}

// exceljs reads a formula's cached <v>0</v> as no result at all: a formula without one here had a cached 0.
const result = (value: ExcelJS.CellValue): unknown =>
  value !== null && typeof value === "object" && "formula" in value ? (value.result ?? 0) : value;

describe("the forecast job through the .xlsx host", () => {
  it("forecasts each customer with the engine and writes the Sales forecast sheet", async () => {
    const { report, bytes } = await run(await workbook());
    expect(report.months).toEqual({ from: "2025-07", to: "2026-06" });
    expect(report.methods).toEqual({ ets: 1, holt: 1, mean: 1 });
    expect(report.assumptionsCreated).toBe(true);
    const sheet = await rows(bytes, "销售预测");
    expect(sheet[1]?.slice(0, 2)).toEqual(["客户", "2025-07"]);
    const 甲 = forecastSeries(lines.filter((line) => line[1] === "甲").map((line) => Number(line[6])));
    const row = sheet.find((cells) => cells[0] === "甲") ?? [];
    expect(row[13]).toBeCloseTo(甲.total.value, 6);
    expect(row[16]).toBe("Holt-Winters（ETS）");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const setup = book.getWorksheet("销售预测")?.pageSetup;
    expect([setup?.orientation, setup?.fitToWidth, setup?.printTitlesRow]).toEqual(["landscape", 1, "2:2"]);
  });

  it("appends the nine value columns as formulas over the forecast and the named assumptions", async () => {
    const { bytes } = await run(await workbook());
    const table = await rows(bytes, "客户");
    expect(table[0]?.slice(4)).toEqual([
      "预测销售额(12个月)",
      "预测销售利润",
      "库存利息",
      "人员费用",
      "差旅费用",
      "管理和经营费用",
      "风险系数",
      "风险调整开发价值",
      "是否值得开发",
    ]);
    const 乙 = table[2] ?? [];
    const formula = (value: ExcelJS.CellValue) =>
      value !== null && typeof value === "object" && "formula" in value ? value.formula : null;
    expect(formula(乙[5] ?? null)).toBe("E3*kaw_grossMargin");
    // The forecast total is found by the customer's name, whatever its row on the Sales forecast sheet.
    expect(formula(乙[4] ?? null)).toBe("IFERROR(INDEX('销售预测'!$N:$N,MATCH(A3,'销售预测'!$A:$A,0)),0)");
    // 乙's own risk coefficient 0.5 overrides its tier's.
    expect(result(乙[10] ?? null)).toBe(0.5);
  });

  check(
    `gives cached values LibreOffice reproduces when it recalculates${title}`,
    async () => {
      const { bytes } = await run(await workbook());
      const cached = (await rows(bytes, "客户"))
        .slice(1, 4)
        .map((row) => row.slice(4, 12).map((v) => Number(result(v))));
      const recalculated = recalculatedRows(bytes, "客户")
        .slice(1, 4)
        .map((line) => line.split(",").slice(4, 12).map(Number));
      expect(recalculated.length).toBe(3);
      recalculated.forEach((row, r) =>
        row.forEach((value, c) =>
          expect([r, c, value]).toEqual([r, c, expect.closeTo(cached[r]?.[c] ?? NaN, 6)]),
        ),
      );
    },
    180_000,
  );

  it("reads the assumptions on a rerun: a changed gross margin changes the cached profit", async () => {
    const first = await run(await workbook());
    const assumptions = await rows(first.bytes, "预测假设");
    const at = assumptions.findIndex((row) => row[0] === "grossMargin") + 1;
    const host = XlsxWorkbook.open(first.bytes);
    await host.apply({ changes: [{ kind: "cells", sheet: "预测假设", at: `C${at}`, rows: [[0.4]] }] });
    const second = await run(host.toBytes());
    expect(second.report.assumptionsCreated).toBe(false);
    const table = await rows(second.bytes, "客户");
    const 甲 = table[1] ?? [];
    expect(Number(result(甲[5] ?? null))).toBeCloseTo(Number(result(甲[4] ?? null)) * 0.4, 9);
    expect(table[0]?.length).toBe(13); // rewritten in place
  });

  it("writes the pane's changed assumptions into their cells and refuses one out of range", async () => {
    const first = await run(await workbook());
    const second = await run(first.bytes, { riskA: 0.05, personnelCost: 12000 });
    const sheet = await rows(second.bytes, "预测假设");
    const value = (key: string) => sheet.find((row) => row[0] === key)?.[2];
    expect([value("riskA"), value("personnelCost")]).toEqual([0.05, 12000]);
    const table = await rows(second.bytes, "客户");
    expect(result(table[1]?.[7] ?? null)).toBe(12000); // 甲's personnel cost
    await expect(run(first.bytes, { grossMargin: 1.5 })).rejects.toThrow("assumptions.outOfRange");
  });
});
