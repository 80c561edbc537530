/**
 * The CLI's DuckDB engine (src/cli/transactionsFile) on small order files whose aggregates were worked out by hand:
 * every figure below is a sum of the lines' whole cents and thousandths, done on paper from the rules of
 * src/domain/transactions/README.md.
 */
import { readFileSync } from "node:fs";
import { aggregateOrderFile } from "../../src/cli/transactionsFile/duckdbAggregate";
import { aggregateSqlPath, splitStatements } from "../../src/cli/transactionsFile/sqlStatements";
import { TransactionsFileError } from "../../src/cli/transactionsFile/transactionsFileError";
import { handAggregate, handLines } from "./handOrders";
import { csvText, gb18030Bytes, scratchDir, writeFile } from "./orderFileKit";

const handIssues = [
  { line: 14, reason: "noDate", field: "date" },
  { line: 15, reason: "badDate", field: "date", value: "2024-02-30" },
  { line: 16, reason: "ambiguousDate", field: "date", value: "03/05/2024" },
  { line: 17, reason: "noCustomer", field: "customer" },
  { line: 18, reason: "badNumber", field: "quantity", value: "abc" },
  { line: 19, reason: "noAmount", field: "amount" },
  { line: 20, reason: "badDate", field: "date", value: "2024-13-01" },
  { line: 21, reason: "badDate", field: "date", value: "1/1/1899" },
  { line: 23, reason: "badDate", field: "date", value: "2023-02-29" },
  { line: 24, reason: "badDate", field: "date", value: "60" },
  { line: 25, reason: "ambiguousDate", field: "date", value: "5.3.2024" },
  { line: 26, reason: "badDate", field: "date", value: "2024-03/05" },
];

