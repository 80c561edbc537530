import fc from "fast-check";
import { enUS } from "../../../src/i18n/en-US";
import { zhCN } from "../../../src/i18n/zh-CN";
import { ratioKeys } from "../../../src/domain/ratios";
import type { CellValue, Grid } from "../../../src/domain/types";
import type { ScoreSettings } from "../../../src/domain/scoring/scoreSettings";
import {
  approaches,
  defaultScoreSettings,
  influenceFactors,
  priorityParts,
  tierModes,
} from "../../../src/domain/scoring/scoreSettings";
import { settingsRows } from "../../../src/domain/scoring/settingsRows";
import { readSettings } from "../../../src/domain/scoring/readSettings";

const both = [zhCN, enUS];
/** An object of keys and their values, typed by its keys. */
const keyed = <K extends string, V>(keys: readonly K[], values: readonly V[]): Record<K, V> =>
  Object.fromEntries(keys.map((k, i) => [k, values[i]])) as Record<K, V>;
const sheetOf = (rows: readonly (readonly CellValue[])[], sheet = "参数设置"): Grid => ({
  sheet,
  top: 0,
  left: 0,
  values: rows,
});
/** The default sheet with the value of `key` replaced; row numbers are 1-based sheet rows. */
function edited(key: string, value: CellValue): { grid: Grid; row: number } {
  const rows = settingsRows(defaultScoreSettings, zhCN).map((r): CellValue[] => [...r]);
  const index = rows.findIndex((r) => r[0] === key);
  (rows[index] as CellValue[])[2] = value;
  return { grid: sheetOf(rows), row: index + 1 };
}

describe("defaultScoreSettings", () => {
  it("has weight groups that each add up to 1 within 0.001", () => {
    const sums = [
      defaultScoreSettings.healthWeights,
      defaultScoreSettings.influenceWeights,
      defaultScoreSettings.priorityWeights,
    ].map((w) => Object.values(w).reduce((s, x) => s + x, 0));
    sums.forEach((s) => expect(Math.abs(s - 1)).toBeLessThan(0.001));
    expect(defaultScoreSettings.influenceWeights).toEqual({ cost: 0.4, technology: 0.3, policy: 0.3 });
  });
});

describe("settingsRows", () => {
  it("writes a header, then key, label, value and explanation in the catalog's language", () => {
    const rows = settingsRows(defaultScoreSettings, zhCN);
    expect(rows[0]).toEqual(["键", "参数", "值", "说明"]);
    // the health weight and bands of healthBands.ts (README table): current ratio 0.25
    expect(rows[1]?.slice(0, 3)).toEqual(["health.currentRatio", "财务健康评分权重 · 流动比率", 0.25]);
    expect(rows.find((r) => r[0] === "approach.A")?.slice(1, 3)).toEqual([
      "开发方式 · 客户等级 A",
      "客户访问",
    ]);
    expect(rows.find((r) => r[0] === "band.collectionDays.2.at")?.slice(1, 3)).toEqual([
      "回款周期 · 分段 2 · 起点",
      45,
    ]);
    expect(rows.find((r) => r[0] === "cost.complexityLow")?.slice(1, 3)).toEqual([
      "低决策复杂度的最低采购成本评分",
      67,
    ]);
    expect(rows.find((r) => r[0] === "band.orderShare.direction")?.slice(1, 3)).toEqual([
      "采购成本 · 订单占比 · 分段方向",
      "越低越好",
    ]);
    expect(rows.find((r) => r[0] === "band.orderShare.4.at")?.slice(1, 3)).toEqual([
      "采购成本 · 订单占比 · 分段 4 · 起点",
      0.25,
    ]);
    // 1 header + 6 + 3 + 3 weights + 5 tier rows + 3 methods + 2 complexity lines
    // + 7 bands (6 ratios, order share) × (1 direction + 4 points × 2) = 23 + 63 = 86
    expect(rows).toHaveLength(86);
    expect(settingsRows(defaultScoreSettings, enUS)[0]).toEqual(["Key", "Setting", "Value", "Explanation"]);
  });
});

