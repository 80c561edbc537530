import { paneTheme } from "../../src/taskpane/paneTheme";
import { messageLinkStyles } from "../../src/taskpane/messageLinkStyles";
import { darkOffice, lightOffice } from "./officeThemes";

/** WCAG 2 contrast ratio of two #rrggbb colours, from the relative-luminance formula of WCAG 2.1 § 1.4.3. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r ?? 0) + 0.7152 * linear(g ?? 0) + 0.0722 * linear(b ?? 0);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

function linkColour(theme: ReturnType<typeof paneTheme>): string {
  const root = messageLinkStyles(theme).root as { color: string };
  return root.color;
}

describe("paneTheme", () => {
  it("gives a dark, inverted Fluent palette for Office's dark theme, with Office's own body colours", () => {
    const theme = paneTheme(darkOffice);
    expect(theme.isInverted).toBe(true);
    expect(theme.palette.white).toBe("#292929");
    expect(theme.palette.neutralPrimary).toBe("#FFFFFF");
    expect(theme.semanticColors.bodyBackground).toBe("#292929");
    expect(theme.semanticColors.bodyText).toBe("#FFFFFF");
    // Fluent's dark semantic colours: the warning bar turns dark brown.
    expect(theme.semanticColors.warningBackground).toBe("#433519");
  });

  it("treats a dark body as dark when an older Office does not say isDarkTheme", () => {
    const older = { ...darkOffice };
    delete older.isDarkTheme;
    expect(paneTheme(older).isInverted).toBe(true);
    expect(paneTheme(lightOffice).isInverted).toBe(false);
  });

  it("gives Fluent's default theme without Office colours", () => {
    expect(paneTheme(undefined).palette.themePrimary).toBe("#0078d4");
  });

  it("keeps secondary text readable: 4.5:1 or more over the body in both themes", () => {
    for (const office of [lightOffice, darkOffice]) {
      const { palette } = paneTheme(office);
      expect(contrast(palette.neutralSecondary, palette.white)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe("links in warning bars", () => {
  it("meet WCAG AA (4.5:1) over the warning background in light and dark themes", () => {
    // The colour Fluent's Link has by default: themePrimary #0078d4 over #FFF4CE is 4.11:1 as the issue measured, below AA.
    expect(contrast("#0078d4", "#FFF4CE")).toBeGreaterThan(4.1);
    expect(contrast("#0078d4", "#FFF4CE")).toBeLessThan(4.5);
    for (const office of [lightOffice, darkOffice]) {
      const theme = paneTheme(office);
      expect(contrast(linkColour(theme), theme.semanticColors.warningBackground)).toBeGreaterThanOrEqual(4.5);
    }
    // Fluent's message-bar link colours: #005A9E over #FFF4CE (light), #6CB8F6 over #433519 (dark).
    expect([lightOffice, darkOffice].map((office) => linkColour(paneTheme(office)))).toEqual([
      "#005A9E",
      "#6CB8F6",
    ]);
  });
});
