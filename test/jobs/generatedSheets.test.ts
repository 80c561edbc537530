/**
 * Ownership of whole generated sheets, end to end through the .xlsx host: a job that writes a record sheet is run,
 * saved and reopened, run again, typed into, run again — the rules of planGeneratedSheet hold on a real package.
 */
import type { Lang } from "../../src/domain/types";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import type { JobDefinition } from "../../src/jobs/jobDefinition";
import { runRegisteredJob } from "../../src/jobs/runJob";
import type { Edit } from "../../src/plan/edits";
import { planGeneratedSheet } from "../../src/plan/generatedSheet";
import { emptyWorkbook } from "../hosts/xlsx/emptyWorkbook";

const names: Readonly<Record<Lang, string>> = { "zh-CN": "目标客户访问记录表", "en-US": "Visit record" };

function content(sheet: string): Edit[] {
  return [
    { kind: "cells", sheet, at: "A1", rows: [[sheet]] },
    { kind: "cells", sheet, at: "A2", rows: [["Customer", "Visit date", "Follow-up due"]] },
    { kind: "cells", sheet, at: "A3", rows: [["甲公司", null, { formula: 'IF(B3="","",B3+7)', value: "" }]] },
    { kind: "merge", sheet, range: "A1:C1" },
  ];
}

/** A record job as later issues will write them, reduced to one generated sheet. */
const recordJob: JobDefinition = {
  key: "records",
  step: "records",
  names: { "zh-CN": "访问记录", "en-US": "Visit record" },
  summary: { "zh-CN": "生成访问记录表", "en-US": "Generates the visit record" },
  reads: [],
  options: [],
  creates: [{ kind: "sheet", names }],
  issueCodes: [],
  plan(input) {
    const lang = input.lang ?? "zh-CN";
    const plan = planGeneratedSheet(input.workbook, {
      job: "records",
      slot: "visits",
      name: names[lang],
      build: content,
      ...(input.newCopy ? { newCopy: true } : {}),
    });
    if (!plan.ok) return plan;
    return { ok: true, edit: { changes: plan.edits }, report: { job: "records", lang, issues: [] } };
  },
  describe: () => "",
  summarize: () => [],
  toJson: (report) => ({ job: report.job }),
  locateHeaders: () => null,
  example: { "zh-CN": "", "en-US": "" },
};

async function run(bytes: Uint8Array, request: { lang?: Lang; newCopy?: boolean } = {}) {
  const host = XlsxWorkbook.open(bytes);
  const outcome = await runRegisteredJob(host, recordJob, { sheets: {}, ...request });
  return { outcome, bytes: host.toBytes(), host };
}

async function typeInto(bytes: Uint8Array, sheet: string, at: string, value: string): Promise<Uint8Array> {
  const host = XlsxWorkbook.open(bytes);
  await host.apply({ changes: [{ kind: "cells", sheet, at, rows: [[value]] }] });
  return host.toBytes();
}

describe("generated sheets through the .xlsx host", () => {
  it("creates the sheet, then after save and reopen rewrites it in place, identical, without a second copy", async () => {
    const first = await run(emptyWorkbook());
    expect(first.outcome.ok).toBe(true);
    expect(await first.host.listSheets()).toEqual(["Sheet1", "目标客户访问记录表"]);
    const second = await run(first.bytes);
    expect(second.outcome.ok).toBe(true);
    const reopened = XlsxWorkbook.open(second.bytes);
    expect(await reopened.listSheets()).toEqual(["Sheet1", "目标客户访问记录表"]);
    const snapshot = await reopened.read("目标客户访问记录表");
    expect(snapshot.grid.values.slice(0, 3)).toEqual([
      ["目标客户访问记录表"],
      ["Customer", "Visit date", "Follow-up due"],
      ["甲公司", null, ""], // the formula's cached empty text
    ]);
    expect(snapshot.owned).toEqual([
      expect.objectContaining({
        job: "records.visits",
        whole: true,
        rect: { top: 1, left: 1, bottom: 3, right: 3 },
      }),
    ]);
    // A third run on the rewritten sheet gives the same workbook again: a rerun equals a run. (Not the same bytes:
    // the new sheet part is written before the old one is removed, so its part name alternates.)
    const third = XlsxWorkbook.open((await run(second.bytes)).bytes);
    expect(await third.listSheets()).toEqual(["Sheet1", "目标客户访问记录表"]);
    expect(await third.read("目标客户访问记录表")).toEqual(snapshot);
  });

  it("switches the sheet to the run's language at the same tab position", async () => {
    const first = await run(emptyWorkbook());
    const english = await run(first.bytes, { lang: "en-US" });
    expect(await XlsxWorkbook.open(english.bytes).listSheets()).toEqual(["Sheet1", "Visit record"]);
  });

  it("refuses a sheet the person typed into, leaving the file as it was; a new copy keeps the entry", async () => {
    const first = await run(emptyWorkbook());
    const typed = await typeInto(first.bytes, "目标客户访问记录表", "B3", "2024-03-05 电话已约");
    const refused = await run(typed);
    expect(refused.outcome).toEqual({
      ok: false,
      issues: [{ code: "output.generatedSheetEdited", sheet: "目标客户访问记录表" }],
    });
    expect(Buffer.compare(Buffer.from(refused.bytes), Buffer.from(typed))).toBe(0);
    const copied = await run(typed, { newCopy: true });
    const book = XlsxWorkbook.open(copied.bytes);
    expect(await book.listSheets()).toEqual(["Sheet1", "目标客户访问记录表", "目标客户访问记录表 (2)"]);
    expect((await book.read("目标客户访问记录表")).grid.values[2]?.[1]).toBe("2024-03-05 电话已约");
    // The copy is now the job's sheet: the next run rewrites it and leaves the typed one alone.
    const next = await run(copied.bytes);
    expect(next.outcome.ok).toBe(true);
    const after = XlsxWorkbook.open(next.bytes);
    expect(await after.listSheets()).toEqual(["Sheet1", "目标客户访问记录表", "目标客户访问记录表 (2)"]);
    expect((await after.read("目标客户访问记录表")).grid.values[2]?.[1]).toBe("2024-03-05 电话已约");
  });

  it("never touches a sheet of the person's that has the wanted name", async () => {
    const host = XlsxWorkbook.open(emptyWorkbook());
    await host.apply({
      changes: [
        { kind: "createSheet", sheet: "目标客户访问记录表" },
        { kind: "cells", sheet: "目标客户访问记录表", at: "A1", rows: [["我的笔记"]] },
      ],
    });
    const mine = host.toBytes();
    const ran = await run(mine);
    const book = XlsxWorkbook.open(ran.bytes);
    expect(await book.listSheets()).toEqual(["Sheet1", "目标客户访问记录表", "目标客户访问记录表 (2)"]);
    expect((await book.read("目标客户访问记录表")).grid.values).toEqual([["我的笔记"]]);
  });
});
