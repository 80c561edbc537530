import type { OfficeThemeColors } from "../../src/taskpane/paneTheme";

/** Office's colours for the Colorful (light) theme, as Excel reports them in Office.context.officeTheme. */
export const lightOffice: OfficeThemeColors = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#000000",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#000000",
  isDarkTheme: false,
};

/** Office's Black theme: dark grey body, light text. */
export const darkOffice: OfficeThemeColors = {
  bodyBackgroundColor: "#292929",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#1F1F1F",
  controlForegroundColor: "#F0F0F0",
  isDarkTheme: true,
};
