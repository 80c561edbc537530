import { OfficeMockObject } from "office-addin-mock";
import type { WorkbookChange } from "../../../src/plan/sheetSnapshot";
import { ExcelWorkbook } from "../../../src/hosts/excel/excelWorkbook";
import type { ExcelRunner } from "../../../src/hosts/excel/excelWorkbook";
import { watchWorkbook } from "../../../src/hosts/excel/workbookEvents";

type Handler = (args: object) => Promise<unknown>;

/**
 * A workbook whose event collections record their handlers (office-addin-mock has no events: seeded here), with two
 * sheets whose ids differ from their names, as in Excel.
 */
function eventWorkbook() {
  const handlers = new Map<string, Handler[]>();
  const removed: string[] = [];
  const context: { current?: OfficeMockObject } = {};
  // Mocks made by getItem load their properties when the context syncs, as Excel's proxies do.
  const created: OfficeMockObject[] = [];
  const events = (name: string) => ({
    add: (handler: Handler) => {
      handlers.set(name, [...(handlers.get(name) ?? []), handler]);
      return { remove: () => removed.push(name), context: context.current };
    },
  });
  const sheets: Record<string, { name: string }> = {
    "{id-1}": { name: "客户财务" },
    "{id-2}": { name: "Customers" },
  };
  const sheet = (key: string) => {
    const name = sheets[key]?.name ?? key;
    if (!Object.values(sheets).some((s) => s.name === name))
      throw Object.assign(new Error(`No sheet ${key}`), { code: "ItemNotFound" });
    const item = new OfficeMockObject({ name, onChanged: events(`changed:${name}`) });
    created.push(item);
    return item;
  };
  const mock = new OfficeMockObject({
    workbook: {
      worksheets: {
        onActivated: events("activated"),
        onAdded: events("added"),
        onDeleted: events("deleted"),
        onNameChanged: events("nameChanged"),
        getItem: sheet,
      },
    },
  });
  context.current = mock;
  const realSync = mock.sync.bind(mock);
  const sync = jest.fn(async () => {
    await realSync();
    for (const item of created) await item.sync();
  });
  mock.sync = sync;
  let runs = 0;
  const runner: ExcelRunner = (batch) => {
    runs += 1;
    return batch(mock as unknown as Excel.RequestContext);
  };
  const fire = async (name: string, args: object) => {
    for (const handler of handlers.get(name) ?? []) await handler(args);
  };
  return { handlers, removed, runner, fire, sync, runs: () => runs };
}

async function subscribe(source: string | null, supports: (version: string) => boolean = () => true) {
  const excel = eventWorkbook();
  const changes: WorkbookChange[] = [];
  const stop = watchWorkbook(excel.runner, (change) => changes.push(change), source, supports);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { excel, changes, stop };
}

describe("watchWorkbook", () => {
  it("adds the sheet and source handlers in one Excel.run with one sync", async () => {
    const { excel } = await subscribe("客户财务");
    expect([...excel.handlers.keys()].sort()).toEqual(
      ["activated", "added", "changed:客户财务", "deleted", "nameChanged"].sort(),
    );
    expect(excel.runs()).toBe(1);
    expect(excel.sync).toHaveBeenCalledTimes(1);
  });

  it("reports the activated sheet by name, looked up from Excel's worksheet id", async () => {
    const { excel, changes } = await subscribe("客户财务");
    await excel.fire("activated", { worksheetId: "{id-2}", type: "WorksheetActivated" });
    expect(changes).toEqual([{ kind: "activated", sheet: "Customers" }]);
  });

  it("reports added, deleted and renamed sheets as a change of the sheet list", async () => {
    const { excel, changes } = await subscribe(null);
    await excel.fire("added", { worksheetId: "{id-3}" });
    await excel.fire("deleted", { worksheetId: "{id-3}" });
    await excel.fire("nameChanged", { worksheetId: "{id-2}", nameBefore: "Customers", nameAfter: "Clients" });
    expect(changes).toEqual([{ kind: "sheets" }, { kind: "sheets" }, { kind: "sheets" }]);
    expect(excel.handlers.has("changed:客户财务")).toBe(false); // no source: no edit handler
  });

  it("reports edits of the source, but not the add-in's own writes", async () => {
    const { excel, changes } = await subscribe("客户财务");
    await excel.fire("changed:客户财务", { address: "K4:Q43", triggerSource: "ThisLocalAddin" });
    await excel.fire("changed:客户财务", { address: "F7", triggerSource: "Unknown" });
    expect(changes).toEqual([{ kind: "edited", sheet: "客户财务" }]);
  });

  it("leaves out renames where ExcelApi 1.17 is missing", async () => {
    const { excel } = await subscribe("客户财务", (version) => version !== "1.17");
    expect(excel.handlers.has("nameChanged")).toBe(false);
    expect(excel.handlers.has("activated")).toBe(true);
  });

  it("removes every handler when unsubscribed, and is silent from then on", async () => {
    const { excel, changes, stop } = await subscribe("客户财务");
    stop();
    await excel.fire("added", {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(changes).toEqual([]);
    expect(excel.removed.sort()).toEqual(
      ["activated", "added", "changed:客户财务", "deleted", "nameChanged"].sort(),
    );
    expect(excel.sync).toHaveBeenCalledTimes(2); // the subscription's sync and the removal's
  });
});

describe("ExcelWorkbook.onChange", () => {
  it("watches the workbook through the host's own runner", async () => {
    const excel = eventWorkbook();
    const changes: WorkbookChange[] = [];
    Object.assign(globalThis, {
      Office: { context: { requirements: { isSetSupported: () => true } } },
    });
    try {
      new ExcelWorkbook(excel.runner).onChange((change) => changes.push(change), "客户财务");
      await new Promise((resolve) => setTimeout(resolve, 0));
      await excel.fire("changed:客户财务", { address: "C5", triggerSource: "Unknown" });
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
    expect(changes).toEqual([{ kind: "edited", sheet: "客户财务" }]);
  });
});
