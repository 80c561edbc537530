/**
 * Issue §7's proof for the .xlsx host: one edit list with every kind (test/hosts/everyEditList.ts) applied to an
 * empty workbook and to each Excel-made fixture. Read back by exceljs, by an independent saxes read (charts,
 * hyperlinks, names exceljs leaves out) and by LibreOffice (PDF, and a recalculation of every written formula).
 */
import type ExcelJS from "exceljs";
import { applyEdits } from "../../../src/hosts/xlsx/applyEdits";
import { XlsxPackage } from "../../../src/hosts/xlsx/xlsxPackage";
import type { ChartEdit } from "../../../src/plan/edits";
import { everyEditList, everyFormula, existingSheet, forecastSheet, salesSheet } from "../everyEditList";
import { all, one, parseXml, seriesOf, titleText } from "./chartXmlReader";
import { emptyWorkbook } from "./emptyWorkbook";
import { check, conversionTimeoutMs, convert, recalculatedSheets, title } from "./libreofficeKit";
import { differingEntries, entryNames, excelRead, fixture, partText } from "./xlsxTestKit";

const cases: [string, () => Uint8Array][] = [
  ["an empty workbook", emptyWorkbook],
  ...["Book1.xlsx", "CalcChain.xlsx", "MergeCell.xlsx", "SharedStrings.xlsx"].map(
    (name): [string, () => Uint8Array] => [name, () => fixture(name)],
  ),
];

/** Parts every fixture's apply rewrites: the package's lists, the workbook, styles and the edited Sheet1. */
const rewritten = [
  "[Content_Types].xml",
  "xl/_rels/workbook.xml.rels",
  "xl/workbook.xml",
  "xl/styles.xml",
  "xl/worksheets/sheet1.xml",
  "xl/calcChain.xml",
];

function sheetPart(bytes: Uint8Array, sheet: string): string {
  const workbook = parseXml(partText(bytes, "xl/workbook.xml"));
  const id = all(workbook, "sheet").find((s) => s.attributes.name === sheet)?.attributes["r:id"];
  const rel = parseXml(partText(bytes, "xl/_rels/workbook.xml.rels")).children.find(
    (r) => r.attributes.Id === id,
  );
  return `xl/${(rel?.attributes.Target ?? "").replace(/^\/?xl\//, "")}`;
}

/** Chart parts of a sheet, through its drawing's relationships, in anchor order. */
function chartsOf(bytes: Uint8Array, sheet: string): ReturnType<typeof parseXml>[] {
  const part = sheetPart(bytes, sheet);
  const rels = (p: string): ReturnType<typeof parseXml>[] =>
    parseXml(partText(bytes, p.replace(/([^/]+)$/, "_rels/$1.rels"))).children;
  const drawingRel = rels(part).find((r) => r.attributes.Type?.endsWith("/drawing"));
  const drawing = `xl/drawings/${(drawingRel?.attributes.Target ?? "").split("/").pop() ?? ""}`;
  const anchors = all(parseXml(partText(bytes, drawing)), "c:chart").map((c) => c.attributes["r:id"]);
  return anchors.map((id) => {
    const target = rels(drawing).find((r) => r.attributes.Id === id)?.attributes.Target ?? "";
    return parseXml(partText(bytes, `xl/charts/${target.split("/").pop() ?? ""}`));
  });
}

