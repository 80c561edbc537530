import { parseArgs } from "node:util";
import type { Lang } from "../domain/types";
import type { JobDefinition, OptionValue } from "../jobs/jobDefinition";
import { findJob, jobs } from "../jobs/registry";
import { parseFieldChoices, type FieldChoice } from "./fieldMap";
import { roleFileReader } from "./roleFiles";
import { UsageError } from "./usageError";

/** A parsed `kaw` command line: help, version, the demo, or one job of the registry. */
export type Command =
  | { readonly name: "help"; readonly topic?: string; readonly lang?: Lang }
  | { readonly name: "version" }
  | { readonly name: "demo"; readonly out: string; readonly lang?: Lang; readonly json: boolean }
  | {
      readonly name: "job";
      readonly job: string;
      readonly input: string;
      readonly out: string;
      /** Sheet given per role (`--sheet` names the first role's sheet); absent roles use the active sheet. */
      readonly sheets: Readonly<Record<string, string>>;
      readonly lang?: Lang;
      readonly options: Readonly<Record<string, OptionValue>>;
      readonly json: boolean;
      /** `--map FIELD=COLUMN` choices, in the order given. */
      readonly map: readonly FieldChoice[];
      /** `--new-copy`: write a new copy of a generated sheet the person typed into. */
      readonly newCopy: boolean;
      /** `--set KEY=VALUE`: settings to change on the job's settings sheet before the run. */
      readonly settings: Readonly<Record<string, number | string>>;
      /** `--<role>-file PATH`: a file standing in for a role's sheet (see roleFiles.ts). */
      readonly files: Readonly<Record<string, string>>;
    };

export { UsageError };

type ArgOption = { type: "string" | "boolean"; multiple?: boolean; short?: string };

/** Every option any job takes, plus `--<role>` for each sheet role: built from the registry. */
function argOptions(): Record<string, ArgOption> {
  const options: Record<string, ArgOption> = {
    out: { type: "string" },
    sheet: { type: "string" },
    lang: { type: "string" },
    json: { type: "boolean" },
    map: { type: "string", multiple: true },
    set: { type: "string", multiple: true },
    "new-copy": { type: "boolean" },
    help: { type: "boolean", short: "h" },
    version: { type: "boolean", short: "v" },
  };
  for (const job of jobs) {
    for (const role of job.reads) {
      options[role.role] = { type: "string" };
      if (roleFileReader(job.key, role.role)) options[`${role.role}-file`] = { type: "string" };
    }
    for (const spec of job.options) options[spec.key] = { type: spec.kind === "flag" ? "boolean" : "string" };
  }
  return options;
}

type Values = Record<string, string | boolean | string[] | undefined>;

/** Parse `kaw` arguments (without the node and script paths). Throws UsageError. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: argOptions(), allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError("cli.usage.badOption", {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const values = parsed.values as Values;
  const positionals = parsed.positionals;
  if (values.version === true) return { name: "version" };
  const [command, ...rest] = positionals;
  const lang = parseLang(text(values.lang));
  if (values.help === true || command === undefined || command === "help") {
    const topic = command === "help" ? rest[0] : command;
    return { name: "help", ...(topic && findJob(topic) ? { topic } : {}), ...(lang ? { lang } : {}) };
  }
  if (command === "demo") {
    expectPositionals(rest, 0);
    return {
      name: "demo",
      out: text(values.out) ?? "demo-output.xlsx",
      json: values.json === true,
      ...(lang ? { lang } : {}),
    };
  }
  const job = findJob(command);
  if (!job)
    throw new UsageError("cli.usage.unknownCommand", { command, jobs: jobs.map((j) => j.key).join(", ") });
  return jobCommand(job, rest, values, lang);
}

function jobCommand(
  job: JobDefinition,
  rest: readonly string[],
  values: Values,
  lang: Lang | undefined,
): Command {
  expectPositionals(rest, 1);
  const out = text(values.out);
  if (out === undefined || out === "") throw new UsageError("cli.usage.needOut");
  refuseForeignOptions(job, values);
  return {
    name: "job",
    job: job.key,
    input: rest[0] ?? "",
    out,
    sheets: roleSheets(job, values),
    options: jobOptions(job, values),
    json: values.json === true,
    map: parseFieldChoices(stringList(values.map), job),
    newCopy: values["new-copy"] === true,
    settings: parseSettings(stringList(values.set)),
    files: roleFiles(job, values),
    ...(lang ? { lang } : {}),
  };
}

/** An option or role flag that belongs to another job is a usage error naming it. */
function refuseForeignOptions(job: JobDefinition, values: Values): void {
  const own = new Set([
    "out",
    "sheet",
    "lang",
    "json",
    "map",
    "help",
    "version",
    ...(createsSheets(job) ? ["new-copy"] : []),
    ...(hasSettings(job) ? ["set"] : []),
    ...job.reads.flatMap((role) => (roleFileReader(job.key, role.role) ? [`${role.role}-file`] : [])),
    ...job.reads.map((role) => role.role),
    ...job.options.map((spec) => spec.key),
  ]);
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && !own.has(key))
      throw new UsageError("cli.usage.notForJob", { option: `--${key}`, job: job.key });
  }
}

