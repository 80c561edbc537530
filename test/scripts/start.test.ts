// scripts/start.js decides what `npm start` does: sideload into Excel where desktop Excel exists, else one
// paragraph pointing to `npm run preview`, in the environment's language (as the CLI picks it).

const { hasExcel, noExcelMessage } = require("../../scripts/start.js") as {
  hasExcel: (platform: string) => boolean;
  noExcelMessage: (env: Record<string, string | undefined>) => string;
};

describe("npm start", () => {
  it("sideloads into Excel only on Windows and macOS", () => {
    expect(hasExcel("win32")).toBe(true);
    expect(hasExcel("darwin")).toBe(true);
    expect(hasExcel("linux")).toBe(false);
  });

  it("points to npm run preview in Chinese when the locale is Chinese", () => {
    const text = noExcelMessage({ LANG: "zh_CN.UTF-8" });
    expect(text).toContain("npm run preview");
    expect(text).toMatch(/^本机没有 Excel/);
  });

  it("points to npm run preview in English otherwise", () => {
    expect(noExcelMessage({ LANG: "C.UTF-8" })).toMatch(
      /^Excel is not available on this machine.*npm run preview/,
    );
    expect(noExcelMessage({})).toMatch(/^Excel is not available/);
  });
});
