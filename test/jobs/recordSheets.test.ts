/**
 * The record sheets' content (Visit record, Visit preparation, Development record, Development records): exact
 * layout of small hand-made examples, names written as text, an .xlsx round trip read back with exceljs, and
 * LibreOffice recalculating the index formulas and the follow-up due date.
 */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { columnLetters } from "../../src/domain/address";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { catalog } from "../../src/i18n";
import {
  devLayout,
  devRecordContent,
  devRecordStats,
  emptyDevStats,
} from "../../src/jobs/records/devRecordSheet";
import type { DevStats } from "../../src/jobs/records/devRecordSheet";
import { indexSheetContent } from "../../src/jobs/records/indexSheet";
import { prepSheetContent } from "../../src/jobs/records/prepSheet";
import { recordStyles } from "../../src/jobs/records/recordStyles";
import { visitSheetContent } from "../../src/jobs/records/visitSheet";
import type { CellInput, Edit } from "../../src/plan/edits";
import { parseCell } from "../../src/plan/range";
import { validateEdits } from "../../src/plan/validateEdits";
import { emptyWorkbook } from "../hosts/xlsx/emptyWorkbook";
import { check, recalculatedSheets, title } from "../hosts/xlsx/libreofficeKit";

const zh = catalog("zh-CN").records;
const en = catalog("en-US").records;
/** Names a spreadsheet would read as formulas or numbers if they were not written as text. */
const tricky = ['=HYPERLINK("http://x","y")', "+86 138 0000 0000", "-1", "@x"];

/** Every written cell of the cells edits, by address: value and style name. */
function cellMap(edits: readonly Edit[]): Map<string, { value: CellInput; style: string | null }> {
  const cells = new Map<string, { value: CellInput; style: string | null }>();
  for (const edit of edits) {
    if (edit.kind !== "cells") continue;
    const at = parseCell(edit.at) ?? { row: 0, column: 0 };
    edit.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const style = edit.cellStyles?.[r]?.[c] ?? edit.columnStyles?.[c] ?? edit.style ?? null;
        cells.set(`${columnLetters(at.column + c)}${at.row + r}`, { value, style });
      }),
    );
  }
  return cells;
}

const valuesOf = (edits: readonly Edit[], row: number, from: number, to: number): CellInput[] => {
  const cells = cellMap(edits);
  return Array.from(
    { length: to - from + 1 },
    (_, i) => cells.get(`${columnLetters(from + i)}${row}`)?.value ?? null,
  );
};
const ofKind = <K extends Edit["kind"]>(edits: readonly Edit[], kind: K) =>
  edits.filter((edit): edit is Extract<Edit, { kind: K }> => edit.kind === kind);

function problems(sheets: readonly string[], edits: readonly Edit[]) {
  const changes: Edit[] = [...sheets.map((sheet) => ({ kind: "createSheet" as const, sheet })), ...edits];
  return validateEdits({ styles: recordStyles(), changes }, { sheets: ["Sheet1"] });
}

