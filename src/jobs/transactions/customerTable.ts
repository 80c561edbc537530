/**
 * The customer table the transactions job appends its columns to: the header row with a customer-name column
 * (within the first 20 rows), its data rows, the last column other content reaches, and the customers' annual
 * category purchases (同类产品年采购额) when the sheet has them.
 */
import { cellText } from "../../domain/cellText";
import { headerKey, matchHeader } from "../../domain/fields";
import { headerUnit } from "../../domain/mapHeaders";
import { splitRows } from "../../domain/dataRows";
import type { IgnoredSpan } from "../../domain/dataRows";
import { headerSearchRows } from "../../domain/source";
import type { ColumnSpan } from "../../domain/source";
import type { Grid, Issue } from "../../domain/types";
import { defaultUnit, findUnitLine } from "../../domain/units";
import type { Unit } from "../../domain/units";

/** Headers of the customers' annual purchases of our category. */
export const categoryPurchaseNames: readonly string[] = [
  "同类产品年采购额",
  "同类产品采购额",
  "年采购额",
  "同类采购额",
  "Category purchases (annual)",
  "Category purchases",
  "Annual category purchases",
  "Annual purchases",
];

const categoryKeys = new Set(categoryPurchaseNames.map(headerKey));
const trailingBrackets = /^(.*?)\s*[([（【]([^()[\]（）【】]*)[)\]）】]$/;

/** A header that names the category purchases (a unit in brackets allowed). */
export function isCategoryPurchases(text: string): boolean {
  const flat = text.normalize("NFKC").trim();
  if (categoryKeys.has(headerKey(flat))) return true;
  const name = trailingBrackets.exec(flat)?.[1];
  return name !== undefined && categoryKeys.has(headerKey(name));
}

export interface CustomerTable {
  readonly sheet: string;
  readonly headerRow: number;
  /** 1-based column of the customer names. */
  readonly nameColumn: number;
  /** 1-based rows of the customers. */
  readonly dataRows: readonly number[];
  /** 1-based column of the last non-empty header cell outside the job's own block. */
  readonly lastColumn: number;
  /** The category purchases column and its unit, when present. */
  readonly purchases?: { readonly column: number; readonly unit: Unit };
}

function headerRowIndex(grid: Grid, span: IgnoredSpan): number | null {
  for (let r = 0; r < Math.min(headerSearchRows, grid.values.length); r += 1) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < row.length; c += 1) {
      if (c >= span.from && c <= span.to) continue;
      const value = row[c];
      if (typeof value === "string" && matchHeader(value)?.field === "customerName") return r;
    }
  }
  return null;
}

/**
 * Find the customer table; `own` is the job's earlier block (never read as source).
 * @example findCustomerTable({ sheet: "客户", top: 0, left: 0, values: [["客户名称", "同类产品年采购额"], ["甲", 500]] })
 * //=> { ok: true, table: { headerRow: 1, nameColumn: 1, dataRows: [2], lastColumn: 2, purchases: { column: 2, … } } }
 */
export function findCustomerTable(
  grid: Grid,
  own?: ColumnSpan,
): { ok: true; table: CustomerTable } | { ok: false; issues: Issue[] } {
  const span: IgnoredSpan = own
    ? { from: own.first - grid.left - 1, to: own.last - grid.left - 1 }
    : { from: -1, to: -1 };
  const index = headerRowIndex(grid, span);
  if (index === null)
    return { ok: false, issues: [{ code: "transactions.noCustomerTable", sheet: grid.sheet }] };
  const row = grid.values[index] ?? [];
  let nameColumn = 0;
  let lastColumn = 0;
  let purchases: CustomerTable["purchases"];
  let sheetUnit: Unit | null = null;
  for (let r = 0; r < index && sheetUnit === null; r += 1)
    for (const value of grid.values[r] ?? [])
      if (typeof value === "string") sheetUnit ??= findUnitLine(value);
  for (let c = 0; c < row.length; c += 1) {
    if (c >= span.from && c <= span.to) continue;
    const text = cellText(row[c]);
    if (text === "") continue;
    const column = grid.left + c + 1;
    lastColumn = column;
    if (nameColumn === 0 && matchHeader(text)?.field === "customerName") nameColumn = column;
    if (purchases === undefined && isCategoryPurchases(text))
      purchases = { column, unit: headerUnit(text) ?? sheetUnit ?? defaultUnit };
  }
  const { dataRows } = splitRows(grid.values, index, grid.top, nameColumn - grid.left - 1, span);
  return {
    ok: true,
    table: {
      sheet: grid.sheet,
      headerRow: grid.top + index + 1,
      nameColumn,
      dataRows,
      lastColumn,
      ...(purchases ? { purchases } : {}),
    },
  };
}
