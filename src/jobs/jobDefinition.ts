/**
 * What a job declares so that the CLI, the demo and the task pane can offer it without code of their own: its
 * key and names, where it stands in the method, the sheets it reads with the fields it looks for in each, its
 * options, what it creates, and its pure plan.
 */
import type { Issue, Lang } from "../domain/types";
import type { EditList } from "../plan/edits";
import type { SheetSnapshot } from "../plan/sheetSnapshot";
import type { WorkbookSnapshot } from "../plan/workbookSnapshot";

/** The steps of the key-account method, in order; the pane lists jobs in this order. */
export const methodSteps = ["data", "ratios", "scores", "transactions", "forecast", "records"] as const;
export type MethodStep = (typeof methodSteps)[number];

/** Text in both languages. */
export type Bilingual = Readonly<Record<Lang, string>>;

/**
 * A value made for each language.
 * @example bilingual((lang) => lang) //=> { "zh-CN": "zh-CN", "en-US": "en-US" }
 */
export function bilingual<T>(make: (lang: Lang) => T): Readonly<Record<Lang, T>> {
  return { "zh-CN": make("zh-CN"), "en-US": make("en-US") };
}

/** A field a job looks for in a sheet's header row. */
export interface FieldSpec {
  readonly key: string;
  readonly names: Bilingual;
  readonly required: boolean;
  /** What the field reads, for `kaw <job> --help` and the README. */
  readonly reads: Bilingual;
}

/** A sheet a job reads, in the role it plays (customers, transactions, settings…). */
export interface SheetRole {
  readonly role: string;
  readonly names: Bilingual;
  readonly fields: readonly FieldSpec[];
  /** The job still runs without it (e.g. a settings sheet). */
  readonly optional?: boolean;
}

export type OptionValue = string | number | boolean;

/** An option of a job, with its default and the values it accepts. */
export type OptionSpec = {
  readonly key: string;
  readonly names: Bilingual;
  readonly help: Bilingual;
} & (
  | { readonly kind: "choice"; readonly choices: readonly string[]; readonly default: string }
  | { readonly kind: "number"; readonly min: number; readonly max: number; readonly default: number }
  | { readonly kind: "flag"; readonly default: boolean }
  /** Free text the plan reads (e.g. a comma-separated list of customers); `placeholder` shows its form. */
  | { readonly kind: "text"; readonly default: string; readonly placeholder: Bilingual }
);

/** What a job writes, for "show before doing" and the help. */
export interface CreatedThing {
  readonly kind: "columns" | "sheet";
  readonly names: Bilingual;
}

/** A job run's input: the workbook read, which sheet plays each role, the options and the output language. */
export interface JobInput {
  readonly workbook: WorkbookSnapshot;
  readonly sheets: Readonly<Record<string, string>>;
  readonly options: Readonly<Record<string, OptionValue>>;
  readonly lang?: Lang;
  /** A generated sheet the person has typed into gets a new copy beside it instead of a refusal. */
  readonly newCopy?: boolean;
  /** Per role, fields the person mapped by hand: field key → 1-based column, or null to leave it unmapped. */
  readonly overrides?: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  /**
   * Settings to change before the run, by setting key (e.g. "influence.cost": 0.5): a job with a settings sheet
   * writes them into it and uses them (the task pane's weights; `kaw … --set KEY=VALUE`).
   */
  readonly settings?: Readonly<Record<string, number | string>>;
  /**
   * Per role, data a host already computed instead of a sheet (the CLI's DuckDB aggregate of an order file for the
   * transactions role): the job's plan knows its shape.
   */
  readonly precomputed?: Readonly<Record<string, unknown>>;
}

/** A report every job gives: its key, the issues found, and one line a person reads. */
export interface JobReport {
  readonly job: string;
  readonly lang: Lang;
  readonly issues: readonly Issue[];
}

export type JobOutcome<R extends JobReport = JobReport> =
  | { readonly ok: true; readonly edit: EditList; readonly report: R }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export interface JobDefinition<R extends JobReport = JobReport> {
  readonly key: string;
  readonly step: MethodStep;
  readonly names: Bilingual;
  readonly summary: Bilingual;
  readonly reads: readonly SheetRole[];
  readonly options: readonly OptionSpec[];
  readonly creates: readonly CreatedThing[];
  /** The job's own issue codes (beyond the shared ones), each with a message in both catalogs. */
  readonly issueCodes: readonly string[];
  /** The pure plan: never touches a workbook. */
  plan(input: JobInput): JobOutcome<R>;
  /** One line saying what a run did, for the demo and the pane. */
  describe(report: R, lang: Lang): string;
  /** Label and value rows summarising a report, for the CLI (which adds the output and the issue list). */
  summarize(report: R, lang: Lang): readonly (readonly [string, string])[];
  /** The `--json` object of a report: stable keys (product contract). */
  toJson(report: R): Readonly<Record<string, unknown>>;
  /** Where a role's sheet has its header row, so `--map` can find a column by its header text. */
  locateHeaders(snapshot: SheetSnapshot, role: string): HeaderRow | null;
  /** A command line showing the job's options, for `kaw <job> --help`. */
  readonly example: Bilingual;
}

/** A header row and its non-empty header cells (1-based columns). */
export interface HeaderRow {
  readonly row: number;
  readonly headers: readonly { readonly column: number; readonly text: string }[];
}
