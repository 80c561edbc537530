/**
 * `kaw forecast` round trip: the sheets and names it writes, read back independently (exceljs, the package XML),
 * the JSON report, and an assumption changed with --set.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { kaw, readBack } from "./workbooks";

async function input(dir: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const customers = book.addWorksheet("Accounts");
  customers.addRow(["Customer", "Priority tier"]);
  customers.addRow(["North", "A"]);
  customers.addRow(["South", "C"]);
  const orders = book.addWorksheet("Orders");
  orders.addRow(["Date", "Customer", "SKU", "Amount"]);
  for (let month = 0; month < 26; month += 1) {
    const date = `${2023 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-10`;
    orders.addRow([date, "North", "A", 1000 + 200 * Math.cos((2 * Math.PI * month) / 12) + 10 * month]);
    if (month > 20) orders.addRow([date, "South", "B", 300]);
  }
  const path = join(dir, "in.xlsx");
  writeFileSync(path, new Uint8Array(await book.xlsx.writeBuffer()));
  return path;
}

describe("kaw forecast", () => {
  const dir = mkdtempSync(join(tmpdir(), "kaw-forecast-"));

  it("writes the forecast, the assumptions with their names and the value formulas, and reports them", async () => {
    const out = join(dir, "out.xlsx");
    const args = [
      "forecast",
      await input(dir),
      "--out",
      out,
      "--sheet",
      "Accounts",
      "--transactions",
      "Orders",
    ];
    const run = await kaw([...args, "--set", "grossMargin=0.3", "--lang", "en-US", "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out) as Record<string, unknown>;
    expect(json).toMatchObject({
      command: "forecast",
      customers: 2,
      methods: { ets: 1, holt: 0, mean: 1 },
      months: { from: "2025-03", to: "2026-02" },
      forecastSheet: "Sales forecast",
      assumptionsSheet: "Forecast assumptions",
      assumptionsCreated: true,
    });
    const bytes = new Uint8Array(readFileSync(out));
    const book = await readBack(bytes);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      "Accounts",
      "Orders",
      "Forecast assumptions",
      "Sales forecast",
    ]);
    const names = strFromU8(unzipSync(bytes)["xl/workbook.xml"] as Uint8Array);
    expect(names).toMatch(
      /<definedName name="kaw_grossMargin"[^>]*>'Forecast assumptions'!\$C\$\d+<\/definedName>/,
    );
    const accounts = book.getWorksheet("Accounts");
    expect(accounts?.getCell("C1").value).toBe("Forecast sales (12 months)");
    const profit = accounts?.getCell("D2").value as { formula: string; result: number };
    expect(profit.formula).toBe("C2*kaw_grossMargin");
    const sales = accounts?.getCell("C2").value as { result: number };
    expect(profit.result).toBeCloseTo(sales.result * 0.3, 9); // --set grossMargin=0.3 took effect
    expect(accounts?.getCell("K2").value).toMatchObject({ result: expect.stringMatching(/^(Yes|No)$/) });
  });

  it("refuses an assumption out of range, naming it", async () => {
    const run = await kaw(
      [
        "forecast",
        await input(dir),
        "--out",
        join(dir, "x.xlsx"),
        "--sheet",
        "Accounts",
        "--transactions",
        "Orders",
        "--set",
        "riskA=2",
      ],
      { LANG: "en_US.UTF-8" },
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain("Risk coefficient · tier A: 2 is outside 0 to 1");
  });
});
