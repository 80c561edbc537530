/** LibreOffice for the tests: convert a workbook and check it opens. Shared by the host and CLI tests. */
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

export const conversionTimeoutMs = 120_000;
export const hasSoffice = spawnSync("soffice", ["--version"], { timeout: 30_000 }).status === 0;
// On CI a missing LibreOffice must fail the run; on a workstation the test is skipped and says why.
export const check = hasSoffice || process.env.CI ? it : it.skip;
const missing = process.env.CI
  ? "FAILS on CI: LibreOffice `soffice` is not on PATH"
  : "SKIPPED: LibreOffice `soffice` is not installed";
export const title = hasSoffice ? "" : ` (${missing} — apt-get install libreoffice-calc-nogui)`;

/** Convert with a private profile (parallel runs must not share one) and return the produced file's bytes. */
export function convert(bytes: Uint8Array, to: string, extension: string): Buffer {
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

/** LibreOffice settings that recalculate every formula on load (0 = always) instead of showing cached values. */
const recalcProfileXcu = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/** Split CSV text (comma, double quotes doubled inside quoted fields) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== "," && c !== "\n" && c !== "\r")) field += c;
    else if (c === ",") endField();
    else if (c === "\n" || text[i + 1] !== "\n") {
      endField();
      rows.push(row);
      row = [];
    }
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/**
 * Every sheet of a workbook as LibreOffice computes it: a private profile set to recalculate on load (the method
 * of the team's lo-recalc tool), one CSV per sheet (filter token 12 = -1), raw values (token 9 = false).
 */
export function recalculatedSheets(bytes: Uint8Array, sheets: readonly string[]): Map<string, string[][]> {
  if (!hasSoffice) throw new Error("LibreOffice (soffice) is required on CI but was not found on PATH");
  const dir = mkdtempSync(join(tmpdir(), "kaw-recalc-"));
  try {
    mkdirSync(join(dir, "profile", "user"), { recursive: true });
    writeFileSync(join(dir, "profile", "user", "registrymodifications.xcu"), recalcProfileXcu);
    writeFileSync(join(dir, "book.xlsx"), bytes);
    const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
    const args = [profile, "--headless", "--convert-to", filter, "--outdir", dir, join(dir, "book.xlsx")];
    const run = spawnSync("soffice", args, { timeout: conversionTimeoutMs, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
    return new Map(
      sheets.map((sheet) => [sheet, parseCsv(readFileSync(join(dir, `book-${sheet}.csv`), "utf8"))]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
