import { ProtectionFinder } from "../../../src/hosts/xlsx/sheetProtection";
import { XlsxWorkbook } from "../../../src/hosts/xlsx/xlsxWorkbook";
import type { ColumnBlock } from "../../../src/plan/workbookEdit";
import { oneSheetPackage } from "./xlsxTestKit";

const rows =
  '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData>';
const hash = 'algorithmName="SHA-512" hashValue="x+Y/z==" saltValue="abc" spinCount="100000"';

const block: ColumnBlock = {
  kind: "columnBlock",
  job: "ratios",
  sheet: "Data",
  headerRow: 1,
  firstColumn: 3,
  firstRow: 2,
  lastRow: 2,
  columns: [{ key: "r", header: "Ratio", numberFormat: "0.00", values: [1.5] }],
};

describe("protected sheets", () => {
  it.each([
    ['sheet="1"', `<sheetProtection ${hash} sheet="1" objects="1" scenarios="1"/>`, true],
    ['sheet="true"', `<sheetProtection sheet="true"/>`, true],
    ['sheet="0"', `<sheetProtection sheet="0" objects="1"/>`, false],
    ["no <sheetProtection>", "", false],
  ])("reads a sheet with %s as protected: %s", async (_, element, expected) => {
    const { protected: isProtected } = await XlsxWorkbook.open(oneSheetPackage(rows + element)).read("Data");
    expect(isProtected === true).toBe(expected);
  });

  it("refuses to write into a protected sheet before any part changes, naming the sheet", async () => {
    const bytes = oneSheetPackage(rows + `<sheetProtection ${hash} sheet="1"/>`);
    const host = XlsxWorkbook.open(bytes);
    expect((await host.read("Data")).protected).toBe(true);
    await expect(host.apply({ changes: [block] })).rejects.toMatchObject({
      code: "xlsx.sheetProtected",
      sheet: "Data",
    });
    expect(host.changedParts()).toEqual([]);
    expect(Buffer.compare(host.toBytes(), bytes)).toBe(0);
  });

  it("refuses also when no read came before the write", async () => {
    const host = XlsxWorkbook.open(oneSheetPackage(rows + `<sheetProtection sheet="1"/>`));
    await expect(host.apply({ changes: [block] })).rejects.toMatchObject({ code: "xlsx.sheetProtected" });
    expect(host.changedParts()).toEqual([]);
  });

  it('writes into a sheet whose protection is switched off (sheet="0")', async () => {
    const host = XlsxWorkbook.open(oneSheetPackage(rows + `<sheetProtection sheet="0"/>`));
    await host.apply({ changes: [block] });
    expect((await XlsxWorkbook.open(host.toBytes()).read("Data")).grid.values[1]).toEqual([null, null, 1.5]);
  });

  describe("edge cases", () => {
    const tail = `</sheetData><x:sheetProtection ${hash} sheet="1"/><x:pageMargins left="0.7"/></x:worksheet>`;

    it.each([1, 2, 5, 16, 64, tail.length])(
      "finds a prefixed <x:sheetProtection> fed in pieces of %i characters",
      (piece) => {
        const finder = new ProtectionFinder();
        for (let at = 0; at < tail.length; at += piece) finder.push(tail.slice(at, at + piece));
        expect(finder.isProtected).toBe(true);
      },
    );

    it("is not fooled by the word in cell text, where a literal < is always escaped", () => {
      const finder = new ProtectionFinder();
      finder.push('<c t="inlineStr"><is><t>&lt;sheetProtection sheet="1"/&gt; sheetProtection</t></is></c>');
      expect(finder.isProtected).toBe(false);
    });
  });
});
