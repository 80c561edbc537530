import { createTheme } from "@fluentui/react";
import type { IPalette, Theme } from "@fluentui/react";

/** The colours Office gives a task pane (`Office.context.officeTheme`); `isDarkTheme` only in newer Office. */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
  readonly isDarkTheme?: boolean;
}

// Fluent's accent ramp on a dark background (Fluent UI theme designer, primary #2899f5): the light ramp reversed.
const darkAccent: Partial<IPalette> = {
  themePrimary: "#2899f5",
  themeLighterAlt: "#020609",
  themeLighter: "#061827",
  themeLight: "#0c2e49",
  themeTertiary: "#185b93",
  themeSecondary: "#2286d7",
  themeDarkAlt: "#3ca2f6",
  themeDark: "#59b0f7",
  themeDarker: "#83c4f9",
};

function rgb(hex: string): [number, number, number] {
  const full = hex.replace("#", "").replace(/^(.)(.)(.)$/, "$1$1$2$2$3$3");
  const n = parseInt(full, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The colour `share` of the way from `from` to `to`, as #rrggbb. */
function mix(from: string, to: string, share: number): string {
  const a = rgb(from);
  const b = rgb(to);
  const channel = (i: 0 | 1 | 2) => Math.round(a[i] + (b[i] - a[i]) * share);
  return `#${[channel(0), channel(1), channel(2)].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

/** Dark when Office says so, else when the body background is darker than mid-grey. */
function isDark(office: OfficeThemeColors): boolean {
  const [r, g, b] = rgb(office.bodyBackgroundColor);
  return office.isDarkTheme ?? 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

/**
 * The pane's Fluent theme from Office's colours: Office's background and text as white and neutralPrimary, the
 * neutral ramp mixed between them (the share of text colour per slot, as Fluent's default light ramp has it), and
 * an inverted theme with Fluent's dark accent in dark Office themes. No Office colours: Fluent's default theme.
 */
export function paneTheme(office: OfficeThemeColors | undefined): Theme {
  if (office === undefined) return createTheme({});
  const dark = isDark(office);
  const bg = office.bodyBackgroundColor;
  const fg = office.bodyForegroundColor;
  const beyond = dark ? "#ffffff" : "#000000";
  const neutral = (share: number) => mix(bg, fg, share);
  const palette: Partial<IPalette> = {
    ...(dark ? darkAccent : {}),
    white: bg,
    neutralLighterAlt: neutral(0.03),
    neutralLighter: neutral(0.06),
    neutralLight: neutral(0.1),
    neutralQuaternaryAlt: neutral(0.15),
    neutralQuaternary: neutral(0.18),
    neutralTertiaryAlt: neutral(0.25),
    neutralTertiary: neutral(0.45),
    neutralSecondaryAlt: neutral(0.6),
    neutralSecondary: neutral(0.78),
    neutralPrimaryAlt: neutral(0.88),
    neutralPrimary: fg,
    neutralDark: mix(fg, beyond, 0.35),
    black: mix(fg, beyond, 0.7),
  };
  return createTheme({ palette, isInverted: dark });
}
