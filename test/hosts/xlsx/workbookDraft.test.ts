// WorkbookDraft against the one-edit-at-a-time functions it replaces in applyEdits (insertSheet, removeSheet,
// upsertDefinedName, upsertOwnedName): the same operations give the same workbook.xml, byte for byte.
import { WorkbookDraft } from "../../../src/hosts/xlsx/workbookDraft";
import type { DefinedName } from "../../../src/hosts/xlsx/workbookPart";
import { ownedName, upsertDefinedName } from "../../../src/hosts/xlsx/workbookPart";
import { insertSheet, removeSheet } from "../../../src/hosts/xlsx/workbookSheets";

const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const rels = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const books: Record<string, string> = {
  compact:
    `<workbook ${main} ${rels}><bookViews><workbookView activeTab="1" firstSheet="1"/></bookViews><sheets>` +
    `<sheet name="A" sheetId="4" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets>` +
    `<definedNames><definedName name="x" localSheetId="0">A!$A$1</definedName>` +
    `<definedName name="y" localSheetId="1">B!$A$1</definedName><definedName name="z">1</definedName>` +
    `</definedNames><calcPr calcId="1"/></workbook>`,
  "pretty, prefixed, no relationships namespace, <definedNames/>":
    `<?xml version="1.0"?>\n<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\n` +
    `  <x:bookViews>\n    <x:workbookView activeTab="2"/>\n  </x:bookViews>\n  <x:sheets>\n` +
    `    <x:sheet name="A" sheetId="1" q:id="rId1" xmlns:q="urn:q"/>\n    <x:sheet name="B" sheetId="2" q:id="rId2" xmlns:q="urn:q"/>\n` +
    `    <x:sheet name="C" sheetId="3" q:id="rId3" xmlns:q="urn:q"/>\n  </x:sheets>\n  <x:definedNames/>\n</x:workbook>`,
  "pretty, names that all go with their sheet":
    `<workbook ${main} ${rels}>\n <sheets>\n  <sheet name="A" sheetId="1" r:id="rId1"/>\n` +
    `  <sheet name="B" sheetId="2" r:id="rId2"/>\n </sheets>\n <definedNames>\n` +
    `  <definedName name="_xlnm.Print_Area" localSheetId="0">A!$A$1:$B$2</definedName>\n` +
    `  <definedName name="Old" localSheetId="1" hidden="1">B!$A$1</definedName>\n </definedNames>\n` +
    ` <calcPr calcId="1"/>\n</workbook>`,
  "no names, external references, empty sheet list": `<workbook ${main} ${rels}><sheets/><externalReferences><externalReference r:id="rId9"/></externalReferences></workbook>`,
};

type Op =
  | { kind: "insert"; name: string; id: string; position?: number }
  | { kind: "remove"; index: number }
  | { kind: "name"; defined: DefinedName }
  | { kind: "read" };

/** A seeded sequence of operations over a workbook with `sheets` sheets (Park–Miller, so it is the same each run). */
function operations(seed: number, sheets: number, count: number): Op[] {
  let state = seed;
  const next = (n: number): number => (state = (state * 48271) % 2147483647) % n;
  const ops: Op[] = [];
  for (let i = 0; i < count; i++) {
    const roll = next(10);
    if (roll < 3 || sheets === 0) {
      const position = next(3) === 0 ? undefined : next(sheets + 2);
      ops.push({
        kind: "insert",
        name: `S<${i}>`,
        id: `rId${100 + i}`,
        ...(position === undefined ? {} : { position }),
      });
      sheets += 1;
    } else if (roll === 3 && sheets > 1) {
      ops.push({ kind: "remove", index: next(sheets) });
      sheets -= 1;
    } else if (roll === 4) ops.push({ kind: "read" });
    else {
      const scope = next(3) === 0 ? undefined : next(sheets);
      const name = ["Rate", "rate", "_xlnm.Print_Titles", `n${next(6)}`, "z", "Old"][next(6)] ?? "n";
      const defined: DefinedName =
        next(4) === 0
          ? ownedName(
              `job${next(3)}`,
              { name: `S ${i}`, index: scope ?? 0, part: "", kind: "worksheet", visible: true },
              { top: 1, left: 1, bottom: 2, right: 3 },
              { whole: next(2) === 0 },
            )
          : {
              name,
              value: `'S & ${i}'!$A$1`,
              ...(scope === undefined ? {} : { localSheetId: scope }),
              ...(next(2) ? { hidden: true } : {}),
            };
      ops.push({ kind: "name", defined });
    }
  }
  return ops;
}

function reference(xml: string, ops: readonly Op[]): string {
  return ops.reduce((out, op) => {
    if (op.kind === "insert") return insertSheet(out, op.name, op.id, op.position);
    if (op.kind === "remove") return removeSheet(out, op.index);
    if (op.kind === "name") return upsertDefinedName(out, op.defined);
    return out;
  }, xml);
}

function drafted(xml: string, ops: readonly Op[]): string {
  const draft = new WorkbookDraft(xml);
  for (const op of ops) {
    if (op.kind === "insert") draft.insertSheet(op.name, op.id, op.position);
    else if (op.kind === "remove") draft.removeSheet(op.index);
    else if (op.kind === "name") draft.upsertName(op.defined);
    else expect(draft.text.length).toBeGreaterThan(0);
  }
  return draft.text;
}

const sheetCount = (xml: string): number => (xml.match(/<(x:)?sheet /g) ?? []).length;

describe("WorkbookDraft", () => {
  it.each(Object.entries(books))("gives insertSheet/removeSheet/upsertDefinedName's bytes: %s", (_, xml) => {
    for (let seed = 1; seed <= 40; seed++) {
      const ops = operations(seed, sheetCount(xml), 60);
      expect(drafted(xml, ops)).toBe(reference(xml, ops));
    }
  });

  it("appends 200 sheets with 3 names each as the reference does", () => {
    const xml = books.compact ?? "";
    const ops: Op[] = [];
    for (let i = 0; i < 200; i++) {
      ops.push({ kind: "insert", name: `记录 ${i}`, id: `rId${10 + i}` });
      for (const name of ["_xlnm.Print_Titles", "_xlnm.Print_Area", "_kaw_records"])
        ops.push({ kind: "name", defined: { name, value: `'记录 ${i}'!$1:$3`, localSheetId: i + 2 } });
    }
    expect(drafted(xml, ops)).toBe(reference(xml, ops));
  });

  it("drops a names list left empty and writes a later name where a new list goes", () => {
    const xml = books["pretty, names that all go with their sheet"] ?? "";
    const ops: Op[] = [
      { kind: "remove", index: 1 },
      { kind: "remove", index: 0 },
      { kind: "insert", name: "N", id: "rId5" },
      { kind: "name", defined: { name: "k", value: "1" } },
    ];
    const out = drafted(xml, ops);
    expect(out).toBe(reference(xml, ops));
    expect(out).toContain('</sheets><definedNames><definedName name="k">1</definedName></definedNames>');
  });

  it("throws as the reference does, and leaves the draft as it was", () => {
    const draft = new WorkbookDraft(`<workbook ${main}><bookViews/></workbook>`);
    expect(() => draft.insertSheet("A", "rId1")).toThrow("workbook has no <sheets>");
    expect(() => draft.upsertName({ name: "n", value: "1" })).toThrow("workbook has no <sheets>");
    expect(() => draft.removeSheet(0)).toThrow("no sheet at position 0");
    expect(draft.text).toBe(`<workbook ${main}><bookViews/></workbook>`);
  });
});
