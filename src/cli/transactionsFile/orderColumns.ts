/**
 * The order-line fields of a CSV or Parquet file's columns, matched by the sheet engine's header names (txFieldOf),
 * and the SQL that turns a column into the text the aggregation reads.
 */
import type { TxField } from "../../domain/transactions/txColumns";
import { missingTxFields, txFieldOf, txFields } from "../../domain/transactions/txColumns";

/** A column of the file as DuckDB describes it. */
export interface FileColumn {
  readonly name: string;
  readonly type: string;
}

/** The input columns of aggregate.sql's order_lines, by field. */
export const orderLineColumns: Readonly<Record<TxField, string>> = {
  date: "date_text",
  customer: "customer",
  sku: "sku",
  product: "product",
  quantity: "quantity_text",
  unitPrice: "unit_price_text",
  amount: "amount_text",
};

/** A SQL identifier in double quotes. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A SQL string literal. */
export function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * The column of each field: the first whose header names it (like the sheet engine's header row).
 * @example fieldColumns([{ name: "订单日期", type: "VARCHAR" }, { name: "Qty", type: "VARCHAR" }])
 * //=> { date: { name: "订单日期", … }, quantity: { name: "Qty", … } }
 */
export function fieldColumns(columns: readonly FileColumn[]): Partial<Record<TxField, FileColumn>> {
  const found: Partial<Record<TxField, FileColumn>> = {};
  for (const column of columns) {
    const field = txFieldOf(column.name);
    if (field !== null && found[field] === undefined) found[field] = column;
  }
  return found;
}

/** The required fields without a column (the sheet engine's rule): date, customer, amount or quantity + price. */
export function missingFields(found: Partial<Record<TxField, FileColumn>>): TxField[] {
  const at: Partial<Record<TxField, number>> = {};
  txFields.forEach((field, i) => {
    if (found[field] !== undefined) at[field] = i + 1;
  });
  return missingTxFields("", at).map((issue) => issue.field as TxField);
}

/**
 * The text a typed (Parquet) column gives, as the sheet engine would see the cell: dates and timestamps as
 * yyyy-mm-dd (the same day as the date cell's serial), numbers as JS prints them (whole numbers without ".0",
 * decimals and floats through DOUBLE), booleans as TRUE/FALSE.
 * @example columnText({ name: "d", type: "DATE" }) //=> `CAST("d" AS VARCHAR)`
 */
export function columnText(column: FileColumn): string {
  const c = quoteIdentifier(column.name);
  const type = column.type.toUpperCase();
  if (type === "DATE") return `CAST(${c} AS VARCHAR)`;
  if (type.startsWith("TIMESTAMP")) return `CAST(CAST(${c} AS DATE) AS VARCHAR)`;
  if (type === "BOOLEAN") return `CASE WHEN ${c} IS NULL THEN NULL WHEN ${c} THEN 'TRUE' ELSE 'FALSE' END`;
  if (type === "DOUBLE" || type === "FLOAT" || type.startsWith("DECIMAL")) {
    const x = `CAST(${c} AS DOUBLE)`;
    return `CASE WHEN ${x} = trunc(${x}) AND abs(${x}) < 1e18 THEN CAST(CAST(${x} AS BIGINT) AS VARCHAR) ELSE CAST(${x} AS VARCHAR) END`;
  }
  return type === "VARCHAR" ? c : `CAST(${c} AS VARCHAR)`;
}

/** The SELECT list of order_lines' seven text columns (NULL for a field without a column). */
export function orderLineSelect(found: Partial<Record<TxField, FileColumn>>, typed: boolean): string {
  return txFields
    .map((field) => {
      const column = found[field];
      const text =
        column === undefined
          ? "CAST(NULL AS VARCHAR)"
          : typed
            ? columnText(column)
            : quoteIdentifier(column.name);
      return `${text} AS ${orderLineColumns[field]}`;
    })
    .join(", ");
}
