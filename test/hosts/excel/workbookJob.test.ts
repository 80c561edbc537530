import { ExcelWorkbook } from "../../../src/hosts/excel/excelWorkbook";
import type { Edit } from "../../../src/plan/edits";
import type { WorkbookSnapshot } from "../../../src/plan/workbookSnapshot";
import { financeRows } from "./financeSheet";
import type { SheetSeed } from "./mockExcel";
import { MockExcel } from "./mockExcel";

const source = "财务数据";
const settings = "Settings";
const forecast = "Forecast";
const notes = "Notes";

/** The source, a settings sheet, a hidden sheet a job generated, a protected sheet, then `extra` empty sheets. */
function seeds(extra = 0): SheetSeed[] {
  return [
    { name: source, rows: financeRows(10) },
    { name: settings, rows: [["Growth", 0.05]] },
    {
      name: forecast,
      visibility: "Hidden",
      rows: [["Month", "Actual"]],
      names: [
        { name: "_kaw_forecast", formula: "='Forecast'!$A$1:$K$9", comment: "kaw sheet fp=f0reca57" },
        { name: "_kaw_notes", formula: "='Forecast'!$M$1:$M$2", comment: "kaw fp=0badf00d" },
      ],
    },
    { name: notes, rows: [["typed"]], protected: true },
    ...Array.from({ length: extra }, (_, i): SheetSeed => ({ name: `Extra ${i + 1}`, rows: [] })),
  ];
}

/** Two cells on Settings and the run's ownership record: one names lookup, one write. */
const edit: readonly Edit[] = [
  { kind: "cells", sheet: settings, at: "A3", rows: [["Rate", 0.07]] },
  { kind: "own", job: "growth", sheet: settings, range: "A3:B3", fingerprint: "12345678" },
];

async function run(excel: MockExcel, reads: readonly string[], changes: readonly Edit[] = edit) {
  let seen: WorkbookSnapshot | null = null;
  const result = await new ExcelWorkbook(excel.runner, { isSetSupported: () => true }).runWorkbookJob(
    reads,
    (workbook) => {
      seen = workbook;
      return { edit: { changes }, result: "done" };
    },
  );
  if (seen === null) throw new Error("the plan never ran");
  return { result, seen: seen as WorkbookSnapshot };
}

