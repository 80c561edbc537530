/**
 * The records job end to end through the .xlsx host: choosing customers (by name, by tier, all), one development
 * record sheet per customer under a valid unique name, the visit sheets and the index; a second generation after
 * entries were typed keeps every entry and adds only what is missing.
 */
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { runRegisteredJob } from "../../src/jobs/runJob";
import { recordsJob } from "../../src/jobs/records/recordsJob";
import type { RecordsReport } from "../../src/jobs/records/recordsReport";

const injection = '=HYPERLINK("http://x","y")';
const long = "华东地区机电设备进出口贸易集团股份有限公司（上海分公司）第一事业部";

async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("客户");
  sheet.addRow(["客户名称", "产品类别", "流动比率", "客户等级"]);
  sheet.addRow(["甲", "阀门", 1.5, "A"]);
  sheet.addRow(["乙", "泵", 0.9, "B"]);
  sheet.addRow([injection, "泵", 2, "C"]);
  sheet.addRow([long, "阀门", 1.2, "A"]);
  sheet.addRow(["Sheet1", "阀门", 1.2, "C"]); // clashes with nothing but tests a plain name
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function run(bytes: Uint8Array, options: Record<string, string> = {}, newCopy = false) {
  const host = XlsxWorkbook.open(bytes);
  const outcome = await runRegisteredJob(host, recordsJob, {
    sheets: { accounts: "客户" },
    options,
    ...(newCopy ? { newCopy } : {}),
  });
  return { outcome, bytes: host.toBytes() };
}

function report(outcome: Awaited<ReturnType<typeof run>>["outcome"]): RecordsReport {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.report;
}

async function book(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const b = new ExcelJS.Workbook();
  await b.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return b;
}

describe("the records job through the .xlsx host", () => {
  it("writes a record sheet per chosen customer under valid, unique names, and the visit sheets and index", async () => {
    const first = await run(await workbook(), { tier: "A, C" });
    const r = report(first.outcome);
    expect(r.customers).toEqual(["甲", injection, long, "Sheet1"]);
    // Forbidden characters become "_", names are cut to 31 characters.
    expect(r.created).toEqual(["甲", '=HYPERLINK("http___x","y")', long.slice(0, 31), "Sheet1"]);
    const b = await book(first.bytes);
    expect(b.worksheets.map((s) => s.name)).toEqual([
      "客户",
      "目标客户访问记录表",
      "访问准备",
      ...r.created,
      "开发记录索引",
    ]);
    // The customer name is text on every sheet, never a formula.
    const visits = b.getWorksheet("目标客户访问记录表");
    const names: unknown[] = [];
    visits?.getColumn(2).eachCell((cell) => names.push(cell.value));
    expect(names).toContain(injection);
    expect(b.getWorksheet(r.created[1] ?? "")?.getCell("B2").value).toBe(injection);
  });

  it("refuses an unknown customer or tier, naming it", async () => {
    const unknown = await run(await workbook(), { customers: "甲, 丁" });
    expect(unknown.outcome.ok).toBe(false);
    if (!unknown.outcome.ok)
      expect(unknown.outcome.issues).toEqual([
        expect.objectContaining({ code: "records.unknownCustomer", params: { customer: "丁" } }),
      ]);
    const tier = await run(await workbook(), { tier: "D" });
    expect(tier.outcome.ok).toBe(false);
  });

  it("keeps every entry on a second generation and adds only the missing sheets", async () => {
    const first = await run(await workbook(), { customers: "甲" });
    expect(report(first.outcome).created).toEqual(["甲"]);
    // The team fills in a record on 甲's sheet: a date, a tick for 产品说明 (F) and 热心 (J), a reason.
    const host = XlsxWorkbook.open(first.bytes);
    await host.apply({
      changes: [
        { kind: "cells", sheet: "甲", at: "A6", rows: [[{ date: 45366 }, "王经理"]] },
        { kind: "cells", sheet: "甲", at: "F6", rows: [["✓"]] },
        { kind: "cells", sheet: "甲", at: "J6", rows: [["✓"]] },
        { kind: "cells", sheet: "甲", at: "B3", rows: [["预算冻结"]] },
      ],
    });
    const second = await run(host.toBytes(), { customers: "甲, 乙" });
    const r = report(second.outcome);
    expect([r.created, r.kept]).toEqual([["乙"], ["甲"]]);
    const b = await book(second.bytes);
    const sheet = b.getWorksheet("甲");
    expect([sheet?.getCell("B3").value, sheet?.getCell("B6").value, sheet?.getCell("F6").value]).toEqual([
      "预算冻结",
      "王经理",
      "✓",
    ]);
    // The index, rebuilt, shows 甲's furthest stage, attitude, contacts and reason by formulas with cached values.
    const index = b.getWorksheet("开发记录索引");
    const row = [2, 3, 4, 6].map((c) => {
      const value = index?.getRow(3).getCell(c).value;
      return value !== null && typeof value === "object" && "result" in value ? value.result : value;
    });
    expect(row).toEqual(["产品说明", "热心", 1, "预算冻结"]);
    expect(b.worksheets.map((s) => s.name)).toEqual([
      "客户",
      "目标客户访问记录表",
      "访问准备",
      "甲",
      "乙",
      "开发记录索引",
    ]);
  });
});
