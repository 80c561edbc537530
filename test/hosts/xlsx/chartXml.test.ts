import { chartXml } from "../../../src/hosts/xlsx/chartXml";
import { addChartAnchor, defaultGeometry, emptyDrawingXml } from "../../../src/hosts/xlsx/drawingPart";
import type { ChartEdit } from "../../../src/plan/edits";
import { all, one, parseXml, seriesOf, titleText } from "./chartXmlReader";

const months = ["Jan", "Feb", "Mar"];
const combo: ChartEdit = {
  kind: "chart",
  sheet: "Sales",
  type: "column",
  title: "Actual & forecast",
  categories: { ref: "'Sales'!$A$2:$A$4", cache: months },
  series: [
    { name: "Actual", values: "'Sales'!$B$2:$B$4", cache: [10, null, 30] },
    { name: "Forecast", values: "'Sales'!$C$2:$C$4", cache: [11, 21, 31], type: "line", dashed: true },
  ],
  xAxisTitle: "Month",
  yAxisTitle: "Sales <EUR>",
  anchor: { cell: "E2", width: 480, height: 300 },
  valueFormat: "#,##0",
};

describe("chartXml", () => {
  it("draws a column series and a dashed line series on the same two axes", () => {
    const space = parseXml(chartXml(combo));
    const plot = one(space, "c:plotArea");
    const bar = one(plot, "c:barChart");
    const line = one(plot, "c:lineChart");
    expect(one(bar, "c:barDir").attributes.val).toBe("col");
    const axisIds = (node: typeof bar): string[] =>
      node.children.filter((c) => c.name === "c:axId").map((c) => c.attributes.val ?? "");
    const catAx = one(plot, "c:catAx");
    const valAx = one(plot, "c:valAx");
    const ids = [one(catAx, "c:axId").attributes.val, one(valAx, "c:axId").attributes.val];
    expect(axisIds(bar)).toEqual(ids);
    expect(axisIds(line)).toEqual(ids);
    expect(one(catAx, "c:crossAx").attributes.val).toBe(ids[1]);
    expect(one(valAx, "c:crossAx").attributes.val).toBe(ids[0]);
    expect(seriesOf(one(bar, "c:ser"))).toEqual({
      name: "Actual",
      categoriesRef: "'Sales'!$A$2:$A$4",
      categories: months,
      valuesRef: "'Sales'!$B$2:$B$4",
      values: [10, 30],
      dash: undefined,
    });
    const forecast = seriesOf(one(line, "c:ser"));
    expect(forecast).toMatchObject({ name: "Forecast", values: [11, 21, 31], dash: "dash" });
    // The empty point is left out of the cache, not written as 0.
    expect(all(one(bar, "c:numCache"), "c:pt").map((pt) => pt.attributes.idx)).toEqual(["0", "2"]);
    expect(all(space, "c:idx").map((n) => n.attributes.val)).toEqual(["0", "1"]);
  });

  it("writes the chart and axis titles, the value format and a legend", () => {
    const space = parseXml(chartXml(combo));
    const chart = one(space, "c:chart");
    expect(titleText(chart.children.find((c) => c.name === "c:title") ?? chart)).toBe("Actual & forecast");
    expect(titleText(one(one(chart, "c:catAx"), "c:title"))).toBe("Month");
    expect(titleText(one(one(chart, "c:valAx"), "c:title"))).toBe("Sales <EUR>");
    expect(one(one(chart, "c:valAx"), "c:numFmt").attributes).toMatchObject({
      formatCode: "#,##0",
      sourceLinked: "0",
    });
    expect(one(one(chart, "c:legend"), "c:legendPos").attributes.val).toBe("b");
  });

  it("puts a line + line chart in one c:lineChart and a bar chart's categories on the left", () => {
    const lines = parseXml(chartXml({ ...combo, type: "line" }));
    expect(all(lines, "c:barChart")).toHaveLength(0);
    expect(all(one(lines, "c:lineChart"), "c:ser")).toHaveLength(2);
    const bars = parseXml(chartXml({ ...combo, type: "bar", series: combo.series.slice(0, 1) }));
    expect(one(bars, "c:barDir").attributes.val).toBe("bar");
    expect(one(one(bars, "c:catAx"), "c:axPos").attributes.val).toBe("l");
    expect(one(one(bars, "c:valAx"), "c:axPos").attributes.val).toBe("b");
  });
});

