/**
 * The forecast assumptions: the figures that turn a customer's 12-month forecast into costs and a risk-adjusted
 * development value. Each stands in one cell of the Forecast assumptions sheet (预测假设) under a workbook-level
 * defined name (`kaw_grossMargin` …) that the customer table's formulas use, so finance changes a value once and
 * Excel recomputes every customer.
 */

export interface Assumptions {
  /** Gross margin on the account's sales, a ratio (0.25 = 25 %). */
  readonly grossMargin: number;
  /** Annual interest rate on the money tied up in inventory, a ratio. */
  readonly interestRate: number;
  /** Days of forecast cost of sales held in inventory for the account (when its inventory period is unknown). */
  readonly inventoryDays: number;
  /** Personnel cost per account per year, yuan. */
  readonly personnelCost: number;
  /** Customer visits per year. */
  readonly visitsPerYear: number;
  /** Travel cost per visit, yuan. */
  readonly costPerVisit: number;
  /** Management and operating cost as a share of forecast sales, a ratio. */
  readonly managementRate: number;
  /** Risk coefficient of priority tiers A, B and C (0 = no risk, 1 = the value is lost). */
  readonly riskA: number;
  readonly riskB: number;
  readonly riskC: number;
  /** Annual discount rate that brings next year's value to today's money, a ratio. */
  readonly discountRate: number;
  /** Development value (today's money, yuan) an account must exceed to be worth developing. */
  readonly valueThreshold: number;
}

export type AssumptionKey = keyof Assumptions;

/** The keys in the order the sheet lists them. */
export const assumptionKeys: readonly AssumptionKey[] = [
  "grossMargin",
  "interestRate",
  "inventoryDays",
  "personnelCost",
  "visitsPerYear",
  "costPerVisit",
  "managementRate",
  "riskA",
  "riskB",
  "riskC",
  "discountRate",
  "valueThreshold",
];

/** Days in the year the interest rate is quoted for (inventory interest = … × days ÷ 365 × rate). */
export const daysInYear = 365;

/** Defaults for a Chinese industrial-goods dealer; the person replaces them with the company's own figures. */
export const defaultAssumptions: Assumptions = {
  // A distributor's gross margin on industrial goods typically lies between 15 % and 30 %.
  grossMargin: 0.25,
  // The one-year Loan Prime Rate stood around 3.45–4.35 % in recent years; 4.35 % is the classic one-year rate.
  interestRate: 0.0435,
  // Two months of stock is a common holding for a dealer serving regular orders.
  inventoryDays: 60,
  // A share of a salesperson's and assistant's yearly cost spent on one key account.
  personnelCost: 30_000,
  // One visit a month keeps a key account warm (the method's customer visit).
  visitsPerYear: 12,
  // Train or flight, hotel and meals for a one- or two-day visit.
  costPerVisit: 1_500,
  // Office, administration and finance overhead allotted by sales.
  managementRate: 0.05,
  // Tier A customers are the financially healthiest: least risk; C the most.
  riskA: 0.1,
  riskB: 0.2,
  riskC: 0.35,
  // The cost of capital a dealer would ask of a one-year project: above the loan rate.
  discountRate: 0.08,
  // Any positive value is worth going after unless the company sets a higher bar.
  valueThreshold: 0,
};

/** Each key's workbook-level defined name, used by the customer table's formulas. */
export const assumptionNames: Readonly<Record<AssumptionKey, string>> = {
  grossMargin: "kaw_grossMargin",
  interestRate: "kaw_interestRate",
  inventoryDays: "kaw_inventoryDays",
  personnelCost: "kaw_personnelCost",
  visitsPerYear: "kaw_visitsPerYear",
  costPerVisit: "kaw_costPerVisit",
  managementRate: "kaw_managementRate",
  riskA: "kaw_riskA",
  riskB: "kaw_riskB",
  riskC: "kaw_riskC",
  discountRate: "kaw_discountRate",
  valueThreshold: "kaw_valueThreshold",
};

/** What a value measures: decides its number format and the unit text shown beside it. */
export type AssumptionUnit = "ratio" | "coefficient" | "yuan" | "days" | "visits";

export interface AssumptionSpec {
  readonly unit: AssumptionUnit;
  /** Inclusive bounds the sheet's validation and the reader enforce. */
  readonly min: number;
  readonly max: number;
}

const ratio: AssumptionSpec = { unit: "ratio", min: 0, max: 1 };
const coefficient: AssumptionSpec = { unit: "coefficient", min: 0, max: 1 };
// A bound well above any real figure, still refusing typos of several extra digits.
const maxYuan = 1e9;

/** Unit and bounds per key. */
export const assumptionSpecs: Readonly<Record<AssumptionKey, AssumptionSpec>> = {
  grossMargin: ratio,
  interestRate: ratio,
  // Up to two years of stock.
  inventoryDays: { unit: "days", min: 0, max: 730 },
  personnelCost: { unit: "yuan", min: 0, max: maxYuan },
  // Up to one a day.
  visitsPerYear: { unit: "visits", min: 0, max: 365 },
  costPerVisit: { unit: "yuan", min: 0, max: maxYuan },
  managementRate: ratio,
  riskA: coefficient,
  riskB: coefficient,
  riskC: coefficient,
  discountRate: ratio,
  // A company may accept a small loss on a strategic account: the bar may be negative.
  valueThreshold: { unit: "yuan", min: -maxYuan, max: maxYuan },
};

/** Number format of each unit on the sheet. */
export const unitFormats: Readonly<Record<AssumptionUnit, string>> = {
  ratio: "0.00%",
  coefficient: "0.00",
  yuan: "#,##0",
  days: "0",
  visits: "0",
};

/**
 * True when `key` names an assumption.
 * @example isAssumptionKey("grossMargin") //=> true
 */
export function isAssumptionKey(key: string): key is AssumptionKey {
  return Object.prototype.hasOwnProperty.call(assumptionNames, key);
}
