/**
 * Customer names with separators: the task pane passes its selection as an exact JSON list when a name contains a
 * comma (or another separator); the CLI's typed list keeps its meaning.
 */
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { recordsJob } from "../../src/jobs/records/recordsJob";
import { customerNames } from "../../src/jobs/records/selectCustomers";
import { runRegisteredJob } from "../../src/jobs/runJob";
import { customersOption, filterCustomers, searchKey } from "../../src/taskpane/customerChoice";

async function host(): Promise<XlsxWorkbook> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("客户");
  for (const row of [
    ["客户名称", "客户等级"],
    ["甲,乙公司", "A"],
    ["甲", "B"],
    ["乙公司", "A"],
  ])
    sheet.addRow(row);
  return XlsxWorkbook.open(new Uint8Array(await book.xlsx.writeBuffer()));
}

async function chosen(customers: string): Promise<readonly string[]> {
  const outcome = await runRegisteredJob(await host(), recordsJob, {
    sheets: { accounts: "客户" },
    options: { customers, tier: "" },
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.report.customers;
}

describe("customerNames", () => {
  it("reads a JSON array of texts as the exact list, folded", () => {
    expect(customerNames('["甲,乙公司", " ＡＢＣ "]')).toEqual(["甲,乙公司", "ABC"]);
  });

  it("reads anything else as a typed list split on separators", () => {
    expect(customerNames("甲,乙公司；丙")).toEqual(["甲", "乙公司", "丙"]);
    expect(customerNames("[北京]公司, 丙")).toEqual(["[北京]公司", "丙"]);
    expect(customerNames("[1, 2]")).toEqual(["[1", "2]"]);
  });
});

describe("customersOption", () => {
  it("joins plain names with commas, and writes JSON when a name holds a separator or starts with [", () => {
    expect(customersOption(["甲", "乙公司"])).toBe("甲,乙公司");
    expect(customersOption(["甲,乙公司", "丙"])).toBe('["甲,乙公司","丙"]');
    expect(customersOption(["甲、乙"])).toBe('["甲、乙"]');
    expect(customersOption(["[北京]公司"])).toBe('["[北京]公司"]');
  });
});

describe("filterCustomers", () => {
  const customers = [
    { name: "Acme 公司", key: "Acme 公司", tier: "A", ratios: {} },
    { name: "甲", key: "甲", tier: "b", ratios: {} },
    { name: "乙", key: "乙", ratios: {} },
  ];
  it("matches names ignoring case and full width, and keeps the tiers chosen", () => {
    expect(searchKey("ＡＣＭＥ\u3000公司")).toBe("acme 公司");
    expect(filterCustomers(customers, "ａｃｍｅ", []).map((c) => c.name)).toEqual(["Acme 公司"]);
    expect(filterCustomers(customers, "", ["B"]).map((c) => c.name)).toEqual(["甲"]);
    expect(filterCustomers(customers, "", []).map((c) => c.name)).toEqual(["Acme 公司", "甲", "乙"]);
  });
});

describe("the records job with names holding commas", () => {
  it("chooses exactly the customer of an exact list", async () => {
    expect(await chosen(customersOption(["甲,乙公司"]))).toEqual(["甲,乙公司"]);
  });

  it("keeps the CLI's typed list: a comma separates two customers", async () => {
    expect(await chosen("甲,乙公司")).toEqual(["甲", "乙公司"]);
  });
});
