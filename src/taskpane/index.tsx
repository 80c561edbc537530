import { createRoot } from "react-dom/client";
import { ExcelWorkbook } from "../hosts/excel/excelWorkbook";
import { registerPaneIcons } from "./icons";
import { startPane } from "./startPane";

registerPaneIcons();
const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
// office.js comes from Office's CDN in a <script> tag; when it could not load, `Office` is not defined at all.
const office = typeof Office === "undefined" ? undefined : Office;
startPane(createRoot(container), office, () => new ExcelWorkbook(), navigator.language);
