import fc from "fast-check";
import { analyseRatios } from "../../src/domain/analyseRatios";
import { detectSource } from "../../src/domain/source";
import type { SourceLayout } from "../../src/domain/source";
import { ratioKeys } from "../../src/domain/ratios";
import type { CellValue, Grid } from "../../src/domain/types";

// Columns A..L
const header = [
  "客户名称",
  "流动资产",
  "流动负债",
  "资产总计",
  "期初资产总计",
  "营业收入",
  "营业成本",
  "净利润",
  "应收账款",
  "期初应收账款",
  "存货",
  "期初存货",
];

function source(values: CellValue[][]): { grid: Grid; layout: SourceLayout } {
  const grid: Grid = { sheet: "客户财务", top: 0, left: 0, values };
  const result = detectSource(grid);
  if (!result.ok) throw new Error("no header");
  return { grid, layout: result.layout };
}

describe("analyseRatios", () => {
  const { grid, layout } = source([
    ["单位：万元"],
    header,
    // row 3: all good; opening inventory blank → closing inventory alone
    ["甲", 1200, 800, 3000, 2000, 2000, 1460, 150, 500, 300, 300, ""],
    // row 4: blank, error value, text, zero cost of sales, a self-scaled net profit
    ["乙", 1200, null, "#N/A", 2000, "abc", 0, "1.5万", 500, 300, 300, 200],
    // row 5: net profit in its own magnitude, placeholder opening total assets
    ["丙", "12", 8, 30, "n/a", "20", 14.6, "-1.5万", 5, null, 3, 2],
    ["合计", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    // row 7: negative current liabilities, short row (K and L missing)
    ["丁", 1200, -800, 3000, 2000, 2000, 1460, 150, 500, 300],
  ]);
  const rows = analyseRatios(grid, layout, { days: 365 });

  it("returns one entry per data row, in order", () => {
    expect(rows.map((r) => r.row)).toEqual([3, 4, 5, 7]); // row 6 is the 合计 row
  });

  it("computes every ratio of a clean row", () => {
    const [first] = rows;
    expect(first?.issues).toEqual([]);
    // worked by hand (万元 cancels in every ratio):
    expect(first?.values.currentRatio).toBeCloseTo(1.5, 12); // 1200 / 800
    expect(first?.values.currentAssetRatio).toBeCloseTo(0.4, 12); // 1200 / 3000
    expect(first?.values.netProfitMargin).toBeCloseTo(0.075, 12); // 150 / 2000
    expect(first?.values.returnOnAssets).toBeCloseTo(0.06, 12); // 150 / ((2000 + 3000) / 2)
    expect(first?.values.collectionDays).toBeCloseTo(73, 10); // (300 + 500) / 2 / 2000 × 365
    expect(first?.values.inventoryDays).toBeCloseTo(75, 10); // 300 / 1460 × 365, opening blank
  });

  it("raises one issue per bad cell and nulls the ratios that need it", () => {
    const second = rows[1];
    expect(second?.values).toEqual({
      currentRatio: null, // C4 blank
      currentAssetRatio: null, // D4 #N/A
      netProfitMargin: null, // F4 "abc"
      returnOnAssets: null, // D4 #N/A (one issue although it feeds two ratios)
      collectionDays: null, // F4 "abc"
      inventoryDays: null, // G4 is 0
    });
    expect(second?.issues).toEqual([
      { code: "cell.blank", sheet: "客户财务", cell: "C4", field: "currentLiabilities" },
      {
        code: "cell.errorValue",
        sheet: "客户财务",
        cell: "D4",
        field: "totalAssets",
        params: { value: "#N/A" },
      },
      { code: "cell.notNumber", sheet: "客户财务", cell: "F4", field: "revenue", params: { value: "abc" } },
      {
        code: "ratio.zeroDenominator",
        sheet: "客户财务",
        cell: "G4",
        field: "costOfSales",
        params: { ratio: "inventoryDays" },
      },
    ]);
  });

  it("does not apply the column unit to a cell with its own magnitude", () => {
    const third = rows[2];
    // net profit "-1.5万" = -15,000 yuan; revenue "20" 万元 = 200,000 yuan → -15,000 / 200,000 = -0.075
    expect(third?.values.netProfitMargin).toBeCloseTo(-0.075, 12);
    expect(third?.values.currentRatio).toBeCloseTo(1.5, 12); // "12" / 8
    expect(third?.values.returnOnAssets).toBeNull(); // opening total assets "n/a"
    expect(third?.values.collectionDays).toBeCloseTo(91.25, 10); // 5 / 20 × 365, opening blank
    expect(third?.values.inventoryDays).toBeCloseTo(62.5, 10); // (2 + 3) / 2 / 14.6 × 365 = 912.5 / 14.6
    expect(third?.issues).toEqual([
      {
        code: "cell.placeholder",
        sheet: "客户财务",
        cell: "E5",
        field: "totalAssetsOpening",
        params: { value: "n/a" },
      },
    ]);
  });

  it("flags a negative denominator and treats cells past a short row's end as blank", () => {
    const fourth = rows[3];
    expect(fourth?.values.currentRatio).toBeNull();
    expect(fourth?.values.inventoryDays).toBeNull();
    expect(fourth?.values.currentAssetRatio).toBeCloseTo(0.4, 12);
    // Cell issues come first (left to right), then ratio issues.
    expect(fourth?.issues).toEqual([
      { code: "cell.blank", sheet: "客户财务", cell: "K7", field: "inventory" },
      {
        code: "ratio.negativeDenominator",
        sheet: "客户财务",
        cell: "C7",
        field: "currentLiabilities",
        params: { ratio: "currentRatio" },
      },
    ]);
  });

  it("uses a 360-day year when asked", () => {
    const [first] = analyseRatios(grid, layout, { days: 360 });
    expect(first?.values.collectionDays).toBeCloseTo(72, 10); // 400 / 2000 × 360
    expect(first?.values.inventoryDays).toBeCloseTo((300 / 1460) * 360, 10);
  });

  it("flags each ratio whose denominator is zero, at the same cell", () => {
    const zero = source([header, ["甲", 1200, 800, 0, null, 2000, 1460, 150, 500, null, 300, null]]);
    const [row] = analyseRatios(zero.grid, zero.layout, { days: 365 });
    expect(row?.issues).toEqual([
      {
        code: "ratio.zeroDenominator",
        sheet: "客户财务",
        cell: "D2",
        field: "totalAssets",
        params: { ratio: "currentAssetRatio" },
      },
      {
        code: "ratio.zeroDenominator",
        sheet: "客户财务",
        cell: "D2",
        field: "totalAssets",
        params: { ratio: "returnOnAssets" },
      },
    ]);
  });

  it("leaves ratios with an unmapped input empty without per-row issues", () => {
    const partial = source([
      ["客户", "流动资产", "流动负债"],
      ["甲", 1200, 800],
    ]);
    const [row] = analyseRatios(partial.grid, partial.layout, { days: 365 });
    expect(row?.values.currentRatio).toBe(1.5);
    expect(row?.values.netProfitMargin).toBeNull();
    expect(row?.issues).toEqual([]);
  });

  describe("properties", () => {
    const amount = fc.integer({ min: 1, max: 1e9 }).map((n) => n / 100);
    const customer = fc.array(amount, { minLength: 11, maxLength: 11 });

    it("gives the same ratios for a sheet in 元 and the same sheet in 万元 with a unit line", () => {
      fc.assert(
        fc.property(
          fc.array(customer, { minLength: 1, maxLength: 8 }),
          fc.constantFrom<365 | 360>(365, 360),
          (customers, days) => {
            const inYuan = source([header, ...customers.map((c) => ["x", ...c])]);
            const inWan = source([
              ["单位：万元"],
              header,
              ...customers.map((c) => ["x", ...c.map((v) => v / 1e4)]),
            ]);
            const a = analyseRatios(inYuan.grid, inYuan.layout, { days });
            const b = analyseRatios(inWan.grid, inWan.layout, { days });
            a.forEach((row, i) => {
              for (const key of ratioKeys) {
                const x = row.values[key] ?? Number.NaN;
                const y = b[i]?.values[key] ?? Number.NaN;
                expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.abs(x));
              }
            });
          },
        ),
      );
    });

    it("gives the same ratios when each column states its own unit in brackets", () => {
      fc.assert(
        fc.property(customer, (c) => {
          const inYuan = source([header, ["x", ...c]]);
          const inThousands = source([
            header.map((h, i) => (i === 0 ? h : `${h}（千元）`)),
            ["x", ...c.map((v) => v / 1e3)],
          ]);
          const [a] = analyseRatios(inYuan.grid, inYuan.layout, { days: 365 });
          const [b] = analyseRatios(inThousands.grid, inThousands.layout, { days: 365 });
          for (const key of ratioKeys) {
            const x = a?.values[key] ?? Number.NaN;
            expect(Math.abs(x - (b?.values[key] ?? Number.NaN))).toBeLessThanOrEqual(1e-9 * Math.abs(x));
          }
        }),
      );
    });
  });
});
