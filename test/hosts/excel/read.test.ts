import { OfficeMockObject } from "office-addin-mock";
import type { CellValue } from "../../../src/domain/types";
import { defaultRunner, ExcelWorkbook } from "../../../src/hosts/excel/excelWorkbook";
import { financeRows, sourceHeaders } from "./financeSheet";
import { MockExcel } from "./mockExcel";

const sheet = "财务数据";

describe("ExcelWorkbook reading a sheet", () => {
  it("returns the used cells as Excel gives them, with the used range's corner as top/left", async () => {
    const rows = financeRows(3);
    rows[4] = ["客户2", "KA1001", "#N/A", 800, "", 4600, 9000, 7200, true, 1500, 900, ""];
    const excel = new MockExcel([{ name: sheet, rows }]);
    const snapshot = await new ExcelWorkbook(excel.runner).read(sheet);

    expect(snapshot.grid).toMatchObject({ sheet, top: 0, left: 0 });
    expect(snapshot.grid.values).toHaveLength(6);
    expect(snapshot.grid.values[0]?.[0]).toBe("2024年度大客户财务数据");
    expect(snapshot.grid.values[1]?.[0]).toBe("单位：万元");
    expect(snapshot.grid.values[2]).toEqual(sourceHeaders);
    expect(snapshot.grid.values[4]).toEqual([
      "客户2",
      "KA1001",
      "#N/A",
      800,
      "",
      4600,
      9000,
      7200,
      true,
      1500,
      900,
      "",
    ]);
    expect(excel.calls("getUsedRangeOrNullObject")[0]?.args).toEqual([true]);
    // One sync: the used range, and the values of the sample a sheet never read brings (100 rows × 64 columns).
    expect(excel.sync).toHaveBeenCalledTimes(1);
  });

  it("reports a used range that starts below and right of A1 by its 0-based corner", async () => {
    // Two empty rows and one empty column before the table: used range B3:D4 → top 2, left 1.
    const rows: CellValue[][] = [
      [],
      [],
      ["", "客户名称", "流动资产合计", "流动负债合计"],
      ["", "甲公司", 1200, 800],
    ];
    const excel = new MockExcel([{ name: sheet, rows }]);
    const snapshot = await new ExcelWorkbook(excel.runner).read(sheet);
    expect(snapshot.grid).toEqual({
      sheet,
      top: 2,
      left: 1,
      values: [
        ["客户名称", "流动资产合计", "流动负债合计"],
        ["甲公司", 1200, 800],
      ],
    });
  });

  it("returns an empty grid for an empty sheet after one sync", async () => {
    const excel = new MockExcel([{ name: sheet, rows: [] }]);
    const snapshot = await new ExcelWorkbook(excel.runner).read(sheet);
    expect(snapshot).toEqual({
      grid: { sheet, top: 0, left: 0, values: [] },
      owned: [],
      tables: [],
      protected: false,
    });
    expect(excel.sync).toHaveBeenCalledTimes(1);
  });

  it("parses the sheet's _kaw_<job> names into owned blocks (1-based) with their comments, ignoring other names", async () => {
    const names = [
      { name: "_kaw_ratios", formula: "=财务数据!$H$3:$N$43", comment: "kaw fp=1a2b3c4d" },
      { name: "税率", formula: "=财务数据!$B$1" },
      { name: "_kaw_scores", formula: "=#REF!" }, // its cells were deleted: nothing owned any more
      { name: "_kaw_forecast", formula: "='预测 2025'!$A$1", comment: "kaw sheet fp=9f3a" },
      { name: "_kaw_notes", formula: "=财务数据!$B$2", comment: "typed by hand" }, // not ours: a plain range
    ];
    const excel = new MockExcel([{ name: sheet, rows: financeRows(3), names }]);
    const snapshot = await new ExcelWorkbook(excel.runner).read(sheet);
    // $H$3:$N$43 → rows 3..43, columns H = 8 .. N = 14.
    expect(snapshot.owned).toEqual([
      { job: "ratios", rect: { top: 3, left: 8, bottom: 43, right: 14 }, fingerprint: "1a2b3c4d" },
      { job: "forecast", rect: { top: 1, left: 1, bottom: 1, right: 1 }, whole: true, fingerprint: "9f3a" },
      { job: "notes", rect: { top: 2, left: 2, bottom: 2, right: 2 } },
    ]);
    expect(excel.calls("load").find((op) => op.target === `${sheet}|names`)?.args).toEqual([
      "items/name,items/formula,items/comment",
    ]);
  });

  it("reads the sheet's tables with their ranges and totals flags", async () => {
    const tables = [{ name: "客户表", address: "A3:L6", showTotals: true }];
    const excel = new MockExcel([{ name: sheet, rows: financeRows(3), tables }]);
    const snapshot = await new ExcelWorkbook(excel.runner).read(sheet);
    expect(snapshot.tables).toEqual([
      { name: "客户表", rect: { top: 3, left: 1, bottom: 6, right: 12 }, hasTotalsRow: true },
    ]);
    expect(excel.sync).toHaveBeenCalledTimes(2); // sync 1 brought every value: the table's range needs its own
  });

  describe("dimension hint", () => {
    it("with the last-known dimensions, reads everything in one sync", async () => {
      const excel = new MockExcel([{ name: sheet, rows: financeRows(10) }]);
      const host = new ExcelWorkbook(excel.runner);
      await host.read(sheet);
      excel.sync.mockClear();
      const snapshot = await host.read(sheet);
      expect(excel.sync).toHaveBeenCalledTimes(1);
      expect(snapshot.grid.values).toHaveLength(13);
      expect(snapshot.grid.values[12]?.[0]).toBe("客户10");
    });

    it("reads the rest when the used range grew since", async () => {
      const rows = financeRows(10);
      const excel = new MockExcel([{ name: sheet, rows }]);
      const host = new ExcelWorkbook(excel.runner);
      await host.read(sheet);
      rows.push(...financeRows(17).slice(13)); // customers 11..17 appended: rows 14..20
      excel.sync.mockClear();
      const snapshot = await host.read(sheet);
      expect(excel.sync).toHaveBeenCalledTimes(2); // the hinted 13 rows, then rows 14..20
      expect(snapshot.grid.values.map((row) => row[0])).toEqual(rows.map((row) => row[0]));
    });

    it("cuts the used range out of the hinted window when the sheet shrank inside it", async () => {
      const rows = financeRows(4);
      const excel = new MockExcel([{ name: sheet, rows }]);
      const host = new ExcelWorkbook(excel.runner);
      await host.read(sheet);
      rows.splice(0, 3, [], [], []); // heading rows cleared: the used range is now A4:L7, inside the hinted A1:L7
      excel.sync.mockClear();
      const snapshot = await host.read(sheet);
      expect(excel.sync).toHaveBeenCalledTimes(1);
      expect(snapshot.grid.top).toBe(3);
      expect(snapshot.grid.values.map((row) => row[0])).toEqual(["客户1", "客户2", "客户3", "客户4"]);
    });

    it("reads again in full when the used range grew sideways", async () => {
      const rows = financeRows(4);
      const excel = new MockExcel([{ name: sheet, rows }]);
      const host = new ExcelWorkbook(excel.runner);
      await host.read(sheet);
      rows[2] = [...(rows[2] ?? []), "联系人"]; // a 13th column (M) appeared: the hinted A1:L7 misses it
      excel.sync.mockClear();
      const snapshot = await host.read(sheet);
      expect(excel.sync).toHaveBeenCalledTimes(2);
      expect(snapshot.grid.values[2]?.[12]).toBe("联系人");
      expect(snapshot.grid.values[6]).toEqual([...(rows[6] ?? []), ""]);
    });
  });

  it("reads in row chunks of at most maxCellsPerRead cells", async () => {
    // 24 cells per read over 12 columns → 2 rows per sync: 13 rows → 7 value syncs after the first.
    const excel = new MockExcel([{ name: sheet, rows: financeRows(10) }]);
    const snapshot = await new ExcelWorkbook(excel.runner, { maxCellsPerRead: 24 }).read(sheet);
    expect(excel.sync).toHaveBeenCalledTimes(8);
    expect(snapshot.grid.values).toEqual(financeRows(10));
  });

  describe("payload size", () => {
    /** `rows` rows of a customer name and a note of `noteChars` CJK characters (3 bytes each in UTF-8). */
    const notes = (rows: number, noteChars: (row: number) => number): CellValue[][] =>
      Array.from({ length: rows }, (_, r) => [`客户${r + 1}`, "备".repeat(noteChars(r))]);

    it("sizes the first read of a sheet with long CJK text from a sample, every sync under the limit", async () => {
      // 1 000 rows of a 200-character note: a row's JSON is about 612 bytes, 612 000 for the sheet. At the blind
      // 48 bytes per cell one sync would take all 1 000 rows (400 000 / 48 = 8 333 cells) and Excel would refuse it.
      const rows = notes(1000, () => 200);
      const excel = new MockExcel([{ name: sheet, rows }]);
      excel.payloadLimitBytes = 400_000;
      const snapshot = await new ExcelWorkbook(excel.runner, { maxPayloadBytes: 400_000 }).read(sheet);
      expect(snapshot.grid.values).toEqual(rows);
      expect(excel.payloads.filter((p) => p.refused)).toEqual([]);
      expect(Math.max(...excel.payloads.map((p) => p.response))).toBeLessThanOrEqual(400_000);
      // The sample (100 rows), then chunks sized from ~306 bytes per cell doubled: 900 rows need more than 1 sync.
      expect(excel.sync.mock.calls.length).toBeGreaterThan(2);
    });

    it("reads a chunk Excel refuses for its size again with half the rows, and gets every row", async () => {
      // The sample's 100 rows are short (a 1-character note), so the rest is sized for ~18 bytes per cell: its 300
      // rows of 2 000-character notes (~6 015 bytes each, 1.8 MB) go as one chunk; Excel refuses 300, 150 and 75
      // rows (451 000 bytes > 400 000) and takes 37 (222 000); later chunks are sized from those 37 rows.
      const rows = notes(400, (r) => (r < 100 ? 1 : 2000));
      const excel = new MockExcel([{ name: sheet, rows }]);
      excel.payloadLimitBytes = 400_000;
      const snapshot = await new ExcelWorkbook(excel.runner, { maxPayloadBytes: 400_000 }).read(sheet);
      expect(snapshot.grid.values).toEqual(rows);
      expect(excel.payloads.slice(0, 5).map((p) => p.refused)).toEqual([false, true, true, true, false]);
      expect(excel.payloads[4]?.response).toBeGreaterThan(37 * 6_000);
      expect(excel.payloads.slice(5).every((p) => !p.refused && p.response <= 400_000)).toBe(true);
    });

    it("with a hint, sends sync 1 again with half the rows when the sheet grew heavier since", async () => {
      // Remembered: 300 rows at ~18 bytes per cell, so sync 1 loads all 300. Now each holds a 1 000-character note
      // (~3 015 bytes): Excel refuses 300, 150 and 75 rows (226 000 > 200 000), takes 37 with the used range.
      const rows = notes(300, () => 1);
      const excel = new MockExcel([{ name: sheet, rows }]);
      excel.payloadLimitBytes = 200_000;
      const host = new ExcelWorkbook(excel.runner, { maxPayloadBytes: 200_000 });
      await host.read(sheet);
      rows.forEach((row) => (row[1] = "备".repeat(1000)));
      excel.payloads.length = 0;
      const snapshot = await host.read(sheet);
      expect(snapshot.grid.values).toEqual(rows);
      expect(excel.payloads.slice(0, 4).map((p) => p.refused)).toEqual([true, true, true, false]);
      expect(excel.payloads.slice(4).every((p) => !p.refused && p.response <= 200_000)).toBe(true);
    });

    it("fails with excel.payloadTooLarge when a single row is over the limit", async () => {
      const excel = new MockExcel([{ name: sheet, rows: notes(3, () => 1000) }]);
      excel.payloadLimitBytes = 2_000; // one row is ~3 000 bytes
      await expect(new ExcelWorkbook(excel.runner).read(sheet)).rejects.toMatchObject({
        name: "ExcelHostError",
        code: "excel.payloadTooLarge",
        cause: { code: "ResponsePayloadSizeLimitExceeded" },
      });
    });
  });

  describe("protection", () => {
    it("reports a protected sheet in the snapshot, loaded in the same first sync", async () => {
      const excel = new MockExcel([{ name: sheet, rows: financeRows(3), protected: true }]);
      const snapshot = await new ExcelWorkbook(excel.runner).read(sheet);
      expect(snapshot.protected).toBe(true);
      expect(excel.sync).toHaveBeenCalledTimes(1);
    });

    it("reports an unprotected sheet as not protected", async () => {
      const excel = new MockExcel([{ name: sheet, rows: financeRows(3) }]);
      expect((await new ExcelWorkbook(excel.runner).read(sheet)).protected).toBe(false);
    });
  });

  it("wraps a missing sheet in ExcelHostError excel.readFailed with Excel's error as cause", async () => {
    const excel = new MockExcel([{ name: sheet, rows: financeRows(1) }]);
    await expect(new ExcelWorkbook(excel.runner).read("没有的表")).rejects.toMatchObject({
      name: "ExcelHostError",
      code: "excel.readFailed",
      cause: { code: "ItemNotFound" },
    });
  });
});

