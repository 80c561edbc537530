import { applyEditList } from "../../../src/hosts/excel/edits/applyEditList";
import { everyEditList, existingSheet, forecastSheet, salesSheet, scratchSheet } from "../everyEditList";
import { MockEditWorkbook } from "./mockEditWorkbook";

/** The shared every-kind list applied once to a workbook with Sheet1 and an earlier `notes` record on it. */
async function applied(): Promise<MockEditWorkbook> {
  const mock = new MockEditWorkbook([existingSheet], [{ scope: existingSheet, name: "_kaw_notes" }]);
  await applyEditList(mock.excelContext, everyEditList, {
    maxPayloadBytes: 4_000_000,
    isSetSupported: () => true,
  });
  return mock;
}

const props = (mock: MockEditWorkbook, target: string): Record<string, unknown> =>
  Object.fromEntries(
    mock
      .sets(target)
      .filter(([label]) => label === target)
      .map(([, name, value]) => [name, value]),
  );

describe("applyEditList on the every-kind list", () => {
  let mock: MockEditWorkbook;
  beforeAll(async () => {
    mock = await applied();
  });

  it("takes two syncs: one to look up the names it defines, one to write everything", () => {
    expect(mock.sync).toHaveBeenCalledTimes(2);
    expect(mock.batch(1)).toEqual([]);
    expect(mock.calls("suspendApiCalculationUntilNextSync")).toHaveLength(1);
  });

  it("creates the sheets with position, tab colour and gridlines, and deletes the scratch sheet", () => {
    expect(mock.calls("add").filter(([target]) => target === "worksheets")).toEqual([
      ["worksheets", salesSheet],
      ["worksheets", forecastSheet],
      ["worksheets", scratchSheet],
    ]);
    expect(props(mock, salesSheet)).toEqual({ position: 0, tabColor: "#1F4E79" });
    expect(props(mock, forecastSheet)).toEqual({ tabColor: "#ED7D31", showGridlines: false });
    expect(mock.calls("delete")).toContainEqual([scratchSheet]);
    expect(mock.sheets).toEqual([existingSheet, salesSheet, forecastSheet]);
  });

  it("writes every value kind through Range.formulas: text behind an apostrophe, formulas with =, dates as serials", () => {
    const cell = (address: string): unknown => mock.cells.get(`${salesSheet}!${address}`);
    expect(cell("A3")).toEqual({ formula: "'Month" });
    expect(cell("B4")).toEqual({ formula: 120, numberFormat: "#,##0.00" });
    expect(cell("D4")).toEqual({ formula: "=B4/$B$10", numberFormat: "0.0%" });
    expect(cell("E4")).toEqual({ formula: "=B4>C4" });
    expect(cell("F4")).toEqual({ formula: 46053, numberFormat: "yyyy-mm-dd" });
    // The "total" style edit later gives row 10 its own number format.
    expect(cell("B10")).toEqual({ formula: "=SUM(B4:B9)", numberFormat: "#,##0" });
    expect(cell("A12")).toEqual({ formula: "'=not a formula" });
    expect(cell("C12")).toEqual({ formula: true, numberFormat: "#,##0.00" });
    // A date in a column whose style has a number format keeps the style's format.
    expect(cell("D12")).toEqual({ formula: 46023, numberFormat: "0.0%" });
    // Short rows leave the rest of the rectangle alone (null is ignored by Excel): B1 gets only its column's format.
    expect(cell("B1")).toEqual({ numberFormat: "#,##0.00" });
    expect(mock.cells.get(`${existingSheet}!H31`)).toEqual({ formula: "=G31*2", numberFormat: "#,##0.00" });
  });

  it("applies styles per range of equal style: one range for a header row, areas for a column style", () => {
    const header = `${salesSheet}!A3:F3.format`;
    expect(props(mock, header)).toEqual({
      horizontalAlignment: "Center",
      verticalAlignment: "Center",
      wrapText: true,
    });
    expect(props(mock, `${header}.font`)).toEqual({ bold: true, color: "#FFFFFF" });
    expect(props(mock, `${header}.fill`)).toEqual({ color: "#1F4E79" });
    expect(props(mock, `${header}.borders.EdgeBottom`)).toEqual({
      style: "Continuous",
      weight: "Thin",
      color: "#000000",
    });
    expect(mock.sets(`${header}.borders.Inside`)).toEqual([]);
    expect(props(mock, `${salesSheet}!A1.format.font`)).toEqual({ bold: true, size: 14, color: "#1F4E79" });
    // "share" (column D) is cut by the header in row 3: two areas in one getRanges call.
    expect(mock.calls("getRanges")).toContainEqual([salesSheet, "D1:D2,D4:D12"]);
    expect(props(mock, `${salesSheet}!{D1:D2,D4:D12}.format`)).toEqual({ horizontalAlignment: "Right" });
    // "input" on Forecast!D: font, fill and the cell lock, over D1:D2 and D4:D9.
    const input = `${forecastSheet}!{D1:D2,D4:D9}.format`;
    expect(props(mock, `${input}.font`)).toEqual({ italic: true, name: "Arial", underline: "Single" });
    expect(props(mock, `${input}.protection`)).toEqual({ locked: false });
  });

  it("applies a style edit as the cells' whole format: Normal first, its number format per cell, a medium top border", () => {
    expect(props(mock, `${salesSheet}!A10:D10`)).toEqual({
      style: "Normal",
      numberFormat: [["#,##0", "#,##0", "#,##0", "#,##0"]],
    });
    expect(props(mock, `${salesSheet}!A10:D10.format.borders.EdgeTop`)).toEqual({
      style: "Continuous",
      weight: "Medium",
      color: "#000000",
    });
  });

  it("merges, sizes columns in points and rows, freezes panes and links to a cell", () => {
    expect(mock.calls("merge")).toEqual([
      [`${salesSheet}!A1:F1`, false],
      [`${salesSheet}!B11:C11`, false],
      [`${forecastSheet}!A1:C1`, false],
    ]);
    // (characters × 7 + 5) px × 0.75: 16 → 117 px → 87.75 pt; 12 → 89 px → 66.75; 10 → 75 → 56.25; 11 → 82 → 61.5.
    expect(mock.sets(`${salesSheet}!`, "columnWidth").map(([label, , value]) => [label, value])).toEqual([
      [`${salesSheet}!A:A.format`, 87.75],
      [`${salesSheet}!B:B.format`, 66.75],
      [`${salesSheet}!C:C.format`, 66.75],
      [`${salesSheet}!D:D.format`, 56.25],
      [`${salesSheet}!E:E.format`, 61.5],
      [`${salesSheet}!F:F.format`, 66.75],
    ]);
    expect(mock.sets(`${salesSheet}!`, "rowHeight").map(([label, , value]) => [label, value])).toEqual([
      [`${salesSheet}!1:1.format`, 26],
      [`${salesSheet}!2:2.format`, 8],
      [`${salesSheet}!3:3.format`, 30],
    ]);
    expect(mock.calls("freezeAt")).toEqual([[`${salesSheet}.freezePanes`, `${salesSheet}!A1:A3`]]);
    expect(props(mock, `${forecastSheet}!A1`)).toEqual({
      hyperlink: {
        documentReference: "'Monthly sales'!A1",
        textToDisplay: "Back to monthly sales",
        screenTip: "Go to the sales sheet",
      },
    });
  });

  it("defines names (hidden when asked, with comments) and replaces an ownership record", () => {
    expect(mock.calls("add").filter(([target]) => String(target).endsWith("names"))).toEqual([
      ["workbook.names", "GrowthRate", "=0.05", "Forecast growth per month"],
      [`${salesSheet}.names`, "SalesTotal", "='Monthly sales'!$B$10"],
      ["workbook.names", "HiddenRate", "=0.1"],
      [`${salesSheet}.names`, "_kaw_sales", "='Monthly sales'!$A$1:$F$12", "kaw sheet fp=5a1e5f00"],
      [`${forecastSheet}.names`, "_kaw_forecast", "='Forecast'!$A$1:$K$9", "kaw sheet fp=f0reca57"],
      [`${existingSheet}.names`, "_kaw_notes", "='Sheet1'!$F$30:$H$31", "kaw fp=0badf00d"],
    ]);
    expect(mock.calls("delete")).toContainEqual([`name:${existingSheet}|_kaw_notes`]);
    const hidden = mock.sets("name:").filter(([, name]) => name === "visible");
    expect(hidden).toEqual([
      ["name:|HiddenRate", "visible", false],
      [`name:${salesSheet}|_kaw_sales`, "visible", false],
      [`name:${forecastSheet}|_kaw_forecast`, "visible", false],
      [`name:${existingSheet}|_kaw_notes`, "visible", false],
    ]);
  });

  it("creates the table with its name and style, and clears a range", () => {
    expect(mock.calls("add")).toContainEqual([`${salesSheet}.tables`, "A3:F9", true]);
    expect(props(mock, `table:${salesSheet}!A3:F9`)).toEqual({
      name: "SalesTable",
      style: "TableStyleMedium9",
    });
    expect(mock.calls("clear")).toContainEqual([`${existingSheet}!F32:H32`, "All"]);
  });
});
