import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, zipSync } from "fflate";
import { xlsxFailure } from "../../src/cli/main";
import { XlsxError } from "../../src/hosts/xlsx/xlsxWorkbook";
import { customerWorkbook, kaw } from "./workbooks";

/** The customer workbook with its first sheet protected as Excel writes it (Review › Protect Sheet). */
async function protectedWorkbook(): Promise<Uint8Array> {
  const parts = unzipSync(await customerWorkbook());
  const sheet = new TextDecoder().decode(parts["xl/worksheets/sheet1.xml"]);
  const element = '<sheetProtection sheet="1" objects="1" scenarios="1"/>';
  parts["xl/worksheets/sheet1.xml"] = new TextEncoder().encode(
    sheet.replace("</sheetData>", `</sheetData>${element}`),
  );
  return zipSync(parts);
}

describe("kaw ratios on a protected sheet", () => {
  it("refuses, names the sheet, and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kaw-protected-"));
    const input = join(dir, "in.xlsx");
    const out = join(dir, "out.xlsx");
    writeFileSync(input, await protectedWorkbook());
    const run = await kaw(["ratios", input, "--out", out, "--lang", "en-US"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("客户财务");
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ["en-US", 'in.xlsx: sheet "客户财务" is protected, so nothing was written. Unprotect it in Excel'],
    ["zh-CN", "in.xlsx：工作表“客户财务”受保护，未写入任何内容。请在 Excel 中撤消工作表保护"],
  ] as const)("shows the host's refusal in %s, naming the sheet and what to do", (lang, start) => {
    const error = new XlsxError("xlsx.sheetProtected", "protected", undefined, "客户财务");
    const message = xlsxFailure(error, lang, "in.xlsx", undefined).message;
    expect(message.startsWith(start)).toBe(true);
    expect(message).toContain("--sheet");
  });
});
