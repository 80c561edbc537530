/**
 * The checks of one edit on its own: ranges and cells inside the sheet, formulas that parse, declared styles,
 * finite numbers, valid names and list lengths.
 */
import type { Issue } from "../domain/types";
import type { CellInput, ChartEdit, Edit, StyleSheet, ValidationRule } from "./edits";
import type { FormulaCheck } from "./formulaSyntax";
import { checkFormula } from "./formulaSyntax";
import { maxRowNumber, parseCell, parseRange } from "./range";
import { a1, maxColumnNumber } from "../domain/address";

/** Excel's limit on an inline validation list: its items joined with commas. */
export const maxInlineListLength = 255;

const definedNamePattern = /^[A-Za-z_\\\u00C0-\uFFFF][\w.\u00C0-\uFFFF]{0,254}$/;
// A name that reads as a cell (A1, XFD1048576) or an R1C1 reference cannot be defined.
const cellLikeName = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*|[Cc]\d*|[Rr]\d*[Cc]\d*)$/;

/** True when Excel accepts `name` as a defined or table name. */
export function isValidDefinedName(name: string): boolean {
  return definedNamePattern.test(name) && !cellLikeName.test(name) && !/^(true|false)$/i.test(name);
}

/** Problems of one edit taken alone; `check` reads formulas (one run passes a `formulaChecker` for all its edits). */
export function checkEditContent(
  edit: Edit,
  styles: StyleSheet,
  check: FormulaCheck = checkFormula,
): Issue[] {
  const at = (range: string) => rangeIssues({ sheet: "sheet" in edit ? edit.sheet : "" }, range);
  switch (edit.kind) {
    case "cells":
      return cellsIssues(edit, styles, check);
    case "style":
      return [...at(edit.range), ...styleIssues(edit, [edit.style], styles)];
    case "merge":
    case "clear":
      return at(edit.range);
    case "table":
      return [...at(edit.range), ...tableIssues(edit.sheet, edit.range, edit.name)];
    case "validation":
      return [...at(edit.range), ...ruleIssues(edit.sheet, edit.range, edit.rule, check)];
    case "conditionalFormat":
      return [
        ...at(edit.range),
        ...formulaList(edit.sheet, edit.range, conditionalFormulas(edit.rule), check),
        ...flagIssues(edit.sheet, edit.range, "replace", edit.replace),
      ];
    case "name":
      return nameIssues(edit.name, edit.refersTo, edit.scope, check);
    case "hyperlink":
      return [...at(edit.cell), ...rangeIssues(edit, edit.target.cell, edit.target.sheet)];
    case "chart":
      return chartIssues(edit, check);
    case "own":
      return at(edit.range);
    case "pageSetup":
      return pageIssues(edit.sheet, edit.printArea, edit.printTitleRows, edit.fitToWidth);
    case "columnWidths":
    case "rowHeights":
    case "freeze":
      return layoutIssues(edit);
    case "columnBlock":
      return blockIssues(edit, check);
    case "createSheet":
    case "deleteSheet":
      return [];
  }
}

function rangeIssues(edit: { readonly sheet: string }, range: string, sheet = edit.sheet): Issue[] {
  return parseRange(range) ? [] : [{ code: "edit.badRange", sheet, params: { range } }];
}

/** An optional flag is true, false or absent (a plan read from JSON may carry "yes" or 1). */
function flagIssues(sheet: string, range: string, field: string, value: unknown): Issue[] {
  return value === undefined || typeof value === "boolean"
    ? []
    : [{ code: "edit.badFlag", sheet, params: { range, field } }];
}

function formulaIssue(sheet: string, range: string, formula: string, check: FormulaCheck): Issue[] {
  const problem = check(formula);
  if (!problem) return [];
  return problem.kind === "unknownFunction"
    ? [{ code: "edit.unknownFunction", sheet, params: { range, formula, name: problem.name } }]
    : [{ code: "edit.badFormula", sheet, params: { range, formula, position: problem.at + 1 } }];
}

function formulaList(
  sheet: string,
  range: string,
  formulas: readonly string[],
  check: FormulaCheck,
): Issue[] {
  return formulas.flatMap((formula) => formulaIssue(sheet, range, formula, check));
}

function cellsIssues(
  edit: Extract<Edit, { kind: "cells" }>,
  styles: StyleSheet,
  check: FormulaCheck,
): Issue[] {
  const corner = parseCell(edit.at);
  if (!corner) return [{ code: "edit.badRange", sheet: edit.sheet, params: { range: edit.at } }];
  const width = edit.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (corner.row + edit.rows.length - 1 > maxRowNumber || corner.column + width - 1 > maxColumnNumber)
    return [{ code: "edit.badRange", sheet: edit.sheet, params: { range: edit.at } }];
  const names = [edit.style, ...(edit.columnStyles ?? []), ...(edit.cellStyles ?? []).flat()];
  const issues = styleIssues(edit, names, styles);
  edit.rows.forEach((row, r) =>
    row.forEach((input, c) => {
      if (issues.length < 5)
        issues.push(...inputIssues(edit.sheet, corner.row + r, corner.column + c, input, check));
    }),
  );
  return issues;
}

/** A column block's values checked as a cells edit's inputs: finite numbers, formulas that parse and are portable. */
function blockIssues(edit: Extract<Edit, { kind: "columnBlock" }>, check: FormulaCheck): Issue[] {
  const issues: Issue[] = [];
  edit.columns.forEach((column, c) =>
    column.values.forEach((input, r) => {
      if (issues.length < 5)
        issues.push(...inputIssues(edit.sheet, edit.firstRow + r, edit.firstColumn + c, input, check));
    }),
  );
  return issues;
}

