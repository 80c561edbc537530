import { applyEditList } from "../../../src/hosts/excel/edits/applyEditList";
import type { EditList } from "../../../src/plan/edits";
import { everyEditList, existingSheet, forecastSheet, salesSheet } from "../everyEditList";
import { MockEditWorkbook } from "./mockEditWorkbook";

const props = (mock: MockEditWorkbook, target: string): Record<string, unknown> =>
  Object.fromEntries(
    mock
      .sets(target)
      .filter(([label]) => label === target)
      .map(([, name, value]) => [name, value]),
  );

describe("applyEditList: validation, conditional formats, page setup and charts", () => {
  const mock = new MockEditWorkbook([existingSheet]);
  beforeAll(() =>
    applyEditList(mock.excelContext, everyEditList, {
      maxPayloadBytes: 4_000_000,
      isSetSupported: () => true,
    }),
  );
  const validation = (range: string): Record<string, unknown> =>
    props(mock, `${forecastSheet}!${range}.dataValidation`);

  it("clears each range's old validation, then sets the rule as Office.js objects", () => {
    expect(mock.calls("clear").filter(([target]) => String(target).endsWith("dataValidation"))).toHaveLength(
      6,
    );
    expect(validation("D4:D9")).toEqual({
      ignoreBlanks: true,
      rule: { list: { inCellDropDown: true, source: "Base,High,Low" } },
      prompt: { showPrompt: true, title: "Scenario", message: "Pick a scenario" },
      errorAlert: { showAlert: true, style: "Stop", title: "Scenario", message: "Base, High or Low" },
    });
    expect(validation("E4:E9")).toEqual({
      ignoreBlanks: false,
      rule: { wholeNumber: { formula1: 0, formula2: 1000, operator: "Between" } },
    });
    expect(validation("F4:F9")).toMatchObject({
      rule: { decimal: { formula1: 0, operator: "GreaterThan" } },
      errorAlert: { showAlert: true, style: "Warning", title: "Price", message: "A positive price" },
    });
    expect(validation("G4:G9")).toMatchObject({
      rule: { date: { formula1: "=46023", formula2: "=46387", operator: "Between" } },
      errorAlert: { style: "Information" },
    });
    expect(validation("H4:H9").rule).toEqual({ custom: { formula: "=LEN(H4)<=10" } });
    expect(validation("I4:I9").rule).toEqual({ list: { inCellDropDown: true, source: "=$K$4:$K$6" } });
  });

  it("adds cell-value, formula, data bar and colour scale rules with their formats", () => {
    const cf = (range: string, type: string): string => `${salesSheet}!${range}.conditionalFormats.${type}`;
    expect(mock.calls("add").filter(([target]) => String(target).endsWith("conditionalFormats"))).toEqual([
      [`${salesSheet}!B4:B9.conditionalFormats`, "CellValue"],
      [`${salesSheet}!C4:C9.conditionalFormats`, "CellValue"],
      [`${salesSheet}!A4:A9.conditionalFormats`, "Custom"],
      [`${salesSheet}!C4:C9.conditionalFormats`, "DataBar"],
      [`${salesSheet}!D4:D9.conditionalFormats`, "ColorScale"],
    ]);
    expect(props(mock, `${cf("B4:B9", "CellValue")}.cellValue`)).toEqual({
      rule: { formula1: "=150", operator: "GreaterThan" },
    });
    expect(props(mock, `${cf("B4:B9", "CellValue")}.cellValue.format.fill`)).toEqual({ color: "#C6EFCE" });
    expect(props(mock, `${cf("B4:B9", "CellValue")}.cellValue.format.font`)).toEqual({ color: "#006100" });
    expect(props(mock, `${cf("C4:C9", "CellValue")}.cellValue`)).toEqual({
      rule: { formula1: "=130", formula2: "=160", operator: "Between" },
    });
    expect(props(mock, `${cf("A4:A9", "Custom")}.custom.rule`)).toEqual({ formula: "=$E4=TRUE" });
    expect(props(mock, `${cf("A4:A9", "Custom")}.custom.format.font`)).toEqual({
      bold: true,
      color: "#9C0006",
    });
    expect(props(mock, `${cf("C4:C9", "DataBar")}.dataBar.positiveFormat`)).toEqual({ fillColor: "#638EC6" });
    expect(props(mock, `${cf("D4:D9", "ColorScale")}.colorScale`)).toEqual({
      criteria: {
        minimum: { type: "LowestValue", color: "#F8696B" },
        midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
        maximum: { type: "HighestValue", color: "#63BE7B" },
      },
    });
  });

  it("sets the page layout: landscape A4, one page wide, title rows, print area, centred, header and footer codes", () => {
    const layout = `${salesSheet}.pageLayout`;
    expect(props(mock, layout)).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
    });
    expect(mock.calls("setPrintTitleRows")).toEqual([[layout, "$1:$3"]]);
    expect(mock.calls("setPrintArea")).toEqual([[layout, "A1:F12"]]);
    // Excel's codes: &A sheet, &D date, &P page, &N pages; a literal & doubled.
    expect(props(mock, `${layout}.headersFooters.defaultForAllPages`)).toEqual({
      centerHeader: "&A",
      rightHeader: "Sales && forecast",
      leftFooter: "&D",
      centerFooter: "Page &P of &N",
    });
  });

  it("draws a column chart with a line series, titled, anchored and sized in points", () => {
    expect(mock.calls("add").filter(([target]) => String(target).endsWith(".charts"))).toEqual([
      [`${salesSheet}.charts`, "ColumnClustered", `${salesSheet}!$B$4:$B$9`, "Columns"],
      [`${forecastSheet}.charts`, "Line", `${forecastSheet}!$B$4:$B$9`, "Columns"],
      [`${forecastSheet}.charts`, "BarClustered", `${forecastSheet}!$E$4:$E$9`, "Columns"],
    ]);
    expect(props(mock, "chart1")).toEqual({ width: 480, height: 288 });
    expect(props(mock, "chart1.title")).toEqual({ text: "Actual and forecast" });
    expect(props(mock, "chart1.series0")).toEqual({ name: "Actual" });
    expect(mock.calls("setSolidColor")).toContainEqual(["chart1.series0.format.fill", "#1F4E79"]);
    expect(mock.calls("add")).toContainEqual(["chart1.series", "Forecast"]);
    expect(mock.calls("setValues")).toContainEqual(["chart1.series1", `${salesSheet}!$C$4:$C$9`]);
    expect(props(mock, "chart1.series1")).toEqual({ chartType: "Line" });
    expect(props(mock, "chart1.series1.format.line")).toEqual({ color: "#ED7D31" });
    const categories = mock
      .calls("setXAxisValues")
      .filter(([target]) => String(target).startsWith("chart1."));
    expect(categories).toEqual([
      ["chart1.series0", `${salesSheet}!$A$4:$A$9`],
      ["chart1.series1", `${salesSheet}!$A$4:$A$9`],
    ]);
    expect(props(mock, "chart1.categoryAxis.title")).toEqual({ text: "Month" });
    expect(props(mock, "chart1.valueAxis.title")).toEqual({ text: "Sales" });
    expect(props(mock, "chart1.valueAxis")).toEqual({ numberFormat: "#,##0" });
    expect(mock.calls("setPosition")).toEqual([
      ["chart1", "H3"],
      ["chart2", "M3"],
      ["chart3", "M22"],
    ]);
  });

  it("draws the forecast of the line chart dashed", () => {
    expect(props(mock, "chart2.series1.format.line")).toEqual({ color: "#ED7D31", lineStyle: "Dash" });
    expect(props(mock, "chart2.series0.format.line")).toEqual({});
    expect(props(mock, "chart3.valueAxis")).toEqual({ numberFormat: "0", minimum: 0 });
  });

  it("starts the bar chart's value axis at 0, lists its first category on top and hides its legend", () => {
    expect(props(mock, "chart3.categoryAxis")).toEqual({ reversePlotOrder: true, position: "Maximum" });
    expect(props(mock, "chart3.legend")).toEqual({ visible: false });
    // The other charts keep Excel's automatic axes and their legends.
    expect(props(mock, "chart1.categoryAxis")).toEqual({});
    expect(props(mock, "chart2.legend")).toEqual({});
  });
});

