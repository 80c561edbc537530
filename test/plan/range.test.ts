import {
  formatRange,
  overlaps,
  parseCell,
  parseRange,
  quoteSheet,
  sheetReference,
} from "../../src/plan/range";

describe("parseRange", () => {
  it.each([
    ["B2:D5", { top: 2, left: 2, bottom: 5, right: 4 }],
    ["$A$1:$D$5", { top: 1, left: 1, bottom: 5, right: 4 }],
    ["D5:B2", { top: 2, left: 2, bottom: 5, right: 4 }],
    ["C3", { top: 3, left: 3, bottom: 3, right: 3 }],
    ["1:3", { top: 1, left: 1, bottom: 3, right: 16384 }],
    ["A:C", { top: 1, left: 1, bottom: 1048576, right: 3 }],
    ["XFD1048576", { top: 1048576, left: 16384, bottom: 1048576, right: 16384 }],
  ])("%s", (text, rect) => {
    expect(parseRange(text)).toEqual(rect);
  });

  it.each(["", "A0", "XFE1", "A1048577", "A1:B2:C3", "Sheet1!A1", "1", "A", "A1:", "#REF!"])(
    "refuses %j",
    (text) => {
      expect(parseRange(text)).toBeNull();
    },
  );
});

describe("addresses", () => {
  it("parses single cells only", () => {
    expect(parseCell("$F$17")).toEqual({ row: 17, column: 6 });
    expect(parseCell("F17:G18")).toBeNull();
  });

  it("formats ranges, absolute or not", () => {
    expect(formatRange({ top: 3, left: 8, bottom: 43, right: 14 }, true)).toBe("$H$3:$N$43");
    expect(formatRange({ top: 3, left: 8, bottom: 3, right: 8 })).toBe("H3");
  });

  it("quotes sheet names, doubling apostrophes", () => {
    expect(quoteSheet("O'Brien")).toBe("'O''Brien'");
    expect(sheetReference("Monthly sales", { top: 2, left: 2, bottom: 9, right: 2 })).toBe(
      "'Monthly sales'!$B$2:$B$9",
    );
    expect(sheetReference("S", { top: 1, left: 1, bottom: 1, right: 1 })).toBe("'S'!$A$1");
  });

  it("tells overlapping rectangles", () => {
    const a = { top: 1, left: 1, bottom: 2, right: 2 };
    expect(overlaps(a, { top: 2, left: 2, bottom: 3, right: 3 })).toBe(true);
    expect(overlaps(a, { top: 3, left: 1, bottom: 3, right: 2 })).toBe(false);
  });
});
