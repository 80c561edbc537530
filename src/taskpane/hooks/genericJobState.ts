import type { Issue } from "../../domain/types";
import type { JobDefinition, JobReport, OptionSpec, OptionValue } from "../../jobs/jobDefinition";
import type { Failure } from "../describeError";

/** The workbook's sheets as the generic panel knows them. */
export type SheetsState =
  | { readonly kind: "loading" }
  | { readonly kind: "readFailed"; readonly failure: Failure }
  | { readonly kind: "listed"; readonly names: readonly string[] };

/** Where the last run of a generic panel stands. */
export type GenericRunState =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly fraction: number | null }
  | { readonly kind: "done"; readonly sheet: string; readonly report: JobReport }
  | { readonly kind: "refused"; readonly sheet: string; readonly issues: readonly Issue[] }
  | { readonly kind: "failed"; readonly failure: Failure };

/** Which sheet plays each role (null: none chosen, or an optional role left out). */
export type RoleSheets = Readonly<Record<string, string | null>>;

/** An option's value as the person entered it: numbers stay text until they are valid. */
export type OptionEntries = Readonly<Record<string, OptionValue>>;

/**
 * The first role reads the active sheet; every other role a sheet named like the role in either language, else none.
 */
export function defaultSheets(
  job: JobDefinition<JobReport>,
  names: readonly string[],
  active: string,
): RoleSheets {
  const chosen: Record<string, string | null> = {};
  job.reads.forEach((role, index) => {
    const named = names.find((name) => Object.values(role.names).includes(name));
    chosen[role.role] = index === 0 ? active : (named ?? null);
  });
  return chosen;
}

/** The option entries a panel starts with: every default, numbers as their text. */
export function defaultEntries(job: JobDefinition<JobReport>): OptionEntries {
  const entries: Record<string, OptionValue> = {};
  for (const spec of job.options)
    entries[spec.key] = spec.kind === "number" ? String(spec.default) : spec.default;
  return entries;
}

/** A number option's entry as a number within its bounds, or null when it is not one. */
export function numberEntry(spec: Extract<OptionSpec, { kind: "number" }>, entry: OptionValue | undefined) {
  const text = String(entry ?? "").trim();
  const value = text === "" ? NaN : Number(text);
  return Number.isFinite(value) && value >= spec.min && value <= spec.max ? value : null;
}

/** The options to run with, or null while a number option is not valid. */
export function optionValues(
  job: JobDefinition<JobReport>,
  entries: OptionEntries,
): Record<string, OptionValue> | null {
  const values: Record<string, OptionValue> = {};
  for (const spec of job.options) {
    const entry = entries[spec.key] ?? spec.default;
    if (spec.kind !== "number") values[spec.key] = entry;
    else {
      const value = numberEntry(spec, entry);
      if (value === null) return null;
      values[spec.key] = value;
    }
  }
  return values;
}

/** The sheets per role to run with, or null while a required role has none. */
export function chosenSheets(
  job: JobDefinition<JobReport>,
  roles: RoleSheets,
): Record<string, string> | null {
  const sheets: Record<string, string> = {};
  for (const role of job.reads) {
    const sheet = roles[role.role] ?? null;
    if (sheet !== null) sheets[role.role] = sheet;
    else if (role.optional !== true) return null;
  }
  return sheets;
}
