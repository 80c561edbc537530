// The ribbon's function file. The Workbench button is a ShowTaskpane action, so no function command is registered;
// Office still requires the file to load office.js and call onReady before the ribbon is usable.
if (typeof Office !== "undefined") {
  void Office.onReady(() => {});
}
