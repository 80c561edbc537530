import type { CellValue } from "../../domain/types";

type Rows = readonly (readonly CellValue[])[];

// A Chinese customer sheet as analysts keep them: a title, a unit line, then the header row in row 3.
// Amounts in 万元 except net profit, whose header says 元. Two rows carry the problems the pane should point to.
const customerFinance: Rows = [
  ["2025 年度客户财务数据"],
  ["单位：万元"],
  [
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
  ],
  ["K001", "华东机电设备有限公司", 1200, 800, 3000, 5000, 3800, 2500000, 600, 450],
  ["K002", "北方重工集团", 3400, 2100, 9800, 12000, 9600, 6100000, 2100, 1800],
  ["K003", "南方建材贸易", 560, null, 1500, 2300, 1900, 800000, 310, 260],
  ["K004", "西部农机经销商", 780, 650, 2100, "#N/A", 2400, 950000, 420, 380],
  ["K005", "长江电气股份", 2200, 1500, 6400, 8800, 6900, 4200000, 1300, 990],
  ["K006", "青山化工", 1500, 1100, 5200, 6100, 5000, 2100000, 900, 760],
  ["K007", "远航物流设备", 940, 700, 2800, 3900, 3100, 1300000, 520, 410],
  ["K008", "金桥五金", 430, 390, 1200, 1800, 1500, 420000, 260, 240],
  ["合计", null, 11010, 7240, 32000, 40000, 34200, 18370000, 6410, 5290],
];

// An English sheet without a cost-of-sales column: the required field is missing until the person maps one.
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
  ],
  ["Harbor Tools Ltd", 1200, 800, 3000, 5000, 250, 600, 450],
  ["Summit Machinery", 3400, 2100, 9800, 12000, 610, 2100, 1800],
  ["Delta Components", 560, 420, 1500, 2300, 80, 310, 260],
];

const notes: Rows = [["Visit plan for Monday"], ["Call Harbor Tools about the Q3 order"]];

/** The preview's workbook: sheet name → rows from A1. */
export const sampleWorkbook: Readonly<Record<string, Rows>> = {
  客户财务: customerFinance,
  Customers: customers,
  Notes: notes,
  Empty: [],
};
