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
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  // Runs once or twice per row: most texts start with a visible ASCII or CJK character, so skip trim() for them.
  const first = value.charCodeAt(0);
  if (first > 32 && first !== 0xa0 && first < 0x2000) return false;
  if (first >= 0x4e00 && first <= 0x9fff) return false;
  return value.trim() === "";
}
