import { XlsxWorkbook } from "../../hosts/xlsx/xlsxWorkbook";

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** How long a download's object URL lives: long enough for the browser to start saving it. */
const downloadUrlLifetimeMs = 60_000;

/** A workbook file the person picked, opened by the real .xlsx host in the page: nothing is uploaded. */
export async function openWorkbookFile(file: Blob): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(new Uint8Array(await file.arrayBuffer()));
}

/**
 * The name a download gets: the opened file's name with " (kaw)", so it never replaces the original.
 * @example downloadName("customers.xlsx") //=> "customers (kaw).xlsx"
 */
export function downloadName(file: string): string {
  return `${file.replace(/\.xlsx$/i, "")} (kaw).xlsx`;
}

/** Save the workbook's current bytes (what the jobs wrote included) through a download link. */
export function downloadWorkbook(workbook: XlsxWorkbook, file: string): void {
  const bytes = workbook.toBytes();
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: xlsxType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = downloadName(file);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), downloadUrlLifetimeMs);
}
