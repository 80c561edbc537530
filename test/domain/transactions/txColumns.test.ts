import { detectTransactions, txFieldOf } from "../../../src/domain/transactions/txColumns";
import type { CellValue, Grid } from "../../../src/domain/types";

function grid(values: CellValue[][], top = 0, left = 0): Grid {
  return { sheet: "订单", top, left, values };
}

describe("txFieldOf", () => {
  it("recognises Chinese and English names, ignoring case, width, spaces and ._-:", () => {
    expect(txFieldOf("订单日期")).toBe("date");
    expect(txFieldOf("ORDER_DATE")).toBe("date");
    expect(txFieldOf("客户名称")).toBe("customer");
    expect(txFieldOf("Customer name:")).toBe("customer");
    expect(txFieldOf("物料编码")).toBe("sku");
    expect(txFieldOf("ＳＫＵ")).toBe("sku");
    expect(txFieldOf("Item code")).toBe("sku");
    expect(txFieldOf("产品名称")).toBe("product");
    expect(txFieldOf("Qty.")).toBe("quantity");
    expect(txFieldOf("Unit-price")).toBe("unitPrice");
    expect(txFieldOf("销售额")).toBe("amount");
    expect(txFieldOf("备注")).toBeNull();
  });
});

describe("detectTransactions", () => {
  it("finds the header row below a title, maps 1-based columns and the data rows", () => {
    const values: CellValue[][] = [
      ["2024 年销售明细"],
      [],
      ["订单日期", "客户名称", "产品编号", "产品名称", "数量", "单价", "金额", "备注"],
      ["2024-03-05", "甲", "A1", "螺栓", 3, 19.99, null],
      [45356, "乙", "A2", "螺母", 1, 2, 2],
      [null, null],
    ];
    const result = detectTransactions(grid(values, 4, 1));
    expect(result).toEqual({
      ok: true,
      layout: {
        sheet: "订单",
        headerRow: 7,
        columns: { date: 2, customer: 3, sku: 4, product: 5, quantity: 6, unitPrice: 7, amount: 8 },
        language: "zh-CN",
        firstDataRow: 8,
        lastRow: 9,
      },
    });
  });

  it("takes English headers, quantity × price instead of amount, and says en-US", () => {
    const result = detectTransactions(grid([["Date", "Customer", "Qty", "Unit price"]]));
    expect(result.ok && result.layout).toMatchObject({
      columns: { date: 1, customer: 2, quantity: 3, unitPrice: 4 },
      language: "en-US",
      lastRow: 1,
    });
  });

  it("lets overrides move and unmap fields", () => {
    const values = [["Date", "Customer", "Amount", "Net"]];
    const result = detectTransactions(grid(values), { amount: 4, sku: null, customer: 2 });
    expect(result.ok && result.layout.columns).toEqual({ date: 1, customer: 2, amount: 4 });
  });

  it("reports a missing date, customer, or amount without quantity and unit price", () => {
    const result = detectTransactions(
      grid([
        ["Customer", "Quantity", "Remark"],
        ["甲", 1],
      ]),
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: "transactions.missingField", sheet: "订单", field: "date" },
        { code: "transactions.missingField", sheet: "订单", field: "amount" },
      ],
    });
  });

  it("reports no header row when no row names two fields in the first 20 rows", () => {
    const values: CellValue[][] = [
      ...Array.from({ length: 20 }, () => ["x"]),
      ["Date", "Customer", "Amount"],
    ];
    expect(detectTransactions(grid(values))).toEqual({
      ok: false,
      issues: [{ code: "transactions.noHeaderRow", sheet: "订单" }],
    });
  });
});
