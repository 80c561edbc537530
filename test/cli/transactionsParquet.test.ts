/**
 * Parquet order files (written by DuckDB's COPY TO): typed columns give what the sheet engine gets from the same
 * cells — a DATE or TIMESTAMP is the day's serial, numbers are numbers — so both engines agree, to hand-worked sums.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { join } from "node:path";
import { aggregateOrderFile } from "../../src/cli/transactionsFile/duckdbAggregate";
import { aggregateRows } from "../../src/domain/transactions/aggregate";
import { orderColumns, scratchDir } from "./orderFileKit";

async function writeParquet(path: string, select: string): Promise<void> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(`COPY (${select}) TO '${path}' (FORMAT parquet)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const typedLines = `SELECT * FROM (VALUES
  (DATE '2024-03-05', '甲', 1001, '螺丝', 3.0::DOUBLE, 19.99::DECIMAL(10, 2), NULL::DOUBLE),
  (DATE '2024-03-06', '甲', 1001, NULL, -1.0, NULL, 10.0),
  (DATE '1899-12-31', '甲', NULL, NULL, NULL, NULL, 1.0),
  (DATE '2024-04-01', '乙', NULL, NULL, NULL, NULL, 0.125)
) AS t("Order date", "Customer", "Item code", "Product", "Qty", "Unit price", "Amount")`;

// The same lines as a host reads them from cells: dates as serials, numbers as numbers.
const typedCells = [
  [45356, "甲", 1001, "螺丝", 3, 19.99, null],
  [45357, "甲", 1001, null, -1, null, 10],
  [null, "甲", null, null, null, null, 1], // 1899-12-31 has no serial; the DuckDB side sees the text "1899-12-31"
  [45383, "乙", null, null, null, null, 0.125],
];

describe("aggregateOrderFile on Parquet", () => {
  const dir = scratchDir();

  it("reads DATE, BIGINT, DOUBLE and DECIMAL columns to the hand-worked aggregate", async () => {
    const path = join(dir, "orders.parquet");
    await writeParquet(path, typedLines);
    const { aggregate, issues } = await aggregateOrderFile(path);
    expect(aggregate).toEqual({
      months: ["2024-03", "2024-04"],
      customers: [
        {
          key: "乙",
          name: "乙",
          monthlyAmount: [0, 0.13], // 0.125 → 12.5 + 0.5 → 13 cents
          monthlyQuantity: [0, 0],
          lastOrder: 45383,
          skus: [{ sku: "", product: "", amount: 0.13, quantity: 0 }],
        },
        {
          key: "甲",
          name: "甲",
          monthlyAmount: [49.97, 0], // 3 × 19.99 = 59.97, less the return of 10
          monthlyQuantity: [2, 0],
          lastOrder: 45357,
          skus: [{ sku: "1001", product: "螺丝", amount: 49.97, quantity: 2 }],
        },
      ],
      skus: [
        { sku: "1001", product: "螺丝", amount: 49.97, quantity: 2 },
        { sku: "", product: "", amount: 0.13, quantity: 0 },
      ],
      rowsRead: 4,
      skipped: {
        blank: 0,
        noDate: 0,
        badDate: 1,
        ambiguousDate: 0,
        noCustomer: 0,
        badNumber: 0,
        noAmount: 0,
      },
      amountsComputed: 1,
      returns: 1,
    });
    expect(issues).toEqual([{ line: 4, reason: "badDate", field: "date", value: "1899-12-31" }]);
  });

  it("agrees with the in-sheet engine on the same lines as cells", async () => {
    const path = join(dir, "parity.parquet");
    await writeParquet(path, typedLines.replace("DATE '1899-12-31'", "DATE '2024-03-07'"));
    const cells = typedCells.map((row, i) => (i === 2 ? [45358, ...row.slice(1)] : row));
    const duck = await aggregateOrderFile(path);
    expect(duck.aggregate).toEqual(aggregateRows(cells, orderColumns).aggregate);
  });

  it("takes a TIMESTAMP's day and a BOOLEAN as TRUE/FALSE text, like a date-time cell and a boolean cell", async () => {
    const path = join(dir, "timestamps.parquet");
    await writeParquet(
      path,
      `SELECT * FROM (VALUES (TIMESTAMP '2024-03-06 23:59:59', '甲', 10, true), (TIMESTAMP '2024-03-07 00:00:00', '乙', 5, false))
        AS t("日期", "客户", "金额", "产品编号")`,
    );
    const duck = await aggregateOrderFile(path);
    const cells = [
      [45357.99998842592, "甲", true, 10],
      [45358, "乙", false, 5],
    ];
    expect(duck.aggregate).toEqual(
      aggregateRows(cells, { date: 0, customer: 1, sku: 2, amount: 3 }).aggregate,
    );
    expect(duck.aggregate.customers.map((c) => [c.key, c.lastOrder, c.skus[0]?.sku])).toEqual([
      ["乙", 45358, "FALSE"],
      ["甲", 45357, "TRUE"],
    ]);
  });
});
