import type { ScannedCell } from "../../../src/hosts/xlsx/sheetScanner";
import { SheetScanner } from "../../../src/hosts/xlsx/sheetScanner";

/** Scan a whole part, fed in pieces of `piece` characters (the whole text at once by default). */
function scan(xml: string, piece = xml.length): ScannedCell[] {
  const cells: ScannedCell[] = [];
  const scanner = new SheetScanner((cell) => cells.push(cell));
  for (let at = 0; at < xml.length; at += piece) scanner.push(xml.slice(at, at + piece));
  scanner.end();
  return cells;
}

const sheet = (rows: string, p = ""): string =>
  `<?xml version="1.0"?><${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${rows}</${p}sheetData></${p}worksheet>`;

/**
 * Characters the native searches look at while `run` runs: indexOf from `from` to its hit (or the end), lastIndexOf
 * from `from` back to its hit (or the start). The scanner's other loops read only inside one tag.
 */
function charactersSearched(run: () => void): number {
  const { indexOf, lastIndexOf } = String.prototype;
  let examined = 0;
  String.prototype.indexOf = function (this: string, needle: string, from = 0): number {
    const at = indexOf.call(this, needle, from);
    examined += (at < 0 ? this.length : at) - Math.max(0, from);
    return at;
  };
  String.prototype.lastIndexOf = function (this: string, needle: string, from = Infinity): number {
    const at = lastIndexOf.call(this, needle, from);
    examined += Math.min(from, this.length) - Math.max(0, at);
    return at;
  };
  try {
    run();
  } finally {
    String.prototype.indexOf = indexOf;
    String.prototype.lastIndexOf = lastIndexOf;
  }
  return examined;
}

