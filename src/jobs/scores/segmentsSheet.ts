/**
 * The content of the generated sheet 客户分类 / Customer segments: a title, then per dimension a section heading, a
 * table of its segments with a total row, and a native bar chart of revenue by segment to the right of the tables.
 * Values, not formulas; segment texts are the person's text and are written as text. The caller wraps the edits in
 * planGeneratedSheet and merges `styles` (every name prefixed "seg.") into the job's edit list.
 */
import type { SegmentDimension, SegmentRow, SegmentTable } from "../../domain/scoring/segments";
import type { CellInput, ChartEdit, Edit, StyleSheet } from "../../plan/edits";
import { sheetReference } from "../../plan/range";
import { segmentColumns as columns, segmentStyles, type SegmentColumn } from "./segmentsStyles";

export type { SegmentColumn } from "./segmentsStyles";

export interface SegmentSheetTexts {
  readonly title: string;
  readonly dimensions: Readonly<Record<SegmentDimension, string>>;
  readonly columns: Readonly<Record<SegmentColumn, string>>;
  /** Shown for the segment of blank cells. */
  readonly unclassified: string;
  readonly total: string;
  /** Chart title with a {{dimension}} placeholder. */
  readonly chartTitle: string;
  readonly revenueAxis: string;
}

const firstBlockRow = 3;
/** Column H: one spacer column right of the six table columns. */
const chartColumn = "H";
const spacerWidth = 3;
const chartWidthPoints = 460;
const minChartHeightPoints = 220;
const chartPointsPerSegment = 18;
/**
 * Excel's default row height: the chart's extent in rows, to stack the next one below it (an over-estimate where
 * it spans a taller header row, so charts never overlap).
 */
const rowHeightPoints = 15;
/** Two lines of wrapped header text. */
const headerHeightPoints = 30;
const titleHeightPoints = 22;

const present = (value: number): number | null => (Number.isFinite(value) ? value : null);

function rowCells(row: SegmentRow, texts: SegmentSheetTexts): CellInput[] {
  return [
    row.segment ?? texts.unclassified,
    row.customers,
    row.revenue,
    present(row.share),
    present(row.medianCurrentRatio),
    present(row.medianNetProfitMargin),
  ];
}

/** One dimension's block at `top`: heading, header, segments, total. */
function blockEdit(sheet: string, top: number, table: SegmentTable, texts: SegmentSheetTexts): Edit {
  const bodyStyles = columns.map((column) => `seg.${column.key}`);
  const totalShare = table.revenue === 0 ? null : 1;
  return {
    kind: "cells",
    sheet,
    at: `A${top}`,
    rows: [
      [texts.dimensions[table.dimension]],
      columns.map((column) => texts.columns[column.key]),
      ...table.rows.map((row) => rowCells(row, texts)),
      [texts.total, table.customers, table.revenue, totalShare, null, null],
    ],
    cellStyles: [
      ["seg.section"],
      columns.map(() => "seg.header"),
      ...table.rows.map((row) =>
        row.segment === null ? ["seg.unclassified", ...bodyStyles.slice(1)] : bodyStyles,
      ),
      columns.map((column) => `seg.total.${column.key}`),
    ],
  };
}

/** Revenue by segment of the block at `top`, whose segments are rows top + 2 … top + 1 + n. */
function chartEdit(
  sheet: string,
  top: number,
  at: number,
  table: SegmentTable,
  texts: SegmentSheetTexts,
): ChartEdit {
  const rows = { top: top + 2, bottom: top + 1 + table.rows.length };
  const dimension = texts.dimensions[table.dimension];
  return {
    kind: "chart",
    sheet,
    type: "bar",
    title: texts.chartTitle.split("{{dimension}}").join(dimension),
    categories: {
      ref: sheetReference(sheet, { ...rows, left: 1, right: 1 }),
      cache: table.rows.map((row) => row.segment ?? texts.unclassified),
    },
    series: [
      {
        name: texts.columns.revenue,
        values: sheetReference(sheet, { ...rows, left: 3, right: 3 }),
        cache: table.rows.map((row) => row.revenue),
      },
    ],
    xAxisTitle: dimension,
    yAxisTitle: texts.revenueAxis,
    anchor: { cell: `${chartColumn}${at}`, width: chartWidthPoints, height: chartHeight(table) },
    valueFormat: "#,##0",
    // Bars of amounts from 0 (an automatic 23M–30M axis exaggerates differences), the biggest segment (listed
    // first) on top, and no legend for the single series the title already names.
    valueAxisMin: 0,
    reverseCategories: true,
    legend: false,
  };
}

/** Points: 18 per segment, at least 220. */
function chartHeight(table: SegmentTable): number {
  return Math.max(minChartHeightPoints, chartPointsPerSegment * table.rows.length);
}

/**
 * Styles and edits of the segment sheet named `sheet`, one block and one bar chart per table (no chart for a table
 * without segments). Blocks are stacked with a blank row between; each chart starts beside its block, or below the
 * previous chart when that one reaches further down.
 * @example segmentsSheetContent("客户分类", segmentTables(input), catalog("zh-CN").segments)
 * //=> { styles: { "seg.title": …, … }, edits: [title cells, merge, block cells, chart, …, columnWidths, pageSetup] }
 */
export function segmentsSheetContent(
  sheet: string,
  tables: readonly SegmentTable[],
  texts: SegmentSheetTexts,
): { styles: StyleSheet; edits: Edit[] } {
  const edits: Edit[] = [
    { kind: "cells", sheet, at: "A1", rows: [[texts.title]], style: "seg.title" },
    { kind: "merge", sheet, range: "A1:F1" },
    { kind: "rowHeights", sheet, row: 1, heights: [titleHeightPoints] },
  ];
  let top = firstBlockRow;
  let freeRow = firstBlockRow;
  for (const table of tables) {
    edits.push(blockEdit(sheet, top, table, texts));
    edits.push({ kind: "rowHeights", sheet, row: top + 1, heights: [headerHeightPoints] });
    if (table.rows.length > 0) {
      const at = Math.max(top, freeRow);
      edits.push(chartEdit(sheet, top, at, table, texts));
      freeRow = at + Math.ceil(chartHeight(table) / rowHeightPoints) + 1;
    }
    top += table.rows.length + 4;
  }
  const widths = [...columns.map((column) => column.width), spacerWidth];
  edits.push(
    { kind: "columnWidths", sheet, column: "A", widths },
    { kind: "pageSetup", sheet, orientation: "landscape", paperSize: "A4", fitToWidth: 1 },
  );
  return { styles: segmentStyles(), edits };
}
