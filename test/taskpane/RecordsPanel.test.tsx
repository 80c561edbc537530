/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import type { Lang } from "../../src/domain/types";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import type { JobDefinition, JobReport } from "../../src/jobs/jobDefinition";
import { recordsJob } from "../../src/jobs/records/recordsJob";
import { runRegisteredJob } from "../../src/jobs/runJob";
import { scoresJob } from "../../src/jobs/scores/scoresJob";
import { RecordsPanel } from "../../src/taskpane/components/RecordsPanel";
import { sampleHost } from "./scoreWorkbook";

const job = recordsJob as unknown as JobDefinition<JobReport>;
const sampleSheets = ["客户财务", "Customers (EN)", "说明", "订单明细"];

function setup(lang: Lang = "en-US", host: XlsxWorkbook = sampleHost()) {
  const select = jest.spyOn(host, "select");
  render(<RecordsPanel host={host} lang={lang} job={job} />);
  return { host, select };
}

/** The sample after the scores job: its tier rule (A 20 %, B 30 %, C the rest) gives 6 A, 9 B and 15 C. */
async function scoredHost(): Promise<XlsxWorkbook> {
  const host = sampleHost();
  const scored = await runRegisteredJob(host, scoresJob, {
    sheets: { customers: "客户财务" },
    options: {},
    lang: "en-US",
  });
  if (!scored.ok) throw new Error(JSON.stringify(scored.issues));
  return host;
}

// A run writes the whole workbook through the .xlsx host: seconds in jsdom on a busy machine.
const runMs = 20_000;
const outcome = (text: string | RegExp) => screen.findByText(text, {}, { timeout: runMs });

afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
});

const listName = (lang: Lang) => (lang === "en-US" ? "Customers of 客户财务" : "“客户财务”中的客户");
const boxes = (lang: Lang = "en-US") =>
  within(screen.getByRole("group", { name: listName(lang) })).getAllByRole("checkbox");
const labels = (lang: Lang = "en-US") =>
  boxes(lang).map((box) => box.closest(".ms-Checkbox")?.textContent ?? "");
const search = (text: string) =>
  fireEvent.change(screen.getByRole("searchbox", { name: /Search customers|搜索客户/ }), {
    target: { value: text },
  });
const sectionItems = (heading: RegExp) =>
  within(screen.getByRole("heading", { name: heading }).parentElement as HTMLElement)
    .queryAllByRole("listitem")
    .map((item) => item.textContent);

