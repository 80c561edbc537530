/**
 * The scores job run twice in Excel on one MockJobWorkbook, which carries the first run's cells, sheets and names
 * into the second: the rerun sees its owned blocks and generated sheets, rewrites the blocks in place, reads the
 * Settings sheet instead of creating it, and writes the segments sheet again where it was.
 */
import type { Op } from "./mockExcel";
import { MockJobWorkbook } from "./mockJobWorkbook";
import type { ScoresRun } from "./scoresRows";
import { customerSeed, customerSheet, runScores } from "./scoresRows";

const settingsSheet = "参数设置";
const segmentsSheet = "客户分类";

describe("the scores job run again in Excel", () => {
  let mock: MockJobWorkbook;
  let first: ScoresRun;
  let second: ScoresRun;
  let rerunLog: Op[];
  beforeAll(async () => {
    mock = new MockJobWorkbook([customerSeed()]);
    first = await runScores(mock);
    const from = mock.log.length;
    second = await runScores(mock);
    rerunLog = mock.log.slice(from);
  });
  const calls = (name: string): unknown[][] =>
    rerunLog.filter((op) => op.kind === "call" && op.name === name).map((op) => [op.target, ...op.args]);

  it("sees the owned blocks and both generated sheets, and reads the generated sheets", () => {
    const workbook = second.seen[0]?.workbook;
    expect(workbook?.sheets.get(customerSheet)?.owned.map((block) => [block.job, block.rect])).toEqual([
      ["ratios", { top: 1, left: 16, bottom: 6, right: 22 }],
      ["scores", { top: 1, left: 23, bottom: 6, right: 31 }],
    ]);
    expect(workbook?.generated.map((sheet) => [sheet.job, sheet.sheet])).toEqual([
      ["scores.settings", settingsSheet],
      ["scores.segments", segmentsSheet],
    ]);
    expect([...(workbook?.sheets.keys() ?? [])]).toEqual([customerSheet, settingsSheet, segmentsSheet]);
    expect(workbook?.sheets.get(settingsSheet)?.grid.values[2]?.[2]).toBe(0.25); // health.currentRatio
  });

  it("rewrites both column blocks in place, replacing their ownership names", () => {
    expect(second.report.ratios.firstColumn).toBe(16);
    expect(second.report.firstColumn).toBe(23);
    expect(calls("delete").slice(0, 2)).toEqual([["name:_kaw_ratios"], ["name:_kaw_scores"]]);
    expect(calls("add").filter(([label]) => label === `${customerSheet}.names`)).toEqual([
      [`${customerSheet}.names`, "_kaw_ratios", `='${customerSheet}'!$P$1:$V$6`],
      [`${customerSheet}.names`, "_kaw_scores", `='${customerSheet}'!$W$1:$AE$6`],
    ]);
    const blocks = (run: ScoresRun): unknown[] =>
      run.edit.changes.filter((edit) => edit.kind === "columnBlock");
    expect(blocks(second)).toEqual(blocks(first));
  });

  it("replaces its conditional formats: the same seven ranges cleared, the same nine formats added", () => {
    expect(calls("clearAll")).toHaveLength(7);
    expect(calls("add").filter(([label]) => String(label).endsWith(".conditionalFormats"))).toHaveLength(9);
  });

  it("reads the Settings sheet and leaves it alone", () => {
    expect(second.report.settingsCreated).toBe(false);
    expect(second.edit.changes.filter((edit) => "sheet" in edit && edit.sheet === settingsSheet)).toEqual([]);
    // Only loads touch it: its names and protection with the other sheets', then its read (with formulas).
    const touched = rerunLog.filter((op) => op.kind !== "sync" && op.target.startsWith(settingsSheet));
    expect(new Set(touched.map((op) => `${op.kind} ${op.name}`))).toEqual(
      new Set(["call load", "call getUsedRangeOrNullObject"]),
    );
  });

  it("deletes the segments sheet and creates it again at the same tab position", () => {
    const sheetOps = rerunLog
      .filter(
        (op) =>
          (op.target === segmentsSheet && op.name !== "getUsedRangeOrNullObject") ||
          op.target === "worksheets",
      )
      .filter((op) => op.name !== "load")
      .map((op) => [op.kind, op.target, op.name, ...op.args]);
    expect(sheetOps).toEqual([
      ["call", segmentsSheet, "delete"],
      ["call", "worksheets", "add", segmentsSheet],
      ["set", segmentsSheet, "position", 2],
      ["set", segmentsSheet, "tabColor", "#2E75B6"],
    ]);
    expect(mock.sheetNames()).toEqual([customerSheet, settingsSheet, segmentsSheet]);
    expect(calls("add").filter(([label]) => label === `${segmentsSheet}.charts`)).toHaveLength(2);
    expect(calls("add").filter(([label]) => label === `${segmentsSheet}.names`)).toEqual([
      [
        `${segmentsSheet}.names`,
        "_kaw_scores.segments",
        `='${segmentsSheet}'!$A$1:$F$16`,
        expect.stringMatching(/^kaw sheet fp=/),
      ],
    ]);
  });

  it("takes 6 syncs", () => {
    // 1: the read of 客户 with the sheet list; 2: the other sheets' names and protection (one sheet read, two more
    // sheets); 3, 4: the generated sheets read with their formulas, one small read each; no names lookup (the one
    // name the list adds is on the sheet it creates again; the blocks' records come from the read); 5: the two
    // column blocks; 6: the other edits (conditional formats and the segments sheet).
    expect(second.syncs).toBe(6);
  });
});
