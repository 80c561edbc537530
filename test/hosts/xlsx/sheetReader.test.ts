import { XlsxWorkbook } from "../../../src/hosts/xlsx/xlsxWorkbook";
import { fixture, oneSheetPackage } from "./xlsxTestKit";

const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

describe("read", () => {
  it("reads every kind of cell value (worked out from the XML by hand)", async () => {
    const body =
      "<sheetData>" +
      '<row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c r="D1" t="b"><v>1</v></c><c t="b"><v>0</v></c></row>' +
      '<row><c r="A2" t="e"><v>#N/A</v></c><c r="B2" t="str"><f>A1&amp;"!"</f><v>Name!</v></c><c r="C2"><f>1/0</f></c><c r="D2"><f>1+1</f><v>2</v></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><r><t>Line</t></r><r><t xml:space="preserve"> one_x000D_</t></r><rPh sb="0" eb="1"><t>ピン</t></rPh></is></c><c r="B3" s="1"/><c r="C3"><v>-1.25E-3</v></c><c r="D3" t="d"><v>2024-03-01</v></c></row>' +
      "</sheetData>";
    const { grid } = await XlsxWorkbook.open(oneSheetPackage(body)).read("Data");
    // 2024-03-01 is Excel serial 45352 (Excel shows =DATE(2024,3,1) as 45352).
    expect(grid).toEqual({
      sheet: "Data",
      top: 0,
      left: 0,
      values: [
        ["Name", "Revenue", null, true, false],
        ["#N/A", "Name!", null, 2],
        ["Line one\r", null, -0.00125, 45352],
      ],
    });
  });

  it("reads Book1's Sheet2 as Excel shows it: rich-text shared strings joined, formulas without a value empty", async () => {
    const { grid } = await XlsxWorkbook.open(fixture("Book1.xlsx")).read("Sheet2");
    expect(grid.values[0]).toEqual(["Monitor", null, "Brand", null, "inlineStr"]);
    expect(grid.values[1]).toEqual(["> 23 Inch", 19, "HP", 200]);
    expect(grid.values[6]).toEqual([null, null, "IBM", 127]); // "IBM" is three runs: I, B, M
    expect(grid.values[10]).toEqual([null, null, "Other", 37]); // E11:I11 are formulas without cached values
    expect(grid.values).toHaveLength(11);
  });

  it("finds the shared strings part whatever the case of its name (CalcChain.xlsx has xl/SharedStrings.xml)", async () => {
    const host = XlsxWorkbook.open(fixture("CalcChain.xlsx"));
    expect((await host.read("Sheet1")).grid.values).toEqual([[0, 1]]);
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedstrings.XML"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/></Relationships>`;
    const odd = oneSheetPackage('<sheetData><row r="1"><c r="A1" t="s"><v>1</v></c></row></sheetData>', {
      "xl/_rels/workbook.xml.rels": rels,
    });
    expect((await XlsxWorkbook.open(odd).read("Data")).grid.values).toEqual([["Revenue"]]);
  });

  it("reports tables with their range and totals row", async () => {
    const { tables } = await XlsxWorkbook.open(fixture("Book1.xlsx")).read("Sheet1");
    expect(tables).toEqual([
      { name: "Table1", rect: { top: 21, left: 3, bottom: 26, right: 4 }, hasTotalsRow: false },
    ]);
  });

  it("throws xlsx.noSuchSheet for an unknown sheet", async () => {
    await expect(XlsxWorkbook.open(fixture("Book1.xlsx")).read("Nope")).rejects.toMatchObject({
      code: "xlsx.noSuchSheet",
    });
  });
});

describe("listSheets and activeSheet", () => {
  it("lists visible worksheets in tab order and takes activeTab", async () => {
    const host = XlsxWorkbook.open(fixture("SharedStrings.xlsx"));
    expect(await host.listSheets()).toEqual(["Sheet1", "Sheet2"]);
    expect(await host.activeSheet()).toBe("Sheet2"); // activeTab="1"
    expect(await XlsxWorkbook.open(fixture("Book1.xlsx")).activeSheet()).toBe("Sheet1"); // no activeTab
  });

  it("leaves out hidden sheets and chartsheets, and falls back to the first visible worksheet", async () => {
    const wbRels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rId3" Type="${rel}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId4" Type="${rel}/styles" Target="styles.xml"/></Relationships>`;
    const workbook = `<workbook xmlns="${main}" xmlns:r="${rel}"><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="Secret" sheetId="1" state="hidden" r:id="rId1"/><sheet name="Chart" sheetId="2" r:id="rId2"/><sheet name="Visible" sheetId="3" r:id="rId3"/></sheets></workbook>`;
    const pkg = oneSheetPackage("<sheetData/>", {
      "xl/workbook.xml": workbook,
      "xl/_rels/workbook.xml.rels": wbRels,
      "xl/chartsheets/sheet1.xml": `<chartsheet xmlns="${main}"/>`,
      "xl/worksheets/sheet2.xml": `<worksheet xmlns="${main}"><sheetData/></worksheet>`,
    });
    const host = XlsxWorkbook.open(pkg);
    expect(await host.listSheets()).toEqual(["Visible"]);
    expect(await host.activeSheet()).toBe("Visible");
    await expect(host.read("Chart")).rejects.toMatchObject({ code: "xlsx.noSuchSheet" });
  });

  it("reads owned blocks only from names scoped to the sheet", async () => {
    const names = `<definedNames><definedName name="_kaw_ratios" localSheetId="0" hidden="1">'Data'!$H$3:$N$43</definedName><definedName name="_kaw_scores" localSheetId="1">Other!$A$1:$B$2</definedName><definedName name="Budget">Data!$A$1</definedName></definedNames>`;
    const workbook = `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets>${names}</workbook>`;
    const { owned } = await XlsxWorkbook.open(
      oneSheetPackage("<sheetData/>", { "xl/workbook.xml": workbook }),
    ).read("Data");
    expect(owned).toEqual([{ job: "ratios", rect: { top: 3, left: 8, bottom: 43, right: 14 } }]);
  });
});
