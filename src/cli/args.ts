import { parseArgs } from "node:util";
import type { Lang } from "../domain/types";
import { parseFieldChoices, type FieldChoice } from "./fieldMap";
import { UsageError } from "./usageError";

/** A parsed `kaw` command line. */
export type Command =
  | { readonly name: "help"; readonly topic?: "ratios"; readonly lang?: Lang }
  | { readonly name: "version" }
  | { readonly name: "demo"; readonly out: string; readonly lang?: Lang; readonly json: boolean }
  | {
      readonly name: "ratios";
      readonly input: string;
      readonly out: string;
      readonly sheet?: string;
      readonly lang?: Lang;
      readonly days: 365 | 360;
      readonly json: boolean;
      /** `--map FIELD=COLUMN` choices, in the order given. */
      readonly map: readonly FieldChoice[];
    };

export { UsageError };

const options = {
  out: { type: "string" },
  sheet: { type: "string" },
  lang: { type: "string" },
  days: { type: "string" },
  json: { type: "boolean", default: false },
  map: { type: "string", multiple: true },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false },
} as const;

/** Parse `kaw` arguments (without the node and script paths). Throws UsageError. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError("cli.usage.badOption", {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const { values, positionals } = parsed;
  if (values.version) return { name: "version" };
  const [command, ...rest] = positionals;
  const lang = parseLang(values.lang);
  if (values.help || command === undefined || command === "help") {
    const topic = command === "help" ? rest[0] : command;
    return { name: "help", ...(topic === "ratios" ? { topic } : {}), ...(lang ? { lang } : {}) };
  }
  if (command === "demo") {
    expectPositionals(rest, 0);
    return {
      name: "demo",
      out: values.out ?? "demo-output.xlsx",
      json: values.json,
      ...(lang ? { lang } : {}),
    };
  }
  if (command !== "ratios") throw new UsageError("cli.usage.unknownCommand", { command });
  expectPositionals(rest, 1);
  if (values.out === undefined || values.out === "") throw new UsageError("cli.usage.needOut");
  return {
    name: "ratios",
    input: rest[0] ?? "",
    out: values.out,
    days: parseDays(values.days),
    json: values.json,
    map: parseFieldChoices(values.map ?? []),
    ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
    ...(lang ? { lang } : {}),
  };
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

function parseDays(value: string | undefined): 365 | 360 {
  if (value === undefined || value === "365") return 365;
  if (value === "360") return 360;
  throw new UsageError("cli.usage.badDays", { value });
}
