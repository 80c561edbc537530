/**
 * One section of a header or footer in Excel's codes, the same in the workbook file and through Office.js: the vocabulary's
 * tokens become codes ({page} &P, {pages} &N, {sheet} &A, {date} &D) and a literal "&" is doubled.
 */

const codes: Readonly<Record<string, string>> = { page: "&P", pages: "&N", sheet: "&A", date: "&D" };

/**
 * Excel's header/footer code for one section.
 * @example headerFooterSection("Page {page} of {pages}") //=> "Page &P of &N"
 * @example headerFooterSection("Sales & forecast") //=> "Sales && forecast"
 */
export function headerFooterSection(text: string): string {
  return text
    .replace(/&/g, "&&")
    .replace(/\{(page|pages|sheet|date)\}/g, (token, name: string) => codes[name] ?? token);
}
