import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { XlsxWorkbook } from "../../../src/hosts/xlsx/xlsxWorkbook";
import { accountsBlock, exceljsWorkbook } from "./exceljsMade";
import { fixture } from "./xlsxTestKit";

const conversionTimeoutMs = 120_000;
const hasSoffice = spawnSync("soffice", ["--version"], { timeout: 30_000 }).status === 0;
// On CI a missing LibreOffice must fail the run; on a workstation the test is skipped and says why.
const check = hasSoffice || process.env.CI ? it : it.skip;
const missing = process.env.CI
  ? "FAILS on CI: LibreOffice `soffice` is not on PATH"
  : "SKIPPED: LibreOffice `soffice` is not installed";
const title = hasSoffice ? "" : ` (${missing} — apt-get install libreoffice-calc-nogui)`;

/** Convert with a private profile (parallel runs must not share one) and return the produced file's bytes. */
function convert(bytes: Uint8Array, to: string, extension: string): Buffer {
  if (!hasSoffice) throw new Error("LibreOffice (soffice) is required on CI but was not found on PATH");
  const dir = mkdtempSync(join(tmpdir(), "kaw-lo-"));
  try {
    writeFileSync(join(dir, "book.xlsx"), bytes);
    const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
    const run = spawnSync(
      "soffice",
      [profile, "--headless", "--convert-to", to, "--outdir", dir, join(dir, "book.xlsx")],
      {
        timeout: conversionTimeoutMs,
        encoding: "utf8",
      },
    );
    if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
    return readFileSync(join(dir, `book.${extension}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("LibreOffice opens what the host writes", () => {
  check(
    `converts the patched Book1.xlsx (charts, comment, image, table) to PDF${title}`,
    async () => {
      const host = XlsxWorkbook.open(fixture("Book1.xlsx"));
      await host.apply({
        changes: [
          {
            kind: "columnBlock",
            job: "ratios",
            sheet: "Sheet1",
            headerRow: 21,
            firstColumn: 5,
            firstRow: 22,
            lastRow: 23,
            table: "Table1",
            columns: [{ key: "r", header: "Ratio", numberFormat: "0.00", values: [1.5, "=A1"] }],
          },
        ],
      });
      const pdf = convert(host.toBytes(), "pdf", "pdf");
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    },
    conversionTimeoutMs + 30_000,
  );

  check(
    `shows the block's values with their formats, and formula-like text as text (CSV of the exceljs-made workbook)${title}`,
    async () => {
      const host = XlsxWorkbook.open(await exceljsWorkbook());
      await host.apply({ changes: [accountsBlock] });
      // Filter options: comma, quote, UTF-8, from row 1, ..., token 9 "save cell contents as shown" = true.
      const csv = convert(
        host.toBytes(),
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",
        "csv",
      )
        .toString("utf8")
        .trim()
        .split(/\r?\n/);
      // Worked by hand: 400/1200 = 33.3% with format 0.0%; labels are literal text.
      expect(csv[0]).toBe("Name,Revenue,Cost,Margin,Label");
      expect(csv[1]).toBe('Acme,1200,800,33.3%,"=HYPERLINK(""http://x"")"');
      expect(csv[2]).toBe("Bolt,1500,1000,33.3%,+1");
      expect(csv[3]).toBe("Crane,900,300,66.7%,@me");
    },
    conversionTimeoutMs + 30_000,
  );
});
