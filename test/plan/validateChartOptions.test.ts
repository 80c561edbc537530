/** validateEdits on a chart's axis and legend options: a finite minimum, true/false flags. */
import type { ChartEdit, Edit } from "../../src/plan/edits";
import { validateEdits } from "../../src/plan/validateEdits";

const facts = { sheets: ["Notes"] };
const chart: ChartEdit = {
  kind: "chart",
  sheet: "Notes",
  type: "bar",
  title: "Revenue by segment",
  categories: { ref: "'Notes'!$A$1:$A$3", cache: ["a", "b", "c"] },
  series: [{ name: "Revenue", values: "'Notes'!$B$1:$B$3", cache: [3, 2, 1] }],
  anchor: { cell: "E2", width: 300, height: 200 },
};

describe("validateEdits: chart options", () => {
  it("accepts a finite value axis minimum, reversed categories and a hidden legend", () => {
    const options = { valueAxisMin: 0, reverseCategories: true, legend: false };
    expect(validateEdits({ changes: [{ ...chart, ...options }] }, facts)).toEqual([]);
    expect(validateEdits({ changes: [{ ...chart, valueAxisMin: -1.5, legend: true }] }, facts)).toEqual([]);
  });

  it("refuses a minimum that is not a finite number", () => {
    expect(validateEdits({ changes: [{ ...chart, valueAxisMin: Number.POSITIVE_INFINITY }] }, facts)).toEqual(
      [{ code: "edit.badNumber", sheet: "Notes", params: { range: "valueAxisMin", value: "Infinity" } }],
    );
    // A plan read from JSON is not checked by the compiler.
    const text = { ...chart, valueAxisMin: "0" } as unknown as Edit;
    expect(validateEdits({ changes: [text] }, facts)).toEqual([
      { code: "edit.badNumber", sheet: "Notes", params: { range: "valueAxisMin", value: "0" } },
    ]);
  });

  it("refuses flags that are not true or false, naming each", () => {
    const flags = { ...chart, reverseCategories: "yes", legend: 0 } as unknown as Edit;
    expect(validateEdits({ changes: [flags] }, facts)).toEqual([
      { code: "edit.badFlag", sheet: "Notes", params: { range: "E2", field: "reverseCategories" } },
      { code: "edit.badFlag", sheet: "Notes", params: { range: "E2", field: "legend" } },
    ]);
  });
});
