/**
 * Text for Excel, the host's one rule. Excel reads text sent through `Range.values` or `Range.formulas` as if it
 * were typed: "=SUM(A1)", "+1", "-5" and "@x" become formulas, "00123" the number 123, "TRUE" a boolean, "1/2" a
 * date — even in a cell formatted "@" for some of them (a formula still wins). The vocabulary promises text stays
 * text, so every non-empty text gets the leading apostrophe Excel keeps as the cell's prefix, not as part of its
 * text; "" stays "" (it empties the cell). Both writers use it: column blocks (`toExcelInput`) and cells edits
 * (`formulaCell`).
 * @example excelText("00123") //=> "'00123"; excelText("") //=> ""
 */
export function excelText(text: string): string {
  return text === "" ? "" : `'${text}`;
}
