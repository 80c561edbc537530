/**
 * LibreOffice recalculating every formula on load and writing each sheet as CSV (values as displayed), to hold
 * written formulas against their cached values (LibreOffice otherwise shows the cached values). Adapted from the
 * team's lo-recalc script.
 */
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { conversionTimeoutMs, hasSoffice } from "./libreofficeKit";

const recalcAlways = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/** Rows of one sheet's CSV after LibreOffice recalculated the workbook. */
export function recalculatedRows(bytes: Uint8Array, sheet: string): string[] {
  if (!hasSoffice) throw new Error("LibreOffice (soffice) is required on CI but was not found on PATH");
  const dir = mkdtempSync(join(tmpdir(), "kaw-lo-recalc-"));
  try {
    mkdirSync(join(dir, "profile", "user"), { recursive: true });
    writeFileSync(join(dir, "profile", "user", "registrymodifications.xcu"), recalcAlways);
    writeFileSync(join(dir, "book.xlsx"), bytes);
    // Token 12 = -1: one CSV per sheet (LibreOffice 7.2+); 44 = comma, 34 = quote, 76 = UTF-8.
    const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
    const run = spawnSync(
      "soffice",
      [profile, "--headless", "--convert-to", filter, "--outdir", dir, join(dir, "book.xlsx")],
      { timeout: conversionTimeoutMs, encoding: "utf8" },
    );
    if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
    return readFileSync(join(dir, `book-${sheet}.csv`), "utf8")
      .trim()
      .split(/\r?\n/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
