/**
 * The order-line fields of a transactions sheet and the header names recognised for each (README "Columns", extended
 * with common ERP export names).
 */

export type TxField = "date" | "customer" | "sku" | "product" | "quantity" | "unitPrice" | "amount";

export const txFields: readonly TxField[] = [
  "date",
  "customer",
  "sku",
  "product",
  "quantity",
  "unitPrice",
  "amount",
];

/** Every name recognised for each field, Chinese and English; matching ignores case, width, spaces and `._-:`. */
export const txFieldNames: Readonly<Record<TxField, readonly string[]>> = {
  date: [
    "日期",
    "订单日期",
    "下单日期",
    "交易日期",
    "销售日期",
    "单据日期",
    "发货日期",
    "Date",
    "Order date",
    "Transaction date",
    "Invoice date",
  ],
  customer: [
    "客户名称",
    "客户",
    "客户全称",
    "客户名",
    "购货单位",
    "Customer",
    "Customer name",
    "Client",
    "Client name",
  ],
  sku: [
    "产品编号",
    "产品编码",
    "产品代码",
    "物料编码",
    "物料编号",
    "存货编码",
    "商品编码",
    "货号",
    "SKU",
    "Item code",
    "Product code",
    "Item no.",
    "Item number",
    "Material",
  ],
  product: [
    "产品名称",
    "产品",
    "品名",
    "物料名称",
    "商品名称",
    "存货名称",
    "Product",
    "Product name",
    "Item",
    "Item name",
    "Description",
  ],
  quantity: ["数量", "销售数量", "订货数量", "Quantity", "Qty", "Units"],
  unitPrice: ["单价", "销售单价", "含税单价", "Unit price", "Price"],
  amount: [
    "金额",
    "销售额",
    "销售金额",
    "含税金额",
    "价税合计",
    "Amount",
    "Sales",
    "Sales amount",
    "Line amount",
    "Total",
  ],
};