describe("aggregateOrderFile", () => {
  const dir = scratchDir();

  it("aggregates a UTF-8 CSV to the hand-worked totals, with one issue per skipped non-blank line", async () => {
    const result = await aggregateOrderFile(writeFile(dir, "orders.csv", csvText(handLines)));
    expect(result.aggregate).toEqual(handAggregate);
    expect(result.issues).toEqual(handIssues);
  });

  it("reads a GB18030 CSV the same, whether told or left to detect it", async () => {
    const path = writeFile(dir, "orders-gb.csv", gb18030Bytes(csvText(handLines)));
    expect((await aggregateOrderFile(path)).aggregate).toEqual(handAggregate);
    const told = await aggregateOrderFile(path, { encoding: "gb18030" });
    expect(told.aggregate).toEqual(handAggregate);
    expect(told.issues).toEqual(handIssues);
  });

  it("reads GB18030 found past the first megabyte (DuckDB refuses the bytes, the file is transcoded)", async () => {
    const filler = Array.from({ length: 60000 }, () => ["2024-03-05", "A", "", "", "", "", "1"]);
    const bytes = gb18030Bytes(csvText([...filler, ["2024-03-06", "甲", "", "", "", "", "2"]]));
    expect(bytes.length).toBeGreaterThan(1 << 20);
    const { aggregate } = await aggregateOrderFile(writeFile(dir, "late-gb.csv", bytes));
    expect(aggregate.customers.map((c) => [c.key, c.monthlyAmount])).toEqual([
      ["A", [60000]],
      ["甲", [2]],
    ]);
  });

  it("matches English headers in any case and spacing, ignores other columns, numbers issues by file line", async () => {
    const csv = [
      "Remark,ORDER-DATE, customer name ,Item code,Product,QTY,unit.price,Sales",
      'x,2024-03-05,甲,A1,"two-line',
      'product",2,3,',
      "",
      "y,bad,甲,,,,,5",
      "z,2024-03-05,甲,,,,,(1.5)",
      "",
    ].join("\r\n");
    const { aggregate, issues } = await aggregateOrderFile(writeFile(dir, "english.csv", csv));
    expect(aggregate.customers).toEqual([
      {
        key: "甲",
        name: "甲",
        monthlyAmount: [4.5], // 2 × 3 = 6, less 1.5
        monthlyQuantity: [2],
        lastOrder: 45356,
        skus: [
          { sku: "A1", product: "two-line\r\nproduct", amount: 6, quantity: 2 },
          { sku: "", product: "", amount: -1.5, quantity: 0 },
        ],
      },
    ]);
    expect(issues).toEqual([{ line: 5, reason: "badDate", field: "date", value: "bad" }]);
  });

  it("skips a title line above the header, and still numbers issues by file line", async () => {
    const csv = "订单明细表 2024年3月\n日期,客户,金额\n2024-03-05,甲,1\nx,乙,2\n\n2024-03-06,丙,\n";
    const { aggregate, issues } = await aggregateOrderFile(writeFile(dir, "title.csv", csv));
    expect(aggregate.customers.map((c) => [c.key, c.monthlyAmount])).toEqual([["甲", [1]]]);
    expect(issues).toEqual([
      { line: 4, reason: "badDate", field: "date", value: "x" },
      { line: 6, reason: "noAmount", field: "amount" },
    ]);
  });

  it("throws missingFields when the header names no date, customer or amount", async () => {
    const path = writeFile(dir, "nodate.csv", "客户,数量\n甲,1\n");
    const error = await aggregateOrderFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionsFileError);
    expect(error).toMatchObject({
      code: "transactionsFile.missingFields",
      params: { fields: "date, amount" },
    });
  });

  it("throws unreadable for a file that is not there", async () => {
    const error = await aggregateOrderFile(`${dir}/no-such-file.csv`).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TransactionsFileError", code: "transactionsFile.unreadable" });
  });

  describe("edge cases", () => {
    it("keeps Excel's serials before 1900-03-01: serial 1 is 1900-01-01, 59 is 1900-02-28, 61 is 1900-03-01", async () => {
      const lines = [
        ["1", "甲", "", "", "", "", "1"],
        ["59", "甲", "", "", "", "", "2"],
        ["61", "甲", "", "", "", "", "4"],
        ["1900-01-01", "乙", "", "", "", "", "8"],
      ];
      const { aggregate } = await aggregateOrderFile(writeFile(dir, "1900.csv", csvText(lines)));
      expect(aggregate.months).toEqual(["1900-01", "1900-02", "1900-03"]);
      expect(aggregate.customers.map((c) => [c.key, c.monthlyAmount, c.lastOrder])).toEqual([
        ["乙", [8, 0, 0], 1],
        ["甲", [1, 2, 4], 61],
      ]);
    });

    it("sums whole cents: a thousand lines of 0.1 and one of 0.2 make exactly 100.2", async () => {
      const lines = [
        ...Array.from({ length: 1000 }, () => ["2024-03-05", "甲", "", "", "0.001", "", "0.1"]),
        ["2024-03-05", "甲", "", "", "", "", "0.2"],
      ];
      const { aggregate } = await aggregateOrderFile(writeFile(dir, "cents.csv", csvText(lines)));
      expect(aggregate.customers[0]?.monthlyAmount).toEqual([100.2]);
      expect(aggregate.customers[0]?.monthlyQuantity).toEqual([1]);
    });

    it("gives no months and no customers when no line counts", async () => {
      const { aggregate } = await aggregateOrderFile(
        writeFile(dir, "none.csv", csvText([["x", "甲", "", "", "", "", "1"]])),
      );
      expect(aggregate).toMatchObject({ months: [], customers: [], skus: [], rowsRead: 1 });
      expect(aggregate.skipped.badDate).toBe(1);
    });
  });
});

describe("aggregate.sql", () => {
  const sql = readFileSync(aggregateSqlPath(), "utf8");

  it("holds the seven statements the CLI runs", () => {
    expect(Object.keys(splitStatements(sql)).sort()).toEqual([
      "counts",
      "customer_months",
      "customer_skus",
      "customers",
      "issues",
      "skus",
      "tx_groups",
    ]);
  });

  it("stays in the SQL DuckDB, Trino and Spark share: no backslash, no DuckDB-only syntax", () => {
    const code = sql
      .split("\n")
      .filter((line) => !line.trimStart().startsWith("--"))
      .join("\n");
    expect(code).not.toMatch(/\\/);
    expect(code).not.toMatch(
      /::|EXCLUDE|strptime|regexp_matches|list_|\[[0-9]+\]|\bQUALIFY\b|\/\/|\bILIKE\b/i,
    );
  });

  it("splits at its markers and drops the comments before the first", () => {
    expect(
      splitStatements("-- about\n-- @statement counts\nSELECT 1\n\n-- @statement skus\nSELECT 2"),
    ).toEqual({
      counts: "SELECT 1",
      skus: "SELECT 2",
    });
  });
});
