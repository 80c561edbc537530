import { XlsxWorkbook } from "../../../src/hosts/xlsx/xlsxWorkbook";
import type { ColumnBlock } from "../../../src/plan/workbookEdit";
import { check, conversionTimeoutMs, convert, title } from "./libreofficeKit";
import { excelRead, makePackage, partText } from "./xlsxTestKit";

const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const pkgRel = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A package as some generators write it: workbook, one sheet, no styles part (and so no styles relationship). */
function withoutStyles(workbookRels = ""): Uint8Array {
  return makePackage({
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    "_rels/.rels": `<Relationships xmlns="${pkgRel}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${pkgRel}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>${workbookRels}</Relationships>`,
    "xl/worksheets/sheet1.xml":
      `<worksheet xmlns="${main}"><sheetData>` +
      `<row r="1"><c r="A1" t="inlineStr"><is><t>Revenue</t></is></c><c r="B1" t="inlineStr"><is><t>Cost</t></is></c></row>` +
      `<row r="2"><c r="A2"><v>1200</v></c><c r="B2"><v>800</v></c></row></sheetData></worksheet>`,
  });
}

/** Margin of 1200 revenue at 800 cost: 400 / 1200 = 0.333…, shown as 33.3% with "0.0%". */
const margin: ColumnBlock = {
  kind: "columnBlock",
  job: "ratios",
  sheet: "Data",
  headerRow: 1,
  firstColumn: 3,
  firstRow: 2,
  lastRow: 2,
  columns: [{ key: "margin", header: "Margin", numberFormat: "0.0%", values: [400 / 1200] }],
};

async function applied(bytes: Uint8Array): Promise<Uint8Array> {
  const host = XlsxWorkbook.open(bytes);
  await host.apply({ changes: [margin] });
  return host.toBytes();
}

describe("a workbook without a styles part", () => {
  it("is given one, with its relationship and content type, instead of being refused", async () => {
    const out = await applied(withoutStyles());
    expect(partText(out, "xl/_rels/workbook.xml.rels")).toContain(
      `<Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/>`,
    );
    expect(partText(out, "[Content_Types].xml")).toContain(
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    );
    const styles = partText(out, "xl/styles.xml");
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="0.0%"/>');
    expect(styles).toContain('<cellXfs count="2">');
  });

  it("opens in exceljs with the block's value and number format", async () => {
    const sheet = (await excelRead(await applied(withoutStyles()))).getWorksheet("Data");
    expect(sheet?.getCell("C1").value).toBe("Margin");
    expect(sheet?.getCell("C2").value).toBeCloseTo(1 / 3, 12);
    expect(sheet?.getCell("C2").numFmt).toBe("0.0%");
  });

  it("creates the part a dangling styles relationship names, without a second relationship", async () => {
    const dangling = `<Relationship Id="rId7" Type="${rel}/styles" Target="custom/look.xml"/>`;
    const out = await applied(withoutStyles(dangling));
    expect(partText(out, "xl/custom/look.xml")).toContain("<cellXfs");
    expect(partText(out, "xl/_rels/workbook.xml.rels").match(/\/styles"/g)).toHaveLength(1);
    expect(partText(out, "[Content_Types].xml")).toContain('PartName="/xl/custom/look.xml"');
  });

  check(
    `opens in LibreOffice, which shows the value with its format (CSV)${title}`,
    async () => {
      // Filter options: comma, quote, UTF-8, from row 1, ..., token 9 "save cell contents as shown" = true.
      const csv = convert(
        await applied(withoutStyles()),
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",
        "csv",
      );
      expect(csv.toString("utf8").trim().split(/\r?\n/)).toEqual(["Revenue,Cost,Margin", "1200,800,33.3%"]);
    },
    conversionTimeoutMs + 30_000,
  );
});