describe("readSettings", () => {
  it("reads the default sheet back, in either language", () => {
    for (const texts of both)
      expect(readSettings(sheetOf(settingsRows(defaultScoreSettings, texts)), both)).toEqual({
        settings: defaultScoreSettings,
        issues: [],
      });
  });

  it("finds rows by key, so inserted and reordered rows are read the same", () => {
    const rows = settingsRows(defaultScoreSettings, enUS);
    const shuffled = [["a note"], [], ...[...rows].reverse()];
    expect(readSettings(sheetOf(shuffled), both).settings).toEqual(defaultScoreSettings);
  });

  it("names the cells of a weight group that does not add up to 1", () => {
    const { grid } = edited("influence.cost", 0.5);
    expect(readSettings(grid, both).issues).toEqual([
      {
        code: "settings.sumNotOne",
        sheet: "参数设置",
        cell: "C8",
        field: "influence",
        params: { cells: "C8, C9, C10", sum: 1.1 },
      },
    ]);
  });

  it("names a cell with text where a number belongs, and keeps the default", () => {
    const { grid, row } = edited("tiers.shareA", "20%");
    const read = readSettings(grid, both);
    expect(read.issues).toEqual([
      {
        code: "settings.notNumber",
        sheet: "参数设置",
        cell: `C${row}`,
        field: "tiers.shareA",
        params: { setting: "A 级客户比例", value: "20%" },
      },
    ]);
    expect(read.settings.tiers.shareA).toBe(0.2);
  });

  it("names a band threshold out of order", () => {
    const { grid, row } = edited("band.currentRatio.3.at", 0.5);
    expect(readSettings(grid, both).issues).toEqual([
      {
        code: "settings.bandOrder",
        sheet: "参数设置",
        cell: `C${row}`,
        field: "band.currentRatio.3.at",
        params: { setting: "流动比率 · 分段 3 · 起点", value: 0.5, previous: 1 },
      },
    ]);
  });

  it("names an unknown tier mode or method, and accepts codes and either language's texts", () => {
    expect(readSettings(edited("tiers.mode", "random").grid, both).issues[0]).toMatchObject({
      code: "settings.unknownChoice",
      field: "tiers.mode",
      params: { value: "random", choices: "按比例 / 按分数线" },
    });
    expect(readSettings(edited("approach.C", "Customer visit").grid, both).settings.approaches.C).toBe(
      "visit",
    );
    expect(readSettings(edited("tiers.mode", "thresholds").grid, both).settings.tiers.mode).toBe(
      "thresholds",
    );
  });

  it("reads what settingsRows wrote, for any valid settings (round trip)", () => {
    const weights = (n: number) =>
      fc
        .array(fc.integer({ min: 0, max: 1000 }), { minLength: n, maxLength: n })
        .filter((xs) => xs.some((x) => x > 0))
        .map((xs) => xs.map((x) => x / xs.reduce((s, y) => s + y, 0)));
    /** A band with thresholds from min / 100 on (the order share's are shares, 0 or more). */
    const bandFrom = (min: number) =>
      fc.record({
        direction: fc.constantFrom("higher" as const, "lower" as const),
        points: fc
          .uniqueArray(fc.integer({ min, max: 10000 }), { minLength: 1, maxLength: 6 })
          .chain((ats) =>
            fc.tuple(
              ...ats
                .sort((a, b) => a - b)
                .map((at) => fc.integer({ min: 0, max: 100 }).map((score) => ({ at: at / 100, score }))),
            ),
          )
          .map((points) => [...points]),
      });
    const band = bandFrom(-10000);
    const settings: fc.Arbitrary<ScoreSettings> = fc.record({
      healthWeights: weights(6).map((w) => keyed(ratioKeys, w)),
      influenceWeights: weights(3).map((w) => keyed(influenceFactors, w)),
      priorityWeights: weights(3).map((w) => keyed(priorityParts, w)),
      tiers: fc.record({
        mode: fc.constantFrom(...tierModes),
        shareA: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
        shareB: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
        thresholdA: fc.integer({ min: 0, max: 100 }),
        thresholdB: fc.integer({ min: 0, max: 100 }),
      }),
      approaches: fc.record({
        A: fc.constantFrom(...approaches),
        B: fc.constantFrom(...approaches),
        C: fc.constantFrom(...approaches),
      }),
      bands: fc.tuple(...ratioKeys.map(() => band)).map((bs) => keyed(ratioKeys, bs)),
      cost: fc
        .record({
          orderShareBand: bandFrom(0),
          complexityLow: fc.integer({ min: 1, max: 100 }),
          complexityMedium: fc.integer({ min: 0, max: 99 }),
        })
        .filter((c) => c.complexityLow > c.complexityMedium),
    });
    fc.assert(
      fc.property(settings, fc.constantFrom(zhCN, enUS), (s, texts) => {
        expect(readSettings(sheetOf(settingsRows(s, texts), texts.settings.sheet), both)).toEqual({
          settings: s,
          issues: [],
        });
      }),
    );
  });
});

describe("edge cases", () => {
  it("falls back to the defaults for every missing key", () => {
    expect(readSettings(sheetOf([]), both)).toEqual({ settings: defaultScoreSettings, issues: [] });
  });

  it("names a blank value cell and a key given twice", () => {
    const { grid, row } = edited("priority.health", null);
    expect(readSettings(grid, both).issues.map((i) => [i.code, i.cell])).toEqual([
      ["settings.blank", `C${row}`],
    ]);
    const twice = sheetOf([...settingsRows(defaultScoreSettings, enUS), ["influence.cost", "again", 0.4]]);
    expect(readSettings(twice, both).issues).toMatchObject([
      {
        code: "settings.duplicateKey",
        cell: `C${twice.values.length}`,
        params: { setting: "again", other: "C8" },
      },
    ]);
  });

  it("names a band point with a threshold but no score, and a weight out of 0–1", () => {
    const rows = settingsRows(defaultScoreSettings, enUS).filter(
      (r) => r[0] !== "band.inventoryDays.4.score",
    );
    expect(readSettings(sheetOf(rows, "Settings"), both).issues).toMatchObject([
      { code: "settings.bandIncomplete", field: "band.inventoryDays.4" },
    ]);
    expect(readSettings(edited("health.currentRatio", 1.5).grid, both).issues[0]).toMatchObject({
      code: "settings.outOfRange",
      params: { value: 1.5, min: 0, max: 1 },
    });
  });

  it("places cells by the grid's origin: row 8 of the grid at top 2, left 1 is D10", () => {
    const grid = { ...edited("influence.cost", "x").grid, top: 2, left: 1 };
    expect(readSettings(grid, both).issues[0]?.cell).toBe("D10");
  });
});
