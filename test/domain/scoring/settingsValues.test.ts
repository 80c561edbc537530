import { enUS } from "../../../src/i18n/en-US";
import { zhCN } from "../../../src/i18n/zh-CN";
import type { CellValue, Grid } from "../../../src/domain/types";
import { defaultCostConfig } from "../../../src/domain/scoring/costFactor";
import { defaultHealthBands, defaultHealthWeights } from "../../../src/domain/scoring/healthBands";
import { costConfigOf, defaultScoreSettings } from "../../../src/domain/scoring/scoreSettings";
import { settingEntry } from "../../../src/domain/scoring/settingsLayout";
import { settingsRows } from "../../../src/domain/scoring/settingsRows";
import {
  applySettingValues,
  readSettings,
  settingsSheetEnd,
  settingsValueCells,
} from "../../../src/domain/scoring/readSettings";

const both = [enUS, zhCN];
const sheetOf = (rows: readonly (readonly CellValue[])[], sheet = "Settings"): Grid => ({
  sheet,
  top: 0,
  left: 0,
  values: rows,
});
/** The default English sheet with some values replaced by key. */
function edited(values: Readonly<Record<string, CellValue>>): Grid {
  return sheetOf(
    settingsRows(defaultScoreSettings, enUS).map((r) =>
      r[0] in values ? [r[0], r[1], values[r[0]] ?? null, r[3]] : r,
    ),
  );
}

// Default sheet rows, worked out by hand from the layout: 1 header; health 2–7; influence 8–10; priority 11–13;
// tiers.mode 14, shareA 15, shareB 16, thresholdA 17, thresholdB 18; approach A–C 19–21; cost.complexityLow 22,
// cost.complexityMedium 23; then 7 bands of 9 rows: currentRatio 24–32 … inventoryDays 69–77, orderShare 78–86.

describe("one set of defaults", () => {
  it("takes the health bands and weights from healthBands.ts and the cost settings from costFactor.ts", () => {
    expect(defaultScoreSettings.bands).toBe(defaultHealthBands);
    expect(defaultScoreSettings.healthWeights).toBe(defaultHealthWeights);
    expect(defaultScoreSettings.bands.currentAssetRatio.points).toEqual([
      { at: 0.2, score: 0 },
      { at: 0.4, score: 40 },
      { at: 0.5, score: 70 },
      { at: 0.6, score: 100 },
    ]);
    expect(costConfigOf(defaultScoreSettings)).toEqual(defaultCostConfig);
    expect(defaultScoreSettings.cost).toMatchObject({ complexityLow: 67, complexityMedium: 34 });
  });
});

describe("cost settings on the sheet", () => {
  it("reads the order-share band and complexity lines into costConfigOf", () => {
    const grid = edited({
      "cost.complexityLow": 80,
      "cost.complexityMedium": 40,
      "band.orderShare.2.at": 0.04,
      "band.orderShare.2.score": 70,
    });
    const read = readSettings(grid, both);
    expect(read.issues).toEqual([]);
    expect(costConfigOf(read.settings)).toEqual({
      ratingSense: "higherIsHarder",
      orderShareBands: {
        direction: "lower",
        points: [
          { at: 0.01, score: 100 },
          { at: 0.04, score: 70 },
          { at: 0.1, score: 34 },
          { at: 0.25, score: 0 },
        ],
      },
      complexityFrom: { low: 80, medium: 40 },
    });
  });

  it("names the cell when the low complexity line is not above the medium one, and keeps the defaults", () => {
    const read = readSettings(edited({ "cost.complexityLow": 30 }), both);
    expect(read.issues).toEqual([
      {
        code: "settings.complexityOrder",
        sheet: "Settings",
        cell: "C22",
        field: "cost.complexityLow",
        params: { setting: "Lowest procurement cost score of low decision complexity", low: 30, medium: 34 },
      },
    ]);
    expect(read.settings.cost).toMatchObject({ complexityLow: 67, complexityMedium: 34 });
    // equal lines are out of order too; only the medium line on the sheet → its cell
    const medium = sheetOf([["cost.complexityMedium", "medium", 67]]);
    expect(readSettings(medium, both).issues).toMatchObject([
      { code: "settings.complexityOrder", cell: "C1" },
    ]);
  });

  it("names an order-share threshold out of order or below 0, and a complexity line outside 0–100", () => {
    expect(readSettings(edited({ "band.orderShare.3.at": 0.05 }), both).issues).toEqual([
      {
        code: "settings.bandOrder",
        sheet: "Settings",
        cell: "C83",
        field: "band.orderShare.3.at",
        params: { setting: "Procurement cost · order share · band 3 · from", value: 0.05, previous: 0.05 },
      },
    ]);
    expect(readSettings(edited({ "band.orderShare.1.at": -0.01 }), both).issues[0]).toMatchObject({
      code: "settings.outOfRange",
      cell: "C79",
      params: { value: -0.01, min: 0 },
    });
    expect(readSettings(edited({ "cost.complexityMedium": 101 }), both).issues[0]).toMatchObject({
      code: "settings.outOfRange",
      cell: "C23",
      params: { value: 101, min: 0, max: 100 },
    });
  });
});

