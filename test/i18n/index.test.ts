import { columnHeader, fieldName, issueText, joinIssues, t } from "../../src/i18n";
import type { Issue } from "../../src/domain/types";

const blank: Issue = { code: "cell.blank", sheet: "客户财务", cell: "F17", field: "currentLiabilities" };
const errorValue: Issue = {
  code: "cell.errorValue",
  sheet: "客户财务",
  cell: "I21",
  field: "revenue",
  params: { value: "#N/A" },
};
const notNumber: Issue = {
  code: "cell.notNumber",
  sheet: "Customers",
  cell: "F3",
  field: "revenue",
  params: { value: "abc" },
};
const zero: Issue = {
  code: "ratio.zeroDenominator",
  sheet: "Customer data",
  cell: "C5",
  field: "currentLiabilities",
  params: { ratio: "currentRatio" },
};

describe("t", () => {
  it("looks up dotted keys, including issue codes that contain dots", () => {
    expect(t("en-US", "fields.revenue")).toBe("Revenue");
    expect(t("zh-CN", "columns.collectionDays")).toBe("回款周期(天)");
    expect(t("zh-CN", "issues.cell.blank", { field: "流动负债" })).toBe("流动负债：空白");
  });

  it("leaves a placeholder without a value visible", () => {
    expect(t("en-US", "issues.cell.blank")).toBe("{{field}}: blank");
  });
});

describe("fieldName and columnHeader", () => {
  it("names fields and the ratio block's columns", () => {
    expect(fieldName("zh-CN", "currentLiabilities")).toBe("流动负债");
    expect(fieldName("en-US", "accountsReceivableOpening")).toBe("Opening accounts receivable");
    expect(
      [
        "currentRatio",
        "currentAssetRatio",
        "netProfitMargin",
        "returnOnAssets",
        "collectionDays",
        "inventoryDays",
        "dataIssues",
      ].map((k) => columnHeader("zh-CN", k as "dataIssues")),
    ).toEqual([
      "流动比率",
      "流动资产率",
      "净利润率",
      "资产回报率",
      "回款周期(天)",
      "存货周期(天)",
      "数据问题",
    ]);
    expect(columnHeader("en-US", "inventoryDays")).toBe("Inventory period (days)");
  });
});

describe("issueText", () => {
  it("writes the short form for a Data issues cell", () => {
    expect(issueText("zh-CN", blank, "short")).toBe("流动负债：空白");
    expect(issueText("en-US", blank, "short")).toBe("Current liabilities: blank");
    expect(issueText("zh-CN", errorValue, "short")).toBe("营业收入：#N/A");
    expect(issueText("en-US", notNumber, "short")).toBe('Revenue: "abc" is not a number');
    expect(issueText("en-US", zero, "short")).toBe("Current ratio: zero current liabilities");
    expect(issueText("zh-CN", zero, "short")).toBe("流动比率：流动负债为零");
  });

  it("adds the location in the long form, quoting sheet names as Excel does", () => {
    expect(issueText("zh-CN", blank, "long")).toBe("客户财务!F17 流动负债：空白");
    expect(issueText("en-US", { ...blank, sheet: "Customers" }, "long")).toBe(
      "Customers!F17 Current liabilities: blank",
    );
    expect(issueText("en-US", zero, "long")).toBe(
      "'Customer data'!C5 Current ratio: zero current liabilities",
    );
    expect(issueText("en-US", { ...zero, sheet: "O'Brien" }, "long")).toMatch(/^'O''Brien'!C5 /);
  });

  it("gives sheet-level issues without a cell", () => {
    expect(issueText("en-US", { code: "source.noHeaderRow", sheet: "Data" }, "long")).toBe(
      "Data: No header row found in the first 20 rows (a row with headers such as Current assets, Total assets, Revenue)",
    );
    expect(issueText("zh-CN", { code: "source.noHeaderRow", sheet: "客户财务" }, "long")).toBe(
      "客户财务：前 20 行中未找到表头行（应有“流动资产”“资产总计”“营业收入”等列名）",
    );
    expect(issueText("zh-CN", { code: "source.missingField", field: "inventory" }, "long")).toBe(
      "存货：未找到对应列",
    );
  });
});

describe("joinIssues", () => {
  it("joins short forms with the language's separator", () => {
    expect(joinIssues("zh-CN", [blank, errorValue])).toBe("流动负债：空白；营业收入：#N/A");
    expect(joinIssues("en-US", [blank, notNumber])).toBe(
      'Current liabilities: blank; Revenue: "abc" is not a number',
    );
    expect(joinIssues("en-US", [])).toBe("");
  });
});
