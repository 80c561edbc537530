import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellMap, customerWorkbook, kaw, readBack } from "./workbooks";

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
