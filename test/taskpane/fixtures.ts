import type { CellValue } from "../../src/domain/types";
import type { FieldKey } from "../../src/domain/fieldKeys";
import type { FieldMapping, SourceLayout } from "../../src/domain/source";

type Rows = (readonly CellValue[])[];

const zhHeaders = [
  "客户编号",
  "客户名称",
  "流动资产合计",
  "流动负债合计",
  "资产总计",
  "营业收入",
  "营业成本",
  "净利润(元)",
  "应收账款",
  "存货",
];

/** 客户财务: title, unit line, header row 3, then 40 customers in rows 4–43 (K001…K040). */
function customerFinance(): Rows {
  const rows: Rows = [["2025 年度客户财务数据"], ["单位：万元"], zhHeaders];
  for (let i = 1; i <= 40; i++) {
    rows.push([
      `K${String(i).padStart(3, "0")}`,
      `客户${i}`,
      1000 + i,
      800,
      3000,
      5000,
      3800,
      2500000,
      600,
      450,
    ]);
  }
  return rows;
}

const customers: Rows = [
  [
    "Customer",
    "Current assets",
    "Current liabilities",
    "Total assets",
    "Revenue",
    "Net profit",
    "Accounts receivable",
    "Inventory",
    "COGS 2025",
  ],
  ["Harbor Tools Ltd", 1200, 800, 3000, 5000, 250, 600, 450, 3800],
];

/** The workbook every panel test starts from; 客户财务 is the active sheet. */
export function sampleSheets(): Record<string, Rows> {
  return {
    客户财务: customerFinance(),
    Customers: customers,
    Notes: [["Visit plan for Monday"], ["Call Harbor Tools"]],
    Empty: [],
  };
}

const wan = { scale: 10000, label: "万元" };
const yuan = { scale: 1, label: "元" };

function mapped(field: FieldKey, column: number, header: string, fromHeader = false): FieldMapping {
  return {
    field,
    column,
    header,
    unit: fromHeader ? yuan : wan,
    unitFrom: fromHeader ? "header" : "sheet",
    auto: true,
  };
}

const zhFields: readonly FieldKey[] = [
  "customerId",
  "customerName",
  "currentAssets",
  "currentLiabilities",
  "totalAssets",
  "revenue",
  "costOfSales",
  "netProfit",
  "accountsReceivable",
  "inventory",
];

/**
 * The layouts a correct detector finds in the sample sheets, worked out by hand from the rows above:
 * 客户财务 has its headers in row 3 (rows 1–2 are the title and the 万元 unit line), customers in rows 4..43,
 * ten of the thirteen fields (no opening balances), net profit in 元 from its header; Customers has no cost of sales
 * ("COGS 2025" in column I is not a recognised header).
 */
export const sampleLayouts: Readonly<Record<string, SourceLayout>> = {
  客户财务: {
    sheet: "客户财务",
    headerRow: 3,
    headers: zhHeaders.map((text, i) => ({ column: i + 1, text })),
    lastColumn: 10,
    fields: Object.fromEntries(
      zhFields.map((f, i) => [f, mapped(f, i + 1, zhHeaders[i] ?? "", f === "netProfit")]),
    ),
    sheetUnit: wan,
    language: "zh-CN",
    dataRows: Array.from({ length: 40 }, (_, i) => i + 4),
    skippedRows: [],
    missing: [],
  },
  Customers: {
    sheet: "Customers",
    headerRow: 1,
    headers: (customers[0] ?? []).map((text, i) => ({ column: i + 1, text: String(text) })),
    lastColumn: 9,
    fields: Object.fromEntries(
      (
        [
          "customerName",
          "currentAssets",
          "currentLiabilities",
          "totalAssets",
          "revenue",
          "netProfit",
          "accountsReceivable",
          "inventory",
        ] as const
      ).map((f, i) => [
        f,
        { ...mapped(f, i + 1, String(customers[0]?.[i])), unit: yuan, unitFrom: "default" as const },
      ]),
    ),
    sheetUnit: null,
    language: "en-US",
    dataRows: [2],
    skippedRows: [],
    missing: ["costOfSales"],
  },
};
