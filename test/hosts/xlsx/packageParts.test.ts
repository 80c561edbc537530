import { applyEdits } from "../../../src/hosts/xlsx/applyEdits";
import { XlsxError } from "../../../src/hosts/xlsx/xlsxError";
import { XlsxPackage } from "../../../src/hosts/xlsx/xlsxPackage";
import type { ChartEdit, Edit } from "../../../src/plan/edits";
import { all, one, parseXml } from "./chartXmlReader";
import { check, conversionTimeoutMs, convert, title } from "./libreofficeKit";
import { differingEntries, entryNames, excelRead, fixture, partText, tableColumnNames } from "./xlsxTestKit";

const chartOnSheet1: ChartEdit = {
  kind: "chart",
  sheet: "Sheet1",
  type: "column",
  title: "Added",
  categories: { ref: "Sheet2!$A$2:$A$4", cache: ["a", "b", "c"] },
  series: [{ name: "S", values: "Sheet2!$D$2:$D$4", cache: [1, 2, 3] }],
  anchor: { cell: "F2", width: 300, height: 200 },
};

/** Apply edits that need no existing-sheet patch (the patcher must not be called). */
function apply(bytes: Uint8Array, changes: readonly Edit[]): Uint8Array {
  const pkg = XlsxPackage.open(bytes);
  applyEdits(pkg, { changes }, () => {
    throw new Error("an existing sheet part was patched");
  });
  return pkg.toBytes();
}

