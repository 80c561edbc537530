/**
 * `replace` on a conditional format: a rerun removes its own earlier formats (those wholly inside the range) and
 * keeps everyone else's byte for byte. Read back by exceljs and from the sheet's XML.
 */
import type ExcelJS from "exceljs";
import { applyEdits } from "../../../src/hosts/xlsx/applyEdits";
import { XlsxPackage } from "../../../src/hosts/xlsx/xlsxPackage";
import type { ConditionalFormatEdit, Edit } from "../../../src/plan/edits";
import { emptyWorkbook } from "./emptyWorkbook";
import { excelRead, oneSheetPackage, partText } from "./xlsxTestKit";

const sheet1 = "xl/worksheets/sheet1.xml";
const bar = (range: string, replace?: boolean): ConditionalFormatEdit => ({
  kind: "conditionalFormat",
  sheet: "Sheet1",
  range,
  rule: { type: "dataBar", color: "638EC6" },
  ...(replace === undefined ? {} : { replace }),
});
const persons: Edit[] = [
  {
    kind: "conditionalFormat",
    sheet: "Sheet1",
    range: "A1:A5",
    rule: { type: "cellValue", operator: "greaterThan", formula1: "0", style: { fill: "FFEB9C" } },
  },
  {
    kind: "conditionalFormat",
    sheet: "Sheet1",
    range: "J1:L20",
    rule: { type: "colorScale", min: "F8696B", max: "63BE7B" },
  },
];

function apply(bytes: Uint8Array, changes: readonly Edit[]): Uint8Array {
  const pkg = XlsxPackage.open(bytes);
  applyEdits(pkg, { changes });
  return pkg.toBytes();
}

/** Each conditional format as exceljs reads it: "ref ruleType" (untyped in exceljs 4.4). */
function formats(sheet: ExcelJS.Worksheet | undefined): string[] {
  const model = sheet as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] };
  return model.conditionalFormattings.map((cf) => `${cf.ref} ${cf.rules.map((r) => r.type).join(",")}`);
}

const blocks = (xml: string): string[] =>
  xml.match(/<conditionalFormatting [^>]*>.*?<\/conditionalFormatting>/g) ?? [];

describe("conditional formats with replace, in the .xlsx host", () => {
  const first = apply(emptyWorkbook(), [...persons, bar("K2:K10")]);

  it("keeps one data bar on a rerun, and the person's formats outside or across the range byte for byte", async () => {
    const rerun = apply(first, [bar("K2:K10", true)]);
    const xml = partText(rerun, sheet1);
    expect(xml.match(/type="dataBar"/g)).toHaveLength(1);
    const [a, j] = blocks(partText(first, sheet1));
    expect(a && xml.includes(a)).toBe(true);
    expect(j && xml.includes(j)).toBe(true);
    expect(formats((await excelRead(rerun)).getWorksheet("Sheet1"))).toEqual([
      "A1:A5 cellIs",
      "J1:L20 colorScale",
      "K2:K10 dataBar",
    ]);
  });

  it("accumulates without replace (each run adds its own)", () => {
    const twice = apply(first, [bar("K2:K10")]);
    expect(partText(twice, sheet1).match(/type="dataBar"/g)).toHaveLength(2);
    expect(partText(apply(first, [bar("K2:K10", false)]), sheet1).match(/type="dataBar"/g)).toHaveLength(2);
  });

  it("keeps every format the same list adds on the range, replace or not, and gives them unique priorities", () => {
    const scale: Edit = {
      ...bar("K2:K10", true),
      rule: { type: "colorScale", min: "FFFFFF", max: "63BE7B" },
    };
    const xml = partText(apply(first, [bar("K2:K10"), bar("K2:K10", true), scale]), sheet1);
    expect(blocks(xml).filter((b) => b.includes('sqref="K2:K10"'))).toHaveLength(3);
    const priorities = [...xml.matchAll(/priority="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it("leaves a format added earlier in the same run on a new sheet", () => {
    const made = apply(emptyWorkbook(), [
      { kind: "createSheet", sheet: "New" },
      { ...bar("K2:K10"), sheet: "New" },
      { ...bar("K2:K10", true), sheet: "New" },
    ]);
    const part = XlsxPackage.open(made)
      .partNames()
      .find((name) => name.startsWith("xl/worksheets/") && name !== sheet1);
    const xml = partText(made, part ?? "no new sheet");
    expect(xml.match(/type="dataBar"/g)).toHaveLength(2);
  });
});

describe("which existing formats a replace removes", () => {
  const x14 = (sqref: string, id: string): string =>
    `<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="${id}"><x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule><xm:sqref>${sqref}</xm:sqref></x14:conditionalFormatting>`;
  const cf = (sqref: string, priority: number): string =>
    `<conditionalFormatting sqref="${sqref}"><cfRule type="dataBar" priority="${priority}"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar></cfRule></conditionalFormatting>`;
  const ext = (inner: string): string =>
    `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings>${inner}</x14:conditionalFormattings></ext></extLst>`;
  const data = (body: string): string => {
    const bytes = oneSheetPackage(`<sheetData/>${body}`);
    return partText(apply(bytes, [{ ...bar("K2:K10", true), sheet: "Data" }]), sheet1);
  };

  it("removes several areas all inside the range, keeps an area that reaches out", () => {
    const xml = data(`${cf("K2:K5 K7", 1)}${cf("K2:K10 M1", 2)}${cf("k3", 3)}`);
    expect(xml).not.toContain('sqref="K2:K5 K7"');
    expect(xml).not.toContain('sqref="k3"');
    expect(xml).toContain(cf("K2:K10 M1", 2));
    expect(blocks(xml)).toHaveLength(2);
  });

  it("removes Excel 2010's x14 twin inside the range and the ext it empties, keeps one outside", () => {
    const alone = data(`${cf("K2:K10", 1)}${ext(x14("K2:K10", "{A}"))}`);
    expect(alone).not.toContain("x14:conditionalFormatting");
    expect(alone).toContain("<extLst></extLst>");
    const mixed = data(ext(`${x14("K2:K10", "{A}")}${x14("B1:B9", "{B}")}`));
    expect(mixed).toContain(ext(x14("B1:B9", "{B}")));
  });
});
