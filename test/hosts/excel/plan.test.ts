import { absoluteReference, columnLetters, parseA1Range, unionWindow } from "../../../src/hosts/excel/a1";
import { planWriteSyncs, prepareBlock, toExcelInput } from "../../../src/hosts/excel/writePlan";
import { expectedBytesPerCell, rowsPerRead } from "../../../src/hosts/excel/readValues";
import { ratioBlock } from "./financeSheet";

describe("A1 references", () => {
  it("turns column numbers into letters", () => {
    expect([1, 12, 13, 26, 27, 52, 703, 16384].map(columnLetters)).toEqual([
      "A",
      "L",
      "M",
      "Z",
      "AA",
      "AZ",
      "AAA",
      "XFD",
    ]);
  });

  it("parses addresses and name formulas into 1-based rects", () => {
    expect(parseA1Range("Sheet1!B3:N43")).toEqual({ top: 3, left: 2, bottom: 43, right: 14 });
    expect(parseA1Range("='My Sheet'!$H$3:$N$43")).toEqual({ top: 3, left: 8, bottom: 43, right: 14 });
    expect(parseA1Range("C7")).toEqual({ top: 7, left: 3, bottom: 7, right: 3 });
  });

  describe("edge cases", () => {
    it("refuses what is not a cell range", () => {
      expect(parseA1Range("=#REF!")).toBeNull();
      expect(parseA1Range("=Sheet1!$H:$N")).toBeNull();
      expect(parseA1Range("")).toBeNull();
    });

    it("quotes the sheet and doubles its quotes in a reference", () => {
      expect(absoluteReference("O'Brien", { top: 3, left: 8, bottom: 43, right: 14 })).toBe(
        "'O''Brien'!$H$3:$N$43",
      );
    });

    it("unites windows", () => {
      expect(
        unionWindow({ top: 0, left: 0, rows: 13, columns: 12 }, { top: 2, left: 12, rows: 11, columns: 7 }),
      ).toEqual({ top: 0, left: 0, rows: 13, columns: 19 });
    });
  });
});

describe("toExcelInput", () => {
  it("keeps numbers and plain text, empties null, and quotes text Excel would take for a formula", () => {
    expect([1.5, 0, -3, "客户A", null, "=A1", "+1", "-", "@x", "a=b"].map(toExcelInput)).toEqual([
      1.5,
      0,
      -3,
      "客户A",
      "",
      "'=A1",
      "'+1",
      "'-",
      "'@x",
      "a=b",
    ]);
  });

  it("throws on a number Excel cannot hold", () => {
    expect(() => toExcelInput(Number.NaN)).toThrow(expect.objectContaining({ code: "excel.invalidValue" }));
  });
});

describe("planWriteSyncs", () => {
  it("measures a row as its values and formats JSON plus two separators", () => {
    expect(prepareBlock(ratioBlock("S", 3)).rowBytes).toEqual([76, 76, 76]); // 32 + 42 + 2, see ratioBlock
  });

  it("packs rows under the budget: 1 000 rows of 76 bytes with 40 000 bytes → 526 + 474", () => {
    // 2 + 526 × 76 = 39 978 ≤ 40 000, 2 + 527 × 76 = 40 054 > 40 000.
    const syncs = planWriteSyncs([prepareBlock(ratioBlock("S", 1000))], 40_000);
    expect(syncs).toEqual([[{ block: 0, start: 0, count: 526 }], [{ block: 0, start: 526, count: 474 }]]);
  });

  it("puts every block in one sync when they fit together", () => {
    const blocks = [prepareBlock(ratioBlock("A", 10)), prepareBlock(ratioBlock("B", 10))];
    expect(planWriteSyncs(blocks, 4_000_000)).toEqual([
      [
        { block: 0, start: 0, count: 10 },
        { block: 1, start: 0, count: 10 },
      ],
    ]);
  });

  it("sends a row bigger than the budget alone rather than never", () => {
    expect(planWriteSyncs([prepareBlock(ratioBlock("S", 2))], 50)).toEqual([
      [{ block: 0, start: 0, count: 1 }],
      [{ block: 0, start: 1, count: 1 }],
    ]);
  });
});

describe("read chunks", () => {
  it("reads floor(min(budget / 48, maxCells) / columns) rows per sync", () => {
    expect(rowsPerRead(12, { maxPayloadBytes: 4_000_000, maxCellsPerRead: 5_000_000 })).toBe(6_944); // 83 333 / 12
    expect(rowsPerRead(12, { maxPayloadBytes: 1e12, maxCellsPerRead: 5_000_000 })).toBe(416_666); // 5 000 000 / 12
    expect(rowsPerRead(16_384, { maxPayloadBytes: 480_000, maxCellsPerRead: 5_000_000 })).toBe(1); // 10 000 cells < one row
  });
});

describe("expectedBytesPerCell", () => {
  it("doubles the measured UTF-8 JSON size per cell, at least 8, and 48 for nothing read", () => {
    // [1,2] and [3,4]: 5 bytes each, 10 / 4 cells = 2.5, doubled 5 → the floor of 8.
    expect(
      expectedBytesPerCell([
        [1, 2],
        [3, 4],
      ]),
    ).toBe(8);
    // ["客户名称很长很长"]: 8 CJK characters × 3 bytes + 2 quotes + 2 brackets = 28 bytes for one cell, doubled 56.
    expect(expectedBytesPerCell([["客户名称很长很长"]])).toBe(56);
    // [123456.789,"abcdefgh"]: 23 bytes / 2 cells = 11.5, doubled 23.
    expect(expectedBytesPerCell([[123456.789, "abcdefgh"]])).toBe(23);
    expect(expectedBytesPerCell([])).toBe(48);
  });

  it("sizes reads from it: a sheet of numbers needs far fewer syncs than the blind estimate", () => {
    const limits = { maxPayloadBytes: 4_000_000, maxCellsPerRead: 5_000_000 };
    expect(rowsPerRead(12, limits, 12)).toBe(27_777); // floor(floor(4 000 000 / 12) / 12)
    expect(rowsPerRead(12, limits)).toBe(6_944); // 48 bytes per cell
  });
});
