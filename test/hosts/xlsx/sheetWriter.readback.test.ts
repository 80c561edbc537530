import type ExcelJS from "exceljs";
import { everyKind } from "./everyKindEdits";
import { check, conversionTimeoutMs, convert, title } from "./libreofficeKit";
import { recalculatedRows } from "./libreofficeRecalc";
import { packageWithNewSheet } from "./sheetEditKit";
import { excelRead, partText } from "./xlsxTestKit";

/** exceljs 4.4 keeps these loaded models untyped. */
interface LoadedSheet {
  model: { merges: string[] };
  dataValidations: {
    model: Record<string, { type: string; formulae: unknown[]; prompt?: string; error?: string }>;
  };
  conditionalFormattings: { ref: string; rules: { type: string; priority: number }[] }[];
}

describe("a sheet written by writeNewSheet, read back by exceljs", () => {
  const bytes = packageWithNewSheet(everyKind);
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    const book = await excelRead(bytes);
    const found = book.getWorksheet("Report");
    if (!found) throw new Error("no Report sheet");
    sheet = found;
  });

  it("reads values, formulas with results, dates and booleans", () => {
    expect(sheet.getCell("A2").value).toBe("Acme & Co");
    expect(sheet.getCell("A3").value).toBe("=Bolt");
    expect(sheet.getCell("B3").value).toBe(1500);
    expect(sheet.getCell("D2").value).toEqual({ formula: "(B2-C2)/B2", result: 1 / 3 });
    expect(sheet.getCell("B6").value).toEqual({ formula: 'IF(B5>0,"ok","no")', result: "ok" });
    // Serial 45292 is 2024-01-01 in the 1900 date system.
    expect(sheet.getCell("E2").value).toEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(sheet.getCell("E2").numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("F3").value).toBe(false);
  });

  it("reads styles: bold white font, fill, borders, number formats, alignment, lock", () => {
    expect(sheet.getCell("C1").font.bold).toBe(true);
    expect(sheet.getCell("C1").font.color?.argb).toBe("FFFFFFFF");
    expect(sheet.getCell("C1").font.size).toBe(11);
    expect(sheet.getCell("C1").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FF1F4E79" },
    });
    expect(sheet.getCell("C1").border.bottom?.style).toBe("medium");
    expect(sheet.getCell("C1").border.top).toMatchObject({ style: "thin", color: { argb: "FFFF0000" } });
    expect(sheet.getCell("C1").alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(sheet.getCell("B2").numFmt).toBe("#,##0.00");
    expect(sheet.getCell("D3").numFmt).toBe("0.0%");
    expect(sheet.getCell("D3").protection).toMatchObject({ locked: false });
    expect(sheet.getCell("E3").font.italic).toBe(true);
  });

  it("reads layout: merge, widths, height, frozen pane, gridlines, tab colour, hyperlink", () => {
    expect((sheet as unknown as LoadedSheet).model.merges).toEqual(["A10:C10"]);
    expect(sheet.getColumn(1).width).toBe(24);
    expect(sheet.getColumn(3).width).toBe(12);
    expect(sheet.getRow(1).height).toBe(30);
    expect(sheet.views[0]).toMatchObject({
      state: "frozen",
      xSplit: 1,
      ySplit: 1,
      topLeftCell: "B2",
      showGridLines: false,
    });
    expect(sheet.properties.tabColor).toEqual({ argb: "FFFF9900" });
    expect(sheet.getCell("A12").value).toBe("Back to cover");
    // exceljs 4.4 drops links without a relationship on load (its hyperlinkMap needs an r:id): read the part.
    expect(partText(bytes, "xl/worksheets/sheet2.xml")).toContain(
      '<hyperlinks><hyperlink ref="A12" location="\'Cover\'!A1" display="Back to cover" tooltip="Go"/></hyperlinks>',
    );
  });

  it("reads validations and conditional formats", () => {
    const validations = (sheet as unknown as LoadedSheet).dataValidations.model;
    expect(validations["G3"]).toMatchObject({
      type: "list",
      formulae: ['"Open,Say ""hi"",Closed"'],
      prompt: "Pick one",
      error: "Not in the list",
    });
    expect(validations["B2"]).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 1000000],
    });
    expect(validations["I2"]).toMatchObject({ type: "custom", formulae: ["LEN(I2)<10"] });
    const formats = (sheet as unknown as LoadedSheet).conditionalFormattings;
    expect(formats.map((f) => [f.ref, f.rules[0]?.type, f.rules[0]?.priority])).toEqual([
      ["D2:D3", "cellIs", 1],
      ["A2:F3", "expression", 2],
      ["B2:B3", "dataBar", 3],
      ["C2:C3", "colorScale", 4],
    ]);
  });

  it("reads page setup and header/footer", () => {
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
    });
    expect(sheet.headerFooter.oddFooter).toBe("&L&D&RPage &P of &N");
  });
});

describe("LibreOffice opens a sheet written by writeNewSheet", () => {
  check(
    `converts it to PDF${title}`,
    () => {
      const pdf = convert(packageWithNewSheet(everyKind), "pdf", "pdf");
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    },
    conversionTimeoutMs + 30_000,
  );

  check(
    `recalculates every written formula to its cached value${title}`,
    () => {
      const rows = recalculatedRows(packageWithNewSheet(everyKind), "Report");
      // Raw values (not as shown), worked by hand: (1200-800)/1200 = (1500-1000)/1500 = 1/3; 1200+1500 = 2700.
      expect(rows[1]).toBe("Acme & Co,1200,800,33.3333333333333%,2024-01-01,TRUE");
      expect(rows[2]).toBe("=Bolt,1500,1000,33.3333333333333%,2024-02-01 12:00:00,FALSE");
      expect(rows.slice(4, 8)).toEqual([
        "Total,2700,,,,",
        "Label,ok,,,,",
        "Check,TRUE,,,,",
        "Broken,#DIV/0!,,,,",
      ]);
    },
    conversionTimeoutMs + 30_000,
  );
});
