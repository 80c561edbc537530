/** A new table part for a `table` edit, with a workbook-wide unique id and name. */
import type { TableEdit } from "../../plan/edits";
import type { CellRect } from "../../plan/sheetSnapshot";
import { formatRange, parseRange } from "./cellRef";
import type { PartStage } from "./partStage";
import { contentTypes } from "./partTypes";
import { definedNames } from "./workbookPart";
import { XlsxError } from "./xlsxError";
import { allTags } from "./xmlTags";
import { attr, encodeOoxmlText, escapeXml } from "./xmlText";

const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Ids and lower-case names of every table part of the package (staged ones included). */
export function tablesInUse(stage: PartStage): { ids: Set<number>; names: Set<string> } {
  const ids = new Set<number>();
  const names = new Set<string>();
  for (const [part, type] of stage.overrides()) {
    if (type !== contentTypes.table || !stage.has(part)) continue;
    const root = allTags(stage.text(part))[0];
    if (!root) continue;
    ids.add(Number(attr(root.text, "id")) || 0);
    for (const key of ["name", "displayName"]) names.add((attr(root.text, key) ?? "").toLowerCase());
  }
  return { ids, names };
}

/**
 * The text of a table part: `<table id name displayName ref>` with `<autoFilter>`, one `<tableColumn>` per header
 * and `<tableStyleInfo>`. Refuses a name already used by a table or a defined name (one namespace, any case) and
 * headers that are empty or repeat (Excel would repair the file).
 */
export function newTableXml(
  edit: TableEdit,
  headers: readonly string[],
  stage: PartStage,
  workbookXml: string,
): string {
  const rect = parseRange(edit.range);
  if (!rect || rect.bottom <= rect.top)
    throw new XlsxError(
      "xlsx.badEdit",
      `table ${edit.name} needs a header row and a data row: ${edit.range}`,
    );
  const used = tablesInUse(stage);
  const key = edit.name.toLowerCase();
  const nameTaken = definedNames(workbookXml).some(
    ({ tag }) => (attr(tag.text, "name") ?? "").toLowerCase() === key,
  );
  if (used.names.has(key) || nameTaken || !/^[A-Za-z_\\][\w.\\]*$/.test(edit.name))
    throw new XlsxError("xlsx.badEdit", `table name "${edit.name}" is invalid or already in use`);
  checkHeaders(edit.name, headers, rect);
  const id = Math.max(0, ...used.ids) + 1;
  return tableXml(edit, id, rect, headers);
}

function checkHeaders(table: string, headers: readonly string[], rect: CellRect): void {
  const seen = new Set<string>();
  if (headers.length !== rect.right - rect.left + 1)
    throw new XlsxError("xlsx.tableColumnName", `table ${table} needs one header per column`);
  for (const header of headers) {
    const key = header.toLowerCase();
    if (!header || seen.has(key))
      throw new XlsxError(
        "xlsx.tableColumnName",
        `table ${table} has an empty or repeated header "${header}"`,
      );
    seen.add(key);
  }
}

function tableXml(edit: TableEdit, id: number, rect: CellRect, headers: readonly string[]): string {
  const ref = formatRange(rect);
  const name = escapeXml(edit.name);
  const columns = headers.map(
    (header, i) => `<tableColumn id="${i + 1}" name="${encodeOoxmlText(header)}"/>`,
  );
  const stripes = edit.showRowStripes === false ? "0" : "1";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${main}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${headers.length}">${columns.join("")}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(edit.style ?? "TableStyleMedium2")}" showFirstColumn="0" ` +
    `showLastColumn="0" showRowStripes="${stripes}" showColumnStripes="0"/></table>`
  );
}
