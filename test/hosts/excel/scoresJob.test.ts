/**
 * The scores job through the Excel host: `runRegisteredJob(new ExcelWorkbook(...), scoresJob, ...)` on MockJobWorkbook
 * (MockExcel's reads with the edit-list objects) seeded with the customer rows of test/jobs/scores.test.ts, whose
 * header comment works out every score by hand. One edit list mixes the ratio and score column blocks, conditional
 * formats with `replace`, the Settings sheet and the Customer segments sheet; this checks what Office.js was sent.
 */
import { MockJobWorkbook } from "./mockJobWorkbook";
import type { ScoresRun } from "./scoresRows";
import { customerSeed, customerSheet, expectedScores, runScores, scoreHeaders } from "./scoresRows";

const settingsSheet = "参数设置";
const segmentsSheet = "客户分类";
const scoreColumns = ["W", "X", "Y", "Z", "AA", "AB", "AC", "AD", "AE"];

/** A sent value as the cell shows it: text without its apostrophe, numbers to 6 places, empty as undefined. */
const shown = (input: unknown): unknown =>
  typeof input === "number"
    ? Number(input.toFixed(6))
    : typeof input === "string" && input.startsWith("'")
      ? input.slice(1)
      : input === "" || input === null
        ? undefined
        : input;