describe("settingsValueCells and settingsSheetEnd", () => {
  it("finds each key's value cell and row, from the grid's origin, first row of a key given twice", () => {
    const grid: Grid = {
      sheet: "Settings",
      top: 3,
      left: 1,
      values: [["Key"], ["tiers.shareA", "x", 0.2], [], ["tiers.shareA", "again", 0.3], [null, null]],
    };
    const cells = settingsValueCells(grid);
    // row 2 of the grid at top 3 is sheet row 5; value column = left 1 + 2 → D
    expect(cells.get("tiers.shareA")).toEqual({ cell: "D5", row: 5 });
    expect(cells.get("Key")).toEqual({ cell: "D4", row: 4 });
    expect(cells.size).toBe(2);
    // last non-blank row: grid row 4 → sheet row 7; the blank row after it does not count
    expect(settingsSheetEnd(grid)).toBe(7);
  });

  it("ends at the row above an empty grid, and at row 86 for the default sheet", () => {
    expect(settingsSheetEnd({ sheet: "S", top: 4, left: 0, values: [[], [null, ""]] })).toBe(4);
    expect(settingsSheetEnd(edited({}))).toBe(86);
    expect(settingsValueCells(edited({})).get("band.orderShare.4.score")).toEqual({ cell: "C86", row: 86 });
  });
});

describe("settingEntry", () => {
  it("gives a key's kind and range, a further band point, and nothing for an unknown key", () => {
    expect(settingEntry("cost.complexityLow")).toMatchObject({ kind: "number", min: 0, max: 100, value: 67 });
    expect(settingEntry("influence.cost")).toMatchObject({ min: 0, max: 1, group: "influence", value: 0.4 });
    expect(settingEntry("approach.B")).toMatchObject({ kind: "approach", value: "presentation" });
    expect(settingEntry("band.orderShare.9.at")).toMatchObject({ kind: "number", min: 0, max: Infinity });
    expect(settingEntry("band.currentRatio.5.score")?.label(enUS)).toBe("Current ratio · band 5 · score");
    expect(settingEntry("band.nothing.1.at")).toBeUndefined();
    expect(settingEntry("band.currentRatio.0.at")).toBeUndefined();
    expect(settingEntry("tiers.shareC")).toBeUndefined();
  });
});

describe("applySettingValues", () => {
  it("applies values by key, choices as codes or texts in either language", () => {
    const applied = applySettingValues(
      defaultScoreSettings,
      {
        "influence.cost": 0.5,
        "influence.policy": 0.2,
        "approach.A": "寄送资料",
        "approach.B": "Customer visit",
        "tiers.mode": "thresholds",
      },
      both,
      "Settings",
    );
    expect(applied.issues).toEqual([]);
    expect(applied.settings.influenceWeights).toEqual({ cost: 0.5, technology: 0.3, policy: 0.2 });
    expect(applied.settings.approaches).toEqual({ A: "materials", B: "visit", C: "materials" });
    expect(applied.settings.tiers.mode).toBe("thresholds");
    expect(applySettingValues(defaultScoreSettings, {}, both, "Settings")).toEqual({
      settings: defaultScoreSettings,
      issues: [],
    });
  });

  it("checks like the sheet: the weight sum, names the cells when given, and keeps the old value of a bad cell", () => {
    const cells = settingsValueCells(edited({}));
    // 0.5 + 0.3 + 0.3 = 1.1
    expect(
      applySettingValues(defaultScoreSettings, { "influence.cost": 0.5 }, both, "Settings", cells).issues,
    ).toEqual([
      {
        code: "settings.sumNotOne",
        sheet: "Settings",
        cell: "C8",
        field: "influence",
        params: { cells: "C8, C9, C10", sum: 1.1 },
      },
    ]);
    const noCells = applySettingValues(defaultScoreSettings, { "tiers.shareA": "20%" }, both, "参数设置");
    expect(noCells.issues).toEqual([
      {
        code: "settings.notNumber",
        sheet: "参数设置",
        field: "tiers.shareA",
        params: { setting: "Share of customers in tier A", value: "20%" },
      },
    ]);
    expect(noCells.settings.tiers.shareA).toBe(0.2);
  });

  it("names complexity lines out of order, an unknown choice and an unknown key", () => {
    const applied = applySettingValues(
      defaultScoreSettings,
      { "cost.complexityLow": 50, "cost.complexityMedium": 60, "approach.C": "email", "tiers.shareC": 0.5 },
      both,
      "Settings",
    );
    expect(applied.issues.map((i) => [i.code, i.field])).toEqual([
      ["settings.unknownKey", "tiers.shareC"],
      ["settings.unknownChoice", "approach.C"],
      ["settings.complexityOrder", "cost.complexityLow"],
    ]);
    expect(applied.issues[2]?.params).toEqual({
      setting: "Lowest procurement cost score of low decision complexity",
      low: 50,
      medium: 60,
    });
    expect(applied.settings).toEqual(defaultScoreSettings);
  });

  it("adds a band point past the last one, and refuses one below the threshold before it", () => {
    const added = applySettingValues(
      defaultScoreSettings,
      { "band.orderShare.5.at": 0.5, "band.orderShare.5.score": 0 },
      both,
      "Settings",
    );
    expect(added.issues).toEqual([]);
    expect(added.settings.cost.orderShareBand.points.at(-1)).toEqual({ at: 0.5, score: 0 });
    expect(added.settings.cost.orderShareBand.points).toHaveLength(5);
    const falling = applySettingValues(
      defaultScoreSettings,
      { "band.currentRatio.2.at": 0.4 },
      both,
      "Settings",
    );
    // point 2 at 0.4 is not above point 1 at 0.5
    expect(falling.issues).toMatchObject([
      { code: "settings.bandOrder", params: { value: 0.4, previous: 0.5 } },
    ]);
  });
});
