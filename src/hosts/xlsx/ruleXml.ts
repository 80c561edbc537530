import type { ConditionalStyle } from "../../plan/cellStyle";
import type { ConditionalFormatEdit, ValidationEdit } from "../../plan/edits";
import { argb } from "./styleXml";
import { XlsxError } from "./xlsxError";
import { escapeXml } from "./xmlText";

/** Excel refuses an inline list longer than this (the items joined by commas, without the quotes). */
export const maxInlineListChars = 255;

/**
 * `formula1` of an inline list: the items in double quotes, joined by commas, a quote inside an item doubled.
 * Excel has no escape for a comma inside an item, so such an item (or a list past 255 characters) is refused.
 * @example inlineListFormula(["North", 'Say "hi"']) //=> '"North,Say ""hi"""'
 */
export function inlineListFormula(values: readonly string[]): string {
  const comma = values.find((value) => value.includes(","));
  if (comma !== undefined)
    throw new XlsxError(
      "xlsx.badEdit",
      `validation list item "${comma}" contains a comma, which Excel cannot hold`,
    );
  const joined = values.join(",");
  if (joined.length > maxInlineListChars)
    throw new XlsxError(
      "xlsx.badEdit",
      `validation list is ${joined.length} characters; Excel allows ${maxInlineListChars} (use a range source)`,
    );
  return `"${joined.replace(/"/g, '""')}"`;
}

function formulas(edit: ValidationEdit): { type: string; operator?: string; f1: string; f2?: string } {
  const rule = edit.rule;
  if (rule.type === "list")
    return { type: "list", f1: "values" in rule ? inlineListFormula(rule.values) : rule.source };
  if (rule.type === "custom") return { type: "custom", f1: rule.formula };
  const two = rule.operator === "between" || rule.operator === "notBetween";
  if (two && rule.max === undefined)
    throw new XlsxError("xlsx.badEdit", `validation on ${edit.range}: "${rule.operator}" needs a max`);
  return {
    type: rule.type,
    operator: rule.operator,
    f1: String(rule.min),
    ...(two ? { f2: String(rule.max) } : {}),
  };
}

/** One `<dataValidation>`; the error alert is always on (Excel's default for a new rule). */
export function validationXml(edit: ValidationEdit, p: string): string {
  const { type, operator, f1, f2 } = formulas(edit);
  const a = (name: string, value: string | undefined): string =>
    value === undefined ? "" : ` ${name}="${escapeXml(value)}"`;
  const attrs = [
    a("type", type),
    a("errorStyle", edit.error?.style === "stop" ? undefined : edit.error?.style),
    a("operator", operator),
    edit.allowBlank === false ? "" : ' allowBlank="1"',
    edit.prompt ? ' showInputMessage="1"' : "",
    ' showErrorMessage="1"',
    a("errorTitle", edit.error?.title),
    a("error", edit.error?.message),
    a("promptTitle", edit.prompt?.title),
    a("prompt", edit.prompt?.message),
    a("sqref", edit.range),
  ].join("");
  const second = f2 === undefined ? "" : `<${p}formula2>${escapeXml(f2)}</${p}formula2>`;
  return `<${p}dataValidation${attrs}><${p}formula1>${escapeXml(f1)}</${p}formula1>${second}</${p}dataValidation>`;
}

/** One `<conditionalFormatting>` block holding one rule with the given priority (unique within the sheet). */
export function conditionalXml(
  edit: ConditionalFormatEdit,
  priority: number,
  dxf: (style: ConditionalStyle) => number,
  p: string,
): string {
  const rule = edit.rule;
  const f = (text: string): string => `<${p}formula>${escapeXml(text)}</${p}formula>`;
  const cfvo = (type: string, val?: string): string =>
    `<${p}cfvo type="${type}"${val === undefined ? "" : ` val="${val}"`}/>`;
  const color = (rgb: string): string => `<${p}color rgb="${argb(rgb)}"/>`;
  let body: string;
  if (rule.type === "cellValue") {
    const second = rule.formula2 === undefined ? "" : f(rule.formula2);
    body = `<${p}cfRule type="cellIs" dxfId="${dxf(rule.style)}" priority="${priority}" operator="${rule.operator}">${f(rule.formula1)}${second}</${p}cfRule>`;
  } else if (rule.type === "formula") {
    body = `<${p}cfRule type="expression" dxfId="${dxf(rule.style)}" priority="${priority}">${f(rule.formula)}</${p}cfRule>`;
  } else if (rule.type === "dataBar") {
    body = `<${p}cfRule type="dataBar" priority="${priority}"><${p}dataBar>${cfvo("min")}${cfvo("max")}${color(rule.color)}</${p}dataBar></${p}cfRule>`;
  } else {
    const mid = rule.mid === undefined ? [] : [[cfvo("percentile", "50"), color(rule.mid)]];
    const points = [[cfvo("min"), color(rule.min)], ...mid, [cfvo("max"), color(rule.max)]];
    const scale = points.map(([v]) => v).join("") + points.map(([, c]) => c).join("");
    body = `<${p}cfRule type="colorScale" priority="${priority}"><${p}colorScale>${scale}</${p}colorScale></${p}cfRule>`;
  }
  return `<${p}conditionalFormatting sqref="${escapeXml(edit.range)}">${body}</${p}conditionalFormatting>`;
}