describe("chartXml axis and legend options", () => {
  const bars: ChartEdit = {
    ...combo,
    type: "bar",
    series: combo.series.slice(0, 1),
    valueAxisMin: 0,
    reverseCategories: true,
    legend: false,
  };
  const names = (node: ReturnType<typeof parseXml>): string[] => node.children.map((child) => child.name);

  it("reverses the category axis, crosses the value axis at the last category and starts it at 0, in schema order", () => {
    const space = parseXml(chartXml(bars));
    const catAx = one(space, "c:catAx");
    const valAx = one(space, "c:valAx");
    // CT_Scaling: logBase?, orientation?, max?, min?; CT_CatAx and CT_ValAx: axId, scaling, delete, axPos,
    // majorGridlines?, title?, numFmt?, ticks, crossAx, crosses, then the kind's own elements (ECMA-376 Part 1, A.2).
    expect(names(one(catAx, "c:scaling"))).toEqual(["c:orientation"]);
    expect(one(catAx, "c:orientation").attributes.val).toBe("maxMin");
    expect(names(one(valAx, "c:scaling"))).toEqual(["c:orientation", "c:min"]);
    expect(one(one(valAx, "c:scaling"), "c:orientation").attributes.val).toBe("minMax");
    expect(one(valAx, "c:min").attributes.val).toBe("0");
    expect(names(catAx)).toEqual([
      "c:axId",
      "c:scaling",
      "c:delete",
      "c:axPos",
      "c:title",
      "c:numFmt",
      "c:majorTickMark",
      "c:minorTickMark",
      "c:tickLblPos",
      "c:crossAx",
      "c:crosses",
      "c:auto",
      "c:lblAlgn",
      "c:lblOffset",
      "c:noMultiLvlLbl",
    ]);
    expect(names(valAx)).toEqual([
      "c:axId",
      "c:scaling",
      "c:delete",
      "c:axPos",
      "c:majorGridlines",
      "c:title",
      "c:numFmt",
      "c:majorTickMark",
      "c:minorTickMark",
      "c:tickLblPos",
      "c:crossAx",
      "c:crosses",
      "c:crossBetween",
    ]);
    expect(one(catAx, "c:crosses").attributes.val).toBe("autoZero");
    expect(one(valAx, "c:crosses").attributes.val).toBe("max");
  });

  it("leaves the legend out when asked, and writes the defaults without the options", () => {
    expect(names(one(parseXml(chartXml(bars)), "c:chart"))).toEqual([
      "c:title",
      "c:autoTitleDeleted",
      "c:plotArea",
      "c:plotVisOnly",
      "c:dispBlanksAs",
    ]);
    const plain = parseXml(chartXml({ ...combo, type: "bar", reverseCategories: false, legend: true }));
    expect(all(plain, "c:legend")).toHaveLength(1);
    expect(all(plain, "c:min")).toHaveLength(0);
    expect(all(plain, "c:orientation").map((node) => node.attributes.val)).toEqual(["minMax", "minMax"]);
    expect(all(plain, "c:crosses").map((node) => node.attributes.val)).toEqual(["autoZero", "autoZero"]);
  });
});

describe("chart anchors", () => {
  it("spans the chart's size over default 64 px columns and 20 px rows", () => {
    // 480 pt = 6 096 000 EMU = 10 columns of 609 600 EMU; 300 pt = 3 810 000 EMU = 20 rows of 190 500 EMU.
    const drawing = parseXml(addChartAnchor(emptyDrawingXml, combo.anchor, "rId7", defaultGeometry));
    const anchor = one(drawing, "xdr:twoCellAnchor");
    const cell = (name: string): number[] =>
      ["xdr:col", "xdr:colOff", "xdr:row", "xdr:rowOff"].map((n) => Number(one(one(anchor, name), n).text));
    expect(cell("xdr:from")).toEqual([4, 0, 1, 0]);
    expect(cell("xdr:to")).toEqual([14, 0, 21, 0]);
    expect(one(anchor, "c:chart").attributes["r:id"]).toBe("rId7");
  });

  it("keeps shape ids unique when a second chart joins the drawing", () => {
    const once = addChartAnchor(emptyDrawingXml, combo.anchor, "rId1", defaultGeometry);
    const twice = addChartAnchor(once, { cell: "A30", width: 100, height: 50 }, "rId2", defaultGeometry);
    const ids = all(parseXml(twice), "xdr:cNvPr").map((n) => n.attributes.id);
    expect(new Set(ids).size).toBe(2);
    // 100 pt = 1 270 000 EMU = 2 columns (1 219 200) + 50 800; 50 pt = 635 000 = 3 rows (571 500) + 63 500.
    const to = all(parseXml(twice), "xdr:to")[1];
    expect(to && ["xdr:col", "xdr:colOff", "xdr:row", "xdr:rowOff"].map((n) => one(to, n).text)).toEqual([
      "2",
      "50800",
      "32",
      "63500",
    ]);
  });
});
