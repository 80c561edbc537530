/**
 * The segment sheet's content: exact cells and styles of a small hand-worked example, chart references and caches,
 * and a round trip through the .xlsx host read back independently (exceljs for cells, the chart part's XML).
 */
import { segmentTables } from "../../src/domain/scoring/segments";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { catalogs } from "../../src/i18n/catalogs";
import { segmentsSheetContent } from "../../src/jobs/scores/segmentsSheet";
import type { CellInput, ChartEdit, Edit, StyleSheet } from "../../src/plan/edits";
import { planGeneratedSheet } from "../../src/plan/generatedSheet";
import { columnLetters } from "../../src/domain/address";
import { parseCell } from "../../src/plan/range";
import { validateEdits } from "../../src/plan/validateEdits";
import { all, one, parseXml, seriesOf } from "../hosts/xlsx/chartXmlReader";
import { emptyWorkbook } from "../hosts/xlsx/emptyWorkbook";
import { entryNames, excelRead, partText } from "../hosts/xlsx/xlsxTestKit";

const texts = catalogs["en-US"].segments;

/**
 * Four customers. Product category: 阀门 300 + 200.5 = 500.5 (ratios 1.5, 2.5 → 2; margin 0.1), 泵 500 (2; 0.05),
 * one blank 100 (no ratio; 0.2); total 1 100.5. Customer type: all 国有企业, 1 100.5, ratios 1.5, 2, 2.5 → 2,
 * margins 0.1, 0.05, 0.2 → 0.1.
 */
const tables = segmentTables({
  count: 4,
  dimensions: { productCategory: ["阀门", "泵", "阀门", null], customerType: Array(4).fill("国有企业") },
  revenue: Float64Array.of(300, 500, 200.5, 100),
  currentRatio: Float64Array.of(1.5, 2, 2.5, NaN),
  netProfitMargin: Float64Array.of(0.1, 0.05, NaN, 0.2),
});

/** Every written cell of the cells edits, by address: value and style name. */
function cellMap(edits: readonly Edit[]): Map<string, { value: CellInput; style: string | undefined }> {
  const cells = new Map<string, { value: CellInput; style: string | undefined }>();
  for (const edit of edits) {
    if (edit.kind !== "cells") continue;
    const at = parseCell(edit.at);
    edit.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const style = edit.cellStyles?.[r]?.[c] ?? edit.columnStyles?.[c] ?? edit.style;
        cells.set(`${columnLetters((at?.column ?? 0) + c)}${(at?.row ?? 0) + r}`, {
          value,
          style: style ?? undefined,
        });
      }),
    );
  }
  return cells;
}

const rowValues = (cells: ReturnType<typeof cellMap>, row: number): CellInput[] =>
  ["A", "B", "C", "D", "E", "F"].map((column) => cells.get(`${column}${row}`)?.value ?? null);

const charts = (edits: readonly Edit[]): ChartEdit[] =>
  edits.filter((edit): edit is ChartEdit => edit.kind === "chart");

