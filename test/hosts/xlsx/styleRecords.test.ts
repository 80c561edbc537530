import { prepareStyles } from "../../../src/hosts/xlsx/editStyles";
import { addStyles } from "../../../src/hosts/xlsx/styleRecords";
import type { StyleSheet } from "../../../src/plan/edits";
import { plainStyles } from "./sheetEditKit";
import { fixture, partText } from "./xlsxTestKit";

const styles: StyleSheet = {
  plain: {},
  bold: { font: { bold: true } },
  money: { numberFormat: "#,##0.00", border: { bottom: "thin" } },
  share: { numberFormat: "0.0%", fill: "FFF2CC", alignment: { horizontal: "right" } },
};
const red = { fill: "FFC7CE", font: { color: "9C0006" } };

/** The elements of a list, e.g. every `<font>…</font>` inside `<fonts>`. */
function records(xml: string, list: string, item: string): string[] {
  const body = new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? "";
  return body.match(new RegExp(`<${item}\\b[^>]*?(/>|>[\\s\\S]*?</${item}>)`, "g")) ?? [];
}

describe("addStyles", () => {
  it.each(["Book1.xlsx", "CalcChain.xlsx", "MergeCell.xlsx", "SharedStrings.xlsx"])(
    "keeps %s's records in place, adds the new ones after them, and adds nothing the second time",
    (name) => {
      const before = partText(fixture(name), "xl/styles.xml");
      const once = addStyles(before, styles, [red, red]);
      for (const [list, item] of [
        ["fonts", "font"],
        ["fills", "fill"],
        ["borders", "border"],
        ["cellXfs", "xf"],
      ] as const) {
        const old = records(before, list, item);
        expect(records(once.xml, list, item).slice(0, old.length)).toEqual(old);
      }
      expect(once.xf.get("plain")).toBe(0);
      expect(once.dxf[0]).toBe(once.dxf[1]);
      const twice = addStyles(once.xml, styles, [red]);
      expect(twice.xml).toBe(once.xml);
      expect([...twice.xf]).toEqual([...once.xf]);
      expect(twice.dxf).toEqual([once.dxf[0]]);
    },
  );

  it("makes a bold style from the default font plus bold, and counts what it adds", () => {
    const book1 = partText(fixture("Book1.xlsx"), "xl/styles.xml");
    const { xml, xf } = addStyles(book1, { bold: { font: { bold: true } } }, []);
    // Book1's font 0 is 12 pt Calibri in theme colour 1; it has 5 fonts and 13 xfs before.
    expect(records(xml, "fonts", "font")[5]).toBe(
      '<font><b/><sz val="12"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
    );
    expect(xml).toContain('<fonts count="6" x14ac:knownFonts="1">');
    const index = xf.get("bold") ?? -1;
    expect(records(xml, "cellXfs", "xf")[index]).toBe(
      '<xf numFmtId="0" fontId="5" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    );
  });

  it("keeps xf 0's alignment in new styles (CalcChain.xlsx centres vertically) unless the style says otherwise", () => {
    const before = partText(fixture("CalcChain.xlsx"), "xl/styles.xml");
    const { xml, xf } = addStyles(
      before,
      { bold: { font: { bold: true } }, top: { alignment: { vertical: "top" } } },
      [],
    );
    const xfs = records(xml, "cellXfs", "xf");
    expect(xfs[xf.get("bold") ?? -1]).toBe(
      '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment vertical="center"/></xf>',
    );
    expect(xfs[xf.get("top") ?? -1]).toContain('applyAlignment="1"><alignment vertical="top"/></xf>');
  });

  it("reuses an identical record Excel wrote (SharedStrings.xlsx's thin grey border is border 1)", () => {
    const before = partText(fixture("SharedStrings.xlsx"), "xl/styles.xml");
    const grey = { style: "thin", color: "696969" } as const;
    const { xml, xf } = addStyles(
      before,
      { boxed: { border: { left: grey, right: grey, top: grey, bottom: grey } } },
      [],
    );
    expect(records(xml, "borders", "border")).toEqual(records(before, "borders", "border"));
    expect(records(xml, "cellXfs", "xf")[xf.get("boxed") ?? -1]).toContain('borderId="1"');
  });

  it("writes number formats: built-in ids, custom ids from 164, a new font family without the theme scheme", () => {
    const { xml, xf } = addStyles(
      plainStyles,
      { ...styles, arial: { font: { name: "Arial", size: 9 } }, date: { numberFormat: "yyyy-mm-dd" } },
      [],
    );
    expect(xml).toContain(
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts><fonts',
    );
    const xfs = records(xml, "cellXfs", "xf");
    expect(xfs[xf.get("money") ?? -1]).toBe(
      '<xf numFmtId="4" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>',
    );
    expect(xfs[xf.get("share") ?? -1]).toBe(
      '<xf numFmtId="164" fontId="0" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1" applyAlignment="1"><alignment horizontal="right"/></xf>',
    );
    expect(records(xml, "fonts", "font")[2]).toBe('<font><sz val="9"/><name val="Arial"/></font>');
  });

  it("adds the lists a sparse stylesheet lacks, in CT_Stylesheet's order", () => {
    const sparse =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';
    const { xml, dxf } = addStyles(sparse, { share: { numberFormat: "0.0%" } }, [red]);
    expect(xml).toMatch(
      /^<styleSheet[^>]*><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"\/><\/numFmts><fonts/,
    );
    expect(xml).toMatch(
      /<\/cellXfs><dxfs count="1"><dxf><font><color rgb="FF9C0006"\/><\/font><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"\/><\/patternFill><\/fill><\/dxf><\/dxfs><\/styleSheet>$/,
    );
    expect(dxf).toEqual([0]);
  });
});

describe("prepareStyles", () => {
  it("registers a date variant only for styles date cells use without a number format", () => {
    const { ids } = prepareStyles(plainStyles, {
      styles: { italic: { font: { italic: true } }, iso: { numberFormat: "dd/mm/yyyy" } },
      changes: [
        {
          kind: "cells",
          sheet: "S",
          at: "A1",
          rows: [[{ date: 1 }, { date: 2 }, { date: 3 }]],
          columnStyles: [null, "italic", "iso"],
        },
      ],
    });
    expect([...ids.xf.keys()]).toEqual(["italic", "iso", "\u0000date", "italic\u0000date"]);
  });
});