describe("SheetScanner", () => {
  describe("work bounded by the row or cell it reads", () => {
    // Before, each inline <t> looked back through the whole buffer for an <rPh>: a 100 000-row sheet written by
    // openpyxl took 35 s. Here the count grows with the text, not with its square.
    const phoneticRow = (r: number): string =>
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>客户${r}</t><rPh sb="0" eb="2"><t>kehu</t></rPh><phoneticPr fontId="1"/></is></c>` +
      `<c r="B${r}" t="inlineStr"><is><r><rPr><b/><color rgb="FF0000FF"/><charset val="134"/></rPr><t>华东</t></r><r><t>${r}</t></r></is></c>` +
      `<c r="C${r}"><f>A${r}</f></c><c r="D${r}" t="n"><v>${r}.5</v></c></row>`;

    it.each([500, 4000])("searches fewer than 3 characters per character of a %i-row sheet", (rows) => {
      const xml = sheet(Array.from({ length: rows }, (_, i) => phoneticRow(i + 1)).join(""));
      let cells: ScannedCell[] = [];
      const examined = charactersSearched(() => (cells = scan(xml)));
      expect(cells).toHaveLength(rows * 4);
      expect(examined).toBeLessThan(3 * xml.length);
    });

    it("resumes the search for a long row's </row> where the last piece ended", () => {
      const cells = Array.from({ length: 3000 }, (_, i) => `<c t="inlineStr"><is><t>x${i}</t></is></c>`);
      const xml = sheet(`<row r="1">${cells.join("")}</row>`);
      let read: ScannedCell[] = [];
      const examined = charactersSearched(() => (read = scan(xml, 512)));
      expect(read).toHaveLength(3000);
      expect(read[2999]).toEqual({
        row: 1,
        column: 3000,
        type: "inlineStr",
        style: 0,
        text: "x2999",
        formula: false,
      });
      expect(examined).toBeLessThan(3 * xml.length);
    });

    it("reads a cell the same whatever text comes before it in the buffer", () => {
      const target = `<row r="9"><c r="A9" t="inlineStr"><is><t>甲</t><rPh sb="0" eb="1"><t>jia</t></rPh></is></c><c r="B9"><v>7</v></c></row>`;
      const before = `<row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r><rPh sb="0" eb="1"><t>b</t></rPh><r><t>c</t></r></is></c><c r="B1"><f>1/0</f></c><c r="C1"/></row>`;
      const alone = scan(sheet(target));
      const after = scan(sheet(before + target)).slice(-2);
      expect(after).toEqual(alone);
      expect(alone).toEqual([
        { row: 9, column: 1, type: "inlineStr", style: 0, text: "甲", formula: false },
        { row: 9, column: 2, type: "n", style: 0, text: "7", formula: false },
      ]);
    });
  });

  describe("every storage style (values worked out from the XML by hand)", () => {
    const rows =
      // openpyxl write-only: inline strings, numbers with t="n"
      '<row r="1"><c r="A1" t="inlineStr"><is><t>KA1</t></is></c><c r="B1" t="n"><v>1500.25</v></c></row>' +
      // rich-text runs with run properties (<color>, <charset> start like a cell's "<c")
      '<row r="2"><c r="A2" t="inlineStr"><is><r><rPr><b/><sz val="11"/><color rgb="FF1F4E79"/><rFont val="等线"/><charset val="134"/></rPr><t>华东</t></r><r><t xml:space="preserve"> 机电 &amp; Co</t></r></is></c></row>' +
      // phonetic runs inside <is>: left out; an empty <is/> is an empty string; a self-closing <t/> adds nothing
      '<row r="3"><c r="A3" t="inlineStr"><is><t>江南</t><rPh sb="0" eb="2"><t>jiangnan</t></rPh><phoneticPr fontId="1" type="noConversion"/></is></c><c r="B3" t="inlineStr"><is/></c><c r="C3" t="inlineStr"><is><t/><t>z</t></is></c></row>' +
      // formulas with cached values: text (t="str"), number, error; one without a value; a shared formula
      '<row r="4"><c r="A4" t="str"><f>"客户"&amp;1</f><v>客户1</v></c><c r="B4"><f>1+1</f><v>2</v></c><c r="C4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D4"><f>A1</f></c><c r="E4"><f t="shared" si="0"/><v>3</v></c></row>' +
      // booleans, a date serial with a date style, an empty formatted cell, a cell without r after one with r
      '<row r="5"><c r="A5" t="b"><v>1</v></c><c r="B5" s="1"><v>45352</v></c><c r="C5" s="2"/><c><v>-1.5E-3</v></c></row>';

    it.each([
      ["in one piece", Infinity],
      ["in pieces of 1 character", 1],
      ["in pieces of 7 characters", 7],
    ])("reads each cell %s", (_, piece) => {
      const xml = sheet(rows);
      expect(scan(xml, Math.min(piece, xml.length))).toEqual([
        { row: 1, column: 1, type: "inlineStr", style: 0, text: "KA1", formula: false },
        { row: 1, column: 2, type: "n", style: 0, text: "1500.25", formula: false },
        { row: 2, column: 1, type: "inlineStr", style: 0, text: "华东 机电 & Co", formula: false },
        { row: 3, column: 1, type: "inlineStr", style: 0, text: "江南", formula: false },
        { row: 3, column: 2, type: "inlineStr", style: 0, text: "", formula: false },
        { row: 3, column: 3, type: "inlineStr", style: 0, text: "z", formula: false },
        { row: 4, column: 1, type: "str", style: 0, text: "客户1", formula: true },
        { row: 4, column: 2, type: "n", style: 0, text: "2", formula: true },
        { row: 4, column: 3, type: "e", style: 0, text: "#DIV/0!", formula: true },
        { row: 4, column: 4, type: "n", style: 0, text: null, formula: true },
        { row: 4, column: 5, type: "n", style: 0, text: "3", formula: true },
        { row: 5, column: 1, type: "b", style: 0, text: "1", formula: false },
        { row: 5, column: 2, type: "n", style: 1, text: "45352", formula: false },
        { row: 5, column: 4, type: "n", style: 0, text: "-1.5E-3", formula: false },
      ]);
    });

    it("reads a part whose elements carry a namespace prefix", () => {
      const xml = sheet(
        '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>甲</x:t><x:rPh sb="0" eb="1"><x:t>jia</x:t></x:rPh></x:is></x:c><x:c r="C2"><x:v>4</x:v></x:c></x:row>',
        "x:",
      );
      expect(scan(xml, 5)).toEqual([
        { row: 2, column: 2, type: "inlineStr", style: 0, text: "甲", formula: false },
        { row: 2, column: 3, type: "n", style: 0, text: "4", formula: false },
      ]);
    });
  });

  describe("edge cases", () => {
    it("throws xlsx.badXml for a cell that is not closed inside its row", () => {
      expect(() => scan(sheet('<row r="1"><c r="A1"><v>1</v></row>'))).toThrow(
        expect.objectContaining({ code: "xlsx.badXml" }),
      );
    });

    it("hands the text after </sheetData> to onTail, and nothing before it", () => {
      let tail = "";
      const scanner = new SheetScanner(
        () => undefined,
        (text) => (tail += text),
      );
      const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace(
        "</worksheet>",
        '<sheetProtection sheet="1"/></worksheet>',
      );
      for (let at = 0; at < xml.length; at += 9) scanner.push(xml.slice(at, at + 9));
      expect(tail).toBe('</sheetData><sheetProtection sheet="1"/></worksheet>');
    });
  });
});
