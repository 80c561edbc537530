import type { ChartEdit, ChartSeries } from "../../../plan/edits";

const chartTypes = { column: "ColumnClustered", bar: "BarClustered", line: "Line" } as const;
const seriesTypes = { column: "ColumnClustered", line: "Line" } as const;

/** A sheet-qualified reference ("'Monthly sales'!$B$4:$B$9") as a range of its sheet. */
export function rangeOfReference(workbook: Excel.Workbook, reference: string): Excel.Range {
  const bang = reference.lastIndexOf("!");
  const quoted = reference.slice(0, bang);
  const sheet = quoted.startsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  return workbook.worksheets.getItem(sheet).getRange(reference.slice(bang + 1));
}

function queueSeries(
  workbook: Excel.Workbook,
  chart: Excel.Chart,
  edit: ChartEdit,
  series: ChartSeries,
  index: number,
): void {
  // The chart is created over the first series' values (Excel needs a source); the others are added (1.7).
  const item = index === 0 ? chart.series.getItemAt(0) : chart.series.add(series.name);
  if (index === 0) item.name = series.name;
  else item.setValues(rangeOfReference(workbook, series.values));
  item.setXAxisValues(rangeOfReference(workbook, edit.categories.ref));
  const drawnAs = series.type ?? (edit.type === "line" ? "line" : "column");
  if (series.type) item.chartType = edit.type === "bar" ? "BarClustered" : seriesTypes[series.type];
  if (series.color && drawnAs === "line") item.format.line.color = `#${series.color}`;
  if (series.color && drawnAs !== "line") item.format.fill.setSolidColor(`#${series.color}`);
  if (series.dashed) item.format.line.lineStyle = "Dash";
}

/**
 * The value axis minimum (1.1), categories in reverse order (`reversePlotOrder`, 1.7) with the value axis crossing
 * at the maximum category (`ChartAxis.position` "Maximum" on the category axis, 1.8), and a hidden legend (1.1).
 */
function queueAxesAndLegend(chart: Excel.Chart, edit: ChartEdit): void {
  if (edit.valueAxisMin !== undefined) chart.axes.valueAxis.minimum = edit.valueAxisMin;
  if (edit.reverseCategories) {
    chart.axes.categoryAxis.reversePlotOrder = true;
    chart.axes.categoryAxis.position = "Maximum";
  }
  if (edit.legend === false) chart.legend.visible = false;
}

/** Queue a chart: its series over their ranges, titles, value axis format, and its place and size in points. */
export function queueChart(workbook: Excel.Workbook, sheet: Excel.Worksheet, edit: ChartEdit): void {
  const first = edit.series[0];
  if (!first) return;
  const chart = sheet.charts.add(chartTypes[edit.type], rangeOfReference(workbook, first.values), "Columns");
  chart.title.text = edit.title;
  edit.series.forEach((series, index) => queueSeries(workbook, chart, edit, series, index));
  if (edit.xAxisTitle !== undefined) chart.axes.categoryAxis.title.text = edit.xAxisTitle;
  if (edit.yAxisTitle !== undefined) chart.axes.valueAxis.title.text = edit.yAxisTitle;
  if (edit.valueFormat !== undefined) chart.axes.valueAxis.numberFormat = edit.valueFormat;
  queueAxesAndLegend(chart, edit);
  chart.setPosition(edit.anchor.cell);
  chart.width = edit.anchor.width;
  chart.height = edit.anchor.height;
}
