/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { createRoot } from "react-dom/client";
import { App } from "../../src/taskpane/App";
import { startPane, officeWaitMs } from "../../src/taskpane/startPane";
import type { OfficeStart } from "../../src/taskpane/startPane";
import { toLang } from "../../src/taskpane/lang";
import { formatNumber, formatPercent } from "../../src/taskpane/format";
import { FakeHost } from "./fakeHost";
import { fakeJobs } from "./fakeJobs";
import { sampleSheets } from "./fixtures";

// The panel reads the workbook asynchronously; let those reads settle inside act before the next test.
afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
});

describe("App", () => {
  it("follows Office's display language and switches language from the pane", async () => {
    render(<App host={new FakeHost(sampleSheets(), "客户财务")} displayLanguage="zh-CN" jobs={fakeJobs()} />);
    expect(await screen.findByRole("heading", { name: "客户财务分析" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
    fireEvent.click(screen.getByRole("combobox", { name: "语言" }));
    fireEvent.click(await screen.findByRole("option", { name: "English" }));
    expect(await screen.findByRole("heading", { name: "Customer ratios" })).toBeTruthy();
    expect(screen.getByText("Field mapping (10/13 found)")).toBeTruthy();
    expect(document.documentElement.lang).toBe("en-US");
  });
});

describe("toLang", () => {
  it("maps Chinese display languages to zh-CN and everything else to en-US", () => {
    expect(["zh-CN", "zh-cn", "zh-TW", "zh"].map(toLang)).toEqual(["zh-CN", "zh-CN", "zh-CN", "zh-CN"]);
    expect(["en-US", "en-GB", "de-DE", "", undefined, null].map(toLang)).toEqual(Array(6).fill("en-US"));
  });
});

describe("formatNumber", () => {
  it("uses the locale's separators", () => {
    // Both locales group thousands with "," and use "." for decimals (CLDR); the fraction digits are fixed.
    expect(formatNumber("en-US", 12345.678, 1)).toBe("12,345.7");
    expect(formatNumber("zh-CN", 1234567)).toBe("1,234,567");
    expect(formatPercent("en-US", 0.6)).toBe("60%");
  });
});

const excelHost = "Excel" as unknown as Office.HostType;

describe("startPane", () => {
  let container: HTMLDivElement;
  beforeEach(() => {
    container = document.body.appendChild(document.createElement("div"));
  });
  afterEach(() => {
    container.remove();
    jest.useRealTimers();
  });

  const fakeOffice = (host: Office.HostType | null, never = false): OfficeStart => ({
    onReady: () => (never ? new Promise(() => {}) : Promise.resolve({ host })),
    HostType: { Excel: excelHost },
    context: { displayLanguage: "en-US" },
  });

  it("shows the outside-Excel screen when office.js did not load", () => {
    const root = createRoot(container);
    act(() => startPane(root, undefined, () => new FakeHost({}, ""), "en-US"));
    expect(container.textContent).toContain("This add-in works only inside Excel: open a workbook in Excel");
  });

  it("shows the outside-Excel screen in Chinese for a Chinese browser when Office reports no host", async () => {
    const root = createRoot(container);
    await act(async () => {
      startPane(root, fakeOffice(null), () => new FakeHost({}, ""), "zh-CN");
      await Promise.resolve();
    });
    expect(container.textContent).toContain("此加载项只能在 Excel 中使用");
  });

  it("says so instead of waiting forever when Office never answers", () => {
    jest.useFakeTimers();
    const root = createRoot(container);
    act(() => startPane(root, fakeOffice(null, true), () => new FakeHost({}, ""), "en-US"));
    expect(container.textContent).toContain("Reading the workbook…");
    act(() => jest.advanceTimersByTime(officeWaitMs));
    expect(container.textContent).toContain("This add-in works only inside Excel");
  });

  it("renders the panel with the Excel host when Office reports Excel", async () => {
    const host = new FakeHost(sampleSheets(), "Empty");
    const root = createRoot(container);
    await act(async () => {
      startPane(root, fakeOffice(excelHost), () => host, "zh-CN");
      await Promise.resolve();
    });
    // Office's display language (en-US) wins over the browser's (zh-CN).
    expect(
      await screen.findByText("Empty has no data. Choose the sheet with your customers' statement figures."),
    ).toBeTruthy();
    expect(host.reads).toEqual(["Empty"]);
  });

  it("shows what went wrong when the host cannot be created", async () => {
    const root = createRoot(container);
    const broken = () => {
      throw new Error("ExcelApi 1.9 is not supported");
    };
    await act(async () => {
      startPane(root, fakeOffice(excelHost), broken, "en-US");
      await Promise.resolve();
    });
    expect(await screen.findByText("What happened: ExcelApi 1.9 is not supported")).toBeTruthy();
    expect(container.textContent).not.toContain("only inside Excel");
  });
});
