import type { Edit, EditList } from "../../src/plan/edits";
import { validateEdits } from "../../src/plan/validateEdits";

const facts = { sheets: ["客户财务", "Notes"] };
const codes = (changes: Edit[], styles = {}) =>
  validateEdits({ styles, changes }, facts).map((issue) => issue.code);

describe("validateEdits", () => {
  it("accepts a well-formed list that creates a sheet and then writes to it", () => {
    const edit: EditList = {
      styles: { header: { font: { bold: true }, fill: "DDEBF7" } },
      changes: [
        { kind: "createSheet", sheet: "Monthly sales" },
        {
          kind: "cells",
          sheet: "Monthly sales",
          at: "A1",
          rows: [
            ["Customer", "Total"],
            ["甲", { formula: "SUM(B3:M3)", value: 12 }],
          ],
          style: "header",
        },
        { kind: "merge", sheet: "Monthly sales", range: "A1:B1" },
        { kind: "name", name: "kaw_grossMargin", refersTo: "'Monthly sales'!$B$2", scope: "Monthly sales" },
        {
          kind: "validation",
          sheet: "Monthly sales",
          range: "C2:C9",
          rule: { type: "list", values: ["电话", "当面访问"] },
        },
        {
          kind: "hyperlink",
          sheet: "客户财务",
          cell: "P3",
          target: { sheet: "Monthly sales", cell: "A1" },
          text: "→",
        },
      ],
    };
    expect(validateEdits(edit, facts)).toEqual([]);
  });

  it("refuses writing to a sheet that neither exists nor is created first", () => {
    expect(codes([{ kind: "merge", sheet: "Nope", range: "A1:B1" }])).toEqual(["edit.unknownSheet"]);
    expect(
      codes([
        { kind: "merge", sheet: "Later", range: "A1:B1" },
        { kind: "createSheet", sheet: "Later" },
      ]),
    ).toEqual(["edit.unknownSheet"]);
  });

  it("refuses a bad or taken sheet name, in any case", () => {
    expect(codes([{ kind: "createSheet", sheet: "a/b" }])).toEqual(["edit.badSheetName"]);
    expect(codes([{ kind: "createSheet", sheet: "notes" }])).toEqual(["edit.sheetExists"]);
    expect(
      codes([
        { kind: "deleteSheet", sheet: "Notes" },
        { kind: "createSheet", sheet: "notes" },
      ]),
    ).toEqual([]);
  });

  it("refuses ranges outside the sheet and cells that run past its edge", () => {
    expect(codes([{ kind: "merge", sheet: "Notes", range: "A1:XFE2" }])).toEqual(["edit.badRange"]);
    expect(codes([{ kind: "cells", sheet: "Notes", at: "XFD1", rows: [[1, 2]] }])).toEqual(["edit.badRange"]);
  });

  it("refuses formulas that do not parse or call functions LibreOffice lacks", () => {
    const issues = validateEdits(
      {
        changes: [{ kind: "cells", sheet: "Notes", at: "B2", rows: [[{ formula: "SUM(A1:A3", value: 0 }]] }],
      },
      facts,
    );
    expect(issues).toEqual([
      {
        code: "edit.badFormula",
        sheet: "Notes",
        params: { range: "B2", formula: "SUM(A1:A3", position: 10 },
      },
    ]);
    expect(
      codes([
        {
          kind: "conditionalFormat",
          sheet: "Notes",
          range: "A1:A9",
          rule: { type: "formula", formula: "XLOOKUP(1,A:A,B:B)", style: {} },
        },
      ]),
    ).toEqual(["edit.unknownFunction"]);
  });

  it("refuses undeclared styles, overlapping merges, bad names and over-long inline lists", () => {
    expect(codes([{ kind: "style", sheet: "Notes", range: "A1", style: "nope" }])).toEqual([
      "edit.unknownStyle",
    ]);
    expect(
      codes([
        { kind: "merge", sheet: "Notes", range: "A1:C1" },
        { kind: "merge", sheet: "notes", range: "C1:D2" },
      ]),
    ).toEqual(["edit.mergeOverlap"]);
    expect(codes([{ kind: "name", name: "A1", refersTo: "1" }])).toEqual(["edit.badName"]);
    expect(codes([{ kind: "name", name: "has space", refersTo: "1" }])).toEqual(["edit.badName"]);
    const long = Array.from({ length: 60 }, (_, i) => `item ${i}`);
    expect(
      codes([{ kind: "validation", sheet: "Notes", range: "A1", rule: { type: "list", values: long } }]),
    ).toEqual(["edit.listTooLong"]);
  });

  it("refuses non-finite numbers and charts without series", () => {
    expect(codes([{ kind: "cells", sheet: "Notes", at: "A1", rows: [[Number.NaN]] }])).toEqual([
      "edit.badNumber",
    ]);
    expect(codes([{ kind: "columnWidths", sheet: "Notes", column: "A", widths: [12, -1] }])).toEqual([
      "edit.badNumber",
    ]);
    expect(
      codes([
        {
          kind: "chart",
          sheet: "Notes",
          type: "line",
          title: "t",
          categories: { ref: "'Notes'!$A$1:$A$3", cache: ["a", "b", "c"] },
          series: [],
          anchor: { cell: "E2", width: 300, height: 200 },
        },
      ]),
    ).toEqual(["edit.badChart"]);
  });

  it("refuses a name given twice in one scope, or a table named like a name, in any case", () => {
    const sheetName = { kind: "name", name: "kaw_rate", refersTo: "0.05", scope: "Notes" } as const;
    expect(codes([sheetName, { ...sheetName, name: "KAW_RATE", refersTo: "0.06" }])).toEqual([
      "edit.nameClash",
    ]);
    // The same name in another scope, or in the workbook's, is another name.
    expect(codes([sheetName, { kind: "name", name: "kaw_rate", refersTo: "0.05" }])).toEqual([]);
    expect(
      codes([
        { kind: "name", name: "Sales", refersTo: "1" },
        { kind: "table", sheet: "Notes", range: "A1:B3", name: "sales" },
      ]),
    ).toEqual(["edit.nameClash"]);
    expect(
      codes([
        { kind: "table", sheet: "Notes", range: "A1:B3", name: "Sales" },
        { kind: "table", sheet: "Notes", range: "D1:E3", name: "SALES" },
      ]),
    ).toEqual(["edit.nameClash"]);
  });

  it("accepts replace on a conditional format as true or false, and refuses anything else", () => {
    const bar = { kind: "conditionalFormat", sheet: "Notes", range: "K2:K10" } as const;
    const rule = { type: "dataBar", color: "638EC6" } as const;
    expect(
      codes([
        { ...bar, rule, replace: true },
        { ...bar, rule, replace: false },
        { ...bar, rule },
      ]),
    ).toEqual([]);
    // A plan read from JSON is not checked by the compiler.
    const fromJson = { ...bar, rule, replace: "yes" } as unknown as Edit;
    expect(validateEdits({ changes: [fromJson] }, facts)).toEqual([
      { code: "edit.badFlag", sheet: "Notes", params: { range: "K2:K10", field: "replace" } },
    ]);
  });
});