describe("segmentsSheetContent", () => {
  const { styles, edits } = segmentsSheetContent("Customer segments", tables, texts);
  const cells = cellMap(edits);

  it("writes a title, then per dimension a heading, a header, the segments and a total, a blank row between", () => {
    expect(cells.get("A1")).toEqual({ value: "Customer segments", style: "seg.title" });
    expect(edits).toContainEqual({ kind: "merge", sheet: "Customer segments", range: "A1:F1" });
    expect(cells.get("A3")).toEqual({ value: "Product category", style: "seg.section" });
    expect(rowValues(cells, 4)).toEqual([
      "Segment",
      "Customers",
      "Total revenue",
      "Share of revenue",
      "Median current ratio",
      "Median net profit margin",
    ]);
    expect(rowValues(cells, 5)).toEqual(["阀门", 2, 500.5, 500.5 / 1100.5, 2, 0.1]);
    expect(rowValues(cells, 6)).toEqual(["泵", 1, 500, 500 / 1100.5, 2, 0.05]);
    expect(rowValues(cells, 7)).toEqual(["Unclassified", 1, 100, 100 / 1100.5, null, 0.2]);
    expect(rowValues(cells, 8)).toEqual(["Total", 4, 1100.5, 1, null, null]);
    expect([...cells.keys()].filter((address) => address.endsWith("9") && address.length === 2)).toEqual([]);
    expect(cells.get("A10")?.value).toBe("Customer type");
    expect(rowValues(cells, 12)).toEqual(["国有企业", 4, 1100.5, 1, 2, 0.1]);
    expect(rowValues(cells, 13)).toEqual(["Total", 4, 1100.5, 1, null, null]);
    expect(Math.max(...[...cells.keys()].map((address) => parseCell(address)?.row ?? 0))).toBe(13);
  });

  it("formats through styles prefixed seg.: counts, revenue, share, ratio, margin, header and total", () => {
    expect(Object.keys(styles).every((name) => name.startsWith("seg."))).toBe(true);
    const formatOf = (address: string): string | undefined =>
      styles[cells.get(address)?.style ?? ""]?.numberFormat;
    expect(["B5", "C5", "D5", "E5", "F5"].map(formatOf)).toEqual([
      "#,##0",
      "#,##0.00",
      "0.0%",
      "0.00",
      "0.0%",
    ]);
    expect(["B8", "C8", "D8"].map(formatOf)).toEqual(["#,##0", "#,##0.00", "0.0%"]);
    const header = styles[cells.get("C4")?.style ?? ""];
    expect(header).toMatchObject({
      font: { bold: true },
      fill: "DDEBF7",
      border: { top: "thin", bottom: "thin" },
    });
    const total = styles[cells.get("C8")?.style ?? ""];
    expect(total).toMatchObject({ font: { bold: true }, border: { top: "medium" } });
    expect(cells.get("A7")?.style).toBe("seg.unclassified");
    expect(edits).toContainEqual({
      kind: "pageSetup",
      sheet: "Customer segments",
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
    });
    expect(edits).toContainEqual(expect.objectContaining({ kind: "columnWidths", column: "A" }));
    // Header rows hold two lines of wrapped text.
    const heights = edits.flatMap((edit) =>
      edit.kind === "rowHeights" ? [[edit.row, ...edit.heights]] : [],
    );
    expect(heights).toEqual([
      [1, 22],
      [4, 30],
      [11, 30],
    ]);
  });

  it("draws one bar chart per dimension over its block's cells, with caches, stacked right of the tables", () => {
    const [first, second] = charts(edits);
    expect(charts(edits)).toHaveLength(2);
    expect(first).toMatchObject({
      type: "bar",
      title: "Revenue by Product category",
      categories: { ref: "'Customer segments'!$A$5:$A$7", cache: ["阀门", "泵", "Unclassified"] },
      series: [{ name: "Total revenue", values: "'Customer segments'!$C$5:$C$7", cache: [500.5, 500, 100] }],
      yAxisTitle: "Revenue",
      anchor: { cell: "H3", width: 460, height: 220 },
      // Bars from 0, the first (biggest) segment on top, no legend for the one series.
      valueAxisMin: 0,
      reverseCategories: true,
      legend: false,
    });
    // The first chart's 220 pt are 15 default rows from row 3; the second starts after a spare row, at row 19.
    // One segment: a one-cell reference, as sheetReference writes it.
    expect(second).toMatchObject({
      categories: { ref: "'Customer segments'!$A$12", cache: ["国有企业"] },
      series: [{ values: "'Customer segments'!$C$12", cache: [1100.5] }],
      anchor: { cell: "H19", height: 220 },
    });
  });

  it("quotes the sheet name in references and grows a chart with many segments", () => {
    const many = segmentTables({
      count: 20,
      dimensions: { service: Array.from({ length: 20 }, (_, i) => `S${i}`) },
      revenue: Float64Array.from({ length: 20 }, (_, i) => 20 - i),
      currentRatio: new Float64Array(20).fill(NaN),
      netProfitMargin: new Float64Array(20).fill(NaN),
    });
    const [chart] = charts(segmentsSheetContent("O'Brien", many, texts).edits);
    expect(chart?.categories.ref).toBe("'O''Brien'!$A$5:$A$24");
    expect(chart?.anchor.height).toBe(360); // 18 × 20
  });

  it("writes a chartless block for a dimension without customers", () => {
    const empty = segmentTables({
      count: 0,
      dimensions: { service: [] },
      revenue: new Float64Array(0),
      currentRatio: new Float64Array(0),
      netProfitMargin: new Float64Array(0),
    });
    const content = segmentsSheetContent("S", empty, texts);
    expect(charts(content.edits)).toEqual([]);
    expect(rowValues(cellMap(content.edits), 5)).toEqual(["Total", 0, 0, null, null, null]);
  });

  it("passes validateEdits after a createSheet", () => {
    const changes: Edit[] = [{ kind: "createSheet", sheet: "Customer segments" }, ...edits];
    expect(validateEdits({ styles, changes }, { sheets: ["Sheet1"] })).toEqual([]);
  });
});

