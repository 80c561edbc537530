import { readOwned, upsertDefinedName, upsertOwnedName } from "../../../src/hosts/xlsx/workbookPart";
import { insertSheet, removeSheet, requestFullCalc } from "../../../src/hosts/xlsx/workbookSheets";
import { parseXml, all } from "./chartXmlReader";

const ns =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const book =
  `<workbook ${ns}><bookViews><workbookView activeTab="1" firstSheet="1"/></bookViews><sheets>` +
  `<sheet name="A" sheetId="4" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets>` +
  `<definedNames><definedName name="x" localSheetId="0">A!$A$1</definedName>` +
  `<definedName name="y" localSheetId="1">B!$A$1</definedName><definedName name="z">1</definedName></definedNames>` +
  `<calcPr calcId="1"/></workbook>`;

function shape(xml: string): { sheets: string[]; names: string[]; view: Record<string, string> } {
  const root = parseXml(xml);
  return {
    sheets: all(root, "sheet").map(
      (s) => `${s.attributes.name}#${s.attributes.sheetId}@${s.attributes["r:id"]}`,
    ),
    names: all(root, "definedName").map((n) => `${n.attributes.name}:${n.attributes.localSheetId ?? "wb"}`),
    view: all(root, "workbookView")[0]?.attributes ?? {},
  };
}

describe("sheets in workbook.xml", () => {
  it("inserts a sheet before the others and keeps names and the active tab on their sheets", () => {
    const out = shape(insertSheet(book, "New & co", "rId9", 0));
    expect(out.sheets).toEqual(["New & co#5@rId9", "A#4@rId1", "B#2@rId2"]);
    expect(out.names).toEqual(["x:1", "y:2", "z:wb"]);
    expect(out.view).toMatchObject({ activeTab: "2", firstSheet: "2" });
  });

  it("appends a sheet without renumbering anything", () => {
    const out = shape(insertSheet(book, "C", "rId3"));
    expect(out.sheets.at(-1)).toBe("C#5@rId3");
    expect(out.names).toEqual(["x:0", "y:1", "z:wb"]);
  });

  it("removes a sheet with its names and moves later names and the active tab down", () => {
    const out = shape(removeSheet(book, 0));
    expect(out.sheets).toEqual(["B#2@rId2"]);
    expect(out.names).toEqual(["y:0", "z:wb"]);
    expect(out.view).toMatchObject({ activeTab: "0", firstSheet: "0" });
  });

  it("moves the active tab to the neighbour when the active sheet is removed, and drops empty definedNames", () => {
    const only = book.replace(/<definedName name="z">1<\/definedName>/, "");
    const out = removeSheet(removeSheet(only, 1), 0);
    expect(out).not.toContain("definedNames");
    expect(shape(removeSheet(book, 1)).view).toMatchObject({ activeTab: "0" });
  });
});

describe("defined names", () => {
  it("replaces a name of the same scope and adds one of another scope", () => {
    let xml = upsertDefinedName(book, { name: "X", value: "A!$B$2", localSheetId: 0, comment: "a <b>" });
    xml = upsertDefinedName(xml, { name: "x", value: "2", hidden: true });
    const names = all(parseXml(xml), "definedName").map((n) => ({ ...n.attributes, value: n.text }));
    expect(names).toEqual([
      { name: "X", comment: "a <b>", localSheetId: "0", value: "A!$B$2" },
      { name: "y", localSheetId: "1", value: "B!$A$1" },
      { name: "z", value: "1" },
      { name: "x", hidden: "1", value: "2" },
    ]);
  });

  it("creates <definedNames> after <sheets> and before <calcPr>", () => {
    const bare = book.replace(/<definedNames>.*<\/definedNames>/, "");
    const xml = upsertDefinedName(bare, { name: "n", value: "1" });
    expect(parseXml(xml).children.map((c) => c.name)).toEqual([
      "bookViews",
      "sheets",
      "definedNames",
      "calcPr",
    ]);
  });

  it("reads an ownership record's whole-sheet flag and fingerprint back from its comment", () => {
    const sheet = { name: "B", index: 1, part: "", kind: "worksheet", visible: true };
    const rect = { top: 1, left: 1, bottom: 40, right: 6 };
    const xml = upsertOwnedName(book, "sales", sheet, rect, { whole: true, fingerprint: "9f3a" });
    expect(xml).toContain(`comment="kaw sheet fp=9f3a"`);
    expect(readOwned(xml, 1)).toEqual([{ job: "sales", rect, whole: true, fingerprint: "9f3a" }]);
    const plain = upsertOwnedName(book, "ratios", sheet, rect);
    expect(readOwned(plain, 1)).toEqual([{ job: "ratios", rect }]);
    expect(plain).not.toContain("comment=");
  });
});

describe("recalculation on open", () => {
  it("sets fullCalcOnLoad on an existing calcPr", () => {
    expect(requestFullCalc(book)).toContain('<calcPr calcId="1" fullCalcOnLoad="1"/>');
  });

  it("adds calcPr after the names and before extLst when absent", () => {
    const bare = book.replace('<calcPr calcId="1"/>', "<extLst/>");
    const children = parseXml(requestFullCalc(bare)).children.map((c) => c.name);
    expect(children).toEqual(["bookViews", "sheets", "definedNames", "calcPr", "extLst"]);
  });
});
