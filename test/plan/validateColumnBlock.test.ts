import type { ColumnBlock, ColumnValue } from "../../src/plan/workbookEdit";
import { validateEdits } from "../../src/plan/validateEdits";

const facts = { sheets: ["客户", "销售预测"] };

/** A forecast-like block: column H from row 2, header in row 1. */
const block = (values: readonly ColumnValue[]): ColumnBlock => ({
  kind: "columnBlock",
  job: "forecast",
  sheet: "客户",
  headerRow: 1,
  firstColumn: 8,
  firstRow: 2,
  lastRow: 1 + values.length,
  columns: [{ key: "cost", header: "预测成本", numberFormat: "#,##0", values }],
});

describe("validateEdits on column blocks", () => {
  it("accepts formulas over other sheets and defined names beside plain values", () => {
    const values = [
      { formula: "'销售预测'!$N$7*kaw_grossMargin", value: 1200 },
      { formula: 'IF(G3>0,G3/2,"")', value: "" },
      42,
      "=text, not a formula",
      null,
    ];
    expect(validateEdits({ changes: [block(values)] }, facts)).toEqual([]);
  });

  it("refuses a formula that does not parse, naming its cell, as for a cells edit", () => {
    const issues = validateEdits({ changes: [block([1, { formula: "SUM(B2:B9", value: 0 }])] }, facts);
    // Second value → row 3, column H; "SUM(B2:B9" breaks at its end, position 10 (1-based).
    expect(issues).toEqual([
      { code: "edit.badFormula", sheet: "客户", params: { range: "H3", formula: "SUM(B2:B9", position: 10 } },
    ]);
  });

  it("refuses functions LibreOffice lacks and non-finite numbers", () => {
    const issues = validateEdits(
      { changes: [block([{ formula: "XLOOKUP(1,A:A,B:B)", value: 1 }, Number.POSITIVE_INFINITY])] },
      facts,
    );
    expect(issues.map((issue) => [issue.code, issue.params?.["range"]])).toEqual([
      ["edit.unknownFunction", "H2"],
      ["edit.badNumber", "H3"],
    ]);
  });
});
