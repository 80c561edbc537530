import type { CompareOperator, ConditionalFormatEdit, ValidationEdit } from "../../../plan/edits";
import { queueConditionalStyle } from "./queueStyle";

type ValidationOperator = `${Excel.DataValidationOperator}`;
type ConditionalOperator = `${Excel.ConditionalCellValueOperator}`;

/** The vocabulary's operators in data validation's spelling ("...OrEqualTo") and conditional formats' ("...OrEqual"). */
const operators: Record<CompareOperator, readonly [ValidationOperator, ConditionalOperator]> = {
  between: ["Between", "Between"],
  notBetween: ["NotBetween", "NotBetween"],
  equal: ["EqualTo", "EqualTo"],
  notEqual: ["NotEqualTo", "NotEqualTo"],
  greaterThan: ["GreaterThan", "GreaterThan"],
  lessThan: ["LessThan", "LessThan"],
  greaterThanOrEqual: ["GreaterThanOrEqualTo", "GreaterThanOrEqual"],
  lessThanOrEqual: ["LessThanOrEqualTo", "LessThanOrEqual"],
};

/** The Office.js rule object (ExcelApi 1.8) of a validation rule. */
export function validationRule(rule: ValidationEdit["rule"]): Excel.DataValidationRule {
  switch (rule.type) {
    case "list":
      return {
        list: { inCellDropDown: true, source: "values" in rule ? rule.values.join(",") : `=${rule.source}` },
      };
    case "custom":
      return { custom: { formula: `=${rule.formula}` } };
    case "date": {
      // A date operand is a formula or an ISO date; the serial as a formula is the same day without a time zone.
      const operand = { formula1: `=${rule.min}`, operator: operators[rule.operator][0] };
      return { date: rule.max === undefined ? operand : { ...operand, formula2: `=${rule.max}` } };
    }
    case "whole":
    case "decimal": {
      const operand = { formula1: rule.min, operator: operators[rule.operator][0] };
      const basic = rule.max === undefined ? operand : { ...operand, formula2: rule.max };
      return rule.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
    }
  }
}

const alertStyles = { stop: "Stop", warning: "Warning", information: "Information" } as const;

/** Queue a validation: the range's old rule cleared first (Excel refuses a rule over a different one). */
export function queueValidation(sheet: Excel.Worksheet, edit: ValidationEdit): void {
  const validation = sheet.getRange(edit.range).dataValidation;
  validation.clear();
  validation.ignoreBlanks = edit.allowBlank ?? true;
  validation.rule = validationRule(edit.rule);
  if (edit.prompt) validation.prompt = { showPrompt: true, ...edit.prompt };
  if (edit.error) {
    const { title, message, style = "stop" } = edit.error;
    validation.errorAlert = { showAlert: true, style: alertStyles[style], title, message };
  }
}

/** Queue a conditional format (ExcelApi 1.6): cell value, formula, data bar or colour scale. */
export function queueConditionalFormat(sheet: Excel.Worksheet, edit: ConditionalFormatEdit): void {
  const formats = sheet.getRange(edit.range).conditionalFormats;
  const rule = edit.rule;
  switch (rule.type) {
    case "cellValue": {
      const cellValue = formats.add("CellValue").cellValue;
      queueConditionalStyle(cellValue.format, rule.style);
      const operand = { formula1: `=${rule.formula1}`, operator: operators[rule.operator][1] };
      cellValue.rule = rule.formula2 === undefined ? operand : { ...operand, formula2: `=${rule.formula2}` };
      return;
    }
    case "formula": {
      const custom = formats.add("Custom").custom;
      custom.rule.formula = `=${rule.formula}`;
      queueConditionalStyle(custom.format, rule.style);
      return;
    }
    case "dataBar":
      formats.add("DataBar").dataBar.positiveFormat.fillColor = `#${rule.color}`;
      return;
    case "colorScale": {
      const criteria: Excel.ConditionalColorScaleCriteria = {
        minimum: { type: "LowestValue", color: `#${rule.min}` },
        maximum: { type: "HighestValue", color: `#${rule.max}` },
      };
      if (rule.mid) criteria.midpoint = { type: "Percentile", formula: "50", color: `#${rule.mid}` };
      formats.add("ColorScale").colorScale.criteria = criteria;
      return;
    }
  }
}
