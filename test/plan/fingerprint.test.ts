import type { Grid } from "../../src/domain/types";
import type { Edit } from "../../src/plan/edits";
import { fingerprintOfEdits, fingerprintOfGrid } from "../../src/plan/fingerprint";

const rect = { top: 1, left: 1, bottom: 4, right: 3 };
const edits: Edit[] = [
  { kind: "cells", sheet: "S", at: "A1", rows: [["客户名称", "访问日期", "回访截止日"]] },
  {
    kind: "cells",
    sheet: "S",
    at: "A2",
    rows: [
      ["甲公司", { date: 45360 }, { formula: 'IF(B2="","",B2+7)', value: 45367 }],
      ["=not a formula", null, true],
    ],
  },
  { kind: "merge", sheet: "S", range: "A4:C4" },
];

/** What a host reads back after applying `edits`, plus the formula's value. */
function readBack(overrides: Record<string, string | number | boolean | null> = {}): Grid {
  const values: (string | number | boolean | null)[][] = [
    ["客户名称", "访问日期", "回访截止日"],
    ["甲公司", 45360, 45367],
    ["=not a formula", null, true],
    [null, null, null],
  ];
  for (const [cell, value] of Object.entries(overrides)) {
    const row = Number(cell.slice(1)) - 1;
    const column = cell.charCodeAt(0) - 65;
    (values[row] ??= [])[column] = value;
  }
  return { sheet: "S", top: 0, left: 0, values };
}

const formulaCells = (row: number, column: number) => row === 2 && column === 3;

describe("fingerprints of generated cells", () => {
  it("agree between the plan and an untouched read-back, leaving out formula cells", () => {
    expect(fingerprintOfGrid(readBack(), rect, formulaCells)).toBe(fingerprintOfEdits(edits, "S", rect));
  });

  it("ignore a formula's value moving with its inputs", () => {
    const moved = readBack({ C2: 45999 });
    expect(fingerprintOfGrid(moved, rect, formulaCells)).toBe(fingerprintOfEdits(edits, "S", rect));
  });

  it("differ when the person typed into a blank line, changed or emptied a value", () => {
    const planned = fingerprintOfEdits(edits, "S", rect);
    for (const typed of [{ A4: "乙公司" }, { B2: 45361 }, { A2: null }, { C3: false }]) {
      expect(fingerprintOfGrid(readBack(typed), rect, formulaCells)).not.toBe(planned);
    }
  });

  it("tell a number from the same digits as text", () => {
    const asText = readBack({ B2: "45360" });
    expect(fingerprintOfGrid(asText, rect, formulaCells)).not.toBe(fingerprintOfEdits(edits, "S", rect));
  });

  it("count only cells inside the rectangle and on the sheet", () => {
    const other: Edit[] = [...edits, { kind: "cells", sheet: "T", at: "A1", rows: [["x"]] }];
    const outside: Edit[] = [...edits, { kind: "cells", sheet: "S", at: "E9", rows: [["y"]] }];
    const planned = fingerprintOfEdits(edits, "S", rect);
    expect(fingerprintOfEdits(other, "S", rect)).toBe(planned);
    expect(fingerprintOfEdits(outside, "S", rect)).toBe(planned);
    expect(planned).toMatch(/^[0-9a-f]{16}$/);
  });
});
