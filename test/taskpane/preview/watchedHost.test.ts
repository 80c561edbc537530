import { readFileSync } from "fs";
import { join } from "path";
import { XlsxWorkbook } from "../../../src/hosts/xlsx/xlsxWorkbook";
import type { WorkbookEdit } from "../../../src/plan/workbookEdit";
import { WatchedHost } from "../../../src/taskpane/preview/watchedHost";
import { downloadName } from "../../../src/taskpane/preview/workbookFile";

// The preview's host is the real XlsxWorkbook on the bundled sample; the page hears of each write and selection.

const sample = join(__dirname, "..", "..", "..", "assets", "sample", "customers.xlsx");

function watched(startSheet: string | null = null) {
  const heard: string[] = [];
  const workbook = XlsxWorkbook.open(new Uint8Array(readFileSync(sample)));
  const host = new WatchedHost(
    workbook,
    { onWrite: () => heard.push("write"), onSelect: (sheet, cell) => heard.push(`select ${sheet}!${cell}`) },
    startSheet,
  );
  return { host, heard, workbook };
}

const noteEdit: WorkbookEdit = { changes: [{ kind: "cells", sheet: "说明", at: "A5", rows: [["checked"]] }] };

describe("WatchedHost", () => {
  it("starts on the sheet the page names when the workbook has it, else on the workbook's active sheet", async () => {
    expect(await watched("说明").host.activeSheet()).toBe("说明");
    expect(await watched("Nope").host.activeSheet()).toBe("客户财务");
    expect(await watched().host.listSheets()).toEqual(["客户财务", "Customers (EN)", "说明", "订单明细"]);
  });

  it("tells the page after a job run, with the job's result from the real host", async () => {
    const { host, heard } = watched();
    const result = await host.runJob("客户财务", (snapshot) => ({
      edit: null,
      result: snapshot.grid.values[2]?.[0],
    }));
    expect(result).toBe("客户编号");
    expect(heard).toEqual(["write"]);
  });

  it("tells the page about a selection, which the file host itself ignores", async () => {
    const { host, heard } = watched();
    await host.select("客户财务", "F8");
    expect(heard).toEqual(["select 客户财务!F8"]);
  });

  it("writes through the real host before telling the page", async () => {
    const { host, heard, workbook } = watched();
    await host.apply(noteEdit);
    expect(heard).toEqual(["write"]);
    expect(workbook.readDisplay("说明").rows[4]?.[0]?.value).toBe("checked");
  });
});

describe("downloadName", () => {
  it("adds (kaw) before the extension so a download never replaces the original", () => {
    expect(downloadName("customers.xlsx")).toBe("customers (kaw).xlsx");
    expect(downloadName("Q3 visits.XLSX")).toBe("Q3 visits (kaw).xlsx");
  });
});
