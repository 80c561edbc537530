/**
 * The two engines agree: the same order lines through the in-sheet engine (aggregateRows) and through DuckDB (a CSV
 * of those lines) give the same TxAggregate — the hand-worked lines, and random lines drawn from awkward spellings.
 */
import fc from "fast-check";
import { aggregateRows } from "../../src/domain/transactions/aggregate";
import { aggregateOrderFile } from "../../src/cli/transactionsFile/duckdbAggregate";
import { csvText, orderColumns, scratchDir, writeFile } from "./orderFileKit";
import { handAggregate, handLines } from "./handOrders";

const cells = (rows: readonly (readonly string[])[]) =>
  rows.map((row) => row.map((cell) => (cell === "" ? null : cell)));

const dates = [
  "2024-03-05",
  "2024/3/6",
  "2024.03.07",
  "2024年3月8日",
  "2024年3月9号",
  "2024年3月10",
  "45356",
  "45356.5",
  "13/03/2024",
  "03/13/2024",
  "12/05/2024",
  "05/12/2024",
  "12/13/2024",
  "13/12/2024",
  "12.12.2024",
  "03/05/2024",
  "05/05/2024",
  "0/5/2024",
  "13/13/2024",
  "31.12.2023",
  "2024-02-30",
  "2024-02-29",
  "1900-02-29",
  "1900-03-01",
  "60",
  "59",
  "61",
  "1",
  "0",
  "2958465",
  "2958466",
  "２０２４－０３－０５",
  " 2024-03-05 10:00 ",
  "2024-03-05 10:00:59",
  "2024-3-5 1:00",
  "2024-03/05",
  "x",
  "",
  "　",
  "2023-12-31",
  "2025-01-01",
  "2024-01-31T10:00",
];
const customers = [
  "甲",
  " 甲 ",
  "甲　",
  "ＡＢＣ",
  "ABC",
  "abc",
  "A  B",
  "A\tB",
  "A B",
  "",
  "　",
  "😀",
  "\uffff",
  "（株）",
  "(株)",
  "1001",
];
const skus = ["A1", "a1", "Ａ１", " A1 ", "", "B 2", "B  2", "１０"];
const products = ["螺丝", " 螺丝 ", "螺母", "", "Ｘ", "X"];
const numbers = [
  "3",
  "-2",
  "19.99",
  "",
  "1,234.5",
  "¥5",
  "￥5",
  "$ 5",
  "RMB 5",
  "rmb5",
  "usd  5",
  "(5)",
  "(-5)",
  "-(5)",
  "+.5",
  ".5",
  "5.",
  "abc",
  "１２",
  "0.125",
  "2.675",
  "1.005",
  "-0",
  "１,０００",
  "(1,000)",
  "CNY1,000.10",
  "  7  ",
  "1e3",
  "12元",
  "¥",
  "0",
  "-0.004",
  "0.0005",
  "（５）",
  "$-3",
  "+4.50",
  "　",
  "1.0005",
];
const line = fc.tuple(
  fc.constantFrom(...dates),
  fc.constantFrom(...customers),
  fc.constantFrom(...skus),
  fc.constantFrom(...products),
  fc.constantFrom(...numbers),
  fc.constantFrom(...numbers),
  fc.constantFrom(...numbers),
);

describe("the DuckDB engine and the in-sheet engine", () => {
  const dir = scratchDir();

  it("give the hand-worked aggregate for the hand-worked lines", async () => {
    const duck = await aggregateOrderFile(writeFile(dir, "hand.csv", csvText(handLines)));
    const ts = aggregateRows(cells(handLines), orderColumns);
    expect(ts.aggregate).toEqual(handAggregate);
    expect(duck.aggregate).toEqual(ts.aggregate);
  });

  it("give identical aggregates for random lines of awkward dates, names, codes and numbers", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 60 }), async (lines) => {
        run += 1;
        const duck = await aggregateOrderFile(writeFile(dir, `random-${run}.csv`, csvText(lines)));
        const ts = aggregateRows(cells(lines), orderColumns);
        expect(duck.aggregate).toEqual(ts.aggregate);
        expect(duck.issues.map((issue) => [issue.reason, issue.field, issue.value])).toEqual(
          ts.issues.map((issue) => [
            issue.code.replace("transactions.", ""),
            issue.field,
            issue.params?.value,
          ]),
        );
      }),
      { numRuns: 40, seed: 20241201 },
    );
  });
});