describe("visitSheetContent", () => {
  const edits = visitSheetContent("Visit record", ["甲公司", "乙"], en.visit, 1);

  it("writes the title, the fourteen headers in the seed's order, a numbered row per customer and blank rows", () => {
    expect(valuesOf(edits, 1, 1, 1)).toEqual(["Visit record"]);
    expect(valuesOf(edits, 2, 1, 14)).toEqual([
      "No.",
      "Customer",
      "Visit date",
      "Time",
      "Place",
      "Method",
      "Visitor (supervisor or above)",
      "Person met",
      "Key talking points",
      "Customer's views",
      "Next-step suggestions",
      "Follow-up due",
      "Follow-up done on",
      "Follow-up method",
    ]);
    const due = (r: number) => ({ formula: `IF(C${r}="","",C${r}+7)`, value: "" });
    const blank = Array<null>(9).fill(null);
    expect(valuesOf(edits, 3, 1, 14)).toEqual([1, "甲公司", ...blank, due(3), null, null]);
    expect(valuesOf(edits, 4, 1, 14)).toEqual([2, "乙", ...blank, due(4), null, null]);
    expect(valuesOf(edits, 5, 1, 14)).toEqual([3, null, ...blank, due(5), null, null]);
    expect(cellMap(edits).has("A6")).toBe(false);
    expect(cellMap(edits).get("L3")?.style).toBe("rec.due");
    expect(cellMap(edits).get("C3")?.style).toBe("rec.date");
  });

  it("validates dates, times and the method lists, and highlights overdue and nearly due follow-ups", () => {
    const rules = ofKind(edits, "validation").map((v) => [v.range, v.rule]);
    expect(rules).toEqual([
      ["C3:C5", { type: "date", operator: "greaterThan", min: 36526 }],
      ["M3:M5", { type: "date", operator: "greaterThan", min: 36526 }],
      ["D3:D5", { type: "decimal", operator: "between", min: 0, max: 0.99999 }],
      ["F3:F5", { type: "list", values: ["Face-to-face", "Phone", "Video", "Other"] }],
      ["N3:N5", { type: "list", values: ["Phone", "Another visit"] }],
    ]);
    const zhLists = ofKind(visitSheetContent("V", [], zh.visit), "validation").filter(
      (v) => v.rule.type === "list",
    );
    expect(zhLists.map((v) => ("values" in v.rule ? v.rule.values : []))).toEqual([
      ["当面访问", "电话", "视频", "其他"],
      ["电话", "再次访问"],
    ]);
    expect(ofKind(edits, "conditionalFormat").map((c) => [c.range, c.rule])).toEqual([
      [
        "L3:L5",
        {
          type: "formula",
          formula: 'AND($L3<>"",$M3="",$L3<TODAY())',
          style: { fill: "FFC7CE", font: { color: "9C0006" } },
        },
      ],
      [
        "L3:L5",
        {
          type: "formula",
          formula: 'AND($L3<>"",$M3="",$L3>=TODAY(),$L3<=TODAY()+2)',
          style: { fill: "FFEB9C", font: { color: "9C5700" } },
        },
      ],
    ]);
    expect(ofKind(edits, "freeze")).toEqual([{ kind: "freeze", sheet: "Visit record", rows: 2, columns: 2 }]);
    expect(problems(["Visit record"], edits)).toEqual([]);
  });

  it("writes names that look like formulas or numbers as the text they are", () => {
    const made = visitSheetContent("V", tricky, zh.visit, 0);
    expect([3, 4, 5, 6].map((r) => valuesOf(made, r, 2, 2)[0])).toEqual(tricky);
  });
});

describe("prepSheetContent", () => {
  it("writes one block per customer with the known facts, lines to fill in and the ✓ checklist", () => {
    const edits = prepSheetContent(
      "访问准备",
      [
        { name: "甲公司", tier: "A", sales12m: 1234.5, ratios: { currentRatio: 1.5, netProfitMargin: 0.08 } },
        { name: "=乙", ratios: {} },
      ],
      zh.prep,
    );
    const col = (r: number) => valuesOf(edits, r, 1, 2);
    expect([1, 2].map((r) => col(r)[0])).toEqual(["访问准备", zh.prep.note]);
    expect([4, 5, 6, 7, 8, 9, 10, 11].map(col)).toEqual([
      ["甲公司", null],
      ["客户等级", "A"],
      ["近 12 个月销售额", 1234.5],
      ["流动比率", 1.5],
      ["净利润率", 0.08],
      ["决策人", null],
      ["联系人", null],
      ["销售资料清单", "已准备（✓）"],
    ]);
    expect([12, 13, 14, 15, 16].map((r) => col(r)[0])).toEqual([
      "公司资料",
      "产品资料",
      "证明资料（客户案例、证书）",
      "图片",
      "样品",
    ]);
    expect(cellMap(edits).get("B8")?.style).toBe("rec.percent");
    expect(col(18)).toEqual(["=乙", null]);
    expect(col(19)).toEqual(["决策人", null]);
    const ticks = ofKind(edits, "validation").map((v) => [v.range, v.rule]);
    expect(ticks).toEqual([
      ["B12:B16", { type: "list", values: ["✓"] }],
      ["B22:B26", { type: "list", values: ["✓"] }],
    ]);
    expect(problems(["访问准备"], edits)).toEqual([]);
  });
});

