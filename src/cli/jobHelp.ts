/**
 * `kaw --help` and `kaw <job> --help`, generated from the job registry: a new job appears here by being registered.
 */
import type { Lang } from "../domain/types";
import { t } from "../i18n";
import type { JobDefinition, OptionSpec } from "../jobs/jobDefinition";
import { jobs } from "../jobs/registry";
import { createsSheets, hasSettings } from "./args";
import { roleFileReader } from "./roleFiles";
import { displayWidth } from "./report";

function padTo(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** Aligned "  --flag VALUE   help" lines; a help text may continue on further lines. */
function optionLines(rows: readonly (readonly [string, ...string[]])[]): string[] {
  let width = 0;
  for (const [flag] of rows) width = Math.max(width, displayWidth(flag));
  return rows.flatMap(([flag, first = "", ...more]) => [
    `  ${padTo(flag, width)}  ${first}`.trimEnd(),
    ...more.map((line) => `  ${" ".repeat(width)}  ${line}`),
  ]);
}

/** `kaw --help`: usage, then every job in the method's order with its summary. */
export function generalHelp(lang: Lang): string {
  let keyWidth = "demo".length;
  for (const job of jobs) keyWidth = Math.max(keyWidth, job.key.length);
  return [
    t(lang, "cli.help.title"),
    "",
    t(lang, "cli.help.usage"),
    ...jobs.map((job) => t(lang, "cli.help.job", { job: job.key })),
    t(lang, "cli.help.demo"),
    t(lang, "cli.help.help"),
    "",
    t(lang, "cli.help.jobs"),
    ...jobs.map((job) => `  ${job.key.padEnd(keyWidth)}  ${job.names[lang]}: ${job.summary[lang]}`),
    `  ${t(lang, "cli.help.demoLine").replace(/^demo\s+/, `${"demo".padEnd(keyWidth)}  `)}`,
    "",
    t(lang, "cli.help.input"),
    t(lang, "cli.help.exitCodes"),
  ].join("\n");
}

function optionRow(spec: OptionSpec, lang: Lang): [string, string] {
  if (spec.kind === "flag") return [`--${spec.key}`, spec.help[lang]];
  if (spec.kind === "text") return [`--${spec.key} "${spec.placeholder[lang]}"`, spec.help[lang]];
  const value = spec.kind === "choice" ? spec.choices.join("|") : `${spec.min}..${spec.max}`;
  const help = t(lang, "cli.jobHelp.choiceDefault", { help: spec.help[lang], default: String(spec.default) });
  return [`--${spec.key} ${value}`, help];
}

/** `kaw <job> --help`: usage, options, then each sheet role's fields with their names and what they read. */
export function jobHelp(job: JobDefinition, lang: Lang): string {
  const [first, ...others] = job.reads;
  const roleRows = [
    ...(first ? [["--sheet NAME", t(lang, "cli.jobHelp.sheet", { role: first.names[lang] })] as const] : []),
    ...others.map(
      (role) =>
        [
          `--${role.role} NAME`,
          t(lang, role.optional ? "cli.jobHelp.optionalRole" : "cli.jobHelp.role", {
            role: role.names[lang],
          }),
        ] as const,
    ),
  ];
  const hasFields = job.reads.some((role) => role.fields.length > 0);
  const lines = [
    t(lang, "cli.help.job", { job: job.key }).trim(),
    "",
    `${job.names[lang]}: ${job.summary[lang]}`,
    t(lang, "cli.help.input"),
    "",
    t(lang, "cli.jobHelp.options"),
    ...optionLines([
      ["--out PATH", t(lang, "cli.jobHelp.out")],
      ...roleRows,
      ["--lang zh-CN|en-US", t(lang, "cli.jobHelp.lang")],
      ...job.options.map((spec) => optionRow(spec, lang)),
      ...(hasFields
        ? [["--map FIELD=COLUMN", t(lang, "cli.jobHelp.map"), t(lang, "cli.jobHelp.mapMore")] as const]
        : []),
      ...(createsSheets(job) ? [["--new-copy", t(lang, "cli.jobHelp.newCopy")] as const] : []),
      ...(hasSettings(job) ? [["--set KEY=VALUE", t(lang, "cli.jobHelp.set")] as const] : []),
      ...job.reads.flatMap((role) =>
        roleFileReader(job.key, role.role)
          ? [
              [
                `--${role.role}-file FILE`,
                t(lang, "cli.jobHelp.roleFile", { role: role.names[lang] }),
              ] as const,
            ]
          : [],
      ),
      ["--json", t(lang, "cli.jobHelp.json")],
    ]),
  ];
  for (const role of job.reads) {
    if (role.fields.length === 0) continue;
    const heading =
      job.reads.length === 1
        ? t(lang, "cli.jobHelp.fields")
        : t(lang, "cli.jobHelp.fieldsOf", { role: role.role, name: role.names[lang] });
    lines.push("", heading, ...fieldLines(role.fields, lang));
  }
  lines.push("", t(lang, "cli.jobHelp.example", { example: job.example[lang] }));
  return lines.join("\n");
}

/** "  key  required  English · 中文" then what the field reads, indented under the names. */
function fieldLines(fields: JobDefinition["reads"][number]["fields"], lang: Lang): string[] {
  let keyWidth = 0;
  for (const field of fields) keyWidth = Math.max(keyWidth, field.key.length);
  const marks = [t(lang, "cli.jobHelp.required"), t(lang, "cli.jobHelp.optional")];
  let markWidth = 0;
  for (const mark of marks) markWidth = Math.max(markWidth, displayWidth(mark));
  const indent = " ".repeat(2 + keyWidth + 2 + markWidth + 2);
  return fields.flatMap((field) => [
    `  ${field.key.padEnd(keyWidth)}  ${padTo(field.required ? (marks[0] ?? "") : (marks[1] ?? ""), markWidth)}  ${field.names["en-US"]} · ${field.names["zh-CN"]}`,
    `${indent}${field.reads[lang]}`,
  ]);
}
