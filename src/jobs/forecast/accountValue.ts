/**
 * The risk-adjusted development value of one account, computed the way the customer table's formulas compute it:
 * the same operations in the same order, so a formula's cached value is exactly what Excel recomputes.
 */
import type { Assumptions } from "./assumptions";
import { daysInYear } from "./assumptions";

/** The value columns appended to the customer table, in order. */
export const valueColumnKeys = [
  "forecastSales",
  "forecastProfit",
  "inventoryInterest",
  "personnelCost",
  "travelCost",
  "managementCost",
  "riskCoefficient",
  "developmentValue",
  "worthDeveloping",
] as const;

export type ValueColumnKey = (typeof valueColumnKeys)[number];

/** One account's inputs beside the assumptions. */
export interface AccountInputs {
  /** The 12-month forecast total, yuan. */
  readonly forecastTotal: number;
  /** The customer's inventory period (days), when its cell holds a number. */
  readonly inventoryDays?: number;
  /** The customer's priority tier cell ("A", "B", "C" …), when it holds text. */
  readonly tier?: string;
  /** The customer's own risk coefficient cell, when it holds a number. */
  readonly risk?: number;
}

/** Every value column of one account; `worthDeveloping` as a truth value. */
export interface AccountValue {
  readonly forecastSales: number;
  readonly forecastProfit: number;
  readonly inventoryInterest: number;
  readonly personnelCost: number;
  readonly travelCost: number;
  readonly managementCost: number;
  readonly riskCoefficient: number;
  readonly developmentValue: number;
  readonly worthDeveloping: boolean;
}

/**
 * The risk coefficient: the account's own when it is a number in [0, 1], else its tier's (A, B; Excel's "=" is
 * case-insensitive, so "a" counts as A), else tier C's.
 * @example riskCoefficient({ forecastTotal: 0, tier: "B" }, defaultAssumptions) //=> 0.2
 * @example riskCoefficient({ forecastTotal: 0, tier: "B", risk: 0.5 }, defaultAssumptions) //=> 0.5
 */
export function riskCoefficient(inputs: AccountInputs, a: Assumptions): number {
  const own = inputs.risk;
  if (own !== undefined && Number.isFinite(own) && own >= 0 && own <= 1) return own;
  const tier = inputs.tier?.toUpperCase();
  return tier === "A" ? a.riskA : tier === "B" ? a.riskB : a.riskC;
}

/**
 * The risk-adjusted development value.
 * Formula: (profit − interest − personnel − travel − management) × (1 − risk)
 * @example developmentValue({ forecastProfit: 300000, inventoryInterest: 6000, personnelCost: 30000, travelCost: 18000, managementCost: 60000, riskCoefficient: 0.1 })
 *   //=> 167400
 */
export function developmentValue(
  v: Pick<
    AccountValue,
    | "forecastProfit"
    | "inventoryInterest"
    | "personnelCost"
    | "travelCost"
    | "managementCost"
    | "riskCoefficient"
  >,
): number {
  return (
    (v.forecastProfit - v.inventoryInterest - v.personnelCost - v.travelCost - v.managementCost) *
    (1 - v.riskCoefficient)
  );
}

/**
 * Worth developing: the value, earned over the coming year, discounted to today's money, above the threshold.
 * Formula: value ÷ (1 + discount rate) > threshold
 * @example worthDeveloping(108, { ...defaultAssumptions, discountRate: 0.08, valueThreshold: 99 }) //=> true
 */
export function worthDeveloping(value: number, a: Assumptions): boolean {
  return value / (1 + a.discountRate) > a.valueThreshold;
}

/**
 * Every value column of one account.
 * Formulas: profit = sales × margin; interest = sales × (1 − margin) × days ÷ 365 × rate; personnel; travel =
 * visits × cost per visit; management = sales × rate; then `riskCoefficient`, `developmentValue`, `worthDeveloping`.
 * @example accountValue({ forecastTotal: 1200000, tier: "A" }, defaultAssumptions).developmentValue
 *   //=> 167007.94520547945 ((300000 − 6435.62 − 30000 − 18000 − 60000) × 0.9)
 */
export function accountValue(inputs: AccountInputs, a: Assumptions): AccountValue {
  const sales = inputs.forecastTotal;
  const days =
    inputs.inventoryDays !== undefined && Number.isFinite(inputs.inventoryDays)
      ? inputs.inventoryDays
      : a.inventoryDays;
  const parts = {
    forecastProfit: sales * a.grossMargin,
    inventoryInterest: ((sales * (1 - a.grossMargin) * days) / daysInYear) * a.interestRate,
    personnelCost: a.personnelCost,
    travelCost: a.visitsPerYear * a.costPerVisit,
    managementCost: sales * a.managementRate,
    riskCoefficient: riskCoefficient(inputs, a),
  };
  const value = developmentValue(parts);
  return {
    forecastSales: sales,
    ...parts,
    developmentValue: value,
    worthDeveloping: worthDeveloping(value, a),
  };
}
