import { txSheetDefaults } from "../../src/taskpane/txSheetDefaults";

const generated = ["月度销售", "月度采购量", "单品分析", "Monthly sales", "Monthly volume", "SKU analysis"];

describe("txSheetDefaults", () => {
  it("takes the sheet named like order lines and the other sheet named like customers", () => {
    expect(txSheetDefaults(["客户财务", "说明", "订单明细"], "客户财务", generated)).toEqual({
      transactions: "订单明细",
      customers: "客户财务",
    });
    expect(txSheetDefaults(["Customers", "Order lines"], "Customers", generated)).toEqual({
      transactions: "Order lines",
      customers: "Customers",
    });
  });

  it("never takes the order sheet as the customer sheet", () => {
    expect(txSheetDefaults(["客户订单", "客户"], "客户", generated)).toEqual({
      transactions: "客户订单",
      customers: "客户",
    });
  });

  describe("edge cases", () => {
    it("falls back to the active sheet for the order lines unless it is the customer sheet", () => {
      expect(txSheetDefaults(["Sheet1", "客户"], "Sheet1", generated)).toEqual({
        transactions: "Sheet1",
        customers: "客户",
      });
      expect(txSheetDefaults(["客户财务", "说明"], "客户财务", generated)).toEqual({
        transactions: null,
        customers: "客户财务",
      });
    });

    it("chooses no customer sheet when none is named like one", () => {
      expect(txSheetDefaults(["Orders", "Notes"], "Notes", generated)).toEqual({
        transactions: "Orders",
        customers: null,
      });
    });

    it("never reads a sheet the job generated", () => {
      expect(txSheetDefaults(["Monthly sales", "SKU analysis"], "Monthly sales", generated)).toEqual({
        transactions: null,
        customers: null,
      });
    });
  });
});