async function generate(bytes: Uint8Array, lang: "en-US" | "zh-CN"): Promise<Uint8Array> {
  const host = XlsxWorkbook.open(bytes);
  const segments = catalogs[lang].segments;
  let styles: StyleSheet = {};
  await host.runWorkbookJob(
    [],
    (workbook) => {
      const plan = planGeneratedSheet(workbook, {
        job: "scores",
        slot: "segments",
        name: segments.sheet,
        build: (sheet) => {
          const content = segmentsSheetContent(sheet, tables, segments);
          styles = content.styles;
          return content.edits;
        },
      });
      if (!plan.ok) throw new Error(JSON.stringify(plan.issues));
      const edit = { styles, changes: plan.edits };
      expect(validateEdits(edit, { sheets: workbook.sheetNames })).toEqual([]);
      return { edit, result: null };
    },
    undefined,
    { generatedBy: "scores" },
  );
  return host.toBytes();
}

describe("the segment sheet through the .xlsx host", () => {
  it("writes values and formats that exceljs reads back", async () => {
    const book = await excelRead(await generate(emptyWorkbook(), "zh-CN"));
    const sheet = book.getWorksheet("客户分类");
    expect(sheet).toBeDefined();
    const values = (row: number): unknown[] =>
      ["A", "B", "C", "D", "E", "F"].map((column) => sheet?.getCell(`${column}${row}`).value ?? null);
    expect(sheet?.getCell("A1").value).toBe("客户分类");
    expect(sheet?.getCell("A3").value).toBe("产品类别");
    expect(values(4)).toEqual([
      "分类",
      "客户数",
      "营业收入合计",
      "收入占比",
      "流动比率中位数",
      "净利润率中位数",
    ]);
    expect(values(5)).toEqual(["阀门", 2, 500.5, 500.5 / 1100.5, 2, 0.1]);
    expect(values(7)).toEqual(["未分类", 1, 100, 100 / 1100.5, null, 0.2]);
    expect(values(8)).toEqual(["合计", 4, 1100.5, 1, null, null]);
    expect(values(12)).toEqual(["国有企业", 4, 1100.5, 1, 2, 0.1]);
    expect(["B5", "C5", "D5", "E5", "F5"].map((a) => sheet?.getCell(a).numFmt)).toEqual([
      "#,##0",
      "#,##0.00",
      "0.0%",
      "0.00",
      "0.0%",
    ]);
    expect(sheet?.getCell("A4").font?.bold).toBe(true);
    expect(sheet?.getCell("C8").border?.top?.style).toBe("medium");
    expect(sheet?.getColumn("A").width).toBe(28);
    expect(sheet?.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1 });
  });

  it("writes two horizontal bar charts whose references and caches point at the blocks", async () => {
    const bytes = await generate(emptyWorkbook(), "en-US");
    const parts = entryNames(bytes)
      .filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))
      .sort();
    expect(parts).toHaveLength(2);
    const series = parts.map((name) => {
      const space = parseXml(partText(bytes, name));
      expect(one(space, "c:barDir").attributes.val).toBe("bar");
      return seriesOf(one(one(space, "c:barChart"), "c:ser"));
    });
    expect(series).toContainEqual({
      name: "Total revenue",
      categoriesRef: "'Customer segments'!$A$5:$A$7",
      categories: ["阀门", "泵", "Unclassified"],
      valuesRef: "'Customer segments'!$C$5:$C$7",
      values: [500.5, 500, 100],
      dash: undefined,
    });
    expect(series.map((s) => s.valuesRef)).toContain("'Customer segments'!$C$12");
    for (const name of parts) {
      const space = parseXml(partText(bytes, name));
      expect(one(one(space, "c:catAx"), "c:orientation").attributes.val).toBe("maxMin");
      expect(one(one(space, "c:valAx"), "c:crosses").attributes.val).toBe("max");
      expect(one(one(space, "c:valAx"), "c:min").attributes.val).toBe("0");
      expect(all(space, "c:legend")).toEqual([]);
    }
    expect(all(parseXml(partText(bytes, parts[0] ?? "")), "c:ser")).toHaveLength(1);
  });

  it("rewrites the sheet in place on a rerun, in the run's language", async () => {
    const first = await generate(emptyWorkbook(), "zh-CN");
    const second = await generate(first, "en-US");
    const host = XlsxWorkbook.open(second);
    expect(await host.listSheets()).toEqual(["Sheet1", "Customer segments"]);
    const charts = entryNames(second).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(charts).toHaveLength(2);
  });
});
