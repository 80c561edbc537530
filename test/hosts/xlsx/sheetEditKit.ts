/** Test-only assembly of a package around sheets written by the edit writers (until the orchestrator exists). */
import type { EditList } from "../../../src/plan/edits";
import { prepareStyles } from "../../../src/hosts/xlsx/editStyles";
import { writeNewSheet } from "../../../src/hosts/xlsx/sheetWriter";
import { patchSheetEdits } from "../../../src/hosts/xlsx/editSheetPatcher";
import type { SheetRelIds } from "../../../src/hosts/xlsx/sheetTailElements";
import { XlsxPackage } from "../../../src/hosts/xlsx/xlsxPackage";
import { fixture, makePackage } from "./xlsxTestKit";

const ooxml = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Excel's stylesheet for a new workbook (theme colour dropped: the package has no theme part). */
export const plainStyles =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${main}">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A workbook with a "Cover" sheet (A1 = 1) and a "Report" sheet written by `writeNewSheet` from `list`. */
export function packageWithNewSheet(list: EditList, extraNames = ""): Uint8Array {
  const { xml: styles, ids } = prepareStyles(plainStyles, list);
  const report = writeNewSheet(list.changes, ids);
  return makePackage({
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${ooxml}.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ooxml}.worksheet+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="${ooxml}.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${ooxml}.styles+xml"/></Types>`,
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook xmlns="${main}" xmlns:r="${rel}"><bookViews><workbookView/></bookViews><sheets><sheet name="Cover" sheetId="1" r:id="rId1"/><sheet name="Report" sheetId="2" r:id="rId2"/></sheets>${extraNames}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": styles,
    "xl/worksheets/sheet1.xml": `<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
    "xl/worksheets/sheet2.xml": report,
  });
}

/** A fixture with one existing sheet patched by `patchSheetEdits` (and its styles by `prepareStyles`). */
export function patchedFixture(
  name: string,
  part: string,
  list: EditList,
  relIds: SheetRelIds = {},
): Uint8Array {
  const pkg = XlsxPackage.open(fixture(name));
  const { xml, ids } = prepareStyles(pkg.text("xl/styles.xml"), list);
  pkg.writeText("xl/styles.xml", xml);
  patchSheetEdits(pkg, part, list.changes, { ...ids, ...relIds });
  return pkg.toBytes();
}
