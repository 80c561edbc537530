/** LibreOffice for the tests: convert a workbook and check it opens. Shared by the host and CLI tests. */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
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
