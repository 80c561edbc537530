import type { ColumnBlock } from "../../../src/plan/workbookEdit";
import { prepareBlock } from "../../../src/hosts/xlsx/blockCells";
import { SheetPatcher } from "../../../src/hosts/xlsx/sheetPatcher";
import { XlsxWorkbook } from "../../../src/hosts/xlsx/xlsxWorkbook";
import { oneSheetPackage, partText } from "./xlsxTestKit";

const after =
  '<mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells><conditionalFormatting sqref="A1:A4"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>1</formula></cfRule></conditionalFormatting>';
const body =
  '<cols><col min="1" max="2" width="12" customWidth="1"/></cols><sheetData>' +
  '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1"><v>99</v></c></row>' +
  '<row r="2" spans="1:4" ht="20" customHeight="1"><c r="A2" t="inlineStr"><is><t>Acme</t></is></c><c><v>1200</v></c><c r="C2"><v>7</v></c><c r="D2"><f>B2*2</f><v>2400</v></c></row>' +
  '<row r="4"><c r="A4"><v>5</v></c></row></sheetData>' +
  after;

/**
 * One column at C (C2 holds a previous run's 7), rows 2..4; row 3 missing in the sheet and null here, so it is created
 * with an empty cell that carries the column's number format (as Excel's host formats the whole column range).
 */
const score: ColumnBlock = {
  kind: "columnBlock",
  job: "scores",
  sheet: "Data",
  headerRow: 1,
  firstColumn: 3,
  firstRow: 2,
  lastRow: 4,
  columns: [{ key: "score", header: "Score", numberFormat: "0.00", values: [0.5, null, "a<b & _x000D_ "] }],
};

async function apply(bytes: Uint8Array, ...changes: ColumnBlock[]): Promise<Uint8Array> {
  const host = XlsxWorkbook.open(bytes);
  await host.apply({ changes });
  return host.toBytes();
}

