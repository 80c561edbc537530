import { EditSheetPatcher, patchSheetText } from "../../../src/hosts/xlsx/editSheetPatcher";
import { prepareStyles } from "../../../src/hosts/xlsx/editStyles";
import type { Edit, EditList } from "../../../src/plan/edits";
import { plainStyles } from "./sheetEditKit";
import { fixture, partText } from "./xlsxTestKit";

const list: EditList = {
  styles: { bold: { font: { bold: true } } },
  changes: [
    { kind: "createSheet", sheet: "S", tabColor: "00B050" },
    { kind: "merge", sheet: "S", range: "E1:F2" },
    { kind: "cells", sheet: "S", at: "D13", rows: [[42]] },
    { kind: "cells", sheet: "S", at: "A14", rows: [["Note"]], style: "bold" },
    { kind: "style", sheet: "S", range: "C2", style: "bold" },
    { kind: "columnWidths", sheet: "S", column: "B", widths: [30] },
    { kind: "freeze", sheet: "S", rows: 1, columns: 0 },
    {
      kind: "conditionalFormat",
      sheet: "S",
      range: "D1:D12",
      rule: { type: "formula", formula: 'D1<>""', style: { fill: "FFEB9C" } },
    },
    {
      kind: "validation",
      sheet: "S",
      range: "E3:E9",
      rule: { type: "whole", operator: "greaterThan", min: 0 },
    },
    { kind: "pageSetup", sheet: "S", orientation: "landscape", paperSize: "A4", fitToWidth: 1 },
  ],
};
const { ids } = prepareStyles(plainStyles, list);
const mergeSheet = partText(fixture("MergeCell.xlsx"), "xl/worksheets/sheet1.xml");
const bold = ids.xf.get("bold");