describe("ExcelWorkbook.runWorkbookJob", () => {
  it("hands the plan every sheet's name in tab order, the sheets read and the generated sheets, then writes", async () => {
    const excel = new MockExcel(seeds());
    const { result, seen } = await run(excel, [source, settings]);
    expect(result).toBe("done");
    expect(seen.sheetNames).toEqual([source, settings, forecast, notes]); // the hidden one too
    expect([...seen.sheets.keys()]).toEqual([source, settings]);
    expect(seen.sheets.get(settings)?.grid.values).toEqual([["Growth", 0.05]]);
    expect(seen.sheets.get(source)?.grid.values[3]?.[0]).toBe("客户1");
    // Only the record whose comment says "sheet" makes a generated sheet; the other is a range.
    expect(seen.generated).toEqual([{ job: "forecast", sheet: forecast, fingerprint: "f0reca57" }]);
    expect(excel.cell(settings, "A3").value).toBeUndefined(); // written through Range.formulas, not values
    expect(excel.calls("add").map((op) => op.args)).toEqual([
      ["_kaw_growth", "='Settings'!$A$3:$B$3", "kaw fp=12345678"],
    ]);
    expect(excel.runs).toBe(1);
  });

  it("takes 4 syncs for two sheets read and one edit written, however many other sheets there are", async () => {
    for (const extra of [0, 30]) {
      const excel = new MockExcel(seeds(extra));
      await run(excel, [source, settings]);
      // 1: the source's read, with the sheet list; 2: Settings' read, with every other sheet's names and protection;
      // 3: the names the edit defines (_kaw_growth); 4: the write.
      expect([extra, excel.sync.mock.calls.length]).toEqual([extra, 4]);
      const loads = (n: number): unknown[] =>
        excel.batch(n).flatMap((op) => (op.name === "load" ? [op.target] : []));
      expect(loads(1)).toEqual(["worksheets", `${source}|names`, `${source}|tables`]);
      expect(loads(2)).toEqual([
        `${forecast}|names`,
        `${notes}|names`,
        ...Array.from({ length: extra }, (_, i) => `Extra ${i + 1}|names`),
        `${settings}|names`,
        `${settings}|tables`,
      ]);
    }
  });

  it("takes one sync more for the other sheets' records with one sheet read, two with none", async () => {
    const one = new MockExcel(seeds());
    await run(one, [settings]);
    expect(one.sync).toHaveBeenCalledTimes(2 + 2);
    const none = new MockExcel(seeds());
    const { seen } = await run(none, [], []);
    expect(none.sync).toHaveBeenCalledTimes(2); // nothing written
    expect(seen.generated).toEqual([{ job: "forecast", sheet: forecast, fingerprint: "f0reca57" }]);
  });

  it("records what a run generated so that the next run finds it", async () => {
    const excel = new MockExcel(seeds());
    const own: Edit = {
      kind: "own",
      job: "summary",
      sheet: settings,
      range: "A1:B1",
      whole: true,
      fingerprint: "aa",
    };
    await run(excel, [source], [own]);
    const { seen } = await run(excel, [source]);
    expect(seen.generated).toEqual([
      { job: "summary", sheet: settings, fingerprint: "aa" },
      { job: "forecast", sheet: forecast, fingerprint: "f0reca57" },
    ]);
  });

  it("refuses an edit on a protected sheet it did not read, with no sync of its own and nothing written", async () => {
    const excel = new MockExcel(seeds());
    const onNotes: Edit[] = [{ kind: "cells", sheet: notes, at: "B1", rows: [[1]] }];
    await expect(run(excel, [source, settings], onNotes)).rejects.toMatchObject({
      code: "excel.sheetProtected",
      params: { sheet: notes },
    });
    expect(excel.sync).toHaveBeenCalledTimes(2); // the two reads: the protection came with them
    expect(excel.log.filter((op) => op.kind === "set")).toEqual([]);
  });

  it("passes the plan's own exception through as it is, writing nothing", async () => {
    const excel = new MockExcel(seeds());
    const bug = new RangeError("the plan broke");
    const host = new ExcelWorkbook(excel.runner, { isSetSupported: () => true });
    await expect(
      host.runWorkbookJob([source], () => {
        throw bug;
      }),
    ).rejects.toBe(bug);
    expect(excel.log.filter((op) => op.kind === "set")).toEqual([]);
  });
});

describe("ExcelWorkbook.runWorkbookJob with generatedBy", () => {
  it("also reads the sheets the job generated, with their formula cells, one read each", async () => {
    const excel = new MockExcel([
      { name: source, rows: financeRows(2) },
      {
        name: "Q1",
        rows: [
          ["Month", "Total"],
          ["Jan", 30],
          ["Feb", 60],
        ],
        formulas: { B2: "=10*3", B3: "=B2*2" },
        names: [{ name: "_kaw_summary.q1", formula: "='Q1'!$A$1:$B$3", comment: "kaw sheet fp=1" }],
      },
      {
        name: "Other job",
        rows: [["x"]],
        names: [{ name: "_kaw_forecast", formula: "='Other job'!$A$1", comment: "kaw sheet" }],
      },
    ]);
    const host = new ExcelWorkbook(excel.runner, { isSetSupported: () => true });
    let seen: WorkbookSnapshot | null = null;
    await host.runWorkbookJob(
      [source],
      (workbook) => {
        seen = workbook;
        return { edit: null, result: null };
      },
      undefined,
      { generatedBy: "summary" },
    );
    const workbook = seen as WorkbookSnapshot | null;
    expect([...(workbook?.sheets.keys() ?? [])]).toEqual([source, "Q1"]);
    const q1 = workbook?.sheets.get("Q1");
    expect(q1?.grid.values).toEqual([
      ["Month", "Total"],
      ["Jan", 30],
      ["Feb", 60],
    ]);
    expect(q1?.formulaCells).toEqual(["2,2", "3,2"]);
    // The source's read (with the list), the other sheets' records, Q1's read: nothing written.
    expect(excel.sync).toHaveBeenCalledTimes(3);
  });
});
