/**
 * The value columns of the customer table as live formulas: each refers to the row's own earlier columns by A1
 * (so finance sees the arithmetic), to the forecast total by its sheet-qualified reference and to the assumptions
 * only by their defined names; each carries its cached value from `accountValue`, the same arithmetic.
 */
import { columnLetters } from "../../domain/address";
import type { Lang } from "../../domain/types";
import { catalog } from "../../i18n";
import type { FormulaInput } from "../../plan/edits";
import type { AccountInputs, ValueColumnKey } from "./accountValue";
import { accountValue, valueColumnKeys } from "./accountValue";
import type { Assumptions } from "./assumptions";
import { assumptionNames as n } from "./assumptions";

export { valueColumnKeys } from "./accountValue";
export type { ValueColumnKey } from "./accountValue";

/** One customer row: where its inputs stand and what they hold now. */
export interface ValueRow {
  /** 1-based sheet row of the customer. */
  readonly row: number;
  /**
   * The forecast total: a sheet-qualified reference ("'销售预测'!$N$7") or an expression that finds it (the job looks
   * the customer up by name: IFERROR(INDEX('销售预测'!$N:$N,MATCH(A5,'销售预测'!$A:$A,0)),0)).
   */
  readonly forecastRef: string;
  readonly forecastTotal: number;
  /** The customer's inventory period (days) cell, e.g. "H5", and its value when it holds a number. */
  readonly inventoryDaysRef?: string;
  readonly inventoryDays?: number;
  /** The customer's priority tier cell and its text. */
  readonly tierRef?: string;
  readonly tier?: string;
  /** The customer's own risk coefficient cell and its value when it holds a number. */
  readonly riskRef?: string;
  readonly risk?: number;
}

export interface ValueLayout {
  /** 1-based column of the first value column (forecastSales); the others follow in `valueColumnKeys` order. */
  readonly firstColumn: number;
}

/** Number format of each value column (null: text). */
export const valueColumnFormats: Readonly<Record<ValueColumnKey, string | null>> = {
  forecastSales: "#,##0",
  forecastProfit: "#,##0",
  inventoryInterest: "#,##0",
  personnelCost: "#,##0",
  travelCost: "#,##0",
  managementCost: "#,##0",
  riskCoefficient: "0.00",
  developmentValue: "#,##0",
  worthDeveloping: null,
};

/** Excel text literal: quotes doubled. */
const literal = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** The tier's named coefficient: A, B, else C. */
function tierFormula(tierRef: string | undefined): string {
  if (tierRef === undefined) return n.riskC;
  return `IF(${tierRef}="A",${n.riskA},IF(${tierRef}="B",${n.riskB},${n.riskC}))`;
}

/**
 * The formula texts of one row (without "="), for value columns from `firstColumn`.
 * @example rowFormulas({ row: 5, forecastRef: "'销售预测'!$N$3", forecastTotal: 0 }, 11, "是", "否").developmentValue
 *   //=> "(L5-M5-N5-O5-P5)*(1-Q5)"
 */
export function rowFormulas(
  row: ValueRow,
  firstColumn: number,
  yes: string,
  no: string,
): Record<ValueColumnKey, string> {
  const at = (key: ValueColumnKey): string =>
    `${columnLetters(firstColumn + valueColumnKeys.indexOf(key))}${row.row}`;
  const sales = at("forecastSales");
  const days =
    row.inventoryDaysRef === undefined
      ? n.inventoryDays
      : `IF(ISNUMBER(${row.inventoryDaysRef}),${row.inventoryDaysRef},${n.inventoryDays})`;
  const tier = tierFormula(row.tierRef);
  const r = row.riskRef;
  return {
    forecastSales: row.forecastRef,
    forecastProfit: `${sales}*${n.grossMargin}`,
    inventoryInterest: `${sales}*(1-${n.grossMargin})*${days}/365*${n.interestRate}`,
    personnelCost: n.personnelCost,
    travelCost: `${n.visitsPerYear}*${n.costPerVisit}`,
    managementCost: `${sales}*${n.managementRate}`,
    // IF evaluates only the branch taken: the bounds are compared for numbers only, so text never errs.
    riskCoefficient:
      r === undefined ? tier : `IF(ISNUMBER(${r}),IF(AND(${r}>=0,${r}<=1),${r},${tier}),${tier})`,
    developmentValue: `(${at("forecastProfit")}-${at("inventoryInterest")}-${at("personnelCost")}-${at("travelCost")}-${at("managementCost")})*(1-${at("riskCoefficient")})`,
    worthDeveloping: `IF(${at("developmentValue")}/(1+${n.discountRate})>${n.valueThreshold},${literal(yes)},${literal(no)})`,
  };
}

/** The inputs `accountValue` needs, taken from a row (values only where their cell is referenced). */
function inputsOf(row: ValueRow): AccountInputs {
  return {
    forecastTotal: row.forecastTotal,
    ...(row.inventoryDaysRef !== undefined && row.inventoryDays !== undefined
      ? { inventoryDays: row.inventoryDays }
      : {}),
    ...(row.tierRef !== undefined && row.tier !== undefined ? { tier: row.tier } : {}),
    ...(row.riskRef !== undefined && row.risk !== undefined ? { risk: row.risk } : {}),
  };
}

/**
 * Each value column's formulas with their cached values, one per row in order.
 * @example valueRows([{ row: 5, forecastRef: "'销售预测'!$N$3", forecastTotal: 1200000 }], defaultAssumptions, "zh-CN", { firstColumn: 11 })
 *   //=> { forecastSales: [{ formula: "'销售预测'!$N$3", value: 1200000 }], forecastProfit: [{ formula: "K5*kaw_grossMargin", value: 300000 }], … }
 */
export function valueRows(
  rows: readonly ValueRow[],
  a: Assumptions,
  lang: Lang,
  layout: ValueLayout,
): Record<ValueColumnKey, FormulaInput[]> {
  const texts = catalog(lang).forecast;
  const out = Object.fromEntries(valueColumnKeys.map((key) => [key, [] as FormulaInput[]])) as Record<
    ValueColumnKey,
    FormulaInput[]
  >;
  for (const row of rows) {
    const formulas = rowFormulas(row, layout.firstColumn, texts.yes, texts.no);
    const value = accountValue(inputsOf(row), a);
    for (const key of valueColumnKeys) {
      const cached = key === "worthDeveloping" ? (value[key] ? texts.yes : texts.no) : value[key];
      out[key].push({ formula: formulas[key], value: cached });
    }
  }
  return out;
}
