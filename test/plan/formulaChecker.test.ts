// formulaChecker: one validation run reads each distinct formula once and answers as checkFormula does.
import { checkFormula, formulaChecker } from "../../src/plan/formulaSyntax";
import type { Edit } from "../../src/plan/edits";
import { checkEditContent } from "../../src/plan/validateContent";
import { validateEdits } from "../../src/plan/validateEdits";

const formulas = ["SUM(B2:B9)*kaw_rate", "SUM(B2:B9", "NOSUCH(1)", 'IF(C3="","",C3+7)', "", "1+"];

describe("formulaChecker", () => {
  it("answers every formula, asked again and again, as checkFormula does", () => {
    const check = formulaChecker();
    for (let round = 0; round < 3; round++)
      for (const formula of formulas) expect(check(formula)).toEqual(checkFormula(formula));
    expect(check("SUM(B2:B9")).toEqual({ kind: "syntax", at: 9 });
  });

  it("gives validateEdits the issues each edit has on its own, repeated formulas included", () => {
    const changes: Edit[] = [
      { kind: "createSheet", sheet: "S" },
      ...[1, 2].map((n): Edit => ({
        kind: "cells",
        sheet: "S",
        at: `A${n}`,
        rows: [
          [
            { formula: "SUM(B2:B9", value: null },
            { formula: "NOSUCH(1)", value: null },
            { formula: "A1+1", value: 1 },
          ],
        ],
      })),
      { kind: "validation", sheet: "S", range: "C1", rule: { type: "custom", formula: "NOSUCH(1)" } },
      { kind: "name", name: "n", refersTo: "SUM(B2:B9" },
    ];
    const alone = changes.flatMap((edit) => checkEditContent(edit, {}));
    expect(alone.map((issue) => issue.code)).toEqual([
      "edit.badFormula",
      "edit.unknownFunction",
      "edit.badFormula",
      "edit.unknownFunction",
      "edit.unknownFunction",
      "edit.badFormula",
    ]);
    expect(validateEdits({ changes }, { sheets: [] })).toEqual(alone);
  });
});
