import { ExcelHostError, ExcelWorkbook } from "../../../src/hosts/excel/excelWorkbook";
import type { ColumnBlock } from "../../../src/plan/workbookEdit";
import { financeRows, ratioBlock } from "./financeSheet";
import type { SheetSeed } from "./mockExcel";
import { MockExcel } from "./mockExcel";

const sheet = "财务数据";

async function runBlock(
  excel: MockExcel,
  block: ColumnBlock,
  options: { maxPayloadBytes?: number } = {},
  onProgress?: (f: number) => void,
): Promise<void> {
  await new ExcelWorkbook(excel.runner, options).runJob(
    block.sheet,
    () => ({ edit: { changes: [block] }, result: null }),
    onProgress,
  );
}

function setsOf(excel: MockExcel, target: string): { name: string; value: unknown; at: number }[] {
  return excel.log.flatMap((op, at) =>
    op.kind === "set" && op.target === target ? [{ name: op.name, value: op.args[0], at }] : [],
  );
}

/** Make `Office.context.requirements.isSetSupported` answer for ExcelApi 1.13. */
function supportExcelApi113(supported: boolean): jest.Mock {
  const isSetSupported = jest.fn(
    (name: string, version: string) => name === "ExcelApi" && (version === "1.13" ? supported : true),
  );
  Object.assign(globalThis, { Office: { context: { requirements: { isSetSupported } } } });
  return isSetSupported;
}

// Every run checks requirement sets first: answer as an Excel with every set, unless a test says otherwise.
beforeEach(() => supportExcelApi113(true));