describe("patchSheet", () => {
  it("replaces the block's cells, keeps cells right of it after it, gives kept cells an explicit r and fixes spans", async () => {
    const sheet = partText(await apply(oneSheetPackage(body), score), "xl/worksheets/sheet1.xml");
    // Worked by hand: styles had 2 xfs, "0.00" is built-in format 2, so the new xf is index 2.
    const expected =
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<dimension ref="A1:C4"/><cols><col min="1" max="2" width="12" customWidth="1"/><col min="3" max="3" width="10" customWidth="1"/></cols><sheetData>' +
      '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Score</t></is></c><c r="D1"><v>99</v></c></row>' +
      '<row r="2" spans="1:4" ht="20" customHeight="1"><c r="A2" t="inlineStr"><is><t>Acme</t></is></c><c r="B2"><v>1200</v></c><c r="C2" s="2"><v>0.5</v></c><c r="D2"><f>B2*2</f><v>2400</v></c></row>' +
      '<row r="3"><c r="C3" s="2"/></row>' +
      '<row r="4"><c r="A4"><v>5</v></c><c r="C4" s="2" t="inlineStr"><is><t xml:space="preserve">a&lt;b &amp; _x005F_x000D_ </t></is></c></row></sheetData>' +
      after +
      "</worksheet>";
    expect(sheet).toBe(expected);
  });

  it("reads back the text exactly as given, escapes included", async () => {
    const { grid } = await XlsxWorkbook.open(await apply(oneSheetPackage(body), score)).read("Data");
    expect(grid.values[3]).toEqual([5, null, "a<b & _x000D_ "]);
  });

  it("empties rows down to clearTo, and leaves a null value as an empty formatted cell", async () => {
    const once = await apply(oneSheetPackage(body), score);
    const shorter: ColumnBlock = {
      ...score,
      lastRow: 2,
      clearTo: 4,
      columns: [{ ...score.columns[0]!, values: [null] }],
    };
    const sheet = partText(await apply(once, shorter), "xl/worksheets/sheet1.xml");
    expect(sheet).toContain(
      '<row r="2" spans="1:4" ht="20" customHeight="1"><c r="A2" t="inlineStr"><is><t>Acme</t></is></c><c r="B2"><v>1200</v></c><c r="C2" s="2"/><c r="D2">',
    );
    expect(sheet).toContain('<row r="4"><c r="A4"><v>5</v></c></row>');
  });

  it("appends after the last cell of each data row without touching the cells, fixing spans", async () => {
    const rows =
      "<sheetData>" +
      '<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c></row>' +
      '<row r="2" spans="1:2"><c r="A2"><v>7</v></c><c r="B2" s="1"><f>A2*2</f><v>14</v></c></row>' +
      '<row r="3"><c r="A3"/><c r="B3" s="1"/></row>' +
      "</sheetData>";
    const block: ColumnBlock = {
      ...score,
      firstColumn: 4,
      lastRow: 3,
      headerStyleFrom: 2,
      columns: [{ ...score.columns[0]!, values: [0.25, null] }],
    };
    const sheet = partText(await apply(oneSheetPackage(rows), block), "xl/worksheets/sheet1.xml");
    // Worked by hand: the header copies B1's style 1; "0.00" is built-in 2, the first new xf is index 2.
    expect(sheet).toContain(
      "<sheetData>" +
        '<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c><c r="D1" s="1" t="inlineStr"><is><t>Score</t></is></c></row>' +
        '<row r="2" spans="1:4"><c r="A2"><v>7</v></c><c r="B2" s="1"><f>A2*2</f><v>14</v></c><c r="D2" s="2"><v>0.25</v></c></row>' +
        '<row r="3"><c r="A3"/><c r="B3" s="1"/><c r="D3" s="2"/></row>' +
        "</sheetData>",
    );
  });

  it("creates missing rows in row order, also in an empty <sheetData/>", async () => {
    const block: ColumnBlock = {
      ...score,
      firstColumn: 2,
      columns: [{ ...score.columns[0]!, values: [1, 2, 3] }],
    };
    const sheet = partText(await apply(oneSheetPackage("<sheetData/>"), block), "xl/worksheets/sheet1.xml");
    expect(sheet).toContain(
      '<sheetData><row r="1"><c r="B1" t="inlineStr"><is><t>Score</t></is></c></row><row r="2"><c r="B2" s="2"><v>1</v></c></row>' +
        '<row r="3"><c r="B3" s="2"><v>2</v></c></row><row r="4"><c r="B4" s="2"><v>3</v></c></row></sheetData>',
    );
  });

  it("throws xlsx.badNumber for NaN or Infinity and writes nothing", async () => {
    const host = XlsxWorkbook.open(oneSheetPackage(body));
    const bad: ColumnBlock = { ...score, columns: [{ ...score.columns[0]!, values: [1, Infinity, NaN] }] };
    await expect(host.apply({ changes: [bad] })).rejects.toMatchObject({ code: "xlsx.badNumber" });
    expect(host.changedParts()).toEqual([]);
  });

  it("keeps the namespace prefix of a worksheet written with x: elements", async () => {
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const prefixed = oneSheetPackage("", {
      "xl/worksheets/sheet1.xml": `<x:worksheet xmlns:x="${main}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    });
    const block: ColumnBlock = { ...score, lastRow: 2, columns: [{ ...score.columns[0]!, values: [0.5] }] };
    const out = await apply(prefixed, block);
    expect(partText(out, "xl/worksheets/sheet1.xml")).toContain(
      '<x:row r="1"><x:c r="A1"><x:v>3</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Score</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="C2" s="2"><x:v>0.5</x:v></x:c></x:row>',
    );
    expect((await XlsxWorkbook.open(out).read("Data")).grid.values).toEqual([
      [3, null, "Score"],
      [null, null, 0.5],
    ]);
  });
});

describe("SheetPatcher", () => {
  it("gives the same output whatever the chunk boundaries", () => {
    const xml = `<?xml version="1.0"?><worksheet xmlns="m"><dimension ref="A1"/>${body}</worksheet>`;
    const run = (size: number): string => {
      const out: string[] = [];
      const patcher = new SheetPatcher([prepareBlock(score, [7])], (text) => out.push(text));
      for (let at = 0; at < xml.length; at += size) patcher.push(xml.slice(at, at + size));
      patcher.end();
      return out.join("");
    };
    const whole = run(xml.length);
    expect(whole).toContain('<c r="C2" s="7"><v>0.5</v></c>');
    for (const size of [1, 2, 3, 7, 64]) expect(run(size)).toBe(whole);
  });

  it("fails on a worksheet that ends inside <sheetData>", () => {
    const patcher = new SheetPatcher([prepareBlock(score, [0])], () => undefined);
    patcher.push('<worksheet><sheetData><row r="1">');
    expect(() => patcher.end()).toThrow(expect.objectContaining({ code: "xlsx.badXml" }));
  });
});
