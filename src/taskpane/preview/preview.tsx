import { createRoot } from "react-dom/client";
import { App } from "../App";
import { registerPaneIcons } from "../icons";
import { paneTheme } from "../paneTheme";
import { MemoryWorkbook } from "./memoryWorkbook";
import { sampleWorkbook } from "./sampleWorkbook";

// Development preview: the real task pane over an in-memory sample workbook, for looking at it and for screenshots.
// preview.html?lang=en-US&sheet=Customers&theme=dark picks the display language, the active sheet and Office's theme
// (dark: the colours Excel reports for its Black theme).
registerPaneIcons();
const params = new URLSearchParams(window.location.search);
const sheet = params.get("sheet") ?? "客户财务";
const host = new MemoryWorkbook(sampleWorkbook, sheet in sampleWorkbook ? sheet : "客户财务");
const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
const dark = {
  bodyBackgroundColor: "#292929",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#1F1F1F",
  controlForegroundColor: "#F0F0F0",
  isDarkTheme: true,
};
createRoot(container).render(
  <App
    host={host}
    displayLanguage={params.get("lang") ?? navigator.language}
    theme={paneTheme(params.get("theme") === "dark" ? dark : undefined)}
  />,
);