describe("devRecordContent", () => {
  const edits = devRecordContent("甲公司", "甲公司", zh.dev);

  it("lays out the seed's table: title, name, reason, two header rows merged as the seed, 30 record rows", () => {
    expect(valuesOf(edits, 1, 1, 1)).toEqual(["大客户开发记录表"]);
    expect(valuesOf(edits, 2, 1, 2)).toEqual(["客户名称：", "甲公司"]);
    expect(valuesOf(edits, 3, 1, 2)).toEqual(["未成功原因：", null]);
    expect(valuesOf(edits, 4, 1, 13)).toEqual([
      "日期和时间",
      "访问对象",
      "滞留时间",
      "开发方式",
      "业务进度",
      null,
      null,
      null,
      null,
      "客户态度",
      null,
      null,
      "备注",
    ]);
    expect(valuesOf(edits, 5, 5, 12)).toEqual([
      "接触客户",
      "产品说明",
      "产品展示",
      "建议书",
      "缔约",
      "热心",
      "一般",
      "冷淡",
    ]);
    expect(ofKind(edits, "merge").map((m) => m.range)).toEqual([
      "A1:M1",
      "B2:F2",
      "B3:M3",
      "A4:A5",
      "B4:B5",
      "C4:C5",
      "D4:D5",
      "E4:I4",
      "J4:L4",
      "M4:M5",
      "O4:P4",
    ]);
    expect(devLayout).toMatchObject({
      firstRow: 6,
      lastRow: 35,
      dateColumn: "A",
      reasonCell: "B3",
      nameCell: "B2",
    });
    expect(valuesOf(edits, 6, 15, 16)).toEqual([
      { formula: 'IF(I6="✓",5,IF(H6="✓",4,IF(G6="✓",3,IF(F6="✓",2,IF(E6="✓",1,0)))))', value: 0 },
      { formula: 'IF(J6="✓",J$5,IF(K6="✓",K$5,IF(L6="✓",L$5,"")))', value: "" },
    ]);
    expect(cellMap(edits).has("P35")).toBe(true);
    expect(cellMap(edits).has("A36")).toBe(false);
    expect(problems(["甲公司"], edits)).toEqual([]);
  });

  it("validates dates, methods and ticks, and highlights a row with more than one attitude", () => {
    expect(ofKind(edits, "validation").map((v) => [v.range, v.rule])).toEqual([
      ["A6:A35", { type: "date", operator: "greaterThan", min: 36526 }],
      [
        "D6:D35",
        { type: "list", values: ["产品介绍会/推广会", "寄送资料", "客户访问", "电话", "信函", "电子邮件"] },
      ],
      ["E6:L35", { type: "list", values: ["✓"] }],
    ]);
    expect(
      ofKind(edits, "conditionalFormat").map((c) => [c.range, c.rule.type === "formula" && c.rule.formula]),
    ).toEqual([["A6:M35", 'COUNTIF($J6:$L6,"✓")>1']]);
    expect(ofKind(edits, "pageSetup")[0]).toMatchObject({
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      printTitleRows: "4:5",
      footer: { center: "{page} / {pages}" },
    });
    expect(ofKind(edits, "freeze")[0]).toMatchObject({ rows: 5 });
  });

  it("writes the customer's name as text, whatever it looks like", () => {
    for (const name of tricky) expect(valuesOf(devRecordContent("S", name, en.dev), 2, 2, 2)).toEqual([name]);
  });
});

/** A record sheet's grid from rows of values starting at A1. */
const grid = (values: CellInput[][]) => ({
  sheet: "S",
  top: 0,
  left: 0,
  values: values as (string | number | null)[][],
});

