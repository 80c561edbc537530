import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fieldKeys, requiredFields } from "../../src/domain/fields";
import { fieldName } from "../../src/i18n";
import { cellMap, clearCells, customerWorkbook, kaw, readBack, withHeader } from "./workbooks";

const blockColumns = ["K", "L", "M", "N", "O", "P", "Q"];

function temp(): string {
  return mkdtempSync(join(tmpdir(), "kaw-cli-"));
}

async function prepared(extraHeaders: string[] = []): Promise<{ dir: string; input: string; out: string }> {
  const dir = temp();
  const input = join(dir, "in.xlsx");
  writeFileSync(input, await customerWorkbook(extraHeaders));
  return { dir, input, out: join(dir, "out.xlsx") };
}

describe("kaw ratios", () => {
  it("appends the ratio columns with values worked out by hand and the contract's number formats", async () => {
    const { input, out } = await prepared();
    const run = await kaw(["ratios", input, "--out", out]);
    expect(run.code).toBe(0);
    const sheet = (await readBack(readFileSync(out))).getWorksheet("客户财务");
    if (!sheet) throw new Error("sheet missing");
    expect(blockColumns.map((column) => sheet.getCell(`${column}3`).value)).toEqual([
      "流动比率",
      "流动资产率",
      "净利润率",
      "资产回报率",
      "回款周期(天)",
      "存货周期(天)",
      "数据问题",
    ]);
    const first = blockColumns.slice(0, 6).map((column) => sheet.getCell(`${column}4`).value as number);
    [1.5, 0.3, 0.05, 0.1, 36.5, 36.5].forEach((expected, index) =>
      expect(first[index]).toBeCloseTo(expected, 12),
    );
    expect(blockColumns.map((column) => sheet.getCell(`${column}4`).numFmt)).toEqual([
      "0.00",
      "0.0%",
      "0.0%",
      "0.0%",
      "0",
      "0",
      "@",
    ]);
    // Row 5: inventory 待补充 → no inventory period, a note; opening assets blank → ROA on closing: 90/2400.
    expect(sheet.getCell("N5").value as number).toBeCloseTo(90 / 2400, 12);
    expect(sheet.getCell("P5").value).toBeNull();
    expect(sheet.getCell("Q5").value).toBe("存货：未填写（待补充）");
    expect(sheet.getCell("Q4").value).toBeNull();
    // The totals row is not a customer: its new cells stay empty.
    expect(blockColumns.map((column) => sheet.getCell(`${column}7`).value)).toEqual(Array(7).fill(null));
  });

  it("changes nothing outside its own columns, cell by cell", async () => {
    const { input, out } = await prepared();
    expect((await kaw(["ratios", input, "--out", out])).code).toBe(0);
    const before = await cellMap(readFileSync(input));
    const after = await cellMap(readFileSync(out));
    for (const [address, cell] of before) expect([address, after.get(address)]).toEqual([address, cell]);
    const added = [...after.keys()].filter((address) => !before.has(address));
    for (const address of added) expect(address).toMatch(/^客户财务!([K-Q])([3-6])$/);
    expect(added.length).toBeGreaterThanOrEqual(7 + 3 * 6);
  });

  it("keeps the comment, data validation, conditional format and defined name", async () => {
    const { input, out } = await prepared();
    await kaw(["ratios", input, "--out", out]);
    const workbook = await readBack(readFileSync(out));
    const sheet = workbook.getWorksheet("客户财务");
    expect(sheet?.getCell("A4").note).toBe("重点跟进");
    expect(sheet?.getCell("B4").dataValidation).toMatchObject({ type: "decimal", operator: "greaterThan" });
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string }[] })
      .conditionalFormattings;
    expect(formats.map((format) => format.ref)).toEqual(["C4:C6"]);
    expect(workbook.definedNames.getRanges("FinanceTable").ranges).toEqual(["'客户财务'!$A$3:$J$6"]);
  });

  it("gives exactly the same workbook when run again on its own output", async () => {
    const { dir, input, out } = await prepared();
    await kaw(["ratios", input, "--out", out]);
    const again = join(dir, "again.xlsx");
    expect((await kaw(["ratios", out, "--out", again])).code).toBe(0);
    expect(Buffer.compare(readFileSync(out), readFileSync(again))).toBe(0);
  });

  it("switches the language of its own columns on a rerun instead of adding new ones", async () => {
    const { dir, input, out } = await prepared();
    await kaw(["ratios", input, "--out", out]);
    const english = join(dir, "en.xlsx");
    expect((await kaw(["ratios", out, "--out", english, "--lang", "en-US"])).code).toBe(0);
    const sheet = (await readBack(readFileSync(english))).getWorksheet("客户财务");
    expect(sheet?.getCell("K3").value).toBe("Current ratio");
    expect(sheet?.getCell("R3").value).toBeNull();
  });

  it("refuses, writing nothing, when the user's own column bears one of its headers", async () => {
    const { input, out } = await prepared(["流动比率"]);
    const run = await kaw(["ratios", input, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.err.trim().split("\n")).toHaveLength(1);
    expect(run.err).toContain("K3");
    expect(run.err).toContain("流动比率");
    expect(existsSync(out)).toBe(false);
  });

  it("writes user text that looks like a formula as text", async () => {
    const { input, out } = await prepared();
    await kaw(["ratios", input, "--out", out]);
    const sheet = (await readBack(readFileSync(out))).getWorksheet("客户财务");
    expect(sheet?.getCell("A5").value).toBe("=恶意公司");
  });

  it("never overwrites its input unless --out names it", async () => {
    const { input, out } = await prepared();
    const original = readFileSync(input);
    await kaw(["ratios", input, "--out", out]);
    expect(Buffer.compare(readFileSync(input), original)).toBe(0);
    expect((await kaw(["ratios", input, "--out", input])).code).toBe(0);
    expect(Buffer.compare(readFileSync(input), readFileSync(out))).toBe(0);
  });

  it("prints one JSON object with --json", async () => {
    const { input, out } = await prepared();
    const run = await kaw(["ratios", input, "--out", out, "--json", "--lang", "en-US"]);
    expect(JSON.parse(run.out)).toEqual({
      command: "ratios",
      sheet: "客户财务",
      headerRow: 3,
      rows: 3,
      columns: [
        "Current ratio",
        "Current-asset ratio",
        "Net profit margin",
        "Return on assets",
        "Collection period (days)",
        "Inventory period (days)",
        "Data issues",
      ],
      issues: [
        {
          cell: "J5",
          field: "inventory",
          code: "cell.placeholder",
          message: "Inventory: not given (待补充)",
        },
      ],
      skipped: [{ row: 7, reason: "totals" }],
    });
  });
});

