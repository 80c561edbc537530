/**
 * A DrawingML chart part (`c:chartSpace`) for a `chart` edit: column (`c:barChart barDir="col"`), bar
 * (`barDir="bar"`) and line charts; series with `type: "line"` on a column chart become a `c:lineChart` on the
 * same axes (a combination chart). Series names are text (`c:tx/c:v`); categories and values are references with
 * caches, so a reader that does not recalculate still draws the values.
 */
import type { ChartEdit, ChartSeries } from "../../plan/edits";
import { escapeXml } from "./xmlText";

export const chartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main";
const relNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Axis ids shared by every chart group of the plot area (any two distinct numbers). */
const categoryAxisId = 500100;
const valueAxisId = 500200;

/**
 * Office's default series colours, written explicitly: a series without `spPr` takes its colour from the theme,
 * and LibreOffice draws nothing for it in a workbook without a theme part.
 */
const defaultColors = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

const v = (name: string, value: string | number): string => `<c:${name} val="${value}"/>`;

function rich(text: string): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="0"/></a:pPr>` +
    `<a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function title(text: string | undefined): string {
  return text === undefined ? "" : `<c:title>${rich(text)}${v("overlay", 0)}</c:title>`;
}

function points(values: readonly (string | number | null)[]): string {
  const pts = values.map((value, i) =>
    value === null ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(value))}</c:v></c:pt>`,
  );
  return `${v("ptCount", values.length)}${pts.join("")}`;
}

function seriesShape(series: ChartSeries, index: number, asLine: boolean): string {
  const color = series.color ?? defaultColors[index % defaultColors.length] ?? "4472C4";
  const fill = `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
  if (!asLine) return `<c:spPr>${fill}</c:spPr>`;
  const dash = series.dashed ? '<a:prstDash val="dash"/>' : "";
  const marker = `<c:marker>${v("symbol", "none")}</c:marker>`;
  return `<c:spPr><a:ln w="28575" cap="rnd">${fill}${dash}<a:round/></a:ln></c:spPr>${marker}`;
}

function seriesXml(edit: ChartEdit, series: ChartSeries, index: number, asLine: boolean): string {
  const category =
    `<c:cat><c:strRef><c:f>${escapeXml(edit.categories.ref)}</c:f>` +
    `<c:strCache>${points(edit.categories.cache)}</c:strCache></c:strRef></c:cat>`;
  const values =
    `<c:val><c:numRef><c:f>${escapeXml(series.values)}</c:f>` +
    `<c:numCache><c:formatCode>General</c:formatCode>${points(series.cache)}</c:numCache></c:numRef></c:val>`;
  return (
    `<c:ser>${v("idx", index)}${v("order", index)}<c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>` +
    `${seriesShape(series, index, asLine)}${asLine ? "" : v("invertIfNegative", 0)}${category}${values}` +
    `${asLine ? v("smooth", 0) : ""}</c:ser>`
  );
}

const axes = `${v("axId", categoryAxisId)}${v("axId", valueAxisId)}`;

/** The chart groups of the plot area: bars/columns first, then lines, each series keeping its index. */
function groups(edit: ChartEdit): string {
  const indexed = edit.series.map((series, index) => ({ series, index }));
  const lines = indexed.filter(({ series }) => edit.type === "line" || series.type === "line");
  const bars = indexed.filter((item) => !lines.includes(item));
  const barXml = bars.length
    ? `<c:barChart>${v("barDir", edit.type === "bar" ? "bar" : "col")}${v("grouping", "clustered")}` +
      `${v("varyColors", 0)}${bars.map(({ series, index }) => seriesXml(edit, series, index, false)).join("")}` +
      `${v("gapWidth", 150)}${axes}</c:barChart>`
    : "";
  const lineXml = lines.length
    ? `<c:lineChart>${v("grouping", "standard")}${v("varyColors", 0)}` +
      `${lines.map(({ series, index }) => seriesXml(edit, series, index, true)).join("")}` +
      `${v("marker", 1)}${axes}</c:lineChart>`
    : "";
  return barXml + lineXml;
}

/**
 * `c:scaling` in schema order (logBase, orientation, max, min): a reversed category axis runs maxMin, a value axis
 * may have a fixed minimum.
 */
function scaling(reverse: boolean, min: number | undefined): string {
  const minXml = min === undefined ? "" : v("min", min);
  return `<c:scaling>${v("orientation", reverse ? "maxMin" : "minMax")}${minXml}</c:scaling>`;
}

function axesXml(edit: ChartEdit): string {
  const horizontal = edit.type === "bar";
  const reverse = edit.reverseCategories === true;
  const common = (id: number, position: string, scale: string): string =>
    `${v("axId", id)}${scale}${v("delete", 0)}${v("axPos", position)}`;
  const ticks = `${v("majorTickMark", "out")}${v("minorTickMark", "none")}${v("tickLblPos", "nextTo")}`;
  const format = edit.valueFormat ?? "General";
  const category =
    `<c:catAx>${common(categoryAxisId, horizontal ? "l" : "b", scaling(reverse, undefined))}` +
    `${title(edit.xAxisTitle)}<c:numFmt formatCode="General" sourceLinked="1"/>${ticks}` +
    `${v("crossAx", valueAxisId)}${v("crosses", "autoZero")}${v("auto", 1)}${v("lblAlgn", "ctr")}` +
    `${v("lblOffset", 100)}${v("noMultiLvlLbl", 0)}</c:catAx>`;
  // A value axis's c:crosses says where on the category axis it crosses: "max" keeps it beside the last category,
  // which a reversed category axis draws at the bottom (left for a column chart).
  const value =
    `<c:valAx>${common(valueAxisId, horizontal ? "b" : "l", scaling(false, edit.valueAxisMin))}` +
    `<c:majorGridlines/>${title(edit.yAxisTitle)}` +
    `<c:numFmt formatCode="${escapeXml(format)}" sourceLinked="${edit.valueFormat ? 0 : 1}"/>${ticks}` +
    `${v("crossAx", categoryAxisId)}${v("crosses", reverse ? "max" : "autoZero")}` +
    `${v("crossBetween", "between")}</c:valAx>`;
  return category + value;
}

/** The chart part's text for a chart edit. */
export function chartXml(edit: ChartEdit): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${chartNamespace}" xmlns:a="${drawingNamespace}" xmlns:r="${relNamespace}">` +
    `${v("roundedCorners", 0)}<c:chart>${title(edit.title)}${v("autoTitleDeleted", 0)}` +
    `<c:plotArea><c:layout/>${groups(edit)}${axesXml(edit)}</c:plotArea>` +
    `${edit.legend === false ? "" : `<c:legend>${v("legendPos", "b")}${v("overlay", 0)}</c:legend>`}` +
    `${v("plotVisOnly", 1)}` +
    `${v("dispBlanksAs", "gap")}</c:chart></c:chartSpace>`
  );
}
