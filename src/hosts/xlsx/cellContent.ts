import type { CellInput } from "../../plan/edits";
import { XlsxError } from "./xlsxError";
import { encodeOoxmlText, escapeXml } from "./xmlText";

/** What goes inside a `<c>`: its `t` attribute (absent for numbers) and child elements. */
export interface CellContent {
  readonly t?: "inlineStr" | "str" | "b" | "e";
  /** `<v>`, `<f>`, `<is>` children; "" for an empty cell. */
  readonly inner: string;
}

/** Excel's error values: a formula's cached string result that is one of these is written as an error. */
const errorValues = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
]);

/** Whether a cell input is a date (written as a serial with a date format). */
export function isDateInput(value: CellInput | undefined): value is { readonly date: number } {
  return typeof value === "object" && value !== null && "date" in value;
}

/**
 * The content of a cell. Text is an inline string (`t="inlineStr"`): never a formula, whatever it starts with,
 * and no shared-strings part to rewrite. A formula keeps its cached value: number, `t="str"` text, `t="b"`
 * boolean, `t="e"` error (a string such as "#DIV/0!"), or no `<v>` when it is null.
 * @example cellContent({ formula: "A1&B1", value: "ab" }, "C1", "") //=> { t: "str", inner: "<f>A1&amp;B1</f><v>ab</v>" }
 */
export function cellContent(value: CellInput, ref: string, p: string): CellContent {
  if (value === null) return { inner: "" };
  if (typeof value === "number") return { inner: `<${p}v>${numberText(value, ref)}</${p}v>` };
  if (typeof value === "string") return { t: "inlineStr", inner: inlineText(value, p) };
  if (typeof value === "boolean") return { t: "b", inner: `<${p}v>${value ? 1 : 0}</${p}v>` };
  if (isDateInput(value)) return { inner: `<${p}v>${numberText(value.date, ref)}</${p}v>` };
  const f = `<${p}f>${escapeXml(value.formula)}</${p}f>`;
  const cached = value.value;
  if (cached === null) return { inner: f };
  if (typeof cached === "number") return { inner: `${f}<${p}v>${numberText(cached, ref)}</${p}v>` };
  if (typeof cached === "boolean") return { t: "b", inner: `${f}<${p}v>${cached ? 1 : 0}</${p}v>` };
  const t = errorValues.has(cached) ? "e" : "str";
  return { t, inner: `${f}<${p}v>${escapeXml(cached)}</${p}v>` };
}

/** A whole `<c>` element. */
export function cellXml(ref: string, s: number | undefined, content: CellContent, p: string): string {
  const style = s === undefined || s === 0 ? "" : ` s="${s}"`;
  const t = content.t ? ` t="${content.t}"` : "";
  const open = `<${p}c r="${ref}"${style}${t}`;
  return content.inner ? `${open}>${content.inner}</${p}c>` : `${open}/>`;
}

/** `<is><t>` for text: always a literal string, even when it starts with "=" (never a formula). */
export function inlineText(text: string, p: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<${p}is><${p}t${space}>${encodeOoxmlText(text)}</${p}t></${p}is>`;
}

/**
 * Shortest text that reads back as the same double (JavaScript's round-trip formatting).
 * @example numberText(0.1 + 0.2, "H4") //=> "0.30000000000000004"
 */
export function numberText(value: number, ref: string): string {
  if (!Number.isFinite(value))
    throw new XlsxError("xlsx.badNumber", `${ref}: ${value} is not a number Excel can hold`);
  return Object.is(value, -0) ? "0" : String(value);
}
