import { formulaCell, prepareCells } from "../../../src/hosts/excel/edits/cellInputs";
import { applyEditList } from "../../../src/hosts/excel/edits/applyEditList";
import { packSyncs } from "../../../src/hosts/excel/edits/editSyncs";
import { styleRects } from "../../../src/hosts/excel/edits/styleRuns";
import { columnWidthPoints } from "../../../src/plan/columnWidth";
import type { CellsEdit, EditList } from "../../../src/plan/edits";
import { headerFooterSection } from "../../../src/plan/headerFooter";
import { MockEditWorkbook } from "./mockEditWorkbook";

describe("formulaCell", () => {
  it("keeps text as text behind an apostrophe, whatever Excel would read it as", () => {
    expect(["=SUM(A1)", "+1", "-x", "@me", "00123", "TRUE", "1/2", "plain"].map(formulaCell)).toEqual([
      "'=SUM(A1)",
      "'+1",
      "'-x",
      "'@me",
      "'00123",
      "'TRUE",
      "'1/2",
      "'plain",
    ]);
  });

  it("sends numbers, booleans, dates as serials, formulas with = and empties", () => {
    expect([1.5, true, { date: 46053.5 }, { formula: "A1*2", value: 4 }, null, ""].map(formulaCell)).toEqual([
      1.5,
      true,
      46053.5,
      "=A1*2",
      "",
      "",
    ]);
  });

  it("refuses a number Excel cannot hold", () => {
    expect(() => formulaCell(Number.NaN)).toThrow("excel.invalidValue");
  });
});

describe("styleRects", () => {
  const edit: CellsEdit = {
    kind: "cells",
    sheet: "S",
    at: "A1",
    rows: [
      ["h", "h", "h"],
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ],
    columnStyles: ["a", "a", "b"],
    cellStyles: [["h", "h", "h"], [], [null, "x"]],
  };

  it("joins equal runs down each column with the same run to the left", () => {
    const rects = styleRects(edit, 3, 0, 4);
    expect(Object.fromEntries(rects)).toEqual({
      h: [{ top: 0, left: 0, bottom: 0, right: 2 }],
      a: [
        { top: 1, left: 0, bottom: 3, right: 0 },
        { top: 1, left: 1, bottom: 1, right: 1 },
        { top: 3, left: 1, bottom: 3, right: 1 },
      ],
      x: [{ top: 2, left: 1, bottom: 2, right: 1 }],
      b: [{ top: 1, left: 2, bottom: 3, right: 2 }],
    });
  });

  it("covers only the rows of its chunk", () => {
    expect(Object.fromEntries(styleRects(edit, 3, 3, 1))).toEqual({
      a: [{ top: 3, left: 0, bottom: 3, right: 1 }],
      b: [{ top: 3, left: 2, bottom: 3, right: 2 }],
    });
  });
});

describe("packSyncs", () => {
  it("splits an edit between rows when the budget runs out, keeping the order", () => {
    // Rows of 10 bytes: edit 0 has 5, edit 1 has 1; 44 bytes hold one piece's brackets (4) and 4 rows.
    expect(packSyncs([[10, 10, 10, 10, 10], [10]], [0, 1], 44)).toEqual([
      [{ block: 0, start: 0, count: 4 }],
      [
        { block: 0, start: 4, count: 1 },
        { block: 1, start: 0, count: 1 },
      ],
    ]);
  });

  it("sends a row larger than the budget alone", () => {
    expect(packSyncs([[5], [50], [5]], [0, 1, 2], 40)).toEqual([
      [{ block: 0, start: 0, count: 1 }],
      [{ block: 1, start: 0, count: 1 }],
      [{ block: 2, start: 0, count: 1 }],
    ]);
  });
});

