import { findUnitLine, parseUnit } from "../../src/domain/units";

describe("parseUnit", () => {
  it.each([
    ["元", 1, "元"],
    ["千元", 1e3, "千元"],
    ["万元", 1e4, "万元"],
    ["百万元", 1e6, "百万元"],
    ["亿元", 1e8, "亿元"],
    ["人民币万元", 1e4, "人民币万元"],
    ["万元人民币", 1e4, "万元人民币"],
    ["千美元", 1e3, "千美元"],
    ["单位：万元", 1e4, "万元"],
    ["单位:元", 1, "元"],
    ["(单位：千元)", 1e3, "千元"],
    ["（单位：千元）", 1e3, "千元"],
    ["金额单位：万元", 1e4, "万元"],
    ["in thousands", 1e3, "thousands"],
    ["In Thousands", 1e3, "Thousands"],
    ["(in thousands)", 1e3, "thousands"],
    ["USD thousands", 1e3, "USD thousands"],
    ["thousands", 1e3, "thousands"],
    ["in millions", 1e6, "millions"],
    ["USD millions", 1e6, "USD millions"],
    ["millions", 1e6, "millions"],
    ["in thousands of USD", 1e3, "thousands of USD"],
    ["RMB'000", 1e3, "RMB'000"],
    ["Unit: RMB 10,000", 1e4, "RMB 10,000"],
    ["Amounts in thousands", 1e3, "thousands"],
    ["USD", 1, "USD"],
  ])("reads %s as scale %d", (text, scale, label) => {
    expect(parseUnit(text)).toEqual({ scale, label });
  });

  it.each(["流动资产", "编制单位：华东分公司", "Total", "2023", "opening", "", "Revenue", "单位"])(
    "finds no unit in %s",
    (text) => {
      expect(parseUnit(text)).toBeNull();
    },
  );
});

describe("findUnitLine", () => {
  it("accepts a title ending in an explicitly labelled unit", () => {
    expect(findUnitLine("2023年客户财务数据（单位：万元）")).toEqual({ scale: 1e4, label: "万元" });
  });

  it("does not take a title that merely ends in brackets", () => {
    expect(findUnitLine("客户财务数据（2023年）")).toBeNull();
    expect(findUnitLine("编制单位：华东分公司")).toBeNull();
  });
});
