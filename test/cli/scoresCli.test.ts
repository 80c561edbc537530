/**
 * `kaw scores` round trip: a workbook written by exceljs goes through the command line, and the file it writes is
 * read back independently (exceljs for the cells, the package's XML for the conditional formats and charts).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { kaw, readBack } from "./workbooks";

const headers = [
  "Customer",
  "Current assets",
  "Current liabilities",
  "Total assets",
  "Revenue",
  "Cost of sales",
];
const more = [
  "Net profit",
  "Accounts receivable",
  "Inventory",
  "Customer type",
  "Technical fit",
  "Policy rating",
];

/** Four customers; the health parts are checked in the job's tests, here the file's shape and the tiers. */
async function input(dir: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Accounts");
  sheet.addRow([...headers, ...more]);
  sheet.addRow(["North", 2000, 1000, 4000, 10000, 8000, 1000, 0, 0, "Dealer", 5, 5]);
  sheet.addRow(["South", 1000, 1000, 5000, 10000, 8000, 0, 0, 0, "Private", 1, 1]);
  sheet.addRow(["East", 2000, 1000, 4000, 30000, 8000, 1000, 0, 0, "Dealer", 4, 4]);
  sheet.addRow(["West", 1500, 1000, 4000, 20000, 8000, 500, 0, 0, "", 3, "six"]);
  const path = join(dir, "in.xlsx");
  writeFileSync(path, new Uint8Array(await book.xlsx.writeBuffer()));
  return path;
}

function part(bytes: Uint8Array, pattern: RegExp): string[] {
  const parts = unzipSync(bytes);
  return Object.keys(parts)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => strFromU8(parts[name] as Uint8Array));
}

describe("kaw scores", () => {
  const dir = mkdtempSync(join(tmpdir(), "kaw-scores-"));

  it("writes ratios, scores, the Settings and Customer segments sheets, and a JSON report", async () => {
    const path = await input(dir);
    const out = join(dir, "out.xlsx");
    const run = await kaw(["scores", path, "--out", out, "--json"], { LANG: "en_US.UTF-8" });
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out) as Record<string, unknown>;
    expect(json).toMatchObject({
      command: "scores",
      sheet: "Accounts",
      rows: 4,
      settingsSheet: "Settings",
      settingsCreated: true,
      segmentsSheet: "Customer segments",
      accountValue: "revenue",
    });
    expect(json.columns).toEqual([
      "Financial health score",
      "Cost influence",
      "Technology influence",
      "Policy influence",
      "Purchase influence score",
      "Decision complexity",
      "Priority score",
      "Priority tier",
      "Recommended approach",
    ]);
    const tiers = json.tiers as Record<string, number>;
    expect((tiers.A ?? 0) + (tiers.B ?? 0) + (tiers.C ?? 0)).toBe(4);
    // One issue for the missing cost-rating column (not one per customer), one for "six".
    const issues = json.issues as { code: string; cell: string | null; field: string | null }[];
    expect(issues.filter((issue) => issue.code === "scores.factorColumnMissing")).toEqual([
      expect.objectContaining({ field: "costRating", cell: null }),
    ]);
    expect(issues.filter((issue) => issue.code === "rating.notRating")).toEqual([
      expect.objectContaining({ field: "policyRating", cell: "L5" }),
    ]);

    const bytes = new Uint8Array(readFileSync(out));
    const book = await readBack(bytes);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Accounts", "Settings", "Customer segments"]);
    const accounts = book.getWorksheet("Accounts");
    expect(accounts?.getCell("M1").value).toBe("Current ratio"); // the ratio block first
    expect(accounts?.getCell("T1").value).toBe("Financial health score"); // then the scores
    expect(accounts?.getCell("AB1").value).toBe("Recommended approach");
    expect(accounts?.getCell("T2").numFmt).toBe("0");
    expect(accounts?.getCell("V2").value).toBe(100); // North's technical fit 5
    expect(accounts?.getCell("Y2").value ?? null).toBeNull(); // no cost rating nor order value: no complexity
    const tierCells = [2, 3, 4, 5].map((row) => accounts?.getCell(`AA${row}`).value);
    expect(tierCells.filter((tier) => tier === "A")).toHaveLength(tiers.A ?? -1);

    const sheetXml = part(bytes, /^xl\/worksheets\/sheet1\.xml$/)[0] ?? "";
    expect(sheetXml.match(/<conditionalFormatting /g)).toHaveLength(9); // six data bars, three tier colours
    expect(sheetXml).toContain('<conditionalFormatting sqref="AA2:AA5">');
    expect(
      part(bytes, /^xl\/charts\/chart\d+\.xml$/).some((xml) => xml.includes('<c:barDir val="bar"/>')),
    ).toBe(true);

    // A rerun on its own output: the same columns in place, the formats replaced, not piled up.
    const again = join(dir, "again.xlsx");
    expect((await kaw(["scores", out, "--out", again], { LANG: "en_US.UTF-8" })).code).toBe(0);
    const rerun = new Uint8Array(readFileSync(again));
    const rerunXml = part(rerun, /^xl\/worksheets\/sheet1\.xml$/)[0] ?? "";
    expect(rerunXml.match(/<conditionalFormatting /g)).toHaveLength(9);
    const reread = await readBack(rerun);
    expect(reread.worksheets.map((sheet) => sheet.name)).toEqual([
      "Accounts",
      "Settings",
      "Customer segments",
    ]);
    expect(reread.getWorksheet("Accounts")?.getCell("AC1").value ?? null).toBeNull();
  });

  it("changes a setting with --set, and names a bad one", async () => {
    const path = await input(dir);
    const out = join(dir, "set.xlsx");
    const set = ["--set", "tiers.mode=thresholds", "--set", "tiers.thresholdA=101", "--json"];
    const refused = await kaw(["scores", path, "--out", out, ...set], { LANG: "en_US.UTF-8" });
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain("Settings: Lowest priority score of tier A: 101 is outside 0 to 100");
    const ok = await kaw(["scores", path, "--out", out, "--set", "tiers.mode=thresholds", "--json"], {
      LANG: "en_US.UTF-8",
    });
    expect(ok.code).toBe(0);
    const book = await readBack(new Uint8Array(readFileSync(out)));
    const settings = book.getWorksheet("Settings");
    let mode: unknown;
    settings?.eachRow((row) => {
      if (row.getCell(1).value === "tiers.mode") mode = row.getCell(3).value;
    });
    expect(mode).toBe("Thresholds");
    const syntax = await kaw(["scores", path, "--out", out, "--set", "tiers.mode"], { LANG: "en_US.UTF-8" });
    expect(syntax.code).toBe(2);
    expect(syntax.err).toContain("--set takes KEY=VALUE");
    const foreign = await kaw(["ratios", path, "--out", out, "--set", "a=1"], { LANG: "en_US.UTF-8" });
    expect(foreign.err).toContain("--set is not an option of kaw ratios");
  });

  it("lists its fields and --set in kaw scores --help, in both languages", async () => {
    const en = await kaw(["scores", "--help"], { LANG: "en_US.UTF-8" });
    expect(en.out).toContain("--set KEY=VALUE");
    expect(en.out).toMatch(/technicalFit +optional +Technical fit/);
    const zh = await kaw(["scores", "--help", "--lang", "zh-CN"]);
    expect(zh.out).toMatch(/technicalFit +可选 +Technical fit · 技术匹配度/);
  });
});
