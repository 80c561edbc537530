import { isNoteLabel, isNoteRow, isTotalsLabel, isTotalsRow, splitRows } from "../../src/domain/dataRows";
import { cellText, isBlankCell } from "../../src/domain/cellText";
import type { CellValue } from "../../src/domain/types";

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
    expect(splitRows(values, 0, 10, null)).toEqual({
      dataRows: [12, 14],
      skippedRows: [{ row: 15, reason: "totals" }],
    });
  });

  it("lists note lines under the table as skipped, even after the last customer", () => {
    const values = [
      ["h", "x"],
      ["甲", 1],
      ["注：单位为万元"],
      ["乙", 2],
      ["合计", 3],
      [],
      [null, "Source: filings"],
    ];
    expect(splitRows(values, 0, 0, 0)).toEqual({
      dataRows: [2, 4],
      skippedRows: [
        { row: 3, reason: "note" },
        { row: 5, reason: "totals" },
        { row: 7, reason: "note" },
      ],
    });
  });

  it("keeps a row with a customer name and blank amounts as a customer", () => {
    expect(splitRows([["h"], ["甲公司", null, ""], ["注意事项公司"]], 0, 0, 0).dataRows).toEqual([2, 3]);
  });

  it("does not count cells in the ignored span as row content", () => {
    // Columns C:D (indices 2..3) hold the job's earlier output: rows 3 and 4 are blank, row 5 is a note.
    const values: CellValue[][] = [
      ["h", "x", "out", "问题"],
      ["甲", 1, 1.5, null],
      [null, null, 0.4, "流动负债：空白"],
      ["", null, null, "合计"],
      ["注：未经审计", null, 0.1],
      ["乙", 2],
    ];
    expect(splitRows(values, 0, 0, 0, { from: 2, to: 3 })).toEqual({
      dataRows: [2, 6],
      skippedRows: [{ row: 5, reason: "note" }],
    });
    // Without the span, the same rows look like customers.
    expect(splitRows(values, 0, 0, 0).dataRows).toEqual([2, 3, 5, 6]);
  });
});

describe("isNoteLabel", () => {
  it.each([
    "注：单位为万元",
    "注:数据未经审计",
    " 注 ：以上为期末数",
    "说明：应收账款为净额",
    "备注：待核实",
    "数据来源：企业年报",
    "资料来源: 公司公告",
    "Note: amounts in thousands",
    "NOTES: unaudited",
    "note : see below",
    "Source: annual reports",
    "sources:filings",
    "ＮＯＴＥ：全角",
  ])("knows %j", (text) => {
    expect(isNoteLabel(text)).toBe(true);
  });

  it.each([
    "注意事项公司",
    "说明书印刷厂",
    "Notebook Ltd",
    "Source Capital: Holdings",
    "数据",
    "Notes",
    "甲公司",
    "",
  ])("rejects %j", (text) => {
    expect(isNoteLabel(text)).toBe(false);
  });
});

describe("isNoteRow", () => {
  it("needs the marker text to be the row's only content", () => {
    expect(isNoteRow(["注：单位为万元", null, " "])).toBe(true);
    expect(isNoteRow([null, "", "Note: unaudited"])).toBe(true);
    expect(isNoteRow(["注：单位为万元", 12])).toBe(false);
    expect(isNoteRow(["Note: x", "Source: y"])).toBe(false);
    expect(isNoteRow([12])).toBe(false);
    expect(isNoteRow([])).toBe(false);
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