describe("a protected sheet", () => {
  /** One edit of each kind that writes into an existing sheet, each alone in its list. */
  const onSheet: EditList["changes"] = [
    { kind: "cells", sheet: existingSheet, at: "A1", rows: [[1]] },
    { kind: "style", sheet: existingSheet, range: "A1", style: "bold" },
    { kind: "merge", sheet: existingSheet, range: "A1:B1" },
    { kind: "columnWidths", sheet: existingSheet, column: "A", widths: [10] },
    { kind: "rowHeights", sheet: existingSheet, row: 1, heights: [20] },
    { kind: "freeze", sheet: existingSheet, rows: 1, columns: 0 },
    { kind: "validation", sheet: existingSheet, range: "A1", rule: { type: "custom", formula: "A1>0" } },
    {
      kind: "conditionalFormat",
      sheet: existingSheet,
      range: "A1",
      rule: { type: "dataBar", color: "638EC6" },
    },
    { kind: "pageSetup", sheet: existingSheet, orientation: "landscape" },
    { kind: "clear", sheet: existingSheet, range: "A1" },
    { kind: "hyperlink", sheet: existingSheet, cell: "A1", target: { sheet: "New", cell: "A1" }, text: "go" },
    { kind: "table", sheet: existingSheet, range: "A1:B3", name: "T" },
    {
      kind: "chart",
      sheet: existingSheet,
      type: "column",
      title: "t",
      categories: { ref: "'New'!$A$1:$A$2", cache: ["a", "b"] },
      series: [{ name: "s", values: "'New'!$B$1:$B$2", cache: [1, 2] }],
      anchor: { cell: "D2", width: 200, height: 100 },
    },
    { kind: "deleteSheet", sheet: existingSheet },
    { kind: "own", job: "notes", sheet: existingSheet, range: "A1" },
  ];

  it.each(onSheet.map((edit) => [edit.kind, edit] as const))(
    "refuses a %s edit before anything is queued, naming the sheet",
    async (_kind, edit) => {
      const mock = new MockEditWorkbook(["New", existingSheet], [], [existingSheet]);
      const list: EditList = {
        styles: { bold: { font: { bold: true } } },
        changes: [{ kind: "cells", sheet: "New", at: "A1", rows: [["first"]] }, edit],
      };
      const applying = applyEditList(mock.excelContext, list, {
        maxPayloadBytes: 4_000_000,
        isSetSupported: () => true,
      });
      await expect(applying).rejects.toMatchObject({
        code: "excel.sheetProtected",
        params: { sheet: existingSheet },
      });
      // One sync learned the protection (with the name lookups, when there are any); nothing was written, not even
      // the edit on the unprotected sheet before it.
      expect(mock.sync).toHaveBeenCalledTimes(1);
      expect(mock.log.filter((op) => op.kind !== "sync")).toEqual([]);
      expect(mock.cells.size).toBe(0);
    },
  );

  it("writes into a sheet the list creates, and into an unprotected one, with the protection lookup in the names sync", async () => {
    const mock = new MockEditWorkbook([existingSheet, "Locked"], [], ["Locked"]);
    const list: EditList = {
      changes: [
        { kind: "name", name: "Rate", refersTo: "0.1" },
        { kind: "createSheet", sheet: "Fresh" },
        { kind: "cells", sheet: "Fresh", at: "A1", rows: [[1]] },
        { kind: "cells", sheet: existingSheet, at: "A1", rows: [[2]] },
      ],
    };
    await applyEditList(mock.excelContext, list, { maxPayloadBytes: 4_000_000, isSetSupported: () => true });
    expect(mock.sync).toHaveBeenCalledTimes(2); // the names and protection lookup, then the write
    expect(mock.cells.get(`${existingSheet}!A1`)).toEqual({ formula: 2 });
  });
});