/** `--<role>-file` paths; naming a role's sheet too is a usage error. */
function roleFiles(job: JobDefinition, values: Values): Record<string, string> {
  const files: Record<string, string> = {};
  job.reads.forEach((role, index) => {
    const path = text(values[`${role.role}-file`]);
    if (path === undefined) return;
    const sheet = text(values[role.role]) ?? (index === 0 ? text(values.sheet) : undefined);
    if (sheet !== undefined) throw new UsageError("cli.usage.fileAndSheet", { role: role.role });
    files[role.role] = path;
  });
  return files;
}

function roleSheets(job: JobDefinition, values: Values): Record<string, string> {
  const sheets: Record<string, string> = {};
  job.reads.forEach((role, index) => {
    const given = text(values[role.role]) ?? (index === 0 ? text(values.sheet) : undefined);
    if (given !== undefined) sheets[role.role] = given;
  });
  return sheets;
}

function jobOptions(job: JobDefinition, values: Values): Record<string, OptionValue> {
  const options: Record<string, OptionValue> = {};
  for (const spec of job.options) {
    const given = values[spec.key];
    if (given === undefined) continue;
    if (spec.kind === "flag") {
      options[spec.key] = given === true;
    } else if (spec.kind === "text") {
      options[spec.key] = String(given);
    } else if (spec.kind === "choice") {
      const value = String(given);
      if (!spec.choices.includes(value))
        throw new UsageError("cli.usage.badChoice", {
          option: `--${spec.key}`,
          value,
          choices: spec.choices.join("|"),
        });
      options[spec.key] = value;
    } else {
      const value = Number(given);
      if (String(given).trim() === "" || !Number.isFinite(value) || value < spec.min || value > spec.max)
        throw new UsageError("cli.usage.badNumber", {
          option: `--${spec.key}`,
          value: String(given),
          min: spec.min,
          max: spec.max,
        });
      options[spec.key] = value;
    }
  }
  return options;
}

function text(value: Values[string]): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function stringList(value: Values[string]): string[] {
  return Array.isArray(value) ? value : [];
}

function expectPositionals(rest: readonly string[], count: number): void {
  if (rest.length < count) throw new UsageError("cli.usage.needInput");
  if (rest.length > count) throw new UsageError("cli.usage.extraArgument", { argument: rest[count] ?? "" });
}

function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  if (lower === "zh-cn" || lower === "zh") return "zh-CN";
  if (lower === "en-us" || lower === "en") return "en-US";
  throw new UsageError("cli.usage.badLang", { value });
}

/**
 * `--set KEY=VALUE` values: a number where VALUE reads as one, else the text (a choice such as 客户访问 or visit).
 * Throws UsageError for a value without "=" or an empty key.
 */
function parseSettings(values: readonly string[]): Record<string, number | string> {
  const settings: Record<string, number | string> = {};
  for (const argument of values) {
    const equals = argument.indexOf("=");
    const key = argument.slice(0, equals).trim();
    if (equals < 0 || key === "") throw new UsageError("cli.usage.setSyntax", { argument });
    const value = argument.slice(equals + 1).trim();
    const number = Number(value);
    settings[key] = value !== "" && Number.isFinite(number) ? number : value;
  }
  return settings;
}

/** Jobs with a settings sheet take `--set`. */
export function hasSettings(job: JobDefinition): boolean {
  return job.reads.some((role) => role.role === "settings" || role.role === "assumptions");
}

/** Jobs that generate whole sheets take `--new-copy`. */
export function createsSheets(job: JobDefinition): boolean {
  return job.creates.some((thing) => thing.kind === "sheet");
}
