import { createRoot } from "react-dom/client";
import { ExcelWorkbook } from "../hosts/excel/excelWorkbook";
import { registerPaneIcons } from "./icons";
import { webJobStorage } from "./jobStorage";
import { webLangStorage } from "./langStorage";
import { startPane } from "./startPane";

registerPaneIcons();
const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
// office.js comes from Office's CDN in a deferred <script> tag that runs before this bundle; when it could not load,
// `Office` is not defined at all (slow is different: the page's own loading text shows until both have run).
const office = typeof Office === "undefined" ? undefined : Office;
// Reaching localStorage itself throws in some sandboxed frames: go through these two calls, which the storages guard.
const local = {
  getItem: (key: string) => window.localStorage.getItem(key),
  setItem: (key: string, value: string) => window.localStorage.setItem(key, value),
};
startPane(
  createRoot(container),
  office,
  () => new ExcelWorkbook(),
  navigator.language,
  webLangStorage(local),
  webJobStorage(local),
);
