import type { FormatToken } from "./formatTokens";

type Digit = "0" | "#" | "?";

/** Where a section's placeholders sit: literals before and after, digits on each side of the point and exponent. */
interface Layout {
  readonly before: string;
  readonly after: string;
  readonly integer: readonly Digit[];
  readonly fraction: readonly Digit[];
  readonly exponent: { readonly sign: "+" | "-"; readonly digits: number } | null;
  readonly grouping: boolean;
  /** Powers of 1000 to divide by: commas right after the last digit placeholder ("#,##0," shows thousands). */
  readonly thousands: number;
  readonly percents: number;
}

/**
 * Round half away from zero to `decimals` places as Excel does: on the number's 15 significant digits, so
 * 1.005 shows as 1.01 although its binary value lies just below.
 * @example roundHalfAway(2.345, 2) //=> 2.35
 */
export function roundHalfAway(value: number, decimals: number): number {
  const shifted = Number(`${Number(Math.abs(value).toPrecision(15))}e${decimals}`);
  return Math.sign(value) * Number(`${Math.round(shifted)}e-${decimals}`);
}

/**
 * A non-negative number through a section's digit placeholders: `0` always shows a digit, `#` only a significant
 * one, `?` a space instead; a comma between digits groups thousands; `%` multiplies by 100; `E+00` is scientific.
 * @example renderNumber(1234.5, tokenize("#,##0.00")) //=> "1,234.50"
 */
export function renderNumber(value: number, tokens: readonly FormatToken[]): string {
  const layout = layoutOf(tokens);
  const scaled = (value * 100 ** layout.percents) / 1000 ** layout.thousands;
  const body = layout.exponent ? scientific(scaled, layout) : fixed(scaled, layout);
  return `${layout.before}${body}${layout.after}`;
}

function layoutOf(tokens: readonly FormatToken[]): Layout {
  const digitAt = tokens.flatMap((token, i) => (token.kind === "digit" ? [i] : []));
  const first = digitAt[0] ?? tokens.length;
  const last = digitAt[digitAt.length - 1] ?? -1;
  const text = (from: number, to: number): string =>
    tokens
      .slice(from, to)
      .map((t) => (t.kind === "literal" ? t.text : t.kind === "percent" ? "%" : ""))
      .join("");
  const integer: Digit[] = [];
  const fraction: Digit[] = [];
  let exponentSign: "+" | "-" | null = null;
  let exponentDigits = 0;
  let part: "integer" | "fraction" | "exponent" = "integer";
  let grouping = false;
  for (const token of tokens.slice(first, last + 1)) {
    if (token.kind === "point" && part === "integer") part = "fraction";
    else if (token.kind === "exponent") [part, exponentSign] = ["exponent", token.sign];
    else if (token.kind === "comma" && part === "integer") grouping = true;
    else if (token.kind === "digit" && part === "exponent") exponentDigits += 1;
    else if (token.kind === "digit") (part === "integer" ? integer : fraction).push(token.char);
  }
  let thousands = 0;
  while (tokens[last + 1 + thousands]?.kind === "comma") thousands += 1;
  const percents = tokens.filter((token) => token.kind === "percent").length;
  const exponent = exponentSign === null ? null : { sign: exponentSign, digits: exponentDigits };
  const [before, after] = [text(0, first), text(last + 1, tokens.length)];
  return {
    before,
    after,
    integer,
    fraction,
    exponent,
    grouping,
    thousands,
    percents,
  };
}

function fixed(value: number, layout: Layout): string {
  const rounded = roundHalfAway(value, layout.fraction.length);
  const [whole = "0", decimals = ""] = rounded.toFixed(layout.fraction.length).split(".");
  return integerDigits(whole, layout) + fractionDigits(decimals, layout.fraction);
}

function integerDigits(whole: string, layout: Layout): string {
  const shown = whole === "0" ? "" : whole;
  const zeros = layout.integer.filter((d) => d === "0").length;
  const spaces = layout.integer.filter((d) => d === "?").length;
  let digits = shown.padStart(zeros, "0");
  if (layout.grouping) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return digits.padStart(zeros + spaces, " ");
}

/** The decimals with trailing zeros dropped where the placeholder is `#` (or shown as spaces for `?`). */
function fractionDigits(decimals: string, placeholders: readonly Digit[]): string {
  if (placeholders.length === 0) return "";
  const chars = decimals.split("");
  for (let i = chars.length - 1; i >= 0 && chars[i] === "0" && placeholders[i] !== "0"; i -= 1)
    chars[i] = placeholders[i] === "?" ? " " : "";
  const shown = chars.join("");
  return shown === "" ? "." : `.${shown}`;
}

function scientific(value: number, layout: Layout): string {
  const exponent = layout.exponent ?? { sign: "+", digits: 1 };
  const width = Math.max(1, layout.integer.length);
  let power = value === 0 ? 0 : Math.floor(Math.log10(value));
  // "##0.0E+0" is engineering notation: the exponent is a multiple of the integer placeholders.
  power = width > 1 ? Math.floor(power / width) * width : power;
  let mantissa = roundHalfAway(value / 10 ** power, layout.fraction.length);
  if (mantissa >= 10 ** width) [mantissa, power] = [mantissa / 10 ** width, power + width];
  const sign = power < 0 ? "-" : exponent.sign === "+" ? "+" : "";
  const digits = String(Math.abs(power)).padStart(exponent.digits, "0");
  return `${fixed(mantissa, { ...layout, grouping: false })}E${sign}${digits}`;
}
