/**
 * What each host's written workbook reads back as, in one shape for both, for the cross-host test: a cell as its
 * shown value, formula text and number format; a validation as its type, operator, operands and messages. The
 * Excel side reads the edit-list mock (what was sent to Office.js), the .xlsx side reads the file with exceljs.
 */
import type ExcelJS from "exceljs";
import type { MockEditWorkbook } from "./excel/mockEditWorkbook";

/** A cell as a person would find it: its value (empty: null), its formula without "=", its number format. */
export interface CellBack {
  readonly value: unknown;
  readonly formula: string | null;
  readonly numberFormat: string;
}

export interface ValidationBack {
  readonly type: string;
  readonly operator: string | null;
  /** Operands as numbers (dates as serials) or formula text without "=" (a literal list quoted, as in the file). */
  readonly formulae: readonly unknown[];
  readonly allowBlank: boolean;
  readonly prompt: { readonly title: string; readonly message: string } | null;
  readonly error: { readonly title: string; readonly message: string; readonly style: string } | null;
}

/** Days from 1899-12-30 (serial 0 of the 1900 system, after the 1900 leap bug) to 1970-01-01. */
const unixEpochSerial = 25569;
const msPerDay = 86_400_000;
const serial = (date: Date): number => date.getTime() / msPerDay + unixEpochSerial;
const format = (code: unknown): string => (typeof code === "string" && code !== "" ? code : "General");

/** A cell of the mock: the last input sent through Range.formulas (text behind its apostrophe, formulas with "="). */
export function excelCell(mock: MockEditWorkbook, sheet: string, address: string): CellBack {
  const sent = mock.cells.get(`${sheet}!${address}`);
  return inputBack(sent?.formula, sent?.numberFormat);
}

/** A cell as the input Excel was sent for it (Range.formulas or Range.values) and its number format. */
export function inputBack(input: unknown, sentFormat: unknown): CellBack {
  const numberFormat = format(sentFormat);
  if (typeof input === "string" && input.startsWith("="))
    return { value: null, formula: input.slice(1), numberFormat };
  if (typeof input === "string" && input.startsWith("'"))
    return { value: input.slice(1), formula: null, numberFormat };
  return { value: input === "" || input === undefined ? null : input, formula: null, numberFormat };
}

/** An exceljs cell (a plain object, not an Office.js proxy: nothing to load). */
const cellAt = (sheet: ExcelJS.Worksheet, address: string): ExcelJS.Cell => sheet.getCell(address);

/** A cell as exceljs reads it: dates back to serials, a formula as its text (its cached result set aside). */
export function fileCell(sheet: ExcelJS.Worksheet, address: string): CellBack {
  const cell = cellAt(sheet, address);
  const numberFormat = format(cell.numFmt);
  // exceljs shows a merged range's master value in its other cells; the file holds nothing there.
  if (cell.isMerged && cell.master.address !== cell.address)
    return { value: null, formula: null, numberFormat };
  const value: unknown = cell.value;
  if (value instanceof Date) return { value: serial(value), formula: null, numberFormat };
  if (typeof value === "object" && value !== null && "formula" in value)
    return { value: null, formula: cell.formula, numberFormat };
  if (typeof value === "object" && value !== null && "text" in value)
    return { value: value.text, formula: null, numberFormat };
  return { value: value ?? null, formula: null, numberFormat };
}

const operator = (excel: unknown): string | null =>
  typeof excel === "string" ? excel.charAt(0).toLowerCase() + excel.slice(1).replace(/To$/, "") : null;
const operand = (value: unknown): unknown =>
  typeof value === "string" && /^=-?\d+(\.\d+)?$/.test(value) ? Number(value.slice(1)) : value;
const unequal = (value: unknown): unknown => (typeof value === "string" ? value.replace(/^=/, "") : value);

type BasicRule = { formula1: unknown; formula2?: unknown; operator: string };
type RuleObject = {
  list?: { source: string };
  custom?: { formula: string };
  date?: BasicRule;
  wholeNumber?: BasicRule;
  decimal?: BasicRule;
};

function ruleBack(rule: RuleObject): Pick<ValidationBack, "type" | "operator" | "formulae"> {
  if (rule.list) {
    const source = rule.list.source;
    return {
      type: "list",
      operator: null,
      formulae: [source.startsWith("=") ? source.slice(1) : `"${source}"`],
    };
  }
  if (rule.custom) return { type: "custom", operator: null, formulae: [unequal(rule.custom.formula)] };
  const [type, basic] = rule.date
    ? ["date", rule.date]
    : rule.wholeNumber
      ? ["whole", rule.wholeNumber]
      : ["decimal", rule.decimal];
  const formulae = [basic?.formula1, ...(basic?.formula2 === undefined ? [] : [basic.formula2])];
  return { type, operator: operator(basic?.operator), formulae: formulae.map(operand) };
}

/** The validation the mock's `Range.dataValidation` of `sheet!range` was given. */
export function excelValidation(
  mock: Pick<MockEditWorkbook, "sets">,
  sheet: string,
  range: string,
): ValidationBack {
  const label = `${sheet}!${range}.dataValidation`;
  const props = Object.fromEntries(
    mock
      .sets(label)
      .filter(([target]) => target === label)
      .map(([, name, value]) => [name, value]),
  ) as {
    ignoreBlanks?: boolean;
    rule?: RuleObject;
    prompt?: { title: string; message: string };
    errorAlert?: { title: string; message: string; style: string };
  };
  const { prompt, errorAlert } = props;
  return {
    ...ruleBack(props.rule ?? {}),
    allowBlank: props.ignoreBlanks === true,
    prompt: prompt ? { title: prompt.title, message: prompt.message } : null,
    error: errorAlert
      ? { title: errorAlert.title, message: errorAlert.message, style: errorAlert.style.toLowerCase() }
      : null,
  };
}

interface FileRule {
  type: string;
  operator?: string;
  formulae: unknown[];
  allowBlank?: boolean;
  promptTitle?: string;
  prompt?: string;
  errorTitle?: string;
  error?: string;
  errorStyle?: string;
}

/** The validation exceljs reads for the top-left cell of `range`. */
export function fileValidation(sheet: ExcelJS.Worksheet, range: string): ValidationBack {
  const rules = (sheet as unknown as { dataValidations: { model: Record<string, FileRule | undefined> } })
    .dataValidations.model;
  const rule = rules[range.split(":")[0] ?? ""];
  if (!rule) throw new Error(`no validation at ${range}`);
  const list = rule.type === "list" || rule.type === "custom";
  return {
    type: rule.type,
    operator: list ? null : (rule.operator ?? "between"),
    formulae: rule.formulae.map((f) =>
      f instanceof Date ? serial(f) : typeof f === "string" && /^-?\d+(\.\d+)?$/.test(f) ? Number(f) : f,
    ),
    allowBlank: rule.allowBlank === true,
    prompt: rule.promptTitle !== undefined ? { title: rule.promptTitle, message: rule.prompt ?? "" } : null,
    error:
      rule.errorTitle !== undefined
        ? { title: rule.errorTitle, message: rule.error ?? "", style: rule.errorStyle ?? "stop" }
        : null,
  };
}
