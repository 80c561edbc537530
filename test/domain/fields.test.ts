import { fieldKeys, fieldSynonyms, headerKey, matchHeader, requiredFields } from "../../src/domain/fields";
import type { FieldKey } from "../../src/domain/fieldKeys";

describe("fieldSynonyms", () => {
  it("has names for every field", () => {
    for (const field of fieldKeys) expect(fieldSynonyms[field].length).toBeGreaterThan(0);
  });

  it("never gives one name to two fields", () => {
    const owner = new Map<string, FieldKey>();
    for (const field of fieldKeys) {
      for (const name of fieldSynonyms[field]) {
        const key = headerKey(name);
        expect([key, owner.get(key) ?? field]).toEqual([key, field]);
        owner.set(key, field);
      }
    }
  });

  it("matches every synonym back to its own field", () => {
    for (const field of fieldKeys) {
      for (const name of fieldSynonyms[field])
        expect([name, matchHeader(name)?.field]).toEqual([name, field]);
    }
  });
});

describe("matchHeader", () => {
  it.each<[string, FieldKey]>([
    ["流动资产", "currentAssets"],
    ["流动资产合计", "currentAssets"],
    ["Total current assets", "currentAssets"],
    ["Current assets", "currentAssets"],
    ["流动负债合计", "currentLiabilities"],
    ["Total current liabilities", "currentLiabilities"],
    ["资产总计", "totalAssets"],
    ["资产总额", "totalAssets"],
    ["总资产", "totalAssets"],
    ["资产合计", "totalAssets"],
    ["Total assets", "totalAssets"],
    ["营业收入", "revenue"],
    ["营业总收入", "revenue"],
    ["主营业务收入", "revenue"],
    ["销售收入", "revenue"],
    ["Revenue", "revenue"],
    ["Total revenue", "revenue"],
    ["Net sales", "revenue"],
    ["Sales", "revenue"],
    ["Turnover", "revenue"],
    ["净利润", "netProfit"],
    ["Net income", "netProfit"],
    ["Net profit", "netProfit"],
    ["Profit for the year", "netProfit"],
    ["应收账款", "accountsReceivable"],
    ["应收账款净额", "accountsReceivable"],
    ["Accounts receivable", "accountsReceivable"],
    ["Accounts receivable, net", "accountsReceivable"],
    ["Trade receivables", "accountsReceivable"],
    ["存货", "inventory"],
    ["Inventory", "inventory"],
    ["Inventories", "inventory"],
    ["营业成本", "costOfSales"],
    ["销售成本", "costOfSales"],
    ["主营业务成本", "costOfSales"],
    ["Cost of sales", "costOfSales"],
    ["Cost of goods sold", "costOfSales"],
    ["COGS", "costOfSales"],
    ["Cost of revenue", "costOfSales"],
    ["客户名称", "customerName"],
    ["客户", "customerName"],
    ["客户全称", "customerName"],
    ["Customer", "customerName"],
    ["Customer name", "customerName"],
    ["客户编号", "customerId"],
    ["客户代码", "customerId"],
    ["Customer ID", "customerId"],
    ["Customer code", "customerId"],
    ["Customer no.", "customerId"],
    ["期初资产总计", "totalAssetsOpening"],
    ["年初资产总额", "totalAssetsOpening"],
    ["期初总资产", "totalAssetsOpening"],
    ["Opening total assets", "totalAssetsOpening"],
    ["Total assets (opening)", "totalAssetsOpening"],
    ["Beginning total assets", "totalAssetsOpening"],
    ["期初应收账款", "accountsReceivableOpening"],
    ["年初应收账款", "accountsReceivableOpening"],
    ["Opening accounts receivable", "accountsReceivableOpening"],
    ["期初存货", "inventoryOpening"],
    ["年初存货", "inventoryOpening"],
    ["Opening inventory", "inventoryOpening"],
    ["Beginning inventory", "inventoryOpening"],
    ["期末存货", "inventory"], // 期末 = closing, the plain field
    ["年末资产总计", "totalAssets"],
    ["Closing inventory", "inventory"],
    ["本年营业收入", "revenue"],
  ])("%s → %s", (text, field) => {
    expect(matchHeader(text)).toEqual({ field, unit: null });
  });

  it("ignores case, width and spacing", () => {
    expect(matchHeader("  TOTAL   CURRENT assets ")?.field).toBe("currentAssets");
    expect(matchHeader("ｃｏｇｓ")?.field).toBe("costOfSales");
    expect(matchHeader("流 动 资 产")?.field).toBe("currentAssets");
  });

  it.each([
    ["净利润(元)", "netProfit", 1, "元"],
    ["净利润（万元）", "netProfit", 1e4, "万元"],
    ["Revenue (USD thousands)", "revenue", 1e3, "USD thousands"],
    ["Revenue, in millions", "revenue", 1e6, "millions"],
    ["营业收入/万元", "revenue", 1e4, "万元"],
    ["期初资产总计（万元）", "totalAssetsOpening", 1e4, "万元"],
    ["Total assets (opening) (in thousands)", "totalAssetsOpening", 1e3, "thousands"],
  ])("takes the unit from %s", (text, field, scale, label) => {
    expect(matchHeader(text)).toEqual({ field, unit: { scale, label } });
  });

  it.each([
    "备注",
    "Notes",
    "期初流动资产",
    "利润总额",
    "营业总成本",
    "净利润（2023年）",
    "Revenue (draft)",
    "",
  ])("does not recognise %j", (text) => {
    expect(matchHeader(text)).toBeNull();
  });
});

describe("requiredFields", () => {
  it("lists the eight inputs of the six ratios", () => {
    expect(requiredFields).toEqual([
      "currentAssets",
      "currentLiabilities",
      "totalAssets",
      "revenue",
      "costOfSales",
      "netProfit",
      "accountsReceivable",
      "inventory",
    ]);
  });
});
