import type { CellValue } from "./types";

/** A cell as text for header and label matching: trimmed strings, numbers in JS form, booleans as Excel shows them. */
export function cellText(value: CellValue | undefined): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "";
}

/** True when a cell is empty: missing, null, or only whitespace (String.trim covers NBSP and the ideographic space). */
export function isBlankCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