describe("devRecordStats", () => {
  const header = [
    null,
    null,
    null,
    null,
    "接触客户",
    "产品说明",
    "产品展示",
    "建议书",
    "缔约",
    "热心",
    "一般",
    "冷淡",
  ];
  const row = (date: number | string | null, ticks: string): (string | number | null)[] => [
    date,
    null,
    null,
    null,
    ...[..."EFGHIJKL"].map((c) => (ticks.includes(c) ? "✓" : null)),
  ];
  const rows = (...records: (string | number | null)[][]) => [
    [],
    [],
    [null, "预算冻结"],
    [],
    header,
    ...records,
  ];

  it("reads the furthest stage, the attitude of the latest dated row, the contacts, the last date and the reason", () => {
    // Hand-worked: stages 1, 3, 5 → 5; dates 45366.5, 45370.25, 45360 → 3 contacts, latest 45370.25 (row 7, 热心).
    const stats = devRecordStats(
      grid(rows(row(45366.5, "EK"), row(45370.25, "FGJ"), row(45360, "I"), row(null, "KL"))),
      devLayout,
    );
    expect(stats).toEqual({
      furthestStage: 5,
      latestAttitude: "热心",
      contacts: 3,
      lastContact: 45370.25,
      reason: "预算冻结",
    });
  });

  describe("edge cases", () => {
    it("gives the empty stats for an empty sheet, and ignores dates typed as text", () => {
      expect(devRecordStats(grid([]), devLayout)).toEqual(emptyDevStats);
      expect(devRecordStats(grid(rows(row("2024-03-15", "E"))), devLayout)).toMatchObject({
        contacts: 0,
        latestAttitude: "",
      });
    });

    it("takes the first row holding the latest date, and a mark other than ✓ ticks nothing", () => {
      const stats = devRecordStats(grid(rows(row(45366, "L"), row(45366, "J"), row(45300, "Ix"))), devLayout);
      expect([stats.latestAttitude, stats.furthestStage]).toEqual(["冷淡", 5]);
      const x = rows(["x", null, null, null, "x"]);
      expect(devRecordStats(grid(x), devLayout).furthestStage).toBe(0);
    });
  });
});

const recordSheet = "O'Brien 公司 #1";
const statsOf = (stats: Partial<DevStats>): DevStats => ({ ...emptyDevStats, ...stats });

describe("indexSheetContent", () => {
  const edits = indexSheetContent(
    "开发记录索引",
    [
      {
        customer: '=HYPERLINK("http://x","y")',
        sheet: recordSheet,
        stats: statsOf({
          furthestStage: 2,
          latestAttitude: "热心",
          contacts: 3,
          lastContact: 45370.25,
          reason: "预算",
        }),
      },
      { customer: "乙", sheet: "乙", stats: emptyDevStats },
    ],
    zh.index,
  );

  it("links each customer to its sheet and computes its figures by formulas cached with the stats", () => {
    const q = "'O''Brien 公司 #1'!";
    expect(valuesOf(edits, 3, 1, 6)).toEqual([
      '=HYPERLINK("http://x","y")',
      {
        formula: `CHOOSE(MAX(${q}$O$6:$O$35)+1,"","接触客户","产品说明","产品展示","建议书","缔约")`,
        value: "产品说明",
      },
      {
        formula: `IF(COUNT(${q}$A$6:$A$35)=0,"",INDEX(${q}$P$6:$P$35,MATCH(MAX(${q}$A$6:$A$35),${q}$A$6:$A$35,0)))`,
        value: "热心",
      },
      { formula: `COUNT(${q}$A$6:$A$35)`, value: 3 },
      { formula: `IF(COUNT(${q}$A$6:$A$35)=0,"",MAX(${q}$A$6:$A$35))`, value: 45370.25 },
      { formula: `IF(${q}$B$3="","",${q}$B$3)`, value: "预算" },
    ]);
    expect(
      valuesOf(edits, 4, 2, 6).map((c) =>
        typeof c === "object" && c !== null && "value" in c ? c.value : c,
      ),
    ).toEqual(["", "", 0, "", ""]);
    expect(ofKind(edits, "hyperlink").map((h) => [h.cell, h.target, h.text])).toEqual([
      ["A3", { sheet: recordSheet, cell: "A1" }, '=HYPERLINK("http://x","y")'],
      ["A4", { sheet: "乙", cell: "A1" }, "乙"],
    ]);
    expect(problems([recordSheet, "乙", "开发记录索引"], edits)).toEqual([]);
  });

  it("counts customers per furthest stage (exactly, and at that stage or further) and charts the funnel", () => {
    expect(valuesOf(edits, 3, 8, 10)).toEqual([
      "接触客户",
      { formula: "COUNTIF($B$3:$B$4,H3)", value: 0 },
      { formula: "SUM(I3:I$7)", value: 1 },
    ]);
    expect(valuesOf(edits, 4, 8, 10)).toEqual([
      "产品说明",
      { formula: "COUNTIF($B$3:$B$4,H4)", value: 1 },
      { formula: "SUM(I4:I$7)", value: 1 },
    ]);
    expect(valuesOf(edits, 5, 10, 10)).toEqual([{ formula: "SUM(I5:I$7)", value: 0 }]);
    const [chart] = ofKind(edits, "chart");
    expect([chart?.type, chart?.categories.ref, chart?.series[0]?.values, chart?.series[0]?.cache]).toEqual([
      "column",
      "'开发记录索引'!$H$3:$H$7",
      "'开发记录索引'!$J$3:$J$7",
      [1, 1, 0, 0, 0],
    ]);
  });
});