describe("ExcelWorkbook sheets and selection", () => {
  const seeds = [
    { name: "封面", rows: [["大客户开发"]] },
    { name: "设置", rows: [], visibility: "VeryHidden" as const },
    { name: sheet, rows: financeRows(1) },
    { name: "旧数据", rows: [], visibility: "Hidden" as const },
  ];

  it("lists the visible sheets in tab order", async () => {
    const excel = new MockExcel(seeds);
    expect(await new ExcelWorkbook(excel.runner).listSheets()).toEqual(["封面", sheet]);
    expect(excel.calls("load")[0]?.args).toEqual(["items/name,items/visibility"]);
  });

  it("names the active sheet", async () => {
    const excel = new MockExcel(seeds, sheet);
    expect(await new ExcelWorkbook(excel.runner).activeSheet()).toBe(sheet);
  });

  it("activates the sheet and selects the cell in one run and one sync", async () => {
    const excel = new MockExcel(seeds);
    await new ExcelWorkbook(excel.runner).select(sheet, "F17");
    expect(excel.calls("activate").map((op) => op.target)).toEqual([sheet]);
    expect(excel.calls("select").map((op) => op.target)).toEqual([`${sheet}!F17:F17`]);
    expect(excel.runs).toBe(1);
    expect(excel.sync).toHaveBeenCalledTimes(1);
  });
});

describe("defaultRunner", () => {
  it("runs the batch with Excel.run and delayForCellEdit: true", async () => {
    const context = new OfficeMockObject({ workbook: {} });
    const run = jest.fn((_options: unknown, batch: (context: unknown) => Promise<unknown>) => batch(context));
    Object.assign(globalThis, { Excel: { run } });
    const result = await defaultRunner(() => Promise.resolve(42));
    expect(result).toBe(42);
    expect(run).toHaveBeenCalledWith({ delayForCellEdit: true }, expect.any(Function));
  });
});