describe("RecordsPanel", () => {
  it("lists the 30 customers of the sample, all chosen, with the tier filter off until tiers exist", async () => {
    setup("en-US");
    expect(await outcome("30 of 30 selected")).toBeTruthy();
    expect(boxes()).toHaveLength(30);
    expect(labels()[0]).toBe("华东机电设备有限公司");
    expect(
      screen.getByText("No priority tiers on this sheet: run Scores and tiers first to filter by tier."),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Tier A" }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByText("Sheet: one development record per customer")).toBeTruthy();
  });

  it("searches by name ignoring case and full width, and selects all or none of those shown", async () => {
    setup("en-US");
    await outcome("30 of 30 selected");
    // 4 names contain 机械: 瑞丰食品, 金桥工程, 天成纺织, 德润包装.
    search("机械");
    expect(labels()).toEqual([
      "瑞丰食品机械有限公司",
      "金桥工程机械有限公司",
      "天成纺织机械有限公司",
      "德润包装机械有限公司",
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Select none" }));
    expect(screen.getByText("26 of 30 selected")).toBeTruthy();
    // Full-width lower case finds "=HYPERLINK…".
    search("ｈｙｐｅｒ");
    expect(labels()).toEqual(['=HYPERLINK("x") 测试客户']);
    search("无此客户");
    expect(screen.getByText("No customer matches.")).toBeTruthy();
    search("");
    fireEvent.click(screen.getByRole("button", { name: "Select none" }));
    expect(screen.getByText("0 of 30 selected")).toBeTruthy();
    expect(screen.getByText("Choose at least one customer.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Generate record sheets" }).hasAttribute("disabled")).toBe(
      true,
    );
  });

  it("creates exactly the sheets of the customers chosen, and keeps them on a second run", async () => {
    const { host, select } = setup("en-US");
    await outcome("30 of 30 selected");
    fireEvent.click(screen.getByRole("button", { name: "Select none" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "北方重工集团" }));
    fireEvent.click(screen.getByRole("checkbox", { name: '=HYPERLINK("x") 测试客户' }));
    expect(screen.getByText("2 of 30 selected")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Generate record sheets" }));
    expect(await outcome("Record sheets for 2 customers: 2 created, 0 kept as they were")).toBeTruthy();
    expect(sectionItems(/^Record sheets created \(2\)/)).toEqual([
      "北方重工集团",
      '=HYPERLINK("x") 测试客户',
    ]);
    expect(sectionItems(/^Left as they were: your entries are safe \(0\)/)).toEqual([]);
    expect(sectionItems(/^Visit record, preparation and index/)).toEqual([
      "Visit record",
      "Visit preparation",
      "Development records",
    ]);
    expect(await host.listSheets()).toEqual([
      ...sampleSheets,
      "Visit record",
      "Visit preparation",
      "北方重工集团",
      '=HYPERLINK("x") 测试客户',
      "Development records",
    ]);
    fireEvent.click(screen.getByRole("button", { name: "北方重工集团" }));
    expect(select).toHaveBeenCalledWith("北方重工集团", "A1");
    // One more customer: only its sheet is new, the two others are kept as they were.
    fireEvent.click(screen.getByRole("checkbox", { name: "华东机电设备有限公司" }));
    fireEvent.click(screen.getByRole("button", { name: "Generate record sheets" }));
    expect(await outcome("Record sheets for 3 customers: 1 created, 2 kept as they were")).toBeTruthy();
    expect(sectionItems(/^Record sheets created \(1\)/)).toEqual(["华东机电设备有限公司"]);
    expect(sectionItems(/^Left as they were: your entries are safe \(2\)/)).toEqual([
      "北方重工集团",
      '=HYPERLINK("x") 测试客户',
    ]);
    expect((await host.listSheets()).filter((name) => !sampleSheets.includes(name))).toHaveLength(6);
  });

  it("filters by tier once the scores job wrote tiers, and generates for the tier chosen", async () => {
    const host = await scoredHost();
    setup("en-US", host);
    await outcome("30 of 30 selected");
    expect(screen.getByText(/^Shows only customers of the tiers pressed/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Select none" }));
    const tierA = screen.getByRole("button", { name: "Tier A" });
    fireEvent.click(tierA);
    expect(tierA.getAttribute("aria-pressed")).toBe("true");
    const a = [
      "金桥工程机械有限公司",
      "青山环保科技有限公司",
      "远航船舶配套有限公司",
      "同创数控设备有限公司",
    ];
    const tierANames = [...a, "聚力液压件有限公司", "德润包装机械有限公司"];
    expect(labels()).toEqual(tierANames.map((name) => `${name} · A`));
    fireEvent.click(screen.getByRole("button", { name: "Select all" }));
    expect(screen.getByText("6 of 30 selected")).toBeTruthy();
    // B as well: 6 + 9 shown, still 6 chosen.
    fireEvent.click(screen.getByRole("button", { name: "Tier B" }));
    expect(boxes()).toHaveLength(15);
    fireEvent.click(screen.getByRole("button", { name: "Generate record sheets" }));
    expect(await outcome("Record sheets for 6 customers: 6 created, 0 kept as they were")).toBeTruthy();
    expect(sectionItems(/^Record sheets created \(6\)/)).toEqual(tierANames);
  });

  it("speaks Chinese: list, count, button and outcome", async () => {
    setup("zh-CN");
    expect(await outcome("已选 30 / 30 个")).toBeTruthy();
    expect(screen.getByText("此表没有客户等级：请先运行“评分与客户等级”，再按等级筛选。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "全不选" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "北方重工集团" }));
    fireEvent.click(screen.getByRole("button", { name: "生成记录表" }));
    expect(await outcome(/^新建的记录表（1）/)).toBeTruthy();
    expect(sectionItems(/^访问记录、访问准备和索引/)).toEqual([
      "目标客户访问记录表",
      "访问准备",
      "开发记录索引",
    ]);
    fireEvent.click(screen.getByRole("button", { name: "生成记录表" }));
    expect(await outcome(/^保持原样，您填写的记录不受影响（1）/)).toBeTruthy();
    expect(sectionItems(/^保持原样/)).toEqual(["北方重工集团"]);
  });

  it("offers a new copy when the visit record was typed into, and writes it beside", async () => {
    const { host } = setup("en-US");
    await outcome("30 of 30 selected");
    fireEvent.click(screen.getByRole("button", { name: "Select none" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "北方重工集团" }));
    fireEvent.click(screen.getByRole("button", { name: "Generate record sheets" }));
    await outcome(/^Record sheets for 1 customers/);
    await host.apply({ changes: [{ kind: "cells", sheet: "Visit record", at: "C4", rows: [["my note"]] }] });
    fireEvent.click(screen.getByRole("button", { name: "Generate record sheets" }));
    fireEvent.click(await screen.findByRole("button", { name: "Write a new copy" }, { timeout: runMs }));
    await outcome(/^Record sheets for 1 customers/);
    expect(await host.listSheets()).toContain("Visit record (2)");
    expect((await host.read("Visit record")).grid.values[3]?.[2]).toBe("my note");
  });

  it("passes a name with a comma as an exact list: only that customer is chosen", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("客户");
    for (const row of [["客户名称"], ["甲,乙公司"], ["甲"], ["乙公司"]]) sheet.addRow(row);
    const host = XlsxWorkbook.open(new Uint8Array(await book.xlsx.writeBuffer()));
    setup("en-US", host);
    await outcome("3 of 3 selected");
    fireEvent.click(screen.getByRole("button", { name: "Select none" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "甲,乙公司" }));
    fireEvent.click(screen.getByRole("button", { name: "Generate record sheets" }));
    await outcome("Record sheets for 1 customers: 1 created, 0 kept as they were");
    expect(sectionItems(/^Record sheets created/)).toEqual(["甲,乙公司"]);
  });
});
