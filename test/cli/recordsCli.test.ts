/**
 * `kaw records` round trip, read back independently: exceljs for cells, merges, validations, print setup and freeze
 * panes; the package XML for hyperlinks and conditional formats. A second generation keeps what is there.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { kaw, readBack } from "./workbooks";

async function input(dir: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Accounts");
  sheet.addRow(["Customer", "Priority tier"]);
  sheet.addRow(["North Ltd", "A"]);
  sheet.addRow(["South: Co/Ltd", "B"]);
  sheet.addRow(["+86 138 0000 0000", "A"]);
  const path = join(dir, "in.xlsx");
  writeFileSync(path, new Uint8Array(await book.xlsx.writeBuffer()));
  return path;
}

function sheetXml(bytes: Uint8Array, sheetName: string): string {
  const parts = unzipSync(bytes);
  const workbook = strFromU8(parts["xl/workbook.xml"] as Uint8Array);
  const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"] as Uint8Array);
  const escaped = sheetName.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  const id = new RegExp(
    `<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*r:id="([^"]+)"`,
  ).exec(workbook)?.[1];
  const target = new RegExp(`Id="${id ?? ""}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
  return strFromU8(parts[`xl/${target.replace(/^\/?xl\//, "")}`] as Uint8Array);
}

describe("kaw records", () => {
  const dir = mkdtempSync(join(tmpdir(), "kaw-records-"));

  it("writes the record sheets for a tier, formatted, validated and printable", async () => {
    const out = join(dir, "out.xlsx");
    const run = await kaw([
      "records",
      await input(dir),
      "--out",
      out,
      "--tier",
      "A",
      "--lang",
      "en-US",
      "--json",
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out) as { customers: string[]; created: string[]; indexSheet: string };
    expect(json.customers).toEqual(["North Ltd", "+86 138 0000 0000"]);
    expect(json.created).toEqual(["North Ltd", "+86 138 0000 0000"]);
    const bytes = new Uint8Array(readFileSync(out));
    const book = await readBack(bytes);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      "Accounts",
      "Visit record",
      "Visit preparation",
      "North Ltd",
      "+86 138 0000 0000",
      "Development records",
    ]);
    const record = book.getWorksheet("+86 138 0000 0000");
    expect(record?.getCell("B2").value).toBe("+86 138 0000 0000"); // text, not a formula or a number
    expect(record?.pageSetup.orientation).toBe("landscape");
    expect(record?.pageSetup.fitToWidth).toBe(1);
    expect(record?.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(record?.getCell("E6").dataValidation).toMatchObject({ type: "list", formulae: ['"✓"'] });
    const xml = sheetXml(bytes, "+86 138 0000 0000");
    expect(xml).toMatch(/<mergeCell ref="E4:I4"\/>/); // 业务进度 / Progress over its five stages
    expect(xml).toContain("<conditionalFormatting");
    const index = sheetXml(bytes, "Development records");
    expect(index).toContain(`location="'+86 138 0000 0000'!A1"`);
  });

  it("keeps the existing record sheets on a second generation and adds the new customer's", async () => {
    const first = join(dir, "first.xlsx");
    const source = await input(dir);
    expect((await kaw(["records", source, "--out", first, "--customers", "North Ltd"])).code).toBe(0);
    const second = join(dir, "second.xlsx");
    const run = await kaw(["records", first, "--out", second, "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out) as { created: string[]; kept: string[] };
    expect(json.kept).toEqual(["North Ltd"]);
    expect(json.created).toEqual(["South_ Co_Ltd", "+86 138 0000 0000"]);
  });
});
