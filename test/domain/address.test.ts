import { AddressError, a1, columnLetters, columnNumber } from "../../src/domain/address";

describe("columnLetters", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"], // 26 + 1
    [52, "AZ"], // 26 + 26
    [53, "BA"],
    [702, "ZZ"], // 26 × 27
    [703, "AAA"],
    [16384, "XFD"], // Excel's last column
  ])("turns %i into %s", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
  });

  it("throws an AddressError outside A..XFD", () => {
    expect(() => columnLetters(0)).toThrow(AddressError);
    expect(() => columnLetters(16385)).toThrow(AddressError);
    expect(() => columnLetters(1.5)).toThrow(AddressError);
  });
});

describe("columnNumber", () => {
  it.each([
    ["A", 1],
    ["z", 26],
    ["AA", 27],
    ["XFD", 16384],
  ])("turns %s into %i", (letters, col) => {
    expect(columnNumber(letters)).toBe(col);
  });

  it("round-trips every column", () => {
    for (let col = 1; col <= 16384; col += 1) expect(columnNumber(columnLetters(col))).toBe(col);
  });

  it("rejects text that is not a column", () => {
    expect(() => columnNumber("")).toThrow(AddressError);
    expect(() => columnNumber("A1")).toThrow(AddressError);
    expect(() => columnNumber("XFE")).toThrow(AddressError);
  });
});

describe("a1", () => {
  it("joins letters and row", () => {
    expect(a1(17, 6)).toBe("F17");
    expect(a1(1048576, 16384)).toBe("XFD1048576");
  });

  it("rejects a row outside the sheet", () => {
    expect(() => a1(0, 1)).toThrow(AddressError);
  });
});