describe("charts join the sheet's existing drawing", () => {
  it("adds Book1's third chart to drawing1.xml beside its two charts, touching nothing else", () => {
    const before = fixture("Book1.xlsx");
    const after = apply(before, [chartOnSheet1]);
    expect(differingEntries(before, after).sort()).toEqual([
      "[Content_Types].xml",
      "xl/charts/chart3.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    const drawing = parseXml(partText(after, "xl/drawings/drawing1.xml"));
    const frames = all(drawing, "xdr:graphicFrame");
    expect(frames).toHaveLength(3);
    // The image is the sheet's background `<picture>`: sheet1.xml and its rels stay byte-identical (above).
    const rels = parseXml(partText(after, "xl/drawings/_rels/drawing1.xml.rels")).children;
    const added = rels.find((rel) => rel.attributes.Target === "../charts/chart3.xml");
    expect(added?.attributes.Id).toBe("rId3");
    expect(one(frames[2] ?? drawing, "c:chart").attributes["r:id"]).toBe("rId3");
    const ids = all(drawing, "xdr:cNvPr").map((n) => n.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(partText(after, "[Content_Types].xml")).toContain(
      '<Override PartName="/xl/charts/chart3.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
  });

  check(
    `LibreOffice converts Book1 with the added chart to PDF${title}`,
    () => {
      const pdf = convert(apply(fixture("Book1.xlsx"), [chartOnSheet1]), "pdf", "pdf");
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    },
    conversionTimeoutMs + 30_000,
  );
});

describe("deleting a sheet", () => {
  it("removes Book1's Sheet1 with its drawing, charts, image, comments, table and their content types", () => {
    const before = fixture("Book1.xlsx");
    const after = apply(before, [{ kind: "deleteSheet", sheet: "Sheet1" }]);
    const gone = entryNames(before).filter((name) => !entryNames(after).includes(name));
    expect(gone.sort()).toEqual([
      "xl/charts/_rels/chart1.xml.rels",
      "xl/charts/_rels/chart2.xml.rels",
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/colors1.xml",
      "xl/charts/colors2.xml",
      "xl/charts/style1.xml",
      "xl/charts/style2.xml",
      "xl/comments1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/media/image1.jpeg",
      "xl/tables/table1.xml",
      "xl/worksheets/_rels/sheet1.xml.rels",
      "xl/worksheets/sheet1.xml",
    ]);
    expect(
      differingEntries(before, after)
        .filter((name) => !gone.includes(name))
        .sort(),
    ).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml"]);
    const types = partText(after, "[Content_Types].xml");
    expect(types).not.toMatch(/sheet1|drawing1|chart|table1|comments1/);
    expect(all(parseXml(partText(after, "xl/workbook.xml")), "sheet").map((s) => s.attributes.name)).toEqual([
      "Sheet2",
    ]);
  });
});

describe("formulas and calcChain", () => {
  it("drops CalcChain.xlsx's chain (it has no relationship) and asks for a full recalculation", () => {
    const before = fixture("CalcChain.xlsx");
    const after = apply(before, [
      { kind: "createSheet", sheet: "Totals" },
      { kind: "cells", sheet: "Totals", at: "A1", rows: [[{ formula: "Sheet1!B1+1", value: 2 }]] },
    ]);
    expect(entryNames(after)).not.toContain("xl/calcChain.xml");
    expect(partText(after, "[Content_Types].xml")).not.toContain("calcChain");
    expect(partText(after, "xl/workbook.xml")).toContain('<calcPr calcId="124519" fullCalcOnLoad="1"/>');
  });
});

describe("checked before a byte changes", () => {
  it("leaves the package as it was when a table name is taken (case-insensitively)", () => {
    const before = fixture("Book1.xlsx");
    const pkg = XlsxPackage.open(before);
    const changes: Edit[] = [
      { kind: "createSheet", sheet: "New" },
      { kind: "cells", sheet: "New", at: "A1", rows: [["h"], [1]] },
      { ...chartOnSheet1, sheet: "New" },
      { kind: "table", sheet: "New", range: "A1:A2", name: "TABLE1" },
    ];
    expect(() => applyEdits(pkg, { changes }, () => undefined)).toThrow(XlsxError);
    expect(differingEntries(before, pkg.toBytes())).toEqual([]);
  });

  it("removes a new sheet already streamed when a later one fails, leaving the package as it was", () => {
    const before = fixture("MergeCell.xlsx");
    const pkg = XlsxPackage.open(before);
    const changes: Edit[] = [
      { kind: "createSheet", sheet: "First" },
      { kind: "cells", sheet: "First", at: "A1", rows: [[1]] },
      { kind: "createSheet", sheet: "Second" },
      { kind: "cells", sheet: "Second", at: "A1", rows: [[2]], style: "undeclared" },
    ];
    expect(() => applyEdits(pkg, { changes })).toThrow(XlsxError);
    expect(differingEntries(before, pkg.toBytes())).toEqual([]);
  });

  it("refuses to delete the only sheet of a workbook", () => {
    const pkg = XlsxPackage.open(fixture("CalcChain.xlsx"));
    expect(() => applyEdits(pkg, { changes: [{ kind: "deleteSheet", sheet: "Sheet1" }] })).toThrow(
      /only sheet/,
    );
  });

  it("names a table on an existing sheet from the sheet's own header cells (MergeCell.xlsx)", async () => {
    const before = fixture("MergeCell.xlsx");
    const original = (await excelRead(before)).getWorksheet("Sheet1");
    const headers = ["C1", "D1"].map((cell) => original?.getCell(cell).text ?? "");
    const pkg = XlsxPackage.open(before);
    applyEdits(pkg, { changes: [{ kind: "table", sheet: "Sheet1", range: "C1:D3", name: "Existing" }] });
    const sheet = (await excelRead(pkg.toBytes())).getWorksheet("Sheet1");
    expect(sheet && tableColumnNames(sheet, "Existing")).toEqual(headers);
    expect(headers.every((h) => h.length > 0)).toBe(true);
  });

  it("numbers a new table after Book1's table1 and names its columns from the header cells", () => {
    const after = apply(fixture("Book1.xlsx"), [
      { kind: "createSheet", sheet: "New" },
      {
        kind: "cells",
        sheet: "New",
        at: "B2",
        rows: [
          ["Name", 2026],
          ["a", 1],
        ],
      },
      { kind: "table", sheet: "New", range: "B2:C3", name: "People" },
    ]);
    const table = parseXml(partText(after, "xl/tables/table2.xml"));
    expect(table.attributes).toMatchObject({ id: "2", name: "People", displayName: "People", ref: "B2:C3" });
    expect(all(table, "tableColumn").map((c) => c.attributes.name)).toEqual(["Name", "2026"]);
    expect(partText(after, "xl/worksheets/_rels/sheet3.xml.rels")).toContain('Target="../tables/table2.xml"');
  });
});
