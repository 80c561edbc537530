import fc from "fast-check";
import { analyseRatioColumns } from "../../src/domain/analyseRatios";
import {
  collectionDays,
  currentAssetRatio,
  currentRatio,
  inventoryDays,
  netProfitMargin,
  returnOnAssets,
  type RatioKey,
  type RatioOutcome,
} from "../../src/domain/ratios";
import { detectSource } from "../../src/domain/source";
import type { CellValue, Grid } from "../../src/domain/types";

// Columns A..L; amounts in 万元, so every input is scaled by 10 000 before the cores see it.
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
const scale = 10_000;

/** What the cores say for one row of numbers (null for an opening left blank). */
function expected(inputs: (number | null)[], days: 365 | 360): Record<RatioKey, RatioOutcome> {
  const [ca, cl, ta, tao, rev, cos, np, ar, aro, inv, invo] = inputs.map((x) =>
    x === null ? null : x * scale,
  );
  const n = (x: number | null | undefined): number => x ?? 0;
  return {
    currentRatio: currentRatio(n(ca), n(cl)),
    currentAssetRatio: currentAssetRatio(n(ca), n(ta)),
    netProfitMargin: netProfitMargin(n(np), n(rev)),
    returnOnAssets: returnOnAssets(n(np), n(ta), tao ?? null),
    collectionDays: collectionDays(n(ar), n(rev), aro ?? null, days),
    inventoryDays: inventoryDays(n(inv), n(cos), invo ?? null, days),
  };
}

const amount = fc.oneof(
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1, 0.1, 1e-9),
);
const opening = fc.option(amount, { nil: null });
const row = fc.tuple(
  amount,
  amount,
  amount,
  opening,
  amount,
  amount,
  amount,
  amount,
  opening,
  amount,
  opening,
);

describe("analyseRatioColumns on rows of numbers", () => {
  it("gives exactly the cores' doubles, and empty (NaN) where a core reports a bad denominator", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 20 }),
        fc.constantFrom(365 as const, 360 as const),
        (rows, days) => {
          const values: CellValue[][] = [["单位：万元"], header, ...rows.map((r, i) => [`客户${i}`, ...r])];
          const grid: Grid = { sheet: "S", top: 0, left: 0, values };
          const found = detectSource(grid);
          if (!found.ok) throw new Error("no header");
          const analysed = analyseRatioColumns(grid, found.layout, { days });
          rows.forEach((inputs, i) => {
            const want = expected(inputs, days);
            for (const key of Object.keys(want) as RatioKey[]) {
              const outcome = want[key];
              const got = analysed.values[key][i];
              if (typeof outcome === "number") expect(got).toBe(outcome);
              else expect(got).toBeNaN();
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