describe("kaw exit codes", () => {
  it("exits 1 with one line and no output for a missing file", async () => {
    const dir = temp();
    const run = await kaw(["ratios", join(dir, "nope.xlsx"), "--out", join(dir, "o.xlsx")]);
    expect([run.code, run.err.trim().split("\n").length]).toEqual([1, 1]);
    expect(run.err).toContain("no such file");
    expect(existsSync(join(dir, "o.xlsx"))).toBe(false);
  });

  it("exits 1 for an unknown sheet and for a file that is not a workbook", async () => {
    const { dir, input, out } = await prepared();
    const noSheet = await kaw(["ratios", input, "--out", out, "--sheet", "Nope"]);
    expect([noSheet.code, noSheet.err]).toEqual([1, expect.stringContaining('"Nope"')]);
    const text = join(dir, "text.xlsx");
    writeFileSync(text, "not a zip");
    expect((await kaw(["ratios", text, "--out", out])).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it("exits 1 when required columns are missing, naming them", async () => {
    const dir = temp();
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("S").addRows([
      ["客户名称", "流动资产", "流动负债"],
      ["甲", 1, 2],
    ]);
    const input = join(dir, "thin.xlsx");
    writeFileSync(input, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const run = await kaw(["ratios", input, "--out", join(dir, "o.xlsx")], { LANG: "zh_CN.UTF-8" });
    expect(run.code).toBe(1);
    expect(run.err).toContain("资产总计");
    expect(run.err).toContain("存货");
  });

  it("exits 2 for usage errors", async () => {
    expect((await kaw(["ratios"])).code).toBe(2);
    expect((await kaw(["ratios", "a.xlsx"])).code).toBe(2);
    expect((await kaw(["ratios", "a.xlsx", "--out", "b.xlsx", "--days", "300"])).code).toBe(2);
    expect((await kaw(["ratios", "a.xlsx", "--out", "b.xlsx", "--bogus"])).code).toBe(2);
    expect((await kaw(["frobnicate"])).code).toBe(2);
  });

  it("prints help and exits 0", async () => {
    const run = await kaw(["--help"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("kaw ratios <in.xlsx> --out <out.xlsx>");
  });
});

describe("kaw ratios after the person's edits", () => {
  it("clears the job's cells in rows the person emptied, with no blank issues for them", async () => {
    const { dir, input, out } = await prepared();
    expect((await kaw(["ratios", input, "--out", out])).code).toBe(0);
    // The person clears 华东机电's row 4 A:J and the whole of 江南精密's row 6 A:J in the output, then reruns.
    const emptied = join(dir, "emptied.xlsx");
    const sourceColumns = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];
    writeFileSync(emptied, clearCells(readFileSync(out), sourceColumns, [4, 6]));
    const again = join(dir, "again.xlsx");
    const run = await kaw(["ratios", emptied, "--out", again, "--json", "--lang", "en-US"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out) as { rows: number; issues: { cell: string; code: string }[] };
    expect(report.rows).toBe(1);
    expect(report.issues.map((issue) => [issue.cell, issue.code])).toEqual([["J5", "cell.placeholder"]]);
    const sheet = (await readBack(readFileSync(again))).getWorksheet("客户财务");
    for (const row of [4, 6]) {
      expect(blockColumns.map((column) => sheet?.getCell(`${column}${row}`).value ?? null)).toEqual(
        Array(7).fill(null),
      );
    }
    expect(sheet?.getCell("K3").value).toBe("Current ratio");
    expect(sheet?.getCell("K5").value as number).toBeCloseTo(900 / 600, 12);
    expect(sheet?.getCell("R3").value ?? null).toBeNull();
  });
});

describe("kaw ratios with note lines under the table", () => {
  async function withNotes(): Promise<{ dir: string; input: string; out: string }> {
    const { dir, input, out } = await prepared();
    const workbook = await readBack(readFileSync(input));
    const sheet = workbook.getWorksheet("客户财务");
    if (!sheet) throw new Error("sheet missing");
    sheet.getCell("A9").value = "注：金额单位为万元，未经审计。";
    sheet.getCell("A10").value = "数据来源：企业年报";
    writeFileSync(input, new Uint8Array(await workbook.xlsx.writeBuffer()));
    return { dir, input, out };
  }

  it("lists them as skipped rows, not as customers with blank cells", async () => {
    const { input, out } = await withNotes();
    const run = await kaw(["ratios", input, "--out", out, "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out) as { rows: number; issues: unknown[]; skipped: unknown[] };
    expect([report.rows, report.issues.length]).toEqual([3, 1]);
    expect(report.skipped).toEqual([
      { row: 7, reason: "totals" },
      { row: 9, reason: "note" },
      { row: 10, reason: "note" },
    ]);
    const sheet = (await readBack(readFileSync(out))).getWorksheet("客户财务");
    expect(sheet?.getCell("Q9").value ?? null).toBeNull();
  });

  it("names them in the text summary, in both languages", async () => {
    const { input, out } = await withNotes();
    const zh = await kaw(["ratios", input, "--out", out, "--lang", "zh-CN"]);
    expect(zh.out).toMatch(/跳过的行\s+7（合计行）、9（注释）、10（注释）/);
    const en = await kaw(["ratios", input, "--out", out, "--lang", "en-US"]);
    expect(en.out).toMatch(/Rows skipped\s+7 \(totals\), 9 \(note\), 10 \(note\)/);
  });
});

describe("kaw ratios --map", () => {
  // F3 renamed so that revenue is no longer recognised: the run needs --map to find it.
  async function unrecognised(): Promise<{ dir: string; input: string; out: string }> {
    const { dir, input, out } = await prepared();
    writeFileSync(input, await withHeader("F3", "收入 2023"));
    return { dir, input, out };
  }
  // 华东机电: net profit margin 400/8000 = 0.05 (worked by hand, see workbooks.ts).
  const margin = async (out: string): Promise<unknown> =>
    (await readBack(readFileSync(out))).getWorksheet("客户财务")?.getCell("M4").value;

  it("refuses without it, naming the field that has no column", async () => {
    const { input, out } = await unrecognised();
    const run = await kaw(["ratios", input, "--out", out, "--lang", "en-US"]);
    expect([run.code, run.err]).toEqual([1, expect.stringContaining("Revenue: no column found")]);
  });

  it("reads a field from a column given by its letter", async () => {
    const { input, out } = await unrecognised();
    expect((await kaw(["ratios", input, "--out", out, "--map", "revenue=F"])).code).toBe(0);
    expect(await margin(out)).toBeCloseTo(0.05, 12);
  });

  it("reads a field from a column given by its header text, trimmed, Latin case ignored", async () => {
    const { input, out } = await unrecognised();
    expect((await kaw(["ratios", input, "--out", out, "--map", " Revenue = 收入 2023 "])).code).toBe(0);
    expect(await margin(out)).toBeCloseTo(0.05, 12);
    const english = await prepared();
    writeFileSync(english.input, await withHeader("F3", "Sales FY2023"));
    const run = await kaw(["ratios", english.input, "--out", english.out, "--map", "revenue=sales fy2023"]);
    expect(run.code).toBe(0);
    expect(await margin(english.out)).toBeCloseTo(0.05, 12);
  });

  it("overrides a detected field, as the pane's dropdown does", async () => {
    const { input, out } = await prepared();
    // Cost of sales read from revenue's column F: inventory period 600/8000*365 = 27.375 instead of 36.5.
    expect((await kaw(["ratios", input, "--out", out, "--map", "costOfSales=F"])).code).toBe(1);
    expect(
      (await kaw(["ratios", input, "--out", out, "--map", "costOfSales=F", "--map", "revenue=G"])).code,
    ).toBe(0);
    const sheet = (await readBack(readFileSync(out))).getWorksheet("客户财务");
    expect(sheet?.getCell("P4").value as number).toBeCloseTo((600 / 8000) * 365, 12);
  });

  it("unmaps an optional field with FIELD=", async () => {
    const { input, out } = await prepared();
    // Without opening total assets, 华东机电's return on assets is 400/5000 = 0.08 instead of 0.1.
    expect((await kaw(["ratios", input, "--out", out, "--map", "totalAssetsOpening="])).code).toBe(0);
    const sheet = (await readBack(readFileSync(out))).getWorksheet("客户财务");
    expect(sheet?.getCell("N4").value as number).toBeCloseTo(0.08, 12);
  });

  it.each([
    [["--map", "revenu=F"], 'unknown field "revenu"'],
    [["--map", "revenue"], '--map takes FIELD=COLUMN, not "revenue"'],
    [["--map", "revenue=XFE"], "there is no column XFE"],
    [["--map", "revenue=收入 2024"], 'no column is headed "收入 2024" in the header row (row 3)'],
    [["--map", "inventory="], "inventory is required"],
    [["--map", "revenue=F", "--map", "revenue=G"], "--map names revenue more than once"],
    [["--map", "revenue=F", "--map", "netProfit=f"], "column F to both revenue and netProfit"],
  ])("exits 2 for %j, naming it, and writes nothing", async (args, message) => {
    const { input, out } = await unrecognised();
    const run = await kaw(["ratios", input, "--out", out, "--lang", "en-US", ...args]);
    expect([run.code, run.err]).toEqual([2, expect.stringContaining(message)]);
    expect(existsSync(out)).toBe(false);
  });

  it("says what is wrong in Chinese too", async () => {
    const { input, out } = await unrecognised();
    const bad = await kaw(["ratios", input, "--out", out, "--map", "收入=F"], { LANG: "zh_CN.UTF-8" });
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining("未知字段“收入”")]);
    const missing = await kaw(["ratios", input, "--out", out, "--lang", "zh-CN", "--map", "revenue=营业额"]);
    expect([missing.code, missing.err]).toEqual([2, expect.stringContaining("没有表头为“营业额”的列")]);
  });

  it("refuses a header text that heads two columns", async () => {
    const { input, out } = await prepared(["收入 2023"]);
    writeFileSync(input, await withHeader("F3", "收入 2023", readFileSync(input)));
    const run = await kaw(["ratios", input, "--out", out, "--lang", "en-US", "--map", "revenue=收入 2023"]);
    expect([run.code, run.err]).toEqual([2, expect.stringContaining("heads columns F, K")]);
  });
});

describe("kaw ratios --help", () => {
  it("lists every field key with its names, whether it is required, and what it reads", async () => {
    const run = await kaw(["ratios", "--help"], { LANG: "en_US.UTF-8" });
    expect(run.code).toBe(0);
    expect(run.out).toContain("--map FIELD=COLUMN");
    for (const field of fieldKeys) {
      const required = requiredFields.includes(field) ? "required" : "optional";
      const names = `${fieldName("en-US", field)} · ${fieldName("zh-CN", field)}`;
      expect(run.out).toMatch(new RegExp(`\\n  ${field} +${required}  ${names.replace(/[()]/g, "\\$&")}\\n`));
    }
    expect(run.out).toContain("total assets at the period start: return on assets then uses the average");
    const zh = await kaw(["help", "ratios", "--lang", "zh-CN"]);
    expect(zh.out).toMatch(/\n {2}inventory +必填 {2}Inventory · 存货\n +期末存货\n/);
  });
});
