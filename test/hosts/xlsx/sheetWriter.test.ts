import { prepareStyles } from "../../../src/hosts/xlsx/editStyles";
import { newSheetChunks, writeNewSheet } from "../../../src/hosts/xlsx/sheetWriter";
import { worksheetElementOrder, worksheetElementRank } from "../../../src/hosts/xlsx/worksheetOrder";
import { allTags, localName } from "../../../src/hosts/xlsx/xmlTags";
import type { Edit } from "../../../src/plan/edits";
import { everyKind } from "./everyKindEdits";
import { plainStyles } from "./sheetEditKit";

const { ids } = prepareStyles(plainStyles, everyKind);
const sheet = writeNewSheet(everyKind.changes, ids);

/** Local names of the worksheet's direct children, in written order. */
function topLevel(xml: string): string[] {
  let depth = 0;
  const names: string[] = [];
  for (const tag of allTags(xml)) {
    if (tag.kind === "close") depth--;
    else if (depth === 1) names.push(localName(tag.name));
    if (tag.kind === "open") depth++;
  }
  return names;
}

describe("writeNewSheet", () => {
  it("writes numbers, text, booleans, dates and formulas with their cached values", () => {
    // Styles in plainStyles order: 1 header, 2 money, 3 pct, 4 when, 5 when with yyyy-mm-dd.
    expect(sheet).toContain('<c r="B2" s="2"><v>1200</v></c>');
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t>Acme &amp; Co</t></is></c>');
    expect(sheet).toContain('<c r="A3" t="inlineStr"><is><t>=Bolt</t></is></c>');
    expect(sheet).toContain('<c r="F2" t="b"><v>1</v></c><');
    expect(sheet).toContain('<c r="E3" s="5"><v>45323.5</v></c>');
    expect(sheet).toContain('<c r="D2" s="3"><f>(B2-C2)/B2</f><v>0.3333333333333333</v></c>');
    expect(sheet).toContain(
      '<c r="B6" t="str"><f>IF(B5&gt;0,&quot;ok&quot;,&quot;no&quot;)</f><v>ok</v></c>',
    );
    expect(sheet).toContain('<c r="B7" t="b"><f>B5&gt;1000</f><v>1</v></c>');
    expect(sheet).toContain('<c r="B8" t="e"><f>1/0</f><v>#DIV/0!</v></c>');
  });

  it("applies a style edit over cells written before it, keeping their values", () => {
    expect(sheet).toContain('<c r="B5" s="1"><f>SUM(B2:B3)</f><v>2700</v></c>');
    expect(sheet).toContain('<c r="A5" s="1" t="inlineStr">');
  });

  it("writes layout: tab colour, gridlines, frozen pane, widths, heights, merge, link", () => {
    expect(sheet).toContain('<sheetPr><tabColor rgb="FFFF9900"/><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toContain(
      '<sheetView showGridLines="0" workbookViewId="0"><pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>',
    );
    expect(sheet).toContain(
      '<cols><col min="1" max="1" width="24" customWidth="1"/><col min="2" max="3" width="12" customWidth="1"/></cols>',
    );
    expect(sheet).toContain('<row r="1" ht="30" customHeight="1">');
    expect(sheet).toContain('<mergeCells count="1"><mergeCell ref="A10:C10"/></mergeCells>');
    expect(sheet).toContain(
      '<hyperlink ref="A12" location="\'Cover\'!A1" display="Back to cover" tooltip="Go"/>',
    );
    expect(sheet).toContain('<c r="A12" t="inlineStr"><is><t>Back to cover</t></is></c>');
  });

  it("writes validations with quoted inline lists and conditional formats with unique priorities", () => {
    expect(sheet).toContain("<formula1>&quot;Open,Say &quot;&quot;hi&quot;&quot;,Closed&quot;</formula1>");
    expect(sheet).toContain('<dataValidations count="4">');
    expect(sheet).toContain("<formula1>0</formula1><formula2>1000000</formula2>");
    const priorities = [...sheet.matchAll(/priority="(\d+)"/g)].map((m) => m[1]);
    expect(priorities).toEqual(["1", "2", "3", "4"]);
    expect(sheet).toContain(
      '<cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0.2</formula></cfRule>',
    );
  });

  it("writes page setup with Excel's header and footer codes", () => {
    expect(sheet).toContain('<printOptions horizontalCentered="1"/>');
    expect(sheet).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(sheet).toContain(
      "<oddHeader>&amp;C&amp;A — R&amp;&amp;D</oddHeader><oddFooter>&amp;L&amp;D&amp;RPage &amp;P of &amp;N</oddFooter>",
    );
  });

  it("puts every element in CT_Worksheet's order, drawing and table parts included", () => {
    const written = topLevel(
      writeNewSheet(everyKind.changes, { ...ids, drawingRelId: "rId1", tableRelIds: ["rId2"] }),
    );
    expect(written).toEqual([
      "sheetPr",
      "dimension",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "mergeCells",
      "conditionalFormatting",
      "conditionalFormatting",
      "conditionalFormatting",
      "conditionalFormatting",
      "dataValidations",
      "hyperlinks",
      "printOptions",
      "pageMargins",
      "pageSetup",
      "headerFooter",
      "drawing",
      "tableParts",
    ]);
    const ranks = written.map(worksheetElementRank);
    expect(ranks.every((rank, i) => rank >= 0 && (i === 0 || rank >= (ranks[i - 1] ?? 0)))).toBe(true);
  });

  it("holds the schema's sequence (ECMA-376 part 1, CT_Worksheet, transitional)", () => {
    expect(worksheetElementOrder.indexOf("sheetData")).toBe(5);
    expect(worksheetElementOrder.slice(14, 23)).toEqual([
      "mergeCells",
      "phoneticPr",
      "conditionalFormatting",
      "dataValidations",
      "hyperlinks",
      "printOptions",
      "pageMargins",
      "pageSetup",
      "headerFooter",
    ]);
    expect(worksheetElementOrder.slice(-3)).toEqual(["webPublishItems", "tableParts", "extLst"]);
  });

  describe("edge cases", () => {
    const one = (edit: Edit): string => writeNewSheet([edit], ids);
    it("refuses an inline list with a comma in an item or longer than 255 characters", () => {
      const list = (values: string[]): Edit => ({
        kind: "validation",
        sheet: "Report",
        range: "A1",
        rule: { type: "list", values },
      });
      expect(() => one(list(["a,b"]))).toThrow(/contains a comma/);
      expect(() => one(list(["x".repeat(128), "y".repeat(127)]))).toThrow(/256 characters; Excel allows 255/);
      expect(one(list(["x".repeat(127), "y".repeat(127)]))).toContain("<formula1>&quot;xxx");
    });
    it("refuses overlapping merges and undeclared styles", () => {
      const merge = (range: string): Edit => ({ kind: "merge", sheet: "Report", range });
      expect(() => writeNewSheet([merge("A1:B2"), merge("B2:C3")], ids)).toThrow(/overlaps merge A1:B2/);
      expect(() => one({ kind: "style", sheet: "Report", range: "A1", style: "nope" })).toThrow(
        /not declared/,
      );
    });
    it("hands a big sheet out in chunks that join to the whole part", () => {
      const rows = Array.from({ length: 20000 }, (_, i) => [`Customer ${i}`, i]);
      const edits: Edit[] = [{ kind: "cells", sheet: "Big", at: "A1", rows }];
      const chunks = [...newSheetChunks(edits, ids)];
      expect(chunks.length).toBeGreaterThan(2);
      expect(chunks.join("")).toBe(writeNewSheet(edits, ids));
      expect(chunks.join("")).toContain(
        '<row r="20000"><c r="A20000" t="inlineStr"><is><t>Customer 19999</t></is></c><c r="B20000"><v>19999</v></c></row></sheetData>',
      );
    });
    it("writes an empty sheet with a dimension of A1 and default margins", () => {
      const empty = writeNewSheet([{ kind: "createSheet", sheet: "Empty" }], ids);
      expect(empty).toContain(
        '<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"></sheetView></sheetViews>',
      );
      expect(empty).toContain("<sheetData></sheetData><pageMargins ");
    });
  });
});