/** A date serial as yyyy-mm-dd (1900 system, serials after 1900-03-01). */
const ymd = (serial: number): string =>
  new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);

/** A workbook with a visit sheet, one record sheet with typed entries, an empty one and the index over both. */
async function written(): Promise<{ bytes: Uint8Array; stats: DevStats }> {
  const host = XlsxWorkbook.open(emptyWorkbook());
  const t = (r: number, cells: CellInput[]): Edit => ({
    kind: "cells",
    sheet: recordSheet,
    at: `A${r}`,
    rows: [cells],
  });
  const v = (c: string) => (c === "✓" ? "✓" : null);
  await host.apply({
    styles: recordStyles(),
    changes: [
      { kind: "createSheet", sheet: "目标客户访问记录表" },
      ...visitSheetContent("目标客户访问记录表", tricky, zh.visit, 2),
      { kind: "cells", sheet: "目标客户访问记录表", at: "C3", rows: [[{ date: 45366 }]] },
      { kind: "createSheet", sheet: "访问准备" },
      ...prepSheetContent("访问准备", [{ name: "甲", tier: "A", ratios: { returnOnAssets: 0.05 } }], zh.prep),
      { kind: "createSheet", sheet: recordSheet },
      ...devRecordContent(recordSheet, "O'Brien 公司", zh.dev),
      { kind: "createSheet", sheet: "乙" },
      ...devRecordContent("乙", "乙", zh.dev),
      // Typed in by a person: three dated visits, a row with two attitudes, a reason.
      t(3, [null, "预算冻结"]),
      t(6, [{ date: 45366.5 }, "张经理", "1小时", "电话", ...["✓", "", "", "", "", "", "✓", ""].map(v)]),
      t(7, [{ date: 45370.25 }, "李总", null, "客户访问", ...["", "✓", "✓", "", "", "✓", "", ""].map(v)]),
      t(8, [{ date: 45360 }, null, null, null, ...["", "", "", "", "✓", "", "", ""].map(v)]),
      t(9, [null, null, null, null, ...["", "", "", "", "", "", "✓", "✓"].map(v)]),
    ],
  });
  const stats = devRecordStats((await host.read(recordSheet)).grid, devLayout);
  const empty = devRecordStats((await host.read("乙")).grid, devLayout);
  expect(empty).toEqual(emptyDevStats);
  const entries = [
    { customer: "O'Brien 公司", sheet: recordSheet, stats },
    { customer: "乙", sheet: "乙", stats: empty },
  ];
  await host.apply({
    styles: recordStyles(),
    changes: [
      { kind: "createSheet", sheet: "开发记录索引" },
      ...indexSheetContent("开发记录索引", entries, zh.index),
    ],
  });
  return { bytes: host.toBytes(), stats };
}

