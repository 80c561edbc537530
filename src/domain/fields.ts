/**
 * Header recognition: the names real balance sheets and income statements give each canonical field.
 */
import type { FieldKey } from "./fieldKeys";
import type { Unit } from "./units";
import { parseUnit } from "./units";
import { closingForms, openingForms, periodForms } from "./fieldForms";

export { fieldKeys } from "./fieldKeys";

/** Fields a ratio run cannot do without; customer name/ID and opening balances are optional. */
export const requiredFields: readonly FieldKey[] = [
  "currentAssets",
  "currentLiabilities",
  "totalAssets",
  "revenue",
  "costOfSales",
  "netProfit",
  "accountsReceivable",
  "inventory",
];

const totalAssets = ["资产总计", "资产总额", "总资产", "资产合计", "资产总值", "Total assets"];
const receivables = [
  "应收账款",
  "应收账款净额",
  "应收账款余额",
  "Accounts receivable",
  "Accounts receivable, net",
  "Trade receivables",
];
const inventory = ["存货", "存货净额", "存货余额", "库存", "Inventory", "Inventories", "Inventory, net"];
const currentAssets = [
  "流动资产",
  "流动资产合计",
  "流动资产总计",
  "流动资产总额",
  "Total current assets",
  "Current assets",
];
const currentLiabilities = [
  "流动负债",
  "流动负债合计",
  "流动负债总计",
  "流动负债总额",
  "Total current liabilities",
  "Current liabilities",
];
const revenue = [
  "营业收入",
  "营业总收入",
  "主营业务收入",
  "销售收入",
  "销售额",
  "营业收入合计",
  "Revenue",
  "Revenues",
  "Total revenue",
  "Total revenues",
  "Operating revenue",
  "Sales revenue",
  "Net sales",
  "Sales",
  "Turnover",
];
const costOfSales = [
  "营业成本",
  "销售成本",
  "主营业务成本",
  "Cost of sales",
  "Cost of goods sold",
  "COGS",
  "Cost of revenue",
  "Cost of revenues",
  "Costs of sales",
];
const netProfit = [
  "净利润",
  "净利",
  "Net income",
  "Net profit",
  "Profit for the year",
  "Net earnings",
  "Profit after tax",
  "Net profit (loss)",
  "Net income (loss)",
];

/** Every name recognised for each field, English and Chinese; matching ignores case, width and spacing. */
export const fieldSynonyms: Readonly<Record<FieldKey, readonly string[]>> = {
  customerName: [
    "客户名称",
    "客户",
    "客户全称",
    "客户名",
    "公司名称",
    "企业名称",
    "Customer",
    "Customer name",
    "Company name",
  ],
  customerId: [
    "客户编号",
    "客户代码",
    "客户编码",
    "客户号",
    "客户ID",
    "Customer ID",
    "Customer code",
    "Customer no.",
    "Customer number",
    "Customer #",
  ],
  currentAssets: [...currentAssets, ...closingForms(currentAssets)],
  currentLiabilities: [...currentLiabilities, ...closingForms(currentLiabilities)],
  totalAssets: [...totalAssets, ...closingForms(totalAssets)],
  totalAssetsOpening: openingForms(totalAssets),
  revenue: [...revenue, ...periodForms(revenue)],
  costOfSales: [...costOfSales, ...periodForms(costOfSales)],
  netProfit: [...netProfit, ...periodForms(netProfit)],
  accountsReceivable: [...receivables, ...closingForms(receivables)],
  accountsReceivableOpening: openingForms(receivables),
  inventory: [...inventory, ...closingForms(inventory)],
  inventoryOpening: openingForms(inventory),
};

/** The comparison form of a header: NFKC (full-width → half-width), lower case, no spaces or light punctuation. */
export function headerKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s.,:'’_-]/g, "");
}

const fieldByKey: ReadonlyMap<string, FieldKey> = (() => {
  const map = new Map<string, FieldKey>();
  for (const [field, names] of Object.entries(fieldSynonyms) as [FieldKey, readonly string[]][]) {
    for (const name of names) if (!map.has(headerKey(name))) map.set(headerKey(name), field);
  }
  return map;
})();

// A unit after the name: "净利润（万元）", "Revenue (USD thousands)", "Revenue, in millions", "营业收入/万元".
const unitInBrackets = /^(.*?)\s*[([【]([^()[\]【】]*)[)\]】]$/;
const unitAfterComma = /^(.*?)\s*[,/]\s*([^,/]+)$/;

/**
 * The canonical field a header names, with the unit written in its brackets (null when none).
 * The whole header is tried first, so "Total assets (opening)" is a name, not a unit.
 * @example matchHeader("净利润（万元）") //=> { field: "netProfit", unit: { scale: 10000, label: "万元" } }
 * @example matchHeader("Revenue, in millions") //=> { field: "revenue", unit: { scale: 1000000, label: "millions" } }
 * @example matchHeader("备注") //=> null
 */
export function matchHeader(text: string): { field: FieldKey; unit: Unit | null } | null {
  const flat = text.normalize("NFKC").replace(/\s+/g, " ").trim();
  const whole = fieldByKey.get(headerKey(flat));
  if (whole !== undefined) return { field: whole, unit: null };
  for (const pattern of [unitInBrackets, unitAfterComma]) {
    const [, name, unitText] = pattern.exec(flat) ?? [];
    if (name === undefined || unitText === undefined) continue;
    const field = fieldByKey.get(headerKey(name));
    const unit = parseUnit(unitText);
    if (field !== undefined && unit !== null) return { field, unit };
  }
  return null;
}
