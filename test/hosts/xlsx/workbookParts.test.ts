// One edit list with several new, moved and deleted sheets, names, print titles, ownership records, a table and a
// chart, applied to Book1.xlsx: workbook.xml, its relationships and [Content_Types].xml are byte for byte what the
// writer gave before it collected a list's sheets and names into one pass (WorkbookDraft, GrowingXml). The
// expectations in test/fixtures/workbook-parts were written by the build before that change.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { applyEdits } from "../../../src/hosts/xlsx/applyEdits";
import { GrowingXml } from "../../../src/hosts/xlsx/growingXml";
import {
  addOverride,
  addRelationship,
  defaultElement,
  ensureDefault,
  overrideElement,
  relationshipElement,
} from "../../../src/hosts/xlsx/partTypes";
import { XlsxPackage } from "../../../src/hosts/xlsx/xlsxPackage";
import type { EditList } from "../../../src/plan/edits";
import { fixture, partText } from "./xlsxTestKit";

const dir = join(__dirname, "..", "..", "fixtures", "workbook-parts");
const expected = (file: string): string => readFileSync(join(dir, file), "utf8");

describe("the workbook parts of one edit list", () => {
  const list = JSON.parse(expected("editList.json")) as EditList;
  const pkg = XlsxPackage.open(fixture("Book1.xlsx"));
  applyEdits(pkg, list);
  const bytes = pkg.toBytes();

  it.each([
    ["xl/workbook.xml", "workbook.xml"],
    ["xl/_rels/workbook.xml.rels", "workbook.xml.rels"],
    ["[Content_Types].xml", "Content_Types.xml"],
  ])("%s is the one written before", (part, file) => {
    expect(partText(bytes, part)).toBe(expected(file));
  });
});

describe("GrowingXml", () => {
  const pkgRel = "http://schemas.openxmlformats.org/package/2006/relationships";

  it("appends to an empty root as addRelationship does, with the same ids", () => {
    const xml = `<?xml version="1.0"?>\n<Relationships xmlns="${pkgRel}"/>`;
    const grown = GrowingXml.read(xml);
    expect(grown?.text).toBe(xml);
    let reference = xml;
    for (const target of ["a.xml", "b & c.xml", "d.xml"]) {
      const { xml: next, id } = addRelationship(reference, "urn:t", target);
      reference = next;
      const mine = grown?.nextId() ?? "";
      grown?.append(relationshipElement(mine, "urn:t", target), { id: mine });
      expect(mine).toBe(id);
    }
    expect(grown?.text).toBe(reference);
  });

  it("skips ids taken out of order (rId2 after rId7 and rId8: rId9)", () => {
    const xml =
      `<Relationships xmlns="${pkgRel}"><Relationship Id="rId8" Type="t" Target="x"/>` +
      `<Relationship Id="rId7" Type="t" Target="y"/><Relationship Id="other" Type="t" Target="z"/></Relationships>`;
    expect(GrowingXml.read(xml)?.nextId()).toBe(addRelationship(xml, "t", "w").id);
    expect(GrowingXml.read(xml)?.nextId()).toBe("rId9");
  });

  it("knows the Overrides and Defaults addOverride and ensureDefault look for", () => {
    const xml = `<Types xmlns="urn:ct"><Override PartName="/xl/A.xml" ContentType="a"/></Types>`;
    const grown = GrowingXml.read(xml);
    expect(grown?.overrides.has("/xl/a.xml")).toBe(true);
    expect(grown?.defaults.has("rels")).toBe(false);
    grown?.append(overrideElement("xl/b.xml", "b"), { override: "/xl/b.xml" });
    grown?.append(defaultElement("rels", "r"), { extension: "rels" });
    expect(grown?.text).toBe(ensureDefault(addOverride(xml, "xl/b.xml", "b"), "rels", "r"));
    expect(GrowingXml.read("no element")).toBeUndefined();
  });
});
