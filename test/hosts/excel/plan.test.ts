import { absoluteReference, columnLetters, parseA1Range, unionWindow } from "../../../src/hosts/excel/a1";
import { jsonBytes, utf8Bytes } from "../../../src/hosts/excel/utf8Bytes";
import { planWriteSyncs, prepareBlock, splitPieces, toExcelInput } from "../../../src/hosts/excel/writePlan";
import type { ColumnBlock } from "../../../src/plan/workbookEdit";
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
  it("keeps numbers, empties null, and puts every text behind an apostrophe (excelText)", () => {
    expect([1.5, 0, -3, "客户A", null, "=A1", "+1", "-", "@x", "a=b"].map(toExcelInput)).toEqual([
      1.5,
      0,
      -3,
      "'客户A",
      "",
      "'=A1",
      "'+1",
      "'-",
      "'@x",
      "'a=b",
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

  it("sizes 100 000 Chinese rows with data issues in UTF-8 bytes: every sync within the budget", () => {
    // A ratio row with its data issues in Chinese: about 100 CJK characters (300 bytes of UTF-8, 100 UTF-16 code
    // units). Counted in code units, a 4 000 000 budget held ~28 000 such rows, ~6 MB of UTF-8 per sync.
    const rows = 100_000;
    const issues = (i: number): string =>
      `客户${i + 1}：流动负债合计为空；营业收入“—”不是数字；存货“暂无”未提供；应收账款为负数；` +
      `期初资产总计为空，资产回报率按期末资产计算；回款周期无法计算。`;
    const values = (f: (i: number) => number | string) => Array.from({ length: rows }, (_, i) => f(i));
    const block: ColumnBlock = {
      kind: "columnBlock",
      job: "ratios",
      sheet: "客户财务",
      headerRow: 3,
      firstColumn: 13,
      firstRow: 4,
      lastRow: 3 + rows,
      columns: [
        {
          key: "currentRatio",
          header: "流动比率",
          numberFormat: "0.00",
          values: values((i) => 1 + i / rows),
        },
        { key: "netProfitMargin", header: "净利润率", numberFormat: "0.0%", values: values(() => 0.125) },
        { key: "dataIssues", header: "数据问题", numberFormat: "@", values: values(issues) },
      ],
    };
    const prepared = prepareBlock(block);
    const budget = 4_000_000;
    const syncs = planWriteSyncs([prepared], budget);
    const sent = syncs.map((pieces) =>
      pieces.reduce((sum, piece) => {
        const slice = prepared.rows.slice(piece.start, piece.start + piece.count);
        const formats = slice.map(() => prepared.formats);
        return sum + Buffer.byteLength(JSON.stringify(slice)) + Buffer.byteLength(JSON.stringify(formats));
      }, 0),
    );
    expect(Math.max(...sent)).toBeLessThanOrEqual(budget);
    // Packed, not timid: every sync but the last is within one row (≤ 400 bytes) of the budget.
    expect(Math.min(...sent.slice(0, -1))).toBeGreaterThan(budget - 400);
    expect(syncs.flat().reduce((sum, piece) => sum + piece.count, 0)).toBe(rows);
  });

  it("sends a row bigger than the budget alone rather than never", () => {
    expect(planWriteSyncs([prepareBlock(ratioBlock("S", 2))], 50)).toEqual([
      [{ block: 0, start: 0, count: 1 }],
      [{ block: 0, start: 1, count: 1 }],
    ]);
  });
});

describe("splitPieces", () => {
  it("cuts a sync's pieces after a number of rows, across blocks", () => {
    const pieces = [
      { block: 0, start: 0, count: 3 },
      { block: 1, start: 10, count: 4 },
    ];
    expect(splitPieces(pieces, 5)).toEqual([
      [
        { block: 0, start: 0, count: 3 },
        { block: 1, start: 10, count: 2 },
      ],
      [{ block: 1, start: 12, count: 2 }],
    ]);
    expect(splitPieces(pieces, 3)).toEqual([
      [{ block: 0, start: 0, count: 3 }],
      [{ block: 1, start: 10, count: 4 }],
    ]);
    expect(splitPieces(pieces, 7)).toEqual([pieces, []]);
  });
});

describe("utf8Bytes", () => {
  it("counts UTF-8 bytes as an encoder does: 1 for ASCII, 2 up to U+07FF, 3 for CJK, 4 for a pair", () => {
    const texts = ["", "abc", "é", "客户A", "流动比率", "😀", "a😀b", "\ud800", "x\udc00y", "Ω€𝄞"];
    // Hand counts: é 2; 客户A 3 + 3 + 1; 流动比率 4 × 3; 😀 (U+1F600, a pair) 4; a lone surrogate becomes U+FFFD, 3.
    expect(texts.map(utf8Bytes)).toEqual([0, 3, 2, 7, 12, 4, 6, 3, 5, 2 + 3 + 4]);
    expect(texts.map(utf8Bytes)).toEqual(texts.map((text) => Buffer.byteLength(text)));
  });

  it("sizes JSON with its escapes: quotes, backslashes and control characters", () => {
    const row = ['说"明"', "a\\b", "line\nbreak", "\u0001", 1.5];
    expect(jsonBytes(row)).toBe(Buffer.byteLength(JSON.stringify(row)));
    // ["说\"明\"","a\\b","line\nbreak","\u0001",1.5]: 2 CJK (6) + 2 escaped quotes (4) + 2 quotes … by hand:
    // [ "说\"明\"" , "a\\b" , "line\nbreak" , "\u0001" , 1.5 ] = 1 + 12 + 1 + 6 + 1 + 13 + 1 + 8 + 1 + 3 + 1
    expect(jsonBytes(row)).toBe(48);
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