describe.each(cases)("every edit kind applied to %s", (_, load) => {
  const before = load();
  const pkg = XlsxPackage.open(before);
  applyEdits(pkg, everyEditList);
  const after = pkg.toBytes();
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = await excelRead(after);
  });

  it("rewrites only the workbook's lists, styles and Sheet1; every other part keeps its bytes", () => {
    const original = new Set(entryNames(before));
    const changed = differingEntries(before, after).filter((name) => original.has(name));
    expect(changed.filter((name) => !rewritten.includes(name))).toEqual([]);
    expect(changed).toEqual(expect.arrayContaining(["xl/workbook.xml", "xl/worksheets/sheet1.xml"]));
    expect(entryNames(after)).not.toContain("xl/calcChain.xml");
  });

  it("puts the sheets in tab order and reads back merges, freeze panes, page setup and the table (exceljs)", () => {
    const names = book.worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe(salesSheet);
    expect(names.at(-1)).toBe(forecastSheet);
    expect(names).toContain(existingSheet);
    expect(names).not.toContain("Scratch");
    const sales = book.getWorksheet(salesSheet);
    const forecast = book.getWorksheet(forecastSheet);
    if (!sales || !forecast) throw new Error("sheets missing");
    expect((sales as unknown as { model: { merges: string[] } }).model.merges).toEqual(["A1:F1", "B11:C11"]);
    expect((forecast as unknown as { model: { merges: string[] } }).model.merges).toEqual(["A1:C1"]);
    expect(sales.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3, topLeftCell: "B4" });
    expect(sales.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: "1:3",
      printArea: "A1:F12",
    });
    expect(sales.headerFooter).toMatchObject({
      oddHeader: "&C&A&RSales && forecast",
      oddFooter: "&L&D&CPage &P of &N",
    });
    const table = sales.getTable("SalesTable") as unknown as { table: { columns: { name: string }[] } };
    expect(table.table.columns.map((c) => c.name)).toEqual([
      "Month",
      "Actual",
      "Forecast",
      "Share",
      "Beat plan",
      "Month end",
    ]);
    expect(sales.getColumn(1).width).toBe(16);
    expect(sales.getRow(1).height).toBe(26);
    expect(sales.getCell("A12").value).toBe("=not a formula");
  });

  it("writes the cells edit on the existing Sheet1 and empties the cleared row, values and formats", () => {
    const sheet = book.getWorksheet(existingSheet);
    if (!sheet) throw new Error("Sheet1 missing");
    expect(sheet.getCell("F30").value).toBe("Note");
    expect(sheet.getCell("F30").font).toMatchObject({ bold: true });
    expect(sheet.getCell("G31").value).toBe(21);
    expect(sheet.getCell("H31").value).toEqual({ formula: "G31*2", result: 42 });
    for (const cell of ["F32", "G32", "H32"]) {
      expect([cell, sheet.getCell(cell).value, sheet.getCell(cell).numFmt]).toEqual([cell, null, undefined]);
    }
  });

  it("reads back every validation and conditional format (exceljs)", () => {
    const forecast = book.getWorksheet(forecastSheet);
    const sales = book.getWorksheet(salesSheet);
    const rules = (forecast as unknown as { dataValidations: { model: Record<string, object> } })
      .dataValidations.model;
    expect(rules.D9).toMatchObject({ type: "list", formulae: ['"Base,High,Low"'], promptTitle: "Scenario" });
    expect(rules.E4).toMatchObject({ type: "whole", operator: "between", formulae: [0, 1000] });
    expect(rules.F6).toMatchObject({ type: "decimal", operator: "greaterThan", errorStyle: "warning" });
    expect(rules.G4).toMatchObject({ type: "date", operator: "between", errorStyle: "information" });
    expect(rules.H4).toMatchObject({ type: "custom", formulae: ["LEN(H4)<=10"] });
    expect(rules.I9).toMatchObject({ type: "list", formulae: ["$K$4:$K$6"] });
    const formats = (sales as unknown as { conditionalFormattings: { ref: string; rules: object[] }[] })
      .conditionalFormattings;
    expect(formats.map((cf) => [cf.ref, cf.rules[0]])).toEqual([
      ["B4:B9", expect.objectContaining({ type: "cellIs", operator: "greaterThan", formulae: ["150"] })],
      ["C4:C9", expect.objectContaining({ type: "cellIs", operator: "between", formulae: ["130", "160"] })],
      ["A4:A9", expect.objectContaining({ type: "expression", formulae: ["$E4=TRUE"] })],
      ["C4:C9", expect.objectContaining({ type: "dataBar" })],
      ["D4:D9", expect.objectContaining({ type: "colorScale" })],
    ]);
  });

  it("writes the hyperlink, every defined name and the ownership records (saxes read of the parts)", () => {
    const links = all(parseXml(partText(after, sheetPart(after, forecastSheet))), "hyperlink");
    expect(links.map((l) => l.attributes)).toEqual([
      expect.objectContaining({
        ref: "A1",
        location: "'Monthly sales'!A1",
        tooltip: "Go to the sales sheet",
      }),
    ]);
    const workbook = parseXml(partText(after, "xl/workbook.xml"));
    const sheets = all(workbook, "sheet").map((s) => s.attributes.name);
    const scoped = (n: ReturnType<typeof parseXml>): string =>
      n.attributes.localSheetId === undefined ? "" : `${sheets[Number(n.attributes.localSheetId)]}!`;
    const names = all(workbook, "definedName").map((n) => `${scoped(n)}${n.attributes.name}=${n.text}`);
    expect(names).toEqual(
      expect.arrayContaining([
        "Monthly sales!_xlnm.Print_Titles='Monthly sales'!$1:$3",
        "Monthly sales!_xlnm.Print_Area='Monthly sales'!$A$1:$F$12",
        "GrowthRate=0.05",
        "Monthly sales!SalesTotal='Monthly sales'!$B$10",
        "HiddenRate=0.1",
        "Monthly sales!_kaw_sales='Monthly sales'!$A$1:$F$12",
        "Forecast!_kaw_forecast='Forecast'!$A$1:$K$9",
        "Sheet1!_kaw_notes='Sheet1'!$F$30:$H$31",
      ]),
    );
    const comments = all(workbook, "definedName")
      .map((n) => n.attributes.comment)
      .filter(Boolean);
    expect(comments).toEqual([
      "Forecast growth per month",
      "kaw sheet fp=5a1e5f00",
      "kaw sheet fp=f0reca57",
      "kaw fp=0badf00d",
    ]);
    expect(one(workbook, "calcPr").attributes.fullCalcOnLoad).toBe("1");
  });

  it("writes charts whose series, caches, titles and axes match the chart edits (saxes read)", () => {
    const edits = everyEditList.changes.filter((e): e is ChartEdit => e.kind === "chart");
    const charts = [...chartsOf(after, salesSheet), ...chartsOf(after, forecastSheet)];
    expect(charts).toHaveLength(edits.length);
    charts.forEach((chart, i) => {
      const edit = edits[i];
      if (!edit) throw new Error("chart without edit");
      expect(titleText(one(chart, "c:title"))).toBe(edit.title);
      const series = all(chart, "c:ser").map(seriesOf);
      expect(series.map((s) => [s.name, s.valuesRef, s.categoriesRef])).toEqual(
        edit.series.map((s) => [s.name, s.values, edit.categories.ref]),
      );
      series.forEach((s, k) => {
        expect(s.values).toEqual(edit.series[k]?.cache);
        expect(s.categories).toEqual(edit.categories.cache);
        expect(s.dash).toBe(edit.series[k]?.dashed ? "dash" : undefined);
      });
      const axisIds = all(chart, "c:axId").map((a) => a.attributes.val);
      expect(new Set(axisIds).size).toBe(2);
      const reversed = edit.reverseCategories ? "maxMin" : "minMax";
      expect(one(one(chart, "c:catAx"), "c:orientation").attributes.val).toBe(reversed);
      const min = edit.valueAxisMin === undefined ? [] : [String(edit.valueAxisMin)];
      expect(all(one(chart, "c:valAx"), "c:min").map((m) => m.attributes.val)).toEqual(min);
      expect(all(chart, "c:legend")).toHaveLength(edit.legend === false ? 0 : 1);
    });
  });

  check(
    `LibreOffice converts the result to PDF and recalculates every written formula to its cached value${title}`,
    () => {
      expect(convert(after, "pdf", "pdf").subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const formulas = everyFormula();
      const sheets = recalculatedSheets(after, [...new Set(formulas.map((f) => f.sheet))]);
      for (const { sheet, cell, input } of formulas) {
        const [, letters = "", row = ""] = /^([A-Z]+)(\d+)$/.exec(cell) ?? [];
        const shown = sheets.get(sheet)?.[Number(row) - 1]?.[letters.charCodeAt(0) - 65];
        const expected =
          typeof input.value === "boolean" ? String(input.value).toUpperCase() : String(input.value ?? "");
        // Raw values (filter token 9 = false), except that LibreOffice keeps a percent format's "%".
        const number = shown?.endsWith("%") ? Number(shown.slice(0, -1)) / 100 : Number(shown);
        if (typeof input.value === "number")
          expect([cell, number]).toEqual([cell, expect.closeTo(input.value, 9)]);
        else expect([sheet, cell, shown]).toEqual([sheet, cell, expected]);
      }
    },
    2 * conversionTimeoutMs + 30_000,
  );
});

describe("the recalculation check itself", () => {
  check(
    `sees LibreOffice's result, not the cached value (a wrong cache is replaced)${title}`,
    () => {
      const pkg = XlsxPackage.open(emptyWorkbook());
      applyEdits(pkg, {
        changes: [
          { kind: "createSheet", sheet: "Check" },
          { kind: "cells", sheet: "Check", at: "A1", rows: [[{ formula: "1+1", value: 3 }]] },
        ],
      });
      expect(recalculatedSheets(pkg.toBytes(), ["Check"]).get("Check")?.[0]?.[0]).toBe("2");
    },
    conversionTimeoutMs + 30_000,
  );
});