describe("the record sheets in an .xlsx", () => {
  it("read back with exceljs: text names, merges, validations, highlights, print setup, panes and links", async () => {
    const { bytes, stats } = await written();
    expect(stats).toEqual({
      furthestStage: 5,
      latestAttitude: "热心",
      contacts: 3,
      lastContact: 45370.25,
      reason: "预算冻结",
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const visit = book.getWorksheet("目标客户访问记录表");
    expect([3, 4, 5, 6].map((r) => visit?.getCell(`B${r}`).value)).toEqual(tricky);
    expect(visit?.getCell("L3").value).toMatchObject({ formula: 'IF(C3="","",C3+7)' });
    expect(visit?.getCell("L3").numFmt).toBe("yyyy-mm-dd");
    expect(visit?.getCell("F3").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"当面访问,电话,视频,其他"'],
    });
    expect(visit?.getCell("C3").dataValidation).toMatchObject({ type: "date", operator: "greaterThan" });
    const record = book.getWorksheet(recordSheet);
    expect(record?.getCell("E6").dataValidation).toMatchObject({ type: "list", formulae: ['"✓"'] });
    expect(record?.getCell("B2").value).toBe("O'Brien 公司");
    expect(record?.getCell("J4").isMerged && record?.getCell("L4").master.address).toBe("J4");
    expect(record?.getCell("A5").master.address).toBe("A4");
    expect(record?.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, paperSize: 9 });
    expect(record?.pageSetup.printTitlesRow).toMatch(/^\$?4:\$?5$/);
    expect(record?.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(record?.headerFooter.oddFooter).toContain("&P");
    const rules = (
      record as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }
    ).conditionalFormattings;
    expect(rules.map((cf) => [cf.ref, cf.rules[0]?.formulae])).toEqual([
      ["A6:M35", ['COUNTIF($J6:$L6,"✓")>1']],
    ]);
    const index = book.getWorksheet("开发记录索引");
    expect(index?.getCell("A3").value).toBe("O'Brien 公司");
    // exceljs drops links to a place in the workbook, so the link is read from the sheet's XML.
    const links = Object.entries(unzipSync(bytes))
      .filter(([name]) => name.startsWith("xl/worksheets/sheet"))
      .flatMap(([, part]) => [...strFromU8(part).matchAll(/<hyperlink [^>]*\/>/g)].map((m) => m[0]));
    expect(links).toHaveLength(2);
    expect(links[0]).toContain(`ref="A3" location="'O''Brien 公司 #1'!A1" display="O'Brien 公司"`);
    expect(index?.getCell("E3").value).toMatchObject({ result: new Date(Date.UTC(2024, 2, 19, 6)) });
    expect(index?.getCell("E3").numFmt).toBe("yyyy-mm-dd");
    expect(index?.views[0]).toMatchObject({ state: "frozen", ySplit: 2, xSplit: 1 });
  });

  check(
    `gives, recalculated by LibreOffice, the index figures devRecordStats computed and visit date + 7${title}`,
    async () => {
      const { bytes, stats } = await written();
      const sheets = recalculatedSheets(bytes, ["开发记录索引", "目标客户访问记录表"]);
      const index = sheets.get("开发记录索引") ?? [];
      // Raw CSV values: a date with a time of day reads "yyyy-mm-dd hh:mm:ss" (45370.25 is 2024-03-19 06:00).
      const stage = Object.values(zh.index.stages)[stats.furthestStage - 1];
      const last = stats.lastContact ?? 0;
      const expected = [
        stage,
        stats.latestAttitude,
        String(stats.contacts),
        `${ymd(last)} 06:00:00`,
        stats.reason,
      ];
      expect(expected).toEqual(["缔约", "热心", "3", "2024-03-19 06:00:00", "预算冻结"]);
      expect(index[2]?.slice(1, 6)).toEqual(expected);
      expect(index[3]?.slice(1, 6)).toEqual(["", "", "0", "", ""]);
      expect(index.slice(2, 7).map((line) => line.slice(7, 10))).toEqual([
        ["接触客户", "0", "1"],
        ["产品说明", "0", "1"],
        ["产品展示", "0", "1"],
        ["建议书", "0", "1"],
        ["缔约", "1", "1"],
      ]);
      const visit = sheets.get("目标客户访问记录表") ?? [];
      expect(visit[2]?.slice(1, 3)).toEqual([tricky[0], ymd(45366)]);
      // 45366 is 2024-03-15; a week later:
      expect([visit[2]?.[11], visit[3]?.[11]]).toEqual(["2024-03-22", ""]);
    },
    180_000,
  );
});
