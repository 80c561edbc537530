/**
 * `replace` on a conditional format in the Excel host: each distinct range is cleared (clearAll, ExcelApi 1.6) once
 * per list, before the list's first format on that sheet, so every format the list adds survives.
 */
import { applyEditList } from "../../../src/hosts/excel/edits/applyEditList";
import { requirementsOf } from "../../../src/hosts/excel/edits/requirements";
import type { ConditionalFormatEdit, Edit, StyleSheet } from "../../../src/plan/edits";
import { everyEditList, existingSheet, salesSheet } from "../everyEditList";
import { MockEditWorkbook } from "./mockEditWorkbook";

const bar = (range: string, replace?: boolean, sheet = existingSheet): ConditionalFormatEdit => ({
  kind: "conditionalFormat",
  sheet,
  range,
  rule: { type: "dataBar", color: "638EC6" },
  ...(replace === undefined ? {} : { replace }),
});

/** The conditional-format calls in order, as "label name args". */
async function formatCalls(changes: readonly Edit[], styles: StyleSheet = {}): Promise<string[]> {
  const mock = new MockEditWorkbook([existingSheet]);
  await applyEditList(
    mock.excelContext,
    { styles, changes },
    { maxPayloadBytes: 4_000_000, isSetSupported: () => true },
  );
  return mock.log
    .filter((op) => op.kind === "call" && op.target.endsWith(".conditionalFormats"))
    .map((op) => [op.target, op.name, ...op.args].join(" "));
}

describe("conditional formats with replace, in the Excel host", () => {
  it("clears each replace range once, before the list's first format on the sheet", async () => {
    const scale: Edit = {
      ...bar("K2:K10", true),
      rule: { type: "colorScale", min: "FFFFFF", max: "63BE7B" },
    };
    expect(
      await formatCalls([
        bar("A1:A5"),
        bar("K2:K10", true),
        scale,
        bar("$k$2:$k$10", true),
        bar("M1:M3", true),
      ]),
    ).toEqual([
      `${existingSheet}!K2:K10.conditionalFormats clearAll`,
      `${existingSheet}!M1:M3.conditionalFormats clearAll`,
      `${existingSheet}!A1:A5.conditionalFormats add DataBar`,
      `${existingSheet}!K2:K10.conditionalFormats add DataBar`,
      `${existingSheet}!K2:K10.conditionalFormats add ColorScale`,
      `${existingSheet}!$k$2:$k$10.conditionalFormats add DataBar`,
      `${existingSheet}!M1:M3.conditionalFormats add DataBar`,
    ]);
  });

  it("clears nothing without replace, or with replace false", async () => {
    const calls = await formatCalls([bar("K2:K10"), bar("K2:K10", false)]);
    expect(calls.filter((call) => call.includes("clearAll"))).toEqual([]);
    expect(calls).toHaveLength(2);
  });

  it("clears on a sheet the list creates only once it exists, after createSheet", async () => {
    const mock = new MockEditWorkbook([existingSheet]);
    const changes: Edit[] = [{ kind: "createSheet", sheet: "New" }, bar("K2:K10", true, "New")];
    await applyEditList(
      mock.excelContext,
      { changes },
      { maxPayloadBytes: 4_000_000, isSetSupported: () => true },
    );
    const names = mock.log.filter((op) => op.kind === "call").map((op) => `${op.target} ${op.name}`);
    expect(names.indexOf("worksheets add")).toBeLessThan(
      names.indexOf("New!K2:K10.conditionalFormats clearAll"),
    );
  });

  it("clears the every-kind list's data bar range before any of its formats, and needs ExcelApi 1.6", async () => {
    const calls = await formatCalls(everyEditList.changes, everyEditList.styles);
    expect(calls.filter((call) => call.includes("clearAll"))).toEqual([
      `${salesSheet}!C4:C9.conditionalFormats clearAll`,
    ]);
    expect(calls[0]).toContain("clearAll");
    expect(requirementsOf({ changes: [bar("K2:K10", true)] })).toEqual([
      { feature: "conditional formats", version: "1.6" },
    ]);
  });
});