function inputIssues(
  sheet: string,
  row: number,
  column: number,
  input: CellInput,
  check: FormulaCheck,
): Issue[] {
  const range = a1(row, column);
  if (typeof input === "number" && !Number.isFinite(input))
    return [{ code: "edit.badNumber", sheet, params: { range, value: String(input) } }];
  if (input === null || typeof input !== "object") return [];
  if ("date" in input)
    return Number.isFinite(input.date) && input.date >= 0
      ? []
      : [{ code: "edit.badNumber", sheet, params: { range, value: String(input.date) } }];
  return formulaIssue(sheet, range, input.formula, check);
}

function styleIssues(
  edit: { readonly sheet: string },
  names: readonly (string | null | undefined)[],
  styles: StyleSheet,
): Issue[] {
  const unknown = [...new Set(names)].filter(
    (name): name is string => typeof name === "string" && !Object.hasOwn(styles, name),
  );
  return unknown.map((style) => ({ code: "edit.unknownStyle", sheet: edit.sheet, params: { style } }));
}

function tableIssues(sheet: string, range: string, name: string): Issue[] {
  const rect = parseRange(range);
  const issues: Issue[] = [];
  if (!isValidDefinedName(name)) issues.push({ code: "edit.badName", sheet, params: { name } });
  if (rect && rect.bottom === rect.top) issues.push({ code: "edit.tableTooSmall", sheet, params: { range } });
  return issues;
}

function ruleIssues(sheet: string, range: string, rule: ValidationRule, check: FormulaCheck): Issue[] {
  if (rule.type === "list" && "values" in rule) {
    const length = rule.values.join(",").length;
    return length > maxInlineListLength || rule.values.length === 0
      ? [{ code: "edit.listTooLong", sheet, params: { range, length } }]
      : [];
  }
  if (rule.type === "list") return formulaIssue(sheet, range, rule.source, check);
  if (rule.type === "custom") return formulaIssue(sheet, range, rule.formula, check);
  const numbers = [rule.min, ...(rule.max === undefined ? [] : [rule.max])];
  const bad = numbers.find((value) => !Number.isFinite(value));
  return bad === undefined ? [] : [{ code: "edit.badNumber", sheet, params: { range, value: String(bad) } }];
}

function conditionalFormulas(rule: Extract<Edit, { kind: "conditionalFormat" }>["rule"]): string[] {
  if (rule.type === "cellValue")
    return [rule.formula1, ...(rule.formula2 === undefined ? [] : [rule.formula2])];
  return rule.type === "formula" ? [rule.formula] : [];
}

function nameIssues(name: string, refersTo: string, scope: string | undefined, check: FormulaCheck): Issue[] {
  const sheet = scope === undefined ? {} : { sheet: scope };
  if (!isValidDefinedName(name)) return [{ code: "edit.badName", ...sheet, params: { name } }];
  return formulaIssue(scope ?? "", name, refersTo, check).map((issue) => ({ ...issue, ...sheet }));
}

function chartIssues(edit: ChartEdit, check: FormulaCheck): Issue[] {
  const refs = [edit.categories.ref, ...edit.series.map((series) => series.values)];
  const issues = [
    ...rangeIssues(edit, edit.anchor.cell),
    ...formulaList(edit.sheet, edit.anchor.cell, refs, check),
  ];
  if (edit.series.length === 0 || !(edit.anchor.width > 0) || !(edit.anchor.height > 0))
    issues.push({ code: "edit.badChart", sheet: edit.sheet, params: { range: edit.anchor.cell } });
  const min = edit.valueAxisMin;
  if (min !== undefined && !Number.isFinite(min))
    issues.push({
      code: "edit.badNumber",
      sheet: edit.sheet,
      params: { range: "valueAxisMin", value: String(min) },
    });
  const flags = { reverseCategories: edit.reverseCategories, legend: edit.legend };
  for (const [field, value] of Object.entries(flags))
    issues.push(...flagIssues(edit.sheet, edit.anchor.cell, field, value));
  return issues;
}

function pageIssues(sheet: string, area?: string, titles?: string, fit?: number): Issue[] {
  const ranges = [area, titles].filter((range): range is string => range !== undefined);
  const issues = ranges.flatMap((range) => rangeIssues({ sheet }, range));
  if (fit !== undefined && !(Number.isInteger(fit) && fit >= 1))
    issues.push({ code: "edit.badNumber", sheet, params: { range: "fitToWidth", value: String(fit) } });
  return issues;
}

function layoutIssues(edit: Extract<Edit, { kind: "columnWidths" | "rowHeights" | "freeze" }>): Issue[] {
  const numbers =
    edit.kind === "columnWidths"
      ? edit.widths
      : edit.kind === "rowHeights"
        ? edit.heights
        : [edit.rows, edit.columns];
  const bad = numbers.find((value) => !Number.isFinite(value) || value < 0);
  const issues: Issue[] = [];
  if (edit.kind === "columnWidths" && !/^[A-Za-z]{1,3}$/.test(edit.column))
    issues.push({ code: "edit.badRange", sheet: edit.sheet, params: { range: edit.column } });
  if (bad !== undefined)
    issues.push({
      code: "edit.badNumber",
      sheet: edit.sheet,
      params: { range: edit.kind, value: String(bad) },
    });
  return issues;
}
