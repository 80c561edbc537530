import { createRoot } from "react-dom/client";
import { XlsxWorkbook } from "../../hosts/xlsx/xlsxWorkbook";
import { t } from "../../i18n";
import sampleUrl from "../../../assets/sample/customers.xlsx";
import { registerPaneIcons } from "../icons";
import { toLang } from "../lang";
import { paneTheme } from "../paneTheme";
import { PreviewPage } from "./PreviewPage";

// Development preview: the real task pane over the real .xlsx host, running in the browser on the sample workbook
// (fetched from this page's own origin) or a file the person opens. preview.html?lang=en-US&sheet=Customers%20(EN)
// &theme=dark picks the display language, the sheet the pane starts on and Office's theme (dark: the colours Excel
// reports for its Black theme).
registerPaneIcons();
const params = new URLSearchParams(window.location.search);
const displayLanguage = params.get("lang") ?? navigator.language;
const lang = toLang(displayLanguage);
const dark = {
  bodyBackgroundColor: "#292929",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#1F1F1F",
  controlForegroundColor: "#F0F0F0",
  isDarkTheme: true,
};
const theme = paneTheme(params.get("theme") === "dark" ? dark : undefined);
const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
const root = createRoot(container);

async function start(): Promise<void> {
  const response = await fetch(sampleUrl);
  if (!response.ok) throw new Error(`${sampleUrl}: HTTP ${response.status}`);
  const workbook = XlsxWorkbook.open(new Uint8Array(await response.arrayBuffer()));
  const startSheet = params.get("sheet");
  root.render(
    <PreviewPage {...{ workbook, displayLanguage, lang, theme, startSheet }} file="customers.xlsx" />,
  );
}

start().catch((error: unknown) => {
  // The page's one boundary: say what failed instead of leaving it blank.
  const message = error instanceof Error ? error.message : String(error);
  root.render(<p role="alert">{t(lang, "preview.notXlsx", { file: `customers.xlsx (${message})` })}</p>);
});
