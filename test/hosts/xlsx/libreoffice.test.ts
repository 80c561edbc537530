import { XlsxWorkbook } from "../../../src/hosts/xlsx/xlsxWorkbook";
import { accountsBlock, exceljsWorkbook } from "./exceljsMade";
import { check, conversionTimeoutMs, convert, title } from "./libreofficeKit";
import { fixture } from "./xlsxTestKit";

describe("LibreOffice opens what the host writes", () => {
  check(
    `converts the patched Book1.xlsx (charts, comment, image, table) to PDF${title}`,
    async () => {
      const host = XlsxWorkbook.open(fixture("Book1.xlsx"));
      await host.apply({
        changes: [
          {
            kind: "columnBlock",
            job: "ratios",
            sheet: "Sheet1",
            headerRow: 21,
            firstColumn: 5,
            firstRow: 22,
            lastRow: 23,
            table: "Table1",
            columns: [{ key: "r", header: "Ratio", numberFormat: "0.00", values: [1.5, "=A1"] }],
          },
        ],
      });
      const pdf = convert(host.toBytes(), "pdf", "pdf");
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    },
    conversionTimeoutMs + 30_000,
  );

  check(
    `shows the block's values with their formats, and formula-like text as text (CSV of the exceljs-made workbook)${title}`,
    async () => {
      const host = XlsxWorkbook.open(await exceljsWorkbook());
      await host.apply({ changes: [accountsBlock] });
      // Filter options: comma, quote, UTF-8, from row 1, ..., token 9 "save cell contents as shown" = true.
      const csv = convert(
        host.toBytes(),
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",
        "csv",
      )
        .toString("utf8")
        .trim()
        .split(/\r?\n/);
      // Worked by hand: 400/1200 = 33.3% with format 0.0%; labels are literal text.
      expect(csv[0]).toBe("Name,Revenue,Cost,Margin,Label");
      expect(csv[1]).toBe('Acme,1200,800,33.3%,"=HYPERLINK(""http://x"")"');
      expect(csv[2]).toBe("Bolt,1500,1000,33.3%,+1");
      expect(csv[3]).toBe("Crane,900,300,66.7%,@me");
    },
    conversionTimeoutMs + 30_000,
  );
});
