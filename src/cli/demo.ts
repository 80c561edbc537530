import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Lang } from "../domain/types";
import { XlsxWorkbook } from "../hosts/xlsx/xlsxWorkbook";
import { t } from "../i18n";
import { planRatios, type RatioPlan } from "../jobs/ratios";
import type { Command } from "./args";
import type { CliIo } from "./main";
import { nodeZipCodec } from "./nodeZipCodec";
import { displayWidth } from "./report";

/** The sample workbook shipped with the package (assets/sample/customers.xlsx). */
export const samplePath = join(__dirname, "..", "..", "assets", "sample", "customers.xlsx");

type Writer = (path: string, bytes: Uint8Array, lang: Lang) => Promise<void>;

/** Run every job that exists on each sheet of the sample workbook and write the result. */
export async function runDemo(
  command: Extract<Command, { name: "demo" }>,
  lang: Lang,
  io: CliIo,
  write: Writer,
): Promise<number> {
  const started = performance.now();
  const workbook = XlsxWorkbook.open(new Uint8Array(await readFile(samplePath)), { codec: nodeZipCodec });
  const outcomes: { sheet: string; plan: RatioPlan }[] = [];
  for (const sheet of await workbook.listSheets()) {
    const plan = await workbook.runJob(sheet, (snapshot) => {
      const outcome = planRatios(snapshot, command.lang ? { lang: command.lang } : {});
      return { edit: outcome.ok ? outcome.edit : null, result: outcome };
    });
    outcomes.push({ sheet, plan });
  }
  await write(command.out, workbook.toBytes(), lang);
  const seconds = (performance.now() - started) / 1000;
  io.stdout(
    command.json
      ? JSON.stringify(outcomes.map(summaryObject))
      : demoTable(outcomes, lang, command.out, seconds),
  );
  return 0;
}

function summaryObject({ sheet, plan }: { sheet: string; plan: RatioPlan }): object {
  if (!plan.ok)
    return { command: "ratios", sheet, ran: false, codes: plan.issues.map((issue) => issue.code) };
  const { report } = plan;
  return {
    command: "ratios",
    sheet,
    ran: true,
    rows: report.rows,
    columns: report.columns,
    issues: report.issues.length,
  };
}

function demoTable(
  outcomes: { sheet: string; plan: RatioPlan }[],
  lang: Lang,
  out: string,
  seconds: number,
): string {
  const header = [
    t(lang, "cli.demo.job"),
    t(lang, "cli.demo.sheet"),
    t(lang, "cli.demo.customers"),
    t(lang, "cli.demo.columns"),
    t(lang, "cli.demo.problems"),
  ];
  const rows = outcomes.map(({ sheet, plan }) =>
    plan.ok
      ? [
          "ratios",
          sheet,
          String(plan.report.rows),
          String(plan.report.columns.length),
          String(plan.report.rowsWithIssues),
        ]
      : ["ratios", sheet, "-", "-", t(lang, "cli.demo.skipped")],
  );
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
