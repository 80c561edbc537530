/**
 * `kaw transactions` round trips: order lines from a sheet and the same lines from a CSV file (DuckDB) give the same
 * workbook figures; the monthly sheets' totals equal sums worked out here from the lines; the JSON report's counts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { kaw, readBack } from "./workbooks";

const header = ["日期", "客户名称", "产品编号", "产品名称", "数量", "单价", "金额"];

/** 300 order lines over 2023-01…2024-12 for 7 customers, from a fixed generator; returns and computed amounts. */
function orderLines(): (string | number | null)[][] {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const lines: (string | number | null)[][] = [];
  for (let i = 0; i < 300; i += 1) {
    const month = Math.floor(next() * 24);
    const year = 2023 + Math.floor(month / 12);
    const date = `${year}-${String((month % 12) + 1).padStart(2, "0")}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}`;
    const customer = `客户${1 + Math.floor(next() * 7)}`;
    const sku = `SKU-${1 + Math.floor(next() * 5)}`;
    const quantity = (next() < 0.1 ? -1 : 1) * (1 + Math.floor(next() * 9));
    const price = Math.round(next() * 10000) / 100;
    const amount = next() < 0.2 ? null : Math.round(Math.abs(quantity) * price * 100) / 100;
    lines.push([date, customer, sku, `产品${sku}`, quantity, price, amount]);
  }
  return lines;
}

/** Σ per customer in whole cents, by the engine's rules (README): returns negative, blank amount = q × p. */
function expectedTotals(lines: readonly (string | number | null)[][]): Map<string, number> {
  const cents = new Map<string, number>();
  for (const [, customer, , , quantity, price, amount] of lines) {
    const q = Number(quantity);
    const a = amount === null ? q * Number(price) : Number(amount);
    const signed = q < 0 ? -Math.abs(a) : a;
    const c = Math.sign(signed) * Math.floor(Math.abs(signed) * 100 + 0.5);
    cents.set(String(customer), (cents.get(String(customer)) ?? 0) + c);
  }
  return cents;
}

async function workbook(dir: string, lines: readonly (string | number | null)[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const customers = book.addWorksheet("客户");
  customers.addRow(["客户名称", "同类产品年采购额"]);
  for (let i = 1; i <= 6; i += 1) customers.addRow([`客户${i}`, 100000 * i]);
  const orders = book.addWorksheet("订单");
  orders.addRow(header);
  for (const line of lines) orders.addRow(line);
  const path = join(dir, "in.xlsx");
  writeFileSync(path, new Uint8Array(await book.xlsx.writeBuffer()));
  return path;
}

const value = (cell: ExcelJS.CellValue): unknown =>
  cell !== null && typeof cell === "object" && "result" in cell ? cell.result : cell;

async function figures(path: string): Promise<Record<string, unknown>> {
  const book = await readBack(new Uint8Array(readFileSync(path)));
  const sales = book.getWorksheet("Monthly sales");
  const customers = book.getWorksheet("客户");
  const out: Record<string, unknown> = {};
  sales?.eachRow((row, n) => {
    if (n > 2) out[`total ${row.getCell(1).text}`] = value(row.getCell(26).value);
  });
  customers?.eachRow((row) => {
    out[`columns ${row.getCell(1).text}`] = [3, 4, 5, 6, 7, 8].map((c) => value(row.getCell(c).value));
  });
  return out;
}

describe("kaw transactions", () => {
  const dir = mkdtempSync(join(tmpdir(), "kaw-tx-"));
  const lines = orderLines();

  it("writes monthly totals equal to the sums worked out from the lines, and reports its counts", async () => {
    const input = await workbook(dir, lines);
    const out = join(dir, "sheet.xlsx");
    const args = [
      "transactions",
      input,
      "--out",
      out,
      "--transactions",
      "订单",
      "--customers",
      "客户",
      "--lang",
      "en-US",
      "--json",
    ];
    const run = await kaw(args);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out) as Record<string, unknown>;
    expect(json).toMatchObject({
      command: "transactions",
      source: "订单",
      rowsRead: 300,
      amountsComputed: lines.filter((line) => line[6] === null).length,
      returns: lines.filter((line) => Number(line[4]) < 0).length,
      unknownCustomers: ["客户7"],
      months: { from: "2023-01", to: "2024-12", count: 24 },
    });
    const got = await figures(out);
    let grand = 0;
    for (const [customer, cents] of expectedTotals(lines)) {
      expect(got[`total ${customer}`]).toBe(cents / 100);
      grand += cents;
    }
    expect(got["total Total"]).toBe(grand / 100);
  });

  it("gives the same workbook figures from a CSV of the same lines (DuckDB)", async () => {
    const input = await workbook(dir, lines);
    const csv = join(dir, "orders.csv");
    const text = (cell: string | number | null) => (cell === null ? "" : String(cell));
    writeFileSync(csv, [header, ...lines].map((line) => line.map(text).join(",")).join("\n"));
    const fromSheet = join(dir, "a.xlsx");
    const fromFile = join(dir, "b.xlsx");
    const common = ["--customers", "客户", "--lang", "en-US"];
    expect(
      (await kaw(["transactions", input, "--out", fromSheet, "--transactions", "订单", ...common])).code,
    ).toBe(0);
    const file = await kaw([
      "transactions",
      input,
      "--out",
      fromFile,
      "--transactions-file",
      csv,
      ...common,
      "--json",
    ]);
    expect(file.code).toBe(0);
    expect((JSON.parse(file.out) as { source: string }).source).toBe("orders.csv");
    expect(await figures(fromFile)).toEqual(await figures(fromSheet));
  });

  it("refuses a sheet and a file for the same lines, and names a file without the columns", async () => {
    const input = await workbook(dir, lines.slice(0, 3));
    const both = await kaw(
      [
        "transactions",
        input,
        "--out",
        join(dir, "x.xlsx"),
        "--transactions",
        "订单",
        "--transactions-file",
        "a.csv",
      ],
      {
        LANG: "en_US.UTF-8",
      },
    );
    expect(both.code).toBe(2);
    const csv = join(dir, "bad.csv");
    writeFileSync(csv, "foo,bar\n1,2\n");
    const bad = await kaw(["transactions", input, "--out", join(dir, "y.xlsx"), "--transactions-file", csv], {
      LANG: "en_US.UTF-8",
    });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("bad.csv: the order lines lack");
    const help = await kaw(["transactions", "--help"], { LANG: "en_US.UTF-8" });
    expect(help.out).toContain("--transactions-file FILE");
  });
});
