import type { CellValue } from "../../src/domain/types";
import type { Edit } from "../../src/plan/edits";
import { fingerprintOfEdits } from "../../src/plan/fingerprint";
import { planGeneratedSheet, type GeneratedSheetRequest } from "../../src/plan/generatedSheet";
import type { OwnedBlock, SheetSnapshot } from "../../src/plan/sheetSnapshot";
import type { WorkbookSnapshot } from "../../src/plan/workbookSnapshot";

/** A record sheet: a title, a header, one customer with a follow-up formula, and two blank lines to fill in. */
function build(sheet: string): Edit[] {
  return [
    { kind: "cells", sheet, at: "A1", rows: [["目标客户访问记录表"]] },
    { kind: "cells", sheet, at: "A2", rows: [["客户名称", "访问日期", "回访截止日"]] },
    { kind: "cells", sheet, at: "A3", rows: [["甲公司", null, { formula: 'IF(B3="","",B3+7)', value: "" }]] },
    { kind: "merge", sheet, range: "A1:C1" },
  ];
}

const request: GeneratedSheetRequest = { job: "records", slot: "visits", name: "目标客户访问记录表", build };
const rect = { top: 1, left: 1, bottom: 3, right: 3 };
const written: CellValue[][] = [
  ["目标客户访问记录表"],
  ["客户名称", "访问日期", "回访截止日"],
  ["甲公司", null, ""],
];
const fingerprint = fingerprintOfEdits(build("目标客户访问记录表"), "目标客户访问记录表", {
  top: 1,
  left: 1,
  bottom: 1048576,
  right: 16384,
});

function generatedSheet(values: CellValue[][], name = "目标客户访问记录表"): SheetSnapshot {
  const owned: OwnedBlock[] = [{ job: "records.visits", rect, whole: true, fingerprint }];
  return { grid: { sheet: name, top: 0, left: 0, values }, owned, tables: [], formulaCells: ["3,3"] };
}

function workbook(
  values: CellValue[][] | null,
  sheetNames = ["客户财务", "目标客户访问记录表"],
): WorkbookSnapshot {
  return {
    sheetNames,
    sheets: values ? new Map([["目标客户访问记录表", generatedSheet(values)]]) : new Map(),
    generated: values ? [{ job: "records.visits", sheet: "目标客户访问记录表", fingerprint }] : [],
  };
}

describe("planGeneratedSheet", () => {
  it("creates the sheet on the first run, with a whole-sheet record and its fingerprint", () => {
    const plan = planGeneratedSheet(workbook(null, ["客户财务"]), request);
    expect(plan.ok && plan.sheet).toBe("目标客户访问记录表");
    if (!plan.ok) return;
    expect(plan.edits[0]).toEqual({ kind: "createSheet", sheet: "目标客户访问记录表" });
    expect(plan.edits[plan.edits.length - 1]).toEqual({
      kind: "own",
      job: "records.visits",
      sheet: "目标客户访问记录表",
      range: "$A$1:$C$3",
      whole: true,
      fingerprint,
    });
    expect(plan.rewrote).toBe(false);
  });

  it("gives the new sheet a numbered name when a sheet of the person's has the name", () => {
    const plan = planGeneratedSheet(workbook(null, ["客户财务", "目标客户访问记录表"]), request);
    expect(plan.ok && plan.sheet).toBe("目标客户访问记录表 (2)");
  });

  it("rewrites an untouched sheet in place, whatever its formulas now show", () => {
    const recalculated = written.map((row) => [...row]);
    (recalculated[2] as CellValue[])[2] = 45367; // the formula's value moved with its input
    const plan = planGeneratedSheet(workbook(recalculated), request);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.rewrote).toBe(true);
    expect(plan.edits.slice(0, 2)).toEqual([
      { kind: "deleteSheet", sheet: "目标客户访问记录表" },
      { kind: "createSheet", sheet: "目标客户访问记录表", position: 1 },
    ]);
  });

  it("writes the sheet anew under the name of the run's language", () => {
    const plan = planGeneratedSheet(workbook(written), { ...request, name: "Visit record" });
    expect(plan.ok && plan.edits.slice(0, 2)).toEqual([
      { kind: "deleteSheet", sheet: "目标客户访问记录表" },
      { kind: "createSheet", sheet: "Visit record", position: 1 },
    ]);
  });

  it("refuses, naming the sheet, when the person typed into it, and writes nothing", () => {
    for (const typed of [
      [...written.slice(0, 2), ["甲公司", 45360, ""]], // a visit date typed in
      [...written, ["乙公司"]], // a new line below
      [["目标客户访问记录表"], ["客户名称", "访问日期", "回访截止日"], [null, null, ""]], // a name deleted
      [...written.slice(0, 2), ["甲公司", null, "", "备注"]], // a note right of the table
    ]) {
      expect(planGeneratedSheet(workbook(typed), request)).toEqual({
        ok: false,
        issues: [{ code: "output.generatedSheetEdited", sheet: "目标客户访问记录表" }],
      });
    }
  });

  it("writes a new copy beside a typed-into sheet when asked, leaving that sheet alone", () => {
    const typed = [...written, ["乙公司"]];
    const plan = planGeneratedSheet(workbook(typed), { ...request, newCopy: true });
    expect(plan.ok && plan.sheet).toBe("目标客户访问记录表 (2)");
    if (!plan.ok) return;
    expect(plan.edits.some((edit) => edit.kind === "deleteSheet")).toBe(false);
    expect(plan.edits.every((edit) => !("sheet" in edit) || edit.sheet === "目标客户访问记录表 (2)")).toBe(
      true,
    );
  });

  it("follows the later copy when two sheets carry the record", () => {
    const base = workbook(written, ["客户财务", "old copy", "目标客户访问记录表"]);
    const both: WorkbookSnapshot = {
      ...base,
      generated: [{ job: "records.visits", sheet: "old copy", fingerprint: "0" }, ...base.generated],
    };
    const plan = planGeneratedSheet(both, request);
    expect(plan.ok && plan.edits[0]).toEqual({ kind: "deleteSheet", sheet: "目标客户访问记录表" });
  });
});
