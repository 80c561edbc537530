/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { createRoot } from "react-dom/client";
import { App } from "../../src/taskpane/App";
import { startPane, officeWaitMs } from "../../src/taskpane/startPane";
import type { OfficeStart } from "../../src/taskpane/startPane";
import { toLang } from "../../src/taskpane/lang";
import { formatNumber, formatPercent } from "../../src/taskpane/format";
import { webLangStorage } from "../../src/taskpane/langStorage";
import { FakeHost } from "./fakeHost";
import { darkOffice, lightOffice } from "./officeThemes";
import { fakePanels } from "./fakeJobs";
import { sampleSheets } from "./fixtures";

// The panel reads the workbook asynchronously; let those reads settle inside act before the next test.
afterEach(async () => {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
});

describe("App", () => {
  it("follows Office's display language and switches language from the pane", async () => {
    render(
      <App host={new FakeHost(sampleSheets(), "客户财务")} displayLanguage="zh-CN" panels={fakePanels()} />,
    );
    expect(await screen.findByRole("heading", { name: "客户财务分析" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
    // The switch says that it also sets the language of the written headers.
    fireEvent.click(screen.getByRole("combobox", { name: "窗格及写入表头的语言" }));
    fireEvent.click(await screen.findByRole("option", { name: "English" }));
    expect(await screen.findByRole("heading", { name: "Customer ratios" })).toBeTruthy();
    expect(screen.getByText("Field mapping: 8/8 required and 2/5 optional fields found")).toBeTruthy();
    expect(screen.getByText(/^Headers are written in English/)).toBeTruthy();
    expect(document.documentElement.lang).toBe("en-US");
  });

  it("remembers the chosen language and opens in it next time", async () => {
    const stored = new Map<string, string>();
    const storage = webLangStorage({
      getItem: (key) => stored.get(key) ?? null,
      setItem: (key, value) => void stored.set(key, value),
    });
    const first = render(
      <App
        host={new FakeHost(sampleSheets(), "客户财务")}
        displayLanguage="zh-CN"
        panels={fakePanels()}
        storage={storage}
      />,
    );
    fireEvent.click(await screen.findByRole("combobox", { name: "窗格及写入表头的语言" }));
    fireEvent.click(await screen.findByRole("option", { name: "English" }));
    await screen.findByRole("heading", { name: "Customer ratios" });
    first.unmount();
    // Office still says zh-CN; the person's choice wins.
    render(
      <App
        host={new FakeHost(sampleSheets(), "客户财务")}
        displayLanguage="zh-CN"
        panels={fakePanels()}
        storage={storage}
      />,
    );
    expect(await screen.findByRole("heading", { name: "Customer ratios" })).toBeTruthy();
    expect([...stored.values()]).toEqual(["en-US"]);
  });

  it("follows Office's language when storage holds nothing usable or cannot be read", async () => {
    const broken = webLangStorage({
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {},
    });
    expect(broken.load()).toBeNull();
    expect(webLangStorage({ getItem: () => "fr-FR", setItem: () => {} }).load()).toBeNull();
    render(
      <App
        host={new FakeHost(sampleSheets(), "客户财务")}
        displayLanguage="zh-CN"
        panels={fakePanels()}
        storage={broken}
      />,
    );
    expect(await screen.findByRole("heading", { name: "客户财务分析" })).toBeTruthy();
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

  it("says it is loading while Office starts, and that it is slow (not outside Excel) when Office takes long", () => {
    jest.useFakeTimers();
    const root = createRoot(container);
    act(() => startPane(root, fakeOffice(null, true), () => new FakeHost({}, ""), "en-US"));
    expect(container.textContent).toBe("Loading the add-in…");
    act(() => jest.advanceTimersByTime(officeWaitMs));
    expect(container.textContent).toContain(
      "Excel is taking longer than usual to start the add-in. Still waiting…",
    );
    expect(container.textContent).toContain("close the pane and open it again");
    expect(container.textContent).not.toContain("only inside Excel");
  });

  it("still opens the panel when a slow Office answers after the wait", async () => {
    jest.useFakeTimers();
    let ready: (info: { host: Office.HostType | null }) => void = () => {};
    const slow: OfficeStart = {
      ...fakeOffice(excelHost),
      onReady: () => new Promise((resolve) => (ready = resolve)),
    };
    const root = createRoot(container);
    act(() => startPane(root, slow, () => new FakeHost(sampleSheets(), "Empty"), "en-US"));
    act(() => jest.advanceTimersByTime(officeWaitMs));
    await act(async () => {
      ready({ host: excelHost });
      await Promise.resolve();
    });
    jest.useRealTimers();
    expect(await screen.findByRole("heading", { name: "Customer ratios" })).toBeTruthy();
  });

  it("opens in Office's theme and follows it when Office reports a theme change", async () => {
    const handlers: (() => void)[] = [];
    const context = {
      displayLanguage: "en-US",
      officeTheme: { ...lightOffice },
      document: {
        addHandlerAsync: (_type: Office.EventType, handler: () => void) => void handlers.push(handler),
      },
    };
    const office: OfficeStart = {
      ...fakeOffice(excelHost),
      EventType: { OfficeThemeChanged: "officeThemeChanged" as unknown as Office.EventType },
      context,
    };
    const root = createRoot(container);
    await act(async () => {
      startPane(root, office, () => new FakeHost(sampleSheets(), "Empty"), "en-US");
      await Promise.resolve();
    });
    await screen.findByRole("heading", { name: "Customer ratios" });
    // ThemeProvider applyTo="body" puts the theme's body background on <body>.
    expect(getComputedStyle(document.body).backgroundColor.replace(/\s/g, "")).toBe("rgb(255,255,255)");
    context.officeTheme = { ...darkOffice };
    act(() => handlers.forEach((handler) => handler()));
    // 0x29 = 41: Office's dark body background.
    expect(getComputedStyle(document.body).backgroundColor.replace(/\s/g, "")).toBe("rgb(41,41,41)");
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

  it("opens on the job the person opened last, from the job storage it is given", async () => {
    const jobStorage = { load: jest.fn(() => "ratios"), save: jest.fn() };
    const root = createRoot(container);
    await act(async () => {
      startPane(
        root,
        fakeOffice(excelHost),
        () => new FakeHost(sampleSheets(), "Empty"),
        "en-US",
        undefined,
        jobStorage,
      );
      await Promise.resolve();
    });
    expect(await screen.findByRole("tab", { name: "2 Customer ratios" })).toBeTruthy();
    expect(jobStorage.load).toHaveBeenCalled();
    fireEvent.click(screen.getByRole("tab", { name: "2 Customer ratios" }));
    expect(jobStorage.save).toHaveBeenCalledWith("ratios");
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