describe("patchSheetText on an existing sheet", () => {
  const out = patchSheetText(mergeSheet, list.changes, ids);

  it("inserts sheetPr, widens the dimension, freezes the first view and adds cols in schema order", () => {
    expect(out).toContain(
      '<sheetPr><tabColor rgb="FF00B050"/><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:D14" />',
    );
    expect(out).toContain(
      '<sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView>',
    );
    expect(out).toContain(
      'x14ac:dyDescent="0.2" /><cols><col min="2" max="2" width="30" customWidth="1"/></cols><sheetData>',
    );
  });

  it("restyles an existing cell keeping its value, and creates the rows the edits need", () => {
    expect(out).toContain(`<c r="C2" t="s" s="${bold}"><v>4</v></c>`);
    expect(out).toContain(
      `<c r="D12" t="s"><v>31</v></c></row><row r="13"><c r="D13"><v>42</v></c></row><row r="14"><c r="A14" s="${bold}" t="inlineStr"><is><t>Note</t></is></c></row></sheetData>`,
    );
  });

  it("merges into existing containers and inserts the rest in order, keeping every other byte", () => {
    expect(out).toContain(
      '<mergeCells count="5"><mergeCell ref="A1:B1" /><mergeCell ref="A2:A3" /><mergeCell ref="A4:B5" /><mergeCell ref="A7:C10" /><mergeCell ref="E1:F2"/></mergeCells><phoneticPr fontId="1" /><conditionalFormatting sqref="D1:D12"><cfRule type="expression" dxfId="0" priority="1"><formula>D1&lt;&gt;&quot;&quot;</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="whole" operator="greaterThan" allowBlank="1" showErrorMessage="1" sqref="E3:E9"><formula1>0</formula1></dataValidation></dataValidations><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3" /><pageSetup paperSize="9" orientation="landscape" horizontalDpi="4294967292" verticalDpi="4294967292" fitToWidth="1" fitToHeight="0"/></worksheet>',
    );
    const untouched = mergeSheet.slice(mergeSheet.indexOf('<row r="3"'), mergeSheet.indexOf('<row r="12"'));
    expect(out).toContain(untouched);
  });

  it("gives the same text whatever the chunks the part streams in", () => {
    const pieces: string[] = [];
    const patcher = new EditSheetPatcher(list.changes, ids, (text) => pieces.push(text));
    for (let i = 0; i < mergeSheet.length; i += 7) patcher.push(mergeSheet.slice(i, i + 7));
    patcher.end();
    expect(pieces.join("")).toBe(out);
  });

  it("refuses a merge overlapping one the sheet has", () => {
    const overlap: Edit = { kind: "merge", sheet: "S", range: "B5:C6" };
    expect(() => patchSheetText(mergeSheet, [overlap], ids)).toThrow(/overlaps the sheet's merge A4:B5/);
  });

  it("leaves a sheet that no edit touches byte for byte", () => {
    expect(patchSheetText(mergeSheet, [], ids)).toBe(mergeSheet);
  });
});

describe("patchSheetText with the sheet's own formats, links and tables", () => {
  it("numbers new conditional formats above the highest priority, x14 rules included, after the existing blocks", () => {
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>' +
      '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="2"><formula>TRUE</formula></cfRule></conditionalFormatting>' +
      '<dataValidations count="1"><dataValidation type="list" sqref="B1"><formula1>"a"</formula1></dataValidation></dataValidations>' +
      '<pageMargins left="1" right="1" top="1" bottom="1" header="0.5" footer="0.5"/>' +
      '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormatting><x14:cfRule type="dataBar" priority="5" id="{1}"/></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst></worksheet>';
    const edits: Edit[] = [
      { kind: "conditionalFormat", sheet: "S", range: "C1:C9", rule: { type: "dataBar", color: "638EC6" } },
      { kind: "validation", sheet: "S", range: "D1", rule: { type: "custom", formula: "D1>0" } },
    ];
    const out = patchSheetText(sheet, edits, ids);
    expect(out).toContain(
      '</cfRule></conditionalFormatting><conditionalFormatting sqref="C1:C9"><cfRule type="dataBar" priority="6">',
    );
    expect(out).toContain(
      '<dataValidations count="2"><dataValidation type="list" sqref="B1"><formula1>"a"</formula1></dataValidation><dataValidation type="custom"',
    );
    expect(out).toContain('<sheetData></sheetData><conditionalFormatting sqref="A1">');
  });

  it("adds a link to Book1's hyperlinks, a table part after its own, a page setup before its drawing, split widths", () => {
    const book1 = partText(fixture("Book1.xlsx"), "xl/worksheets/sheet1.xml");
    const edits: Edit[] = [
      {
        kind: "hyperlink",
        sheet: "Sheet1",
        cell: "A19",
        target: { sheet: "Sheet2", cell: "D2" },
        text: "Totals",
      },
      { kind: "pageSetup", sheet: "Sheet1", orientation: "landscape" },
      { kind: "columnWidths", sheet: "Sheet1", column: "F", widths: [9, 9] },
    ];
    const out = patchSheetText(book1, edits, { ...ids, tableRelIds: ["rId9"] });
    expect(out).toContain('<c r="A19" t="inlineStr"><is><t>Totals</t></is></c>');
    expect(out).toContain(
      '<hyperlinks><hyperlink ref="A22" r:id="rId1" /><hyperlink ref="A19" location="\'Sheet2\'!D2" display="Totals"/></hyperlinks><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3" /><pageSetup orientation="landscape"/><drawing r:id="rId2" />',
    );
    expect(out).toContain(
      '<tableParts count="2"><tablePart r:id="rId5" /><tablePart r:id="rId9"/></tableParts></worksheet>',
    );
    expect(out).toContain(
      '<cols><col customWidth="1" width="9" max="6" min="6"/><col min="7" max="7" width="9" customWidth="1"/></cols>',
    );
  });

  it("declares the relationships namespace on a root without it when a table part is added", () => {
    const bare =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData/></x:worksheet>';
    expect(patchSheetText(bare, [], { ...ids, tableRelIds: ["rId1"] })).toBe(
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheetData></x:sheetData><x:tableParts count="1"><x:tablePart r:id="rId1"/></x:tableParts></x:worksheet>',
    );
  });
});
