import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { XlsxWorkbook } from "../../../src/hosts/xlsx/xlsxWorkbook";
import { emptyWorkbook } from "./emptyWorkbook";

// readDisplay: each cell's value with the number format code its style names, through cellXfs → numFmts or the
// built-in table. The expected codes are the ones the test gave exceljs; built-in ids from ECMA-376 18.8.30.

async function formatted(): Promise<XlsxWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Figures");
  sheet.getCell("A1").value = "Customer";
  sheet.getCell("B1").value = 0.1234;
  sheet.getCell("B1").numFmt = "0.0%";
  sheet.getCell("C1").value = 1234.5;
  sheet.getCell("C1").numFmt = "#,##0.00"; // built-in id 4: no <numFmt> element
  sheet.getCell("D1").value = 42;
  sheet.getCell("E3").value = 7; // no style: General
  sheet.getCell("F2").numFmt = "0.00"; // formatted but empty: not a cell with a value
  for (let row = 4; row <= 700; row += 1) sheet.getCell(`A${row}`).value = row;
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return XlsxWorkbook.open(bytes);
}

describe("XlsxWorkbook.readDisplay", () => {
  it("gives each value the format code of its style", async () => {
    const display = (await formatted()).readDisplay("Figures");
    expect(display.sheet).toBe("Figures");
    expect(display.rows[0]).toEqual([
      { value: "Customer", format: "General" },
      { value: 0.1234, format: "0.0%" },
      { value: 1234.5, format: "#,##0.00" },
      { value: 42, format: "General" },
    ]);
    expect(display.rows[1]).toEqual([]);
    expect(display.rows[2]?.[4]).toEqual({ value: 7, format: "General" });
    expect(display.rowCount).toBe(700);
    expect(display.columnCount).toBe(5);
  });

  it("keeps only the first rows asked for and still counts the rest", async () => {
    const display = (await formatted()).readDisplay("figures", 500);
    expect(display.rows).toHaveLength(500);
    expect(display.rows[499]?.[0]).toEqual({ value: 500, format: "General" });
    expect(display.rowCount).toBe(700);
  });

  it("reads the sample's amounts as #,##0.00 and its text as General", () => {
    const sample = join(__dirname, "..", "..", "..", "assets", "sample", "customers.xlsx");
    const display = XlsxWorkbook.open(new Uint8Array(readFileSync(sample))).readDisplay("客户财务", 5);
    expect(display.rows[2]?.[0]).toEqual({ value: "客户编号", format: "General" });
    expect(display.rows[3]?.[4]?.format).toBe("#,##0.00");
    expect(display.rows[3]?.[0]).toEqual({ value: "KA001", format: "General" });
    // 30 customers under the header in row 3, then the totals row.
    expect(display.rowCount).toBe(34);
  });

  describe("edge cases", () => {
    it("reads an empty sheet as no rows", () => {
      const display = XlsxWorkbook.open(emptyWorkbook()).readDisplay("Sheet1");
      expect(display).toEqual({ sheet: "Sheet1", rows: [], rowCount: 0, columnCount: 0 });
    });

    it("refuses a sheet the workbook does not have", () => {
      expect(() => XlsxWorkbook.open(emptyWorkbook()).readDisplay("Nope")).toThrow(/no worksheet/);
    });
  });
});
