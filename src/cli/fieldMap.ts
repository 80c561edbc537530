/**
 * `--map FIELD=COLUMN`: the command line's way to choose a field's column, as the pane's dropdowns do.
 * Parsed with the other arguments; a header text is resolved once the sheet's header row is known.
 */
import { AddressError, columnLetters, columnNumber } from "../domain/address";
import type { FieldSpec, JobDefinition } from "../jobs/jobDefinition";
import { UsageError } from "./usageError";

/** Where a field is read from: a column by letter, a column by its header text, or nowhere (unmapped). */
export type ColumnChoice =
  | { readonly kind: "letter"; readonly column: number }
  | { readonly kind: "header"; readonly text: string }
  | { readonly kind: "none" };

export interface FieldChoice {
  /** The sheet role the field belongs to, e.g. "customers". */
  readonly role: string;
  readonly field: string;
  readonly choice: ColumnChoice;
  /** The argument as given, for messages. */
  readonly argument: string;
}

const letters = /^[A-Za-z]{1,3}$/;

function parseColumn(text: string, argument: string): ColumnChoice {
  if (text === "") return { kind: "none" };
  if (!letters.test(text)) return { kind: "header", text };
  try {
    return { kind: "letter", column: columnNumber(text) };
  } catch (error) {
    // Three letters past XFD ("XFE", "ZZZ"): outside every sheet.
    if (!(error instanceof AddressError)) throw error;
    throw new UsageError("cli.usage.mapColumn", { argument, column: text.toUpperCase() });
  }
}

/** The field a `--map` key names: "revenue", or "customers.revenue" where two roles share a key. */
function findField(job: JobDefinition, key: string): { role: string; spec: FieldSpec } | undefined {
  const dot = key.indexOf(".");
  const roleKey = dot < 0 ? undefined : key.slice(0, dot).toLowerCase();
  const fieldKey = (dot < 0 ? key : key.slice(dot + 1)).toLowerCase();
  for (const role of job.reads) {
    if (roleKey !== undefined && role.role.toLowerCase() !== roleKey) continue;
    const spec = role.fields.find((field) => field.key.toLowerCase() === fieldKey);
    if (spec) return { role: role.role, spec };
  }
  return undefined;
}

/**
 * Parse every `--map` value against the job's field catalogs. One to three Latin letters name a column (F, AB,
 * xfd); anything else is a header text; an empty COLUMN unmaps an optional field. Throws UsageError naming the
 * bad argument.
 */
export function parseFieldChoices(values: readonly string[], job: JobDefinition): FieldChoice[] {
  const choices: FieldChoice[] = [];
  for (const argument of values) {
    const equals = argument.indexOf("=");
    if (equals < 0) throw new UsageError("cli.usage.mapSyntax", { argument });
    const key = argument.slice(0, equals).trim();
    const found = findField(job, key);
    if (found === undefined) {
      const fields = job.reads.flatMap((role) => role.fields.map((field) => field.key)).join(", ");
      throw new UsageError("cli.usage.mapField", { argument, field: key, fields, job: job.key });
    }
    const field = found.spec.key;
    if (choices.some((choice) => choice.field === field && choice.role === found.role)) {
      throw new UsageError("cli.usage.mapTwice", { field });
    }
    const choice = parseColumn(argument.slice(equals + 1).trim(), argument);
    if (choice.kind === "none" && found.spec.required) {
      throw new UsageError("cli.usage.mapRequired", { argument, field });
    }
    choices.push({ role: found.role, field, choice, argument });
  }
  return choices;
}

/** A header cell of the source: 1-based column and trimmed text. */
export interface HeaderText {
  readonly column: number;
  readonly text: string;
}

function headerColumn(
  choice: FieldChoice,
  text: string,
  headers: readonly HeaderText[],
  row: number,
): number {
  // Exact after trimming; Latin letters in any case (toLowerCase leaves Chinese as it is).
  const wanted = text.toLowerCase();
  const found = headers.filter((header) => header.text.trim().toLowerCase() === wanted);
  const first = found[0];
  if (first === undefined) {
    throw new UsageError("cli.usage.mapHeader", { argument: choice.argument, header: text, row });
  }
  if (found.length > 1) {
    const columns = found.map((header) => columnLetters(header.column)).join(", ");
    throw new UsageError("cli.usage.mapAmbiguous", { argument: choice.argument, header: text, columns });
  }
  return first.column;
}

/**
 * The overrides the choices mean on a sheet whose header row is `row` with these header cells. Throws UsageError
 * for a header text that is not there (or heads several columns) and for two fields given one column.
 */
export function resolveFieldChoices(
  choices: readonly FieldChoice[],
  headers: readonly HeaderText[],
  row: number,
): Record<string, number | null> {
  const overrides: Record<string, number | null> = {};
  const taken = new Map<number, string>();
  for (const choice of choices) {
    const { field } = choice;
    const spec = choice.choice;
    if (spec.kind === "none") {
      overrides[field] = null;
      continue;
    }
    const column = spec.kind === "letter" ? spec.column : headerColumn(choice, spec.text, headers, row);
    const other = taken.get(column);
    if (other !== undefined) {
      throw new UsageError("cli.usage.mapSameColumn", { column: columnLetters(column), field, other });
    }
    taken.set(column, field);
    overrides[field] = column;
  }
  return overrides;
}
