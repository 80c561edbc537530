/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { RatioPanel } from "../../src/taskpane/components/RatioPanel";
import { ratiosJob } from "../../src/jobs/ratiosJob";
import { changeDebounceMs, foldChange } from "../../src/taskpane/hooks/useWorkbookChanges";
import { FakeHost } from "./fakeHost";
import { fakeJobs } from "./fakeJobs";
import { sampleSheets } from "./fixtures";

async function settle(ms = 0) {
  await act(async () => {
    jest.advanceTimersByTime(ms);
    await Promise.resolve();
    await Promise.resolve();
  });
}

function setup(active = "客户财务") {
  const host = new FakeHost(sampleSheets(), active);
  render(<RatioPanel host={host} lang="en-US" job={ratiosJob} jobs={fakeJobs()} />);
  return host;
}

beforeEach(() => jest.useFakeTimers());
afterEach(async () => {
  await settle(1000);
  jest.useRealTimers();
});

describe("the pane follows Excel", () => {
  it("reads the source again once, 400 ms after the last of several edits", async () => {
    const host = setup();
    await settle();
    expect(host.watching.at(-1)).toBe("客户财务");
    for (let i = 0; i < 5; i++) {
      act(() => host.emit({ kind: "edited", sheet: "客户财务" }));
      await settle(100);
    }
    expect(host.reads).toEqual(["客户财务"]);
    await settle(changeDebounceMs);
    expect(host.reads).toEqual(["客户财务", "客户财务"]);
  });

  it("follows another sheet when it is activated in Excel, without Read again", async () => {
    const host = setup();
    await settle();
    act(() => host.emit({ kind: "activated", sheet: "Customers" }));
    await settle(changeDebounceMs);
    await settle();
    expect(host.reads).toEqual(["客户财务", "Customers"]);
    expect(screen.getByRole("combobox", { name: "Sheet Customers" })).toBeTruthy();
    expect(host.watching.at(-1)).toBe("Customers");
  });

  it("lists a sheet added in Excel", async () => {
    const host = setup();
    await settle();
    host.addSheet("Q4", [["Revenue"]]);
    act(() => host.emit({ kind: "sheets" }));
    await settle(changeDebounceMs);
    await settle();
    fireEvent.click(screen.getByRole("combobox", { name: "Sheet 客户财务" }));
    expect(screen.getByRole("option", { name: "Q4" })).toBeTruthy();
  });

  it("ignores changes while a job runs and the job's own write, and never loops", async () => {
    const host = setup();
    await settle();
    let finish = () => {};
    host.run = { hold: new Promise<void>((resolve) => (finish = resolve)) };
    fireEvent.click(screen.getByRole("button", { name: "Calculate ratios" }));
    await settle();
    act(() => host.emit({ kind: "edited", sheet: "客户财务" }));
    act(() => host.emit({ kind: "activated", sheet: "Notes" }));
    await settle(changeDebounceMs * 3);
    // Still the run's one read of the sheet: nothing refreshed mid-run, and the pane did not switch to Notes.
    expect(host.reads).toEqual(["客户财务", "客户财务"]);
    await act(async () => {
      finish();
      await Promise.resolve();
    });
    // The write's own change arrives right after the run: the quiet read after the run is the only one.
    act(() => host.emit({ kind: "edited", sheet: "客户财务" }));
    await settle(changeDebounceMs * 3);
    expect(host.reads).toEqual(["客户财务", "客户财务", "客户财务"]);
    expect(screen.getByText(/^Analysed 40 customers/)).toBeTruthy();
  });
});

describe("foldChange", () => {
  it("lets following an activated sheet win, and ignores activating the sheet already shown", () => {
    const reread = { kind: "reread" } as const;
    expect(foldChange(null, { kind: "edited", sheet: "A" }, "A")).toEqual(reread);
    expect(foldChange(reread, { kind: "activated", sheet: "B" }, "A")).toEqual({
      kind: "follow",
      sheet: "B",
    });
    expect(foldChange(null, { kind: "activated", sheet: "A" }, "A")).toBeNull();
    expect(foldChange({ kind: "follow", sheet: "B" }, { kind: "sheets" }, "A")).toEqual({
      kind: "follow",
      sheet: "B",
    });
  });
});
