/**
 * `--map FIELD=COLUMN`: the command line's way to choose a field's column, as the pane's dropdowns do.
 * Parsed with the other arguments; a header text is resolved once the sheet's header row is known.
 */
import { AddressError, columnLetters, columnNumber } from "../domain/address";
import { fieldKeys, requiredFields } from "../domain/fields";
import type { FieldOverrides } from "../domain/source";
import type { FieldKey } from "../domain/types";
import { UsageError } from "./usageError";

/** Where a field is read from: a column by letter, a column by its header text, or nowhere (unmapped). */
export type ColumnChoice =
  | { readonly kind: "letter"; readonly column: number }
  | { readonly kind: "header"; readonly text: string }
  | { readonly kind: "none" };

export interface FieldChoice {
  readonly field: FieldKey;
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

/**
 * Parse every `--map` value. One to three Latin letters name a column (F, AB, xfd); anything else is a header
 * text; an empty COLUMN unmaps an optional field. Throws UsageError naming the bad argument.
 */
export function parseFieldChoices(values: readonly string[]): FieldChoice[] {
  const choices: FieldChoice[] = [];
  for (const argument of values) {
    const equals = argument.indexOf("=");
    if (equals < 0) throw new UsageError("cli.usage.mapSyntax", { argument });
    const key = argument.slice(0, equals).trim();
    const field = fieldKeys.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
    if (field === undefined) {
      throw new UsageError("cli.usage.mapField", { argument, field: key, fields: fieldKeys.join(", ") });
    }
    if (choices.some((choice) => choice.field === field)) {
      throw new UsageError("cli.usage.mapTwice", { field });
    }
    const choice = parseColumn(argument.slice(equals + 1).trim(), argument);
    if (choice.kind === "none" && requiredFields.includes(field)) {
      throw new UsageError("cli.usage.mapRequired", { argument, field });
    }
    choices.push({ field, choice, argument });
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
): FieldOverrides {
  const overrides: FieldOverrides = {};
  const taken = new Map<number, FieldKey>();
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