describe("the scores job through the Excel host", () => {
  let mock: MockJobWorkbook;
  let run: ScoresRun;
  beforeAll(async () => {
    mock = new MockJobWorkbook([customerSeed()]);
    run = await runScores(mock);
  });

  it("succeeds with the ratio block at P:V and the score block at W:AE", () => {
    expect(run.report.ratios.firstColumn).toBe(16);
    expect(run.report.firstColumn).toBe(23);
    expect(run.report.tiers).toEqual({ A: 1, B: 2, C: 2, none: 0 });
    expect(run.report.settingsCreated).toBe(true);
    expect(mock.sheetNames()).toEqual([customerSheet, settingsSheet, segmentsSheet]);
  });

  it("writes the score headers and the hand-worked values to W1:AE6, every text behind an apostrophe", () => {
    expect(scoreColumns.map((column) => mock.input(customerSheet, `${column}1`))).toEqual(
      scoreHeaders.map((header) => `'${header}`),
    );
    expect(mock.input(customerSheet, "P1")).toBe("'流动比率");
    const block = [2, 3, 4, 5, 6].map((row) =>
      scoreColumns.map((column) => mock.input(customerSheet, `${column}${row}`)),
    );
    expect(block.map((row) => row.map(shown))).toEqual(expectedScores);
    const texts = block.flat().filter((input): input is string => typeof input === "string" && input !== "");
    expect(texts).toHaveLength(5 * 2 + 4); // tier and method in every row; complexity in 4 of 5
    expect(texts.every((text) => text.startsWith("'"))).toBe(true);
  });

  it("gives the score columns their number formats: whole numbers, text for the text columns", () => {
    const formats = scoreColumns.map((column) => mock.cell(customerSheet, `${column}4`).numberFormat);
    expect(formats).toEqual(["0", "0", "0", "0", "0", "@", "0", "@", "@"]);
    expect(mock.cell(customerSheet, "P2").numberFormat).toBe("0.00"); // current ratio
  });

  it("copies the score header's style from V1, which the ratio block styles from O1 earlier in the same sync", () => {
    const copies = mock.calls("copyFrom").map((op) => [op.target, ...op.args]);
    expect(copies).toEqual([
      [`${customerSheet}!P1:V1`, `${customerSheet}!O1:O1`, "Formats"],
      [`${customerSheet}!W1:AE1`, `${customerSheet}!V1:V1`, "Formats"],
    ]);
  });

  it("clears the formats of its seven ranges before adding six data bars and three tier colours", () => {
    const clears = mock.callsOf("clearAll").map(([label]) => label);
    const ranges = ["W2:W6", "X2:X6", "Y2:Y6", "Z2:Z6", "AA2:AA6", "AC2:AC6", "AD2:AD6"];
    expect(clears).toEqual(ranges.map((range) => `${customerSheet}!${range}.conditionalFormats`));
    const adds = mock.callsOf("add").filter(([label]) => String(label).endsWith(".conditionalFormats"));
    expect(adds.map(([label, type]) => [String(label).split("!")[1]?.split(".")[0], type])).toEqual([
      ...ranges.slice(0, 6).map((range) => [range, "DataBar"]),
      ["AD2:AD6", "CellValue"],
      ["AD2:AD6", "CellValue"],
      ["AD2:AD6", "CellValue"],
    ]);
    const lastClear = mock.log.map((op) => op.name).lastIndexOf("clearAll");
    const firstAdd = mock.log.findIndex(
      (op) => op.name === "add" && op.target.endsWith("conditionalFormats"),
    );
    expect(lastClear).toBeLessThan(firstAdd);
    const tiers = mock.sets(`${customerSheet}!AD2:AD6.conditionalFormats.CellValue.cellValue`);
    expect(tiers.filter(([, name]) => name === "rule").map(([, , rule]) => rule)).toEqual(
      ["A", "B", "C"].map((tier) => ({ formula1: `="${tier}"`, operator: "EqualTo" })),
    );
    expect(tiers.filter(([label]) => label.endsWith("fill")).map(([, , color]) => color)).toEqual([
      "#C6EFCE",
      "#FFEB9C",
      "#EDEDED",
    ]);
  });

  it("creates the Settings sheet with its values, unlocked value cells, validations and ownership record", () => {
    expect(mock.callsOf("add").filter(([label]) => label === "worksheets")).toEqual([
      ["worksheets", settingsSheet],
      ["worksheets", segmentsSheet],
    ]);
    const rows = mock.rowsOf(settingsSheet);
    expect(rows[2]?.slice(0, 3)).toEqual(["health.currentRatio", "财务健康评分权重 · 流动比率", 0.25]);
    const value = (key: string): unknown => rows.find((row) => row[0] === key)?.[2];
    expect([value("priority.health"), value("priority.influence"), value("tiers.mode")]).toEqual([
      0.4,
      0.3,
      "按比例",
    ]);
    expect(mock.input(settingsSheet, "C15")).toBe("'按比例");
    expect(mock.sets(`${settingsSheet}!C3:C87.format.protection`, "locked")).toEqual([
      [`${settingsSheet}!C3:C87.format.protection`, "locked", false],
    ]);
    const rule = (range: string): unknown =>
      mock
        .sets(`${settingsSheet}!${range}.dataValidation`, "rule")
        .find(([label]) => label.endsWith(`${range}.dataValidation`))?.[2];
    expect(rule("C3:C14")).toEqual({ decimal: { formula1: 0, formula2: 1, operator: "Between" } });
    expect(rule("C15")).toEqual({ list: { inCellDropDown: true, source: "按比例,按分数线" } });
    expect(mock.sets(`${settingsSheet}!C15.dataValidation`, "errorAlert")[0]?.[2]).toMatchObject({
      style: "Stop",
    });
    const names = mock.callsOf("add").filter(([label]) => label === `${settingsSheet}.names`);
    expect(names).toEqual([
      [
        `${settingsSheet}.names`,
        "_kaw_scores.settings",
        `='${settingsSheet}'!$A$1:$D$87`,
        expect.stringMatching(/^kaw sheet fp=[0-9a-f]{16}$/),
      ],
    ]);
  });

  it("creates the segments sheet with one bar chart per dimension over its revenue by segment", () => {
    expect(mock.input(segmentsSheet, "A5")).toBe("'泵");
    expect(mock.input(segmentsSheet, "C5")).toBe(50000); // 乙 10 000 + 丁 40 000
    expect(mock.input(segmentsSheet, "C7")).toBe(10000); // 戊, unclassified
    const charts = mock.callsOf("add").filter(([label]) => label === `${segmentsSheet}.charts`);
    expect(charts.map(([, type]) => type)).toEqual(["BarClustered", "BarClustered"]);
    expect(mock.callsOf("setPosition").map(([, cell]) => cell)).toEqual(["H3", "H19"]);
    expect(mock.sets("chart", "text").map(([label, , text]) => [label, text])).toContainEqual([
      "chart1.title",
      "各产品类别营业收入",
    ]);
    expect(mock.sets("chart1.legend", "visible")).toEqual([["chart1.legend", "visible", false]]);
    expect(mock.callsOf("merge")).toEqual([[`${segmentsSheet}!A1:F1`, false]]);
  });

  it("takes 3 syncs", () => {
    // 1: the read of 客户 (sheet list, names, tables, protection, and the 100 × 64 sample that holds its 6 × 15
    //    cells); no second read and no other sheet, so no records sync; no names lookup either: the column blocks'
    //    records come from the read and the two names the list adds live on sheets it creates.
    // 2: the ratio and score column blocks (writeEdit, one segment). 3: the 98 other edits (far below 4 MB).
    expect(run.syncs).toBe(3);
  });
});
