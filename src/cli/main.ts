import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Issue, Lang } from "../domain/types";
import { XlsxError } from "../hosts/xlsx/xlsxWorkbook";
import { issueText, t } from "../i18n";
import { parseCommand, UsageError, type Command } from "./args";
import { runDemo } from "./demo";
import { findJob } from "../jobs/registry";
import { generalHelp, jobHelp } from "./jobHelp";
import { jsonReport, textReport } from "./report";
import { runJobOnPackage } from "./runJobOnPackage";
import { CliFailure } from "./cliFailure";
import { roleFileReader } from "./roleFiles";

/** Where the CLI writes; injectable for tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
};

export { CliFailure } from "./cliFailure";

/** Run `kaw` with its arguments; resolves to the exit code (0 ran, 1 could not run, 2 usage). */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usageFailure(error, langFromArgv(argv) ?? languageFromEnv(io.env), io);
  }
  const lang = ("lang" in command && command.lang) || languageFromEnv(io.env);
  try {
    return await execute(command, lang, io);
  } catch (error) {
    // A --map header text is checked against the sheet's header row, once the sheet is read.
    if (error instanceof UsageError) return usageFailure(error, lang, io);
    io.stderr(`kaw: ${failureLine(error, lang)}`);
    return 1;
  }
}

function usageFailure(error: UsageError, lang: Lang, io: CliIo): number {
  io.stderr(`kaw: ${t(lang, error.code, error.params)}\n${t(lang, "cli.usage.seeHelp")}`);
  return 2;
}

async function execute(command: Command, lang: Lang, io: CliIo): Promise<number> {
  switch (command.name) {
    case "help": {
      const job = command.topic === undefined ? undefined : findJob(command.topic);
      io.stdout(job ? jobHelp(job, lang) : generalHelp(lang));
      return 0;
    }
    case "version":
      io.stdout(version());
      return 0;
    case "demo":
      return runDemo(command, lang, io, writeAtomically);
    case "job":
      return runJobCommand(command, lang, io);
  }
}

async function runJobCommand(
  command: Extract<Command, { name: "job" }>,
  lang: Lang,
  io: CliIo,
): Promise<number> {
  const job = findJob(command.job);
  if (!job) throw new UsageError("cli.usage.unknownCommand", { command: command.job, jobs: "" });
  const started = performance.now();
  const input = await readInput(command.input, lang);
  const run = await runJobOnPackage(job, input, {
    sheets: command.sheets,
    options: command.options,
    map: command.map,
    newCopy: command.newCopy,
    settings: command.settings,
    precomputed: await readRoleFiles(command, lang),
    ...(command.lang ? { lang: command.lang } : {}),
  }).catch((error: unknown) => {
    throw error instanceof XlsxError
      ? xlsxFailure(error, lang, command.input, Object.values(command.sheets)[0])
      : error;
  });
  if (!run.outcome.ok || !run.bytes) {
    throw new CliFailure(refusalLine(run.outcome.ok ? [] : run.outcome.issues, lang, command.input));
  }
  await writeAtomically(command.out, run.bytes, lang);
  const seconds = (performance.now() - started) / 1000;
  const { report } = run.outcome;
  io.stdout(command.json ? jsonReport(job, report) : textReport(job, report, lang, command.out, seconds));
  return 0;
}

/** The files given for roles (`--<role>-file`), read by their role's reader. */
async function readRoleFiles(
  command: Extract<Command, { name: "job" }>,
  lang: Lang,
): Promise<Record<string, unknown>> {
  const read: Record<string, unknown> = {};
  for (const [role, path] of Object.entries(command.files)) {
    const reader = roleFileReader(command.job, role);
    if (reader) read[role] = await reader.read(path, lang);
  }
  return read;
}

async function readInput(path: string, lang: Lang): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const key = code === "ENOENT" ? "cli.error.noFile" : "cli.error.cannotRead";
    throw new CliFailure(t(lang, key, { path }), { cause: error });
  }
}

/** Write next to the target, then rename: a failed write never leaves half a workbook under the output name. */
export async function writeAtomically(path: string, bytes: Uint8Array, lang: Lang): Promise<void> {
  const target = resolve(path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CliFailure(t(lang, "cli.error.cannotWrite", { path }), { cause: error });
  }
}

function refusalLine(issues: readonly Issue[], lang: Lang, path: string): string {
  const reasons = issues.map((issue) => issueText(lang, issue, "long")).join(lang === "zh-CN" ? "；" : "; ");
  return t(lang, "cli.error.refused", { path, reasons });
}

/** Turn a package error into the person's words: an unknown sheet names the sheets there are. */
export function xlsxFailure(
  error: XlsxError,
  lang: Lang,
  path: string,
  sheet: string | undefined,
): CliFailure {
  const key =
    error.code === "xlsx.noSuchSheet"
      ? "cli.error.noSuchSheet"
      : error.code === "xlsx.sheetProtected"
        ? "cli.error.sheetProtected"
        : "cli.error.notXlsx";
  return new CliFailure(t(lang, key, { path, sheet: error.sheet ?? sheet ?? "" }), { cause: error });
}

function failureLine(error: unknown, lang: Lang): string {
  if (error instanceof CliFailure) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return t(lang, "cli.error.internal", { detail });
}

/** The `--lang` given, when the rest of the command line could not be understood. */
function langFromArgv(argv: readonly string[]): Lang | undefined {
  const at = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const value = at < 0 ? undefined : (argv[at]?.split("=")[1] ?? argv[at + 1]);
  if (value === undefined) return undefined;
  if (/^zh/i.test(value)) return "zh-CN";
  return /^en/i.test(value) ? "en-US" : undefined;
}

/** zh-CN when the environment's locale is Chinese, else en-US. */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(locale) ? "zh-CN" : "en-US";
}

function version(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const manifest = require("../../package.json") as { version: string };
  return manifest.version;
}
