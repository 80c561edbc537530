/**
 * The scores job end to end through the .xlsx host: ratios first, nine score columns with their formats, the
 * Settings sheet created and read back, the segments sheet, a rerun after the person changes a weight on the
 * sheet, and the refusals. Expected values are worked by hand below from the README's default bands and weights.
 */
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { runRegisteredJob } from "../../src/jobs/runJob";
import { scoresJob } from "../../src/jobs/scores/scoresJob";
import type { ScoreJobReport } from "../../src/jobs/scores/scoresReport";

const headers = [
  "客户名称",
  "流动资产",
  "流动负债",
  "资产总计",
  "营业收入",
  "营业成本",
  "净利润",
  "应收账款",
  "存货",
  "产品类别",
  "客户性质",
  "采购成本评级",
  "技术匹配度",
  "政策影响评级",
  "预计采购金额",
];

/**
 * Worked by hand (yuan; AR and inventory 0, so both periods score 100):
 * 甲 CR 2→100, CAR .5→70, NPM .1→70, ROA .25→100: health .25·100+.1·70+.2·70+.15·100+.2·100+.1·100 = 91;
 *    cost 1→100, tech 5→100, policy 3→50: influence .4·100+.3·100+.3·50 = 85; complexity low.
 * 乙 CR 1→40, CAR .2→0, NPM 0→0, ROA 0→0: health 10+20+10 = 40; ratings 5,1,1 → 0,0,0: influence 0; high.
 * 丙 as 甲 for health (91); no cost rating: order 500 ÷ revenue 10000 = 5 % → 67; tech "abc" → empty with an
 *    issue; policy 4 → 75: influence (.4·67+.3·75) ÷ .7 = 70.428571…; complexity low (67 ≥ 67).
 * 丁 as 乙 but revenue 40000 (health 40); ratings 3,3,6 → 50, 50, 6 out of range (issue): influence 50; medium.
 * 戊 as 甲 (91), no ratings and no order value: influence empty.
 * Account value = revenue 10000 ×4 and 40000 → normalised 0, 0, 0, 100, 0.
 * Priority .4/.3/.3: 甲 36.4+25.5 = 61.9; 乙 16; 丙 36.4+21.128571 = 57.528571; 丁 16+15+30 = 61;
 *    戊 36.4 ÷ .7 = 52. Tiers (top 20 % A, next 30 % B; ⌈1⌉ = 1, ⌈2.5⌉ = 3): 甲 A; 丁, 丙 B; 戊, 乙 C.
 */
const customers = [
  ["甲", 2000, 1000, 4000, 10000, 8000, 1000, 0, 0, "阀门", "国有企业", 1, 5, 3, null],
  ["乙", 1000, 1000, 5000, 10000, 8000, 0, 0, 0, "泵", "民营企业", 5, 1, 1, null],
  ["丙", 2000, 1000, 4000, 10000, 8000, 1000, 0, 0, "阀门 ", "国有企业", null, "abc", 4, 500],
  ["丁", 1000, 1000, 5000, 40000, 8000, 0, 0, 0, "泵", "外资企业", 3, 3, 6, null],
  ["戊", 2000, 1000, 4000, 10000, 8000, 1000, 0, 0, null, "经销商", null, null, null, null],
];

async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("客户");
  sheet.addRow(headers);
  for (const row of customers) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function run(
  bytes: Uint8Array,
  request: { settings?: Record<string, number | string>; lang?: "zh-CN" | "en-US" } = {},
) {
  const host = XlsxWorkbook.open(bytes);
  const outcome = await runRegisteredJob(host, scoresJob, { sheets: { customers: "客户" }, ...request });
  return { outcome, bytes: host.toBytes() };
}

