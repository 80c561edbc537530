import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Lang } from "../domain/types";
import { XlsxWorkbook } from "../hosts/xlsx/xlsxWorkbook";
import { t } from "../i18n";
import type { JobDefinition, JobOutcome, JobReport } from "../jobs/jobDefinition";
import { jobs } from "../jobs/registry";
import { runRegisteredJob } from "../jobs/runJob";
import type { Command } from "./args";
import type { CliIo } from "./main";
import { nodeZipCodec } from "./nodeZipCodec";
import { displayWidth } from "./report";

/** The sample workbook shipped with the package (assets/sample/customers.xlsx). */
export const samplePath = join(__dirname, "..", "..", "assets", "sample", "customers.xlsx");

/** Which sample sheet plays a job's second role: the order lines, or the customer table. */
const demoRoleSheets: Readonly<Record<string, RegExp>> = {
  transactions: /订单|order/i,
  customers: /客户财务/,
};

type Writer = (path: string, bytes: Uint8Array, lang: Lang) => Promise<void>;

interface DemoRun {
  readonly job: JobDefinition;
  readonly sheet: string;
  readonly outcome: JobOutcome;
}

/**
 * Run every registered job on the sample workbook and write the result: a job that reads one sheet runs on each
 * sheet where it finds its source; the table says which sheets it skipped and why.
 */
export async function runDemo(
  command: Extract<Command, { name: "demo" }>,
  lang: Lang,
  io: CliIo,
  write: Writer,
): Promise<number> {
  const started = performance.now();
  const workbook = XlsxWorkbook.open(new Uint8Array(await readFile(samplePath)), { codec: nodeZipCodec });
  const runs: DemoRun[] = [];
  const sheets = await workbook.listSheets();
  for (const job of jobs) {
    const [role, ...others] = job.reads;
    if (!role) continue;
    for (const sheet of sheets) {
      const roles: Record<string, string> = { [role.role]: sheet };
      // The job's other sheets, by their names in the sample: the order lines and the customer table.
      for (const other of others) {
        const found = sheets.find((name) => name !== sheet && demoRoleSheets[other.role]?.test(name));
        if (found) roles[other.role] = found;
      }
      const request = { sheets: roles, ...(command.lang ? { lang: command.lang } : {}) };
      runs.push({ job, sheet, outcome: await runRegisteredJob(workbook, job, request) });
    }
  }
  await write(command.out, workbook.toBytes(), lang);
  const seconds = (performance.now() - started) / 1000;
  io.stdout(
    command.json ? JSON.stringify(runs.map(summaryObject)) : demoTable(runs, lang, command.out, seconds),
  );
  return 0;
}

function summaryObject({ job, sheet, outcome }: DemoRun): object {
  if (!outcome.ok)
    return { command: job.key, sheet, ran: false, codes: outcome.issues.map((issue) => issue.code) };
  return { ...job.toJson(outcome.report), command: job.key, sheet, ran: true };
}

function demoTable(runs: readonly DemoRun[], lang: Lang, out: string, seconds: number): string {
  const header = [t(lang, "cli.demo.job"), t(lang, "cli.demo.sheet"), t(lang, "cli.demo.result")];
  const rows = runs.map(({ job, sheet, outcome }) => [
    job.key,
    sheet,
    outcome.ok ? describe(job, outcome.report, lang) : t(lang, "cli.demo.skipped"),
  ]);
  const table = [header, ...rows];
  const widths = header.map((_, column) => {
    let width = 0;
    for (const row of table) width = Math.max(width, displayWidth(row[column] ?? ""));
    return width;
  });
  const lines = table.map((row) =>
    row
      .map((cell, column) => cell + " ".repeat((widths[column] ?? 0) - displayWidth(cell)))
      .join("  ")
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((width) => "-".repeat(width)).join("  "));
  return [...lines, "", t(lang, "cli.demo.wrote", { path: out, seconds: seconds.toFixed(2) })].join("\n");
}

function describe(job: JobDefinition, report: JobReport, lang: Lang): string {
  const issues = report.issues.length;
  const line = job.describe(report, lang);
  return issues === 0 ? line : `${line}${t(lang, "cli.demo.withIssues", { count: issues })}`;
}
