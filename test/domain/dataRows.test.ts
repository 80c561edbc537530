import { isTotalsLabel, isTotalsRow, splitRows } from "../../src/domain/dataRows";
import { cellText, isBlankCell } from "../../src/domain/cellText";

describe("isTotalsLabel", () => {
  it.each([
    "合计",
    "合 计",
    " 总计 ",
    "小计",
    "Total",
    "TOTAL:",
    "Subtotal",
    "Sub-total",
    "Grand total",
    "ＴＯＴＡＬ",
    "合\u3000计",
  ])("knows %j", (text) => {
    expect(isTotalsLabel(text)).toBe(true);
  });

  it.each(["Totally Trading Co.", "合计公司", "总计划部", "Sales", "甲公司", "", "   "])(
    "rejects %j",
    (text) => {
      expect(isTotalsLabel(text)).toBe(false);
    },
  );
});

describe("isTotalsRow", () => {
  it("looks at the first text cell, skipping numbers and blanks", () => {
    expect(isTotalsRow([null, 3, " ", "合计", 100], null)).toBe(true);
    expect(isTotalsRow([null, 3, "甲", "合计"], null)).toBe(false);
  });

  it("also looks at the customer name cell", () => {
    expect(isTotalsRow(["East", "Total", 100], 1)).toBe(true);
    expect(isTotalsRow(["East", "Acme", 100], 1)).toBe(false);
  });
});

describe("splitRows", () => {
  it("returns 1-based sheet rows, offset by the grid's top", () => {
    const values = [["h"], ["a"], [], ["b"], ["Total"], [null]];
    // header at grid row 0, grid starts at sheet row 11 (top = 10): data on grid rows 1 and 3 → sheet rows 12 and 14
    expect(splitRows(values, 0, 10, null)).toEqual({ dataRows: [12, 14], skippedRows: [13] });
  });
});

describe("isBlankCell and cellText", () => {
  it("treats null, missing, empty and whitespace-only text as blank", () => {
    for (const value of [null, undefined, "", " ", "\u00a0", "\u3000", "\t\n"])
      expect(isBlankCell(value)).toBe(true);
    for (const value of [0, false, "x", "客户", "\u3000x", "#N/A"]) expect(isBlankCell(value)).toBe(false);
  });

  it("shows cells as text", () => {
    expect([cellText(" Revenue "), cellText(12.5), cellText(true), cellText(null)]).toEqual([
      "Revenue",
      "12.5",
      "TRUE",
      "",
    ]);
  });
});