describe("ExcelWorkbook writing a column block", () => {
  it("writes headers, values and number formats on the block's ranges, all in one sync", async () => {
    const excel = new MockExcel([{ name: sheet, rows: financeRows(10) }]);
    await runBlock(excel, ratioBlock(sheet, 10));

    expect(excel.runs).toBe(1);
    expect(excel.sync).toHaveBeenCalledTimes(2); // the used range with its values (all in the sample), the write
    // Headers are text: sent behind Excel's text apostrophe (excelText).
    expect(excel.cell(sheet, "M3").value).toBe("'流动比率");
    expect(excel.cell(sheet, "S3").value).toBe("'问题说明");
    expect(excel.cell(sheet, "M4")).toEqual({ value: 1.5, numberFormat: "0.00" });
    expect(excel.cell(sheet, "O13")).toEqual({ value: 12.5, numberFormat: "0.0%" });
    expect(excel.cell(sheet, "Q8")).toEqual({ value: 0.125, numberFormat: "0.000" });
    expect(excel.cell(sheet, "S13")).toEqual({ value: "'k", numberFormat: "@" });
    // Nothing outside M3:S13: not the source, not below the block.
    expect(excel.cell(sheet, "L4").value).toBeUndefined();
    expect(excel.cell(sheet, "M14").value).toBeUndefined();

    const write = excel.batch(2);
    expect(write[0]).toEqual({
      kind: "call",
      target: "application",
      name: "suspendApiCalculationUntilNextSync",
      args: [],
    });
    expect(excel.calls("copyFrom")).toEqual([
      { kind: "call", target: `${sheet}!M3:S3`, name: "copyFrom", args: [`${sheet}!L3:L3`, "Formats"] },
    ]);
    expect(write.filter((op) => op.kind === "set").map((op) => `${op.target} ${op.name}`)).toEqual([
      `${sheet}!M3:S3 values`,
      `${sheet}!M4:S13 numberFormat`,
      `${sheet}!M4:S13 values`,
      "name:_kaw_ratios visible",
    ]);
  });

  it("clears the contents of a null value and of rows a previous run owned below the block", async () => {
    const excel = new MockExcel([{ name: sheet, rows: financeRows(10) }]);
    const block = ratioBlock(sheet, 10, { clearTo: 16 });
    const withNull = {
      ...block,
      columns: block.columns.map((c, i) => (i === 0 ? { ...c, values: [null, ...c.values.slice(1)] } : c)),
    };
    await runBlock(excel, withNull);
    expect(excel.cell(sheet, "M4").value).toBe("");
    expect(excel.cell(sheet, "M5").value).toBe(1.5);
    expect(excel.calls("clear")).toEqual([
      { kind: "call", target: `${sheet}!M14:S16`, name: "clear", args: ["Contents"] },
    ]);
  });

  describe("text stays text", () => {
    const texts = ["=SUM(A1)", "+86 138 0000 0000", "-5%", "@home", "客户A", "00123"];
    const block: ColumnBlock = {
      kind: "columnBlock",
      job: "issues",
      sheet,
      headerRow: 3,
      firstColumn: 13,
      firstRow: 4,
      lastRow: 9,
      columns: [
        { key: "note", header: "=问题", numberFormat: "@", values: texts },
        { key: "value", header: "数值", numberFormat: "0.00", values: ["-", 1, 2, 3, 4, 5] },
      ],
    };

    it("sets the text format before the values", async () => {
      const excel = new MockExcel([{ name: sheet, rows: financeRows(6) }]);
      await runBlock(excel, block);
      const sets = setsOf(excel, `${sheet}!M4:N9`);
      expect(sets.map((s) => s.name)).toEqual(["numberFormat", "values"]);
      expect(excel.cell(sheet, "M4").numberFormat).toBe("@");
      expect(excel.cell(sheet, "M9").numberFormat).toBe("@");
    });

    it("writes a leading apostrophe before every text, so Excel stores the literal text", async () => {
      const excel = new MockExcel([{ name: sheet, rows: financeRows(6) }]);
      await runBlock(excel, block);
      const written = ["M4", "M5", "M6", "M7", "M8", "M9"].map((cell) => excel.cell(sheet, cell).value);
      expect(written).toEqual(["'=SUM(A1)", "'+86 138 0000 0000", "'-5%", "'@home", "'客户A", "'00123"]);
      expect(excel.cell(sheet, "N4").value).toBe("'-"); // a text cell in a number column, too
      expect(excel.cell(sheet, "M3").value).toBe("'=问题"); // and headers
    });
  });

  describe("ownership", () => {
    it("records the block as a hidden sheet-scoped name _kaw_<job> with an absolute, quoted reference", async () => {
      const excel = new MockExcel([{ name: sheet, rows: financeRows(10) }]);
      await runBlock(excel, ratioBlock(sheet, 10));
      // Header row 3 to last row 13, columns 13..19 = M..S.
      expect(excel.calls("add")).toEqual([
        {
          kind: "call",
          target: `${sheet}.names`,
          name: "add",
          args: ["_kaw_ratios", `='${sheet}'!$M$3:$S$13`],
        },
      ]);
      expect(setsOf(excel, "name:_kaw_ratios").map((s) => [s.name, s.value])).toEqual([["visible", false]]);
      expect(excel.calls("delete")).toEqual([]);
    });

    it("doubles a quote in the sheet name", async () => {
      const name = "O'Brien 2024";
      const excel = new MockExcel([{ name, rows: financeRows(2) }]);
      await runBlock(excel, ratioBlock(name, 2));
      expect(excel.calls("add")[0]?.args).toEqual(["_kaw_ratios", "='O''Brien 2024'!$M$3:$S$5"]);
    });

    it("replaces the reference on a rerun: delete, then add", async () => {
      const seed: SheetSeed = {
        name: sheet,
        rows: financeRows(10),
        names: [{ name: "_kaw_ratios", formula: `=${sheet}!$M$3:$S$20` }],
      };
      const excel = new MockExcel([seed]);
      await runBlock(excel, ratioBlock(sheet, 10));
      const deleteAt = excel.log.findIndex((op) => op.name === "delete" && op.target === "name:_kaw_ratios");
      const addAt = excel.log.findIndex((op) => op.name === "add");
      expect(deleteAt).toBeGreaterThan(-1);
      expect(addAt).toBeGreaterThan(deleteAt);
      expect(excel.calls("add")[0]?.args[1]).toBe(`='${sheet}'!$M$3:$S$13`);
    });

    it("running twice equals running once: the rerun replaces its name and reads its own block back", async () => {
      const excel = new MockExcel([{ name: sheet, rows: financeRows(10) }]);
      const host = new ExcelWorkbook(excel.runner);
      const plan = (): { edit: { changes: ColumnBlock[] }; result: null } => ({
        edit: { changes: [ratioBlock(sheet, 10)] },
        result: null,
      });
      await host.runJob(sheet, plan);
      const afterFirst = [3, 4, 13].map((row) => ["M", "S"].map((col) => excel.cell(sheet, `${col}${row}`)));
      excel.sync.mockClear();
      const seen = await host.runJob(sheet, (snapshot) => ({ ...plan(), result: snapshot }));
      // The first run's block is now part of the used range A1:S13 and owned under _kaw_ratios.
      expect(seen.grid.values[3]?.slice(12)).toEqual([1.5, 0.25, 12.5, 3, 0.125, 100, "k"]);
      expect(seen.owned).toEqual([{ job: "ratios", rect: { top: 3, left: 13, bottom: 13, right: 19 } }]);
      // The host remembered the wider sheet: read in sync 1, write in sync 2.
      expect(excel.sync).toHaveBeenCalledTimes(2);
      expect(excel.calls("delete").map((op) => op.target)).toEqual(["name:_kaw_ratios"]);
      expect([3, 4, 13].map((row) => ["M", "S"].map((col) => excel.cell(sheet, `${col}${row}`)))).toEqual(
        afterFirst,
      );
    });

    it("outside a job run, looks the name up first (one extra sync)", async () => {
      const seed: SheetSeed = {
        name: sheet,
        rows: financeRows(10),
        names: [{ name: "_kaw_ratios", formula: `=${sheet}!$M$3:$S$13` }],
      };
      const excel = new MockExcel([seed]);
      await new ExcelWorkbook(excel.runner).apply({ changes: [ratioBlock(sheet, 10)] });
      expect(excel.sync).toHaveBeenCalledTimes(2);
      expect(excel.calls("delete")).toHaveLength(1);
      expect(excel.calls("add")).toHaveLength(1);
    });
  });

  describe("tables", () => {
    const seed = (address: string): SheetSeed => ({
      name: sheet,
      rows: financeRows(10),
      tables: [{ name: "客户表", address, showTotals: false }],
    });
    const block = ratioBlock(sheet, 10, { table: "客户表" });

    it("on ExcelApi 1.13 resizes the table over the new columns, then writes them", async () => {
      const isSetSupported = supportExcelApi113(true);
      const excel = new MockExcel([seed("A3:L13")]);
      await runBlock(excel, block);
      expect(isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.13");
      expect(excel.calls("resize")).toEqual([
        { kind: "call", target: "table:客户表", name: "resize", args: [`${sheet}!A3:S13`] },
      ]);
      expect(excel.calls("columns.add")).toEqual([]);
      const resizeAt = excel.log.findIndex((op) => op.name === "resize");
      expect(
        excel.log.findIndex((op) => op.kind === "set" && op.target === `${sheet}!M3:S3`),
      ).toBeGreaterThan(resizeAt);
      expect(excel.cell(sheet, "M4")).toEqual({ value: 1.5, numberFormat: "0.00" });
    });

    it("before 1.13 adds one table column per new column, named by its header", async () => {
      supportExcelApi113(false);
      const excel = new MockExcel([seed("A3:L13")]);
      await runBlock(excel, block);
      expect(excel.calls("resize")).toEqual([]);
      expect(excel.calls("columns.add").map((op) => op.args)).toEqual(
        block.columns.map((c) => [undefined, undefined, c.header]),
      );
      expect(excel.cell(sheet, "S13")).toEqual({ value: "'k", numberFormat: "@" });
    });

    it("on a rerun the columns are inside the table already: just writes", async () => {
      const isSetSupported = supportExcelApi113(true);
      const excel = new MockExcel([seed("A3:S13")]);
      await runBlock(excel, block);
      expect(excel.calls("resize")).toEqual([]);
      expect(excel.calls("columns.add")).toEqual([]);
      expect(isSetSupported).not.toHaveBeenCalledWith("ExcelApi", "1.13");
      expect(excel.cell(sheet, "N4")).toEqual({ value: 0.25, numberFormat: "0.00" });
    });
  });

  describe("chunking", () => {
    it("splits the write by rows when a sync would pass maxPayloadBytes and reports progress after each chunk", async () => {
      // A row costs 76 bytes; a budget of 2 + 4 × 76 = 306 holds 4 rows: 10 rows → syncs of 4, 4, 2.
      const excel = new MockExcel([{ name: sheet, rows: financeRows(10) }]);
      const progress: number[] = [];
      await runBlock(excel, ratioBlock(sheet, 10), { maxPayloadBytes: 306 }, (f) => progress.push(f));
      expect(progress).toEqual([0.4, 0.8, 1]);
      expect(excel.calls("suspendApiCalculationUntilNextSync")).toHaveLength(3);
      const dataSets = excel.log.filter(
        (op) => op.kind === "set" && op.target.startsWith(`${sheet}!M`) && op.target !== `${sheet}!M3:S3`,
      );
      expect(dataSets.map((op) => `${op.target} ${op.name}`)).toEqual([
        `${sheet}!M4:S7 numberFormat`,
        `${sheet}!M4:S7 values`,
        `${sheet}!M8:S11 numberFormat`,
        `${sheet}!M8:S11 values`,
        `${sheet}!M12:S13 numberFormat`,
        `${sheet}!M12:S13 values`,
      ]);
      const payloads = [0, 2, 4].map(
        (i) => JSON.stringify(dataSets[i]?.args[0]).length + JSON.stringify(dataSets[i + 1]?.args[0]).length,
      );
      expect(payloads).toEqual([306, 306, 154]); // 2 + 4 × 76, 2 + 4 × 76, 2 + 2 × 76
      expect(excel.cell(sheet, "S13")).toEqual({ value: "'k", numberFormat: "@" });
      expect(excel.runs).toBe(1);
    });

    it("sends a sync Excel refuses for its size again with half the rows, then the rest: every row once", async () => {
      // Budget 30 000: syncs of 394, 394 and 212 rows (2 + 394 × 76 = 29 946). Excel (the mock) takes 29 000 at
      // most: sync 1 with the header row ([[…]], 127 bytes: seven headers behind an apostrophe) is 30 073 bytes, sync 2 29 946, both refused; their
      // halves of 197 rows (15 101 and 14 974 bytes) pass, then the other halves; the last 212 rows (16 114) at once.
      const excel = new MockExcel([{ name: sheet, rows: financeRows(1000) }]);
      excel.payloadLimitBytes = 29_000;
      const progress: number[] = [];
      await runBlock(excel, ratioBlock(sheet, 1000), { maxPayloadBytes: 30_000 }, (f) => progress.push(f));
      const writes = excel.payloads.filter((p) => p.request > 0);
      expect(writes.map((p) => [p.request, p.refused])).toEqual([
        [30_073, true],
        [15_101, false],
        [14_974, false],
        [29_946, true],
        [14_974, false],
        [14_974, false],
        [16_114, false],
      ]);
      expect(progress).toEqual([0.197, 0.394, 0.591, 0.788, 1]);
      // Only what Excel took was applied: the data rows 4..1003 exactly once each, in ranges that meet end to end.
      const ranges = excel.writes
        .filter((w) => w.prop === "values" && w.top >= 3 && w.left === 12)
        .map((w) => [w.top + 1, w.top + w.value.length]);
      expect(ranges).toEqual([
        [4, 200],
        [201, 397],
        [398, 594],
        [595, 791],
        [792, 1003],
      ]);
      expect(excel.cell(sheet, "M3").value).toBe("'流动比率"); // the setup went with the retried first half
      expect(excel.cell(sheet, "S1003")).toEqual({ value: "'k", numberFormat: "@" });
      expect(excel.calls("add")).toHaveLength(2); // queued with the refused sync and again with its half
    });

    it("reports progress 1 once when everything fits one sync", async () => {
      const excel = new MockExcel([{ name: sheet, rows: financeRows(10) }]);
      const progress: number[] = [];
      await runBlock(excel, ratioBlock(sheet, 10), {}, (f) => progress.push(f));
      expect(progress).toEqual([1]);
    });
  });

  describe("failures", () => {
    it("wraps a failed write sync in ExcelHostError excel.writeFailed with Excel's error as cause", async () => {
      const excel = new MockExcel([{ name: sheet, rows: financeRows(10) }]);
      excel.failOnSync = 2;
      const failure = runBlock(excel, ratioBlock(sheet, 10));
      await expect(failure).rejects.toBeInstanceOf(ExcelHostError);
      await expect(failure).rejects.toMatchObject({
        code: "excel.writeFailed",
        cause: { code: "InvalidArgument" },
      });
    });

    it("wraps a failed read in excel.readFailed", async () => {
      const excel = new MockExcel([{ name: sheet, rows: financeRows(10) }]);
      excel.failOnSync = 1;
      await expect(runBlock(excel, ratioBlock(sheet, 10))).rejects.toMatchObject({
        code: "excel.readFailed",
        cause: { code: "InvalidArgument" },
      });
    });

    it("refuses to write into a protected sheet, naming it, before anything is queued", async () => {
      const excel = new MockExcel([{ name: sheet, rows: financeRows(10), protected: true }]);
      await expect(runBlock(excel, ratioBlock(sheet, 10))).rejects.toMatchObject({
        name: "ExcelHostError",
        code: "excel.sheetProtected",
        params: { sheet },
      });
      expect(excel.sync).toHaveBeenCalledTimes(1); // the read, with the protection; no write sync
      expect(excel.log.filter((op) => op.kind === "set")).toEqual([]);
      expect(excel.calls("suspendApiCalculationUntilNextSync")).toEqual([]);
    });

    it("outside a job run, learns the protection in the sync that looks up the ownership name", async () => {
      const excel = new MockExcel([{ name: sheet, rows: financeRows(10), protected: true }]);
      await expect(
        new ExcelWorkbook(excel.runner).apply({ changes: [ratioBlock(sheet, 10)] }),
      ).rejects.toMatchObject({ code: "excel.sheetProtected" });
      expect(excel.sync).toHaveBeenCalledTimes(1);
      expect(excel.writes).toEqual([]);
    });

    it("refuses a table block that does not touch its table", async () => {
      supportExcelApi113(true);
      const excel = new MockExcel([
        {
          name: sheet,
          rows: financeRows(10),
          tables: [{ name: "客户表", address: "A3:J13", showTotals: false }],
        },
      ]);
      await expect(runBlock(excel, ratioBlock(sheet, 10, { table: "客户表" }))).rejects.toMatchObject({
        code: "excel.tableNotAdjacent",
      });
      expect(excel.calls("resize")).toEqual([]);
    });

    it("lets a job's own exception through unchanged and writes nothing", async () => {
      const excel = new MockExcel([{ name: sheet, rows: financeRows(10) }]);
      const bug = new RangeError("planner bug");
      const run = new ExcelWorkbook(excel.runner).runJob(sheet, () => {
        throw bug;
      });
      await expect(run).rejects.toBe(bug);
      expect(excel.writes).toEqual([]);
    });

    it("writes nothing when the plan has no edit (a refusal) and returns its result", async () => {
      const excel = new MockExcel([{ name: sheet, rows: financeRows(10) }]);
      const result = await new ExcelWorkbook(excel.runner).runJob(sheet, () => ({
        edit: null,
        result: "refused",
      }));
      expect(result).toBe("refused");
      expect(excel.sync).toHaveBeenCalledTimes(1);
      expect(excel.writes).toEqual([]);
    });
  });
});
