import { createRoot } from "react-dom/client";
import { App } from "../App";
import { registerPaneIcons } from "../icons";
import { MemoryWorkbook } from "./memoryWorkbook";
import { sampleWorkbook } from "./sampleWorkbook";

// Development preview: the real task pane over an in-memory sample workbook, for looking at it and for screenshots.
// preview.html?lang=en-US&sheet=Customers picks the display language and the active sheet.
registerPaneIcons();
const params = new URLSearchParams(window.location.search);
const sheet = params.get("sheet") ?? "客户财务";
const host = new MemoryWorkbook(sampleWorkbook, sheet in sampleWorkbook ? sheet : "客户财务");
const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
createRoot(container).render(<App host={host} displayLanguage={params.get("lang") ?? navigator.language} />);
