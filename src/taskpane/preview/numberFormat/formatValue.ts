import type { CellValue } from "../../../domain/types";
import { renderDate } from "./datePattern";
import type { FormatToken } from "./formatTokens";
import { splitSections, tokenize } from "./formatTokens";
import { renderNumber } from "./numberPattern";

/** Excel's General shows at most this many characters in a column of the default width. */
const generalWidthChars = 11;
/** The last day Excel can show as a date (9999-12-31). */
const lastDateSerial = 2_958_465;

/**
 * A cell's value as Excel displays it under the number format `code`: numbers through the section for their sign
 * (positive;negative;zero;text), dates and times from their serial, text through the text section's `@`.
 * Fractions (`# ?/?`) and other codes this renderer does not draw fall back to General.
 * @example formatValue(0.1234, "0.0%") //=> "12.3%"
 * @example formatValue(1234.5, "#,##0.00") //=> "1,234.50"
 * @example formatValue(45360, "yyyy-mm-dd") //=> "2024-03-09"
 */
export function formatValue(value: CellValue, code: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const sections = splitSections(code.trim() === "" ? "General" : code);
  if (typeof value === "string") return formatText(value, sections);
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0 && sections.length >= 2;
  const zero = value === 0 && sections.length >= 3;
  const section = (negative ? sections[1] : zero ? sections[2] : sections[0]) ?? "General";
  // A negative number through the first section keeps its minus sign; its own section shows it as written.
  const sign = value < 0 && !negative ? "-" : "";
  const tokens = tokenize(section);
  if (isDate(tokens)) return value < 0 || value > lastDateSerial ? "#####" : renderDate(value, tokens);
  if (
    !tokens.some((token) => token.kind === "digit") ||
    tokens.some((t) => t.kind === "slash" || t.kind === "general")
  )
    return plain(Math.abs(value), sign, tokens);
  return `${sign}${renderNumber(Math.abs(value), tokens)}`;
}

/**
 * A number in Excel's General format: integers as they are, others to as many significant digits as fit 11
 * characters, very large or small numbers in scientific notation.
 * @example general(1 / 3) //=> "0.333333333"
 */
export function general(value: number): string {
  const size = Math.abs(value);
  if (size !== 0 && (size >= 1e11 || size < 1e-9)) return scientificGeneral(value);
  for (let digits = 10; digits > 1; digits -= 1) {
    const text = String(Number(value.toPrecision(digits)));
    if (text.length <= generalWidthChars) return text;
  }
  return String(Math.round(value));
}

function scientificGeneral(value: number): string {
  const [mantissa = "0", exponent = "0"] = value.toExponential(5).split("e");
  const power = Number(exponent);
  const trimmed = mantissa.replace(/\.?0+$/, "");
  return `${trimmed}E${power < 0 ? "-" : "+"}${String(Math.abs(power)).padStart(2, "0")}`;
}

/** A section without digit placeholders (words, General, @; a fraction, shown as General): as written. */
function plain(size: number, sign: string, tokens: readonly FormatToken[]): string {
  if (tokens.some((token) => token.kind === "slash")) return `${sign}${general(size)}`;
  const text = tokens
    .map((token) =>
      token.kind === "general" || token.kind === "at"
        ? general(size)
        : token.kind === "literal"
          ? token.text
          : "",
    )
    .join("");
  return text === "" ? "" : `${sign}${text}`;
}

/** Text through the fourth section, or through a single section that has `@`; otherwise as it is. */
function formatText(text: string, sections: readonly string[]): string {
  const section =
    sections.length >= 4 ? sections[3] : sections.find((s) => tokenize(s).some((t) => t.kind === "at"));
  if (section === undefined) return text;
  return tokenize(section)
    .map((token) => (token.kind === "at" ? text : token.kind === "literal" ? token.text : ""))
    .join("");
}

function isDate(tokens: readonly FormatToken[]): boolean {
  return tokens.some((token) => token.kind === "date" || token.kind === "elapsed");
}