describe("prepareCells", () => {
  it("counts a row's UTF-8 bytes: its formulas, its formats and their separators", () => {
    const prepared = prepareCells({ kind: "cells", sheet: "S", at: "A1", rows: [["客户", { date: 1 }]] }, {});
    // ["'客户",1] is 1 + 9 + 2 + 1 = 13 bytes (客户 is 6), [null,"yyyy-mm-dd"] is 1 + 4 + 1 + 12 + 1 = 19, + 2.
    expect(prepared.rowBytes).toEqual([34]);
    expect(prepared.formats).toEqual([[null, "yyyy-mm-dd"]]);
  });
});

describe("shared conversions", () => {
  it("converts column widths from characters to points at Excel's default font", () => {
    // Excel's default width 8.43 is 64 px = 48 pt; 20 characters are 145 px = 108.75 pt.
    expect([8.43, 20, 0].map(columnWidthPoints)).toEqual([48, 108.75, 0]);
  });

  it("writes header and footer tokens as Excel's codes", () => {
    expect(headerFooterSection("{sheet}: page {page} of {pages}, {date} & {other}")).toBe(
      "&A: page &P of &N, &D && {other}",
    );
  });
});

describe("a sync Excel refuses for its size", () => {
  it("is queued again with half its rows, then the rest, without adding a name twice", async () => {
    const mock = new MockEditWorkbook(["S"]);
    const payloadError = Object.assign(new Error("too large"), { code: "RequestPayloadSizeLimitExceeded" });
    mock.failSync = (n) => (n === 2 ? payloadError : null);
    const list: EditList = {
      changes: [
        { kind: "name", name: "Rate", refersTo: "0.1" },
        { kind: "cells", sheet: "S", at: "A1", rows: [[1], [2], [3]] },
      ],
    };
    await applyEditList(mock.excelContext, list, { maxPayloadBytes: 4_000_000, isSetSupported: () => true });
    // Sync 1 looks Rate up; sync 2 (name + 3 rows = 4 units) is refused; sync 3 sends 2 units, sync 4 the other 2.
    expect(mock.sync).toHaveBeenCalledTimes(4);
    expect(mock.batch(3).filter((op) => op.name === "formulas")).toEqual([
      { kind: "set", target: "S!A1:A1", name: "formulas", args: [[[1]]] },
    ]);
    expect(mock.batch(4).filter((op) => op.name === "formulas")).toEqual([
      { kind: "set", target: "S!A2:A3", name: "formulas", args: [[[2], [3]]] },
    ]);
    expect([...mock.names.keys()]).toEqual(["|RATE"]);
    expect(["A1", "A2", "A3"].map((cell) => mock.cells.get(`S!${cell}`)?.formula)).toEqual([1, 2, 3]);
  });
});

describe("a style edit over many rows", () => {
  it("sends its number formats in row chunks within the budget and the rest of the style once", async () => {
    const mock = new MockEditWorkbook(["S"]);
    const list: EditList = {
      styles: { n: { numberFormat: "0.00", font: { bold: true } } },
      changes: [{ kind: "style", sheet: "S", range: "A1:B100", style: "n" }],
    };
    await applyEditList(mock.excelContext, list, { maxPayloadBytes: 800, isSetSupported: () => true });
    // Sync 1 learns whether S is protected (nothing read it in this run). A row is ["0.00","0.00"], 15 bytes + a
    // separator: about 50 rows per 800-byte sync → 3 more syncs for 100 rows.
    expect(mock.sync).toHaveBeenCalledTimes(4);
    expect(mock.batch(1)).toEqual([]);
    for (const sync of [2, 3, 4]) {
      const sent = mock.batch(sync).filter((op) => op.name === "numberFormat");
      expect(sent.reduce((sum, op) => sum + JSON.stringify(op.args[0]).length, 0)).toBeLessThanOrEqual(800);
    }
    const cells = Array.from({ length: 100 }, (_, i) => [`A${i + 1}`, `B${i + 1}`]).flat();
    expect(cells.filter((cell) => mock.cells.get(`S!${cell}`)?.numberFormat !== "0.00")).toEqual([]);
    expect(mock.sets("S!A1:B100.format.font")).toEqual([["S!A1:B100.format.font", "bold", true]]);
  });
});