async function sheetRows(bytes: Uint8Array, name: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

function report(outcome: Awaited<ReturnType<typeof run>>["outcome"]): ScoreJobReport {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.report;
}

describe("the scores job through the .xlsx host", () => {
  it("writes the ratio columns, then the nine score columns worked out by hand", async () => {
    const first = await run(await workbook());
    const r = report(first.outcome);
    expect(r.ratios.firstColumn).toBe(16); // P: right of the 15 source columns
    expect(r.firstColumn).toBe(23); // W: right of the 7 ratio columns
    expect(r.columns).toEqual([
      "财务健康评分",
      "采购成本影响",
      "技术含量影响",
      "政策社会影响",
      "购买影响评分",
      "决策复杂度",
      "开发优先级评分",
      "客户等级",
      "建议开发方式",
    ]);
    const rows = await sheetRows(first.bytes, "客户");
    const block = rows.slice(1, 6).map((row) => row.slice(22, 31));
    const near = (value: unknown) => (typeof value === "number" ? Number(value.toFixed(6)) : value);
    expect(block.map((row) => row.map(near))).toEqual([
      [91, 100, 100, 50, 85, "低", 61.9, "A", "客户访问"],
      [40, 0, 0, 0, 0, "高", 16, "C", "寄送资料"],
      [91, 67, undefined, 75, 70.428571, "低", 57.528571, "B", "产品介绍会/推广会"],
      [40, 50, 50, undefined, 50, "中", 61, "B", "产品介绍会/推广会"],
      [91, undefined, undefined, undefined, undefined, undefined, 52, "C", "寄送资料"],
    ]);
    expect(r.tiers).toEqual({ A: 1, B: 2, C: 2, none: 0 });
    expect(r.accountValue).toBe("revenue");
    expect(r.settingsCreated).toBe(true);
    expect(r.settingsSheet).toBe("参数设置");
    expect(r.segmentsSheet).toBe("客户分类");
  });

  it("reports each bad rating at its cell and nothing for the columns it has", async () => {
    const r = report((await run(await workbook())).outcome);
    const own = r.issues.filter(
      (issue) => issue.code.startsWith("rating.") || issue.code.startsWith("scores."),
    );
    expect(own.map((issue) => [issue.code, issue.sheet, issue.cell])).toEqual([
      ["rating.notRating", "客户", "M4"],
      ["rating.outOfRange", "客户", "N5"],
    ]);
  });

  it("reruns in place after the person changes a weight on the Settings sheet", async () => {
    const first = await run(await workbook());
    const settings = await sheetRows(first.bytes, "参数设置");
    const rowOf = (key: string) => settings.findIndex((row) => row[0] === key) + 1;
    const host = XlsxWorkbook.open(first.bytes);
    await host.apply({
      changes: [
        { kind: "cells", sheet: "参数设置", at: `C${rowOf("priority.health")}`, rows: [[0.2]] },
        { kind: "cells", sheet: "参数设置", at: `C${rowOf("priority.influence")}`, rows: [[0.5]] },
      ],
    });
    const second = await run(host.toBytes());
    const r = report(second.outcome);
    expect(r.settingsCreated).toBe(false);
    expect(r.firstColumn).toBe(23);
    expect(r.priorityWeights).toEqual({ health: 0.2, influence: 0.5, accountValue: 0.3 });
    const rows = await sheetRows(second.bytes, "客户");
    // .2·health + .5·influence + .3·value: 甲 18.2+42.5 = 60.7; 乙 8; 丙 18.2+35.214286; 丁 8+25+30 = 63; 戊 18.2÷.5
    expect(rows.slice(1, 6).map((row) => Number((row[28] as number).toFixed(6)))).toEqual([
      60.7, 8, 53.414286, 63, 36.4,
    ]);
    expect(rows.slice(1, 6).map((row) => row[29])).toEqual(["B", "C", "B", "A", "C"]);
    expect(rows[0]?.length).toBe(31); // no second block
  });

  it("writes the pane's changed settings into their cells and uses them", async () => {
    const first = await run(await workbook());
    const second = await run(first.bytes, {
      settings: {
        "influence.cost": 0.5,
        "influence.technology": 0.25,
        "influence.policy": 0.25,
        "approach.C": "visit",
      },
    });
    const r = report(second.outcome);
    expect(r.influenceWeights).toEqual({ cost: 0.5, technology: 0.25, policy: 0.25 });
    const settings = await sheetRows(second.bytes, "参数设置");
    const value = (key: string) => settings.find((row) => row[0] === key)?.[2];
    expect([value("influence.cost"), value("influence.technology"), value("approach.C")]).toEqual([
      0.5,
      0.25,
      "客户访问",
    ]);
    const rows = await sheetRows(second.bytes, "客户");
    expect(rows[1]?.[26]).toBeCloseTo(0.5 * 100 + 0.25 * 100 + 0.25 * 50, 9); // 甲's influence 87.5
    expect(rows[2]?.[30]).toBe("客户访问"); // 乙 is C, whose method is now a visit
  });

  it("stops with a message naming the cell when the weights on the sheet do not sum to 1", async () => {
    const first = await run(await workbook());
    const settings = await sheetRows(first.bytes, "参数设置");
    const row = settings.findIndex((cells) => cells[0] === "influence.cost") + 1;
    const host = XlsxWorkbook.open(first.bytes);
    await host.apply({ changes: [{ kind: "cells", sheet: "参数设置", at: `C${row}`, rows: [[0.5]] }] });
    const second = await run(host.toBytes());
    expect(second.outcome.ok).toBe(false);
    if (second.outcome.ok) return;
    expect(second.outcome.issues).toEqual([
      expect.objectContaining({ code: "settings.sumNotOne", sheet: "参数设置", cell: `C${row}` }),
    ]);
  });

  it("plans the contract's formats, data bars on the six scores and tier colours, each replacing an earlier run's", async () => {
    const { outcome } = await run(await workbook());
    if (!outcome.ok) throw new Error("refused");
    const blocks = outcome.edit.changes.filter((edit) => edit.kind === "columnBlock");
    expect(blocks.map((block) => [block.job, block.firstColumn])).toEqual([
      ["ratios", 16],
      ["scores", 23],
    ]);
    const scores = blocks[1];
    expect(scores?.columns.map((column) => column.numberFormat)).toEqual([
      "0",
      "0",
      "0",
      "0",
      "0",
      "@",
      "0",
      "@",
      "@",
    ]);
    const formats = outcome.edit.changes.flatMap((edit) => (edit.kind === "conditionalFormat" ? [edit] : []));
    expect(formats.map((edit) => [edit.sheet, edit.range, edit.rule.type, edit.replace])).toEqual([
      ["客户", "W2:W6", "dataBar", true],
      ["客户", "X2:X6", "dataBar", true],
      ["客户", "Y2:Y6", "dataBar", true],
      ["客户", "Z2:Z6", "dataBar", true],
      ["客户", "AA2:AA6", "dataBar", true],
      ["客户", "AC2:AC6", "dataBar", true],
      ["客户", "AD2:AD6", "cellValue", true],
      ["客户", "AD2:AD6", "cellValue", true],
      ["客户", "AD2:AD6", "cellValue", true],
    ]);
    expect(
      formats
        .slice(6)
        .map((edit) => (edit.rule.type === "cellValue" ? [edit.rule.formula1, edit.rule.style.fill] : [])),
    ).toEqual([
      ['"A"', "C6EFCE"],
      ['"B"', "FFEB9C"],
      ['"C"', "EDEDED"],
    ]);
  });

  it("leaves a factor empty with one issue when its rating column is missing", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("客户");
    sheet.addRow(headers.slice(0, 12)); // no 技术匹配度, 政策影响评级, 预计采购金额
    for (const row of customers) sheet.addRow(row.slice(0, 12));
    const r = report((await run(new Uint8Array(await book.xlsx.writeBuffer()))).outcome);
    const missing = r.issues.filter((issue) => issue.code === "scores.factorColumnMissing");
    expect(missing.map((issue) => [issue.field, issue.sheet, issue.cell])).toEqual([
      ["technicalFit", "客户", undefined],
      ["policyRating", "客户", undefined],
    ]);
    expect([...r.inputs].sort()).toEqual(["costRating", "customerType", "productCategory"]);
  });

  it("writes English headers and sheet names with --lang en-US", async () => {
    const r = report((await run(await workbook(), { lang: "en-US" })).outcome);
    expect(r.columns[0]).toBe("Financial health score");
    expect(r.settingsSheet).toBe("Settings");
    expect(r.segmentsSheet).toBe("Customer segments");
  });
});
