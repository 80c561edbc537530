/**
 * Order lines worked out by hand from the rules of src/domain/transactions/README.md, and their aggregate: every
 * figure is a sum of the lines' whole cents and thousandths, done on paper. Lines are numbered as in a CSV with a
 * header (the first line below is CSV line 2).
 */
// One line per rule; the comment gives what the line contributes (cents, thousandths, month) or why it is skipped.
export const handLines: readonly (readonly string[])[] = [
  ["2024-03-05", "甲", "A1", "螺丝", "3", "19.99", ""], // 2: 3 × 19.99 = 5997 c, 3000, 2024-03, computed
  ["2024/3/6 14:30", " 甲 ", "a1", "螺母", "2", "", "100"], // 3: 10000 c, 2000; name trims to 甲; SKU case kept
  ["2024.3.31", "ＡＢＣ　 公司", "Ａ１", "螺丝", "", "", "¥1,234.50"], // 4: key "ABC 公司", SKU A1, 123450 c
  ["2024年4月1日", "ABC 公司", "A1", "", "-1", "50", ""], // 5: return, computed: −5000 c, −1000
  ["2024年4月2号", "abc 公司", "", "", "", "", "(30)"], // 6: another key (case kept), −3000 c, no return
  ["13/04/2024", "甲", "A1", "", "1", "", "RMB 10"], // 7: day-first 2024-04-13, 1000 c, 1000
  ["04/14/2024", "甲", "B2", "垫片", "", "", "USD 5.5"], // 8: month-first 2024-04-14, 550 c
  ["05/05/2024", "乙", "B2", "垫圈", "2", "0.125", ""], // 9: equal numbers: 2024-05-05; 0.25 → 25 c, 2000
  ["45418", "乙", "B2", "", "", "", "0.125"], // 10: serial 2024-05-06; 12.5 + 0.5 → 13 c
  ["45418.75", "乙", "", "", "1.5", "2", ""], // 11: the time is dropped; 300 c, 1500, computed
  ["2024-06-01 10:00:00", "乙", "C3", "", "1", "1", "1"], // 12: 100 c, 1000
  ["", "", "", "", "", "", ""], // 13: blank
  ["", "甲", "", "", "", "", "5"], // 14: noDate
  ["2024-02-30", "甲", "", "", "", "", "5"], // 15: badDate (no such day)
  ["03/05/2024", "甲", "", "", "", "", "5"], // 16: ambiguousDate
  ["2024-03-05", "　", "", "", "", "", "5"], // 17: noCustomer (an ideographic space)
  ["2024-03-05", "甲", "", "", "abc", "", "5"], // 18: badNumber (quantity)
  ["2024-03-05", "甲", "", "", "1", "", ""], // 19: noAmount
  ["2024-13-01", "甲", "", "", "", "", "5"], // 20: badDate (month 13)
  ["1/1/1899", "甲", "", "", "", "", "5"], // 21: badDate (before 1900)
  ["2024-02-29", "丙", "", "", "", "", "1"], // 22: a leap day: 100 c, 2024-02, serial 45351
  ["2023-02-29", "丙", "", "", "", "", "1"], // 23: badDate (2023 is no leap year)
  ["60", "丙", "", "", "", "", "1"], // 24: badDate (serial 60 is 1900-02-29)
  ["5.3.2024", "丙", "", "", "", "", "1"], // 25: ambiguousDate
  ["2024-03/05", "丙", "", "", "", "", "1"], // 26: badDate (two separators)
  ["2024-03-05", "丙", "", "", "1", "2", "1,2"], // 27: commas dropped: 12 → 1200 c, 1000
  ["2024-07-15", "丙", "", "", "(2)", "3", ""], // 28: quantity −2: return, computed −6 → −600 c, −2000
];

const zeros = [0, 0, 0, 0, 0, 0];

/** Months 2024-02 … 2024-07; customers by code point: "ABC 公司" < "abc 公司" < 丙 (4E19) < 乙 (4E59) < 甲 (7532). */
export const handAggregate = {
  months: ["2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07"],
  customers: [
    {
      key: "ABC 公司",
      name: "ABC 公司", // "A" (U+0041) sorts before "Ａ" (U+FF21)
      monthlyAmount: [0, 1234.5, -50, 0, 0, 0],
      monthlyQuantity: [0, 0, -1, 0, 0, 0],
      lastOrder: 45383,
      skus: [{ sku: "A1", product: "螺丝", amount: 1184.5, quantity: -1 }],
    },
    {
      key: "abc 公司",
      name: "abc 公司",
      monthlyAmount: [0, 0, -30, 0, 0, 0],
      monthlyQuantity: zeros,
      lastOrder: 45384,
      skus: [{ sku: "", product: "", amount: -30, quantity: 0 }],
    },
    {
      key: "丙",
      name: "丙",
      monthlyAmount: [1, 12, 0, 0, 0, -6],
      monthlyQuantity: [0, 1, 0, 0, 0, -2],
      lastOrder: 45488,
      skus: [{ sku: "", product: "", amount: 7, quantity: -1 }],
    },
    {
      key: "乙",
      name: "乙",
      monthlyAmount: [0, 0, 0, 3.38, 1, 0],
      monthlyQuantity: [0, 0, 0, 3.5, 1, 0],
      lastOrder: 45444,
      skus: [
        { sku: "", product: "", amount: 3, quantity: 1.5 },
        { sku: "C3", product: "", amount: 1, quantity: 1 },
        { sku: "B2", product: "垫圈", amount: 0.38, quantity: 2 },
      ],
    },
    {
      key: "甲",
      name: "甲",
      monthlyAmount: [0, 159.97, 15.5, 0, 0, 0],
      monthlyQuantity: [0, 5, 1, 0, 0, 0],
      lastOrder: 45396,
      skus: [
        { sku: "a1", product: "螺母", amount: 100, quantity: 2 },
        { sku: "A1", product: "螺丝", amount: 69.97, quantity: 4 },
        { sku: "B2", product: "垫片", amount: 5.5, quantity: 0 },
      ],
    },
  ],
  skus: [
    { sku: "A1", product: "螺丝", amount: 1254.47, quantity: 3 },
    { sku: "a1", product: "螺母", amount: 100, quantity: 2 },
    { sku: "B2", product: "垫圈", amount: 5.88, quantity: 2 }, // 垫圈 (U+5708) before 垫片 (U+7247)
    { sku: "C3", product: "", amount: 1, quantity: 1 },
    { sku: "", product: "", amount: -20, quantity: 0.5 },
  ],
  rowsRead: 27,
  skipped: { blank: 1, noDate: 1, badDate: 6, ambiguousDate: 2, noCustomer: 1, badNumber: 1, noAmount: 1 },
  amountsComputed: 5,
  returns: 2,
};
