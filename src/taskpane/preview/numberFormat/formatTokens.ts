/**
 * One piece of a number format section: text shown as it is, a digit or date placeholder, or a marker.
 * `elapsed` holds "[h]", "[mm]" or "[ss]"; `general` is the word General inside a section.
 */
export type FormatToken =
  | { readonly kind: "literal"; readonly text: string }
  | { readonly kind: "digit"; readonly char: "0" | "#" | "?" }
  | { readonly kind: "point" | "comma" | "percent" | "slash" | "at" | "general" | "ampm" }
  | { readonly kind: "exponent"; readonly sign: "+" | "-" }
  | { readonly kind: "date"; readonly char: "y" | "m" | "d" | "h" | "s"; readonly count: number }
  | { readonly kind: "elapsed"; readonly char: "h" | "m" | "s" }
  | { readonly kind: "ampmShort" };

const singles: Readonly<Record<string, FormatToken>> = {
  ".": { kind: "point" },
  ",": { kind: "comma" },
  "%": { kind: "percent" },
  "/": { kind: "slash" },
  "@": { kind: "at" },
};

/**
 * Split a format code into its sections (positive;negative;zero;text), honouring quotes and escapes.
 * @example splitSections('#,##0.00;(#,##0.00);"-"') //=> ["#,##0.00", "(#,##0.00)", '"-"']
 */
export function splitSections(code: string): string[] {
  const sections: string[] = [];
  let start = 0;
  for (let i = 0; i < code.length; i += 1) {
    const char = code[i];
    if (char === '"') i = closing(code, i);
    else if (char === "\\") i += 1;
    else if (char === ";") {
      sections.push(code.slice(start, i));
      start = i + 1;
    }
  }
  sections.push(code.slice(start));
  return sections;
}

/** Index of the quote closing the one at `open` (the end of the code when it is never closed). */
function closing(code: string, open: number): number {
  const end = code.indexOf('"', open + 1);
  return end < 0 ? code.length : end;
}

/**
 * The tokens of one section. Colours and conditions ([Red], [>=100]) and locale tags ([$-804]) show nothing;
 * a currency tag shows its symbol ([$€-407] → "€"); `_x` is a space as wide as x, `*x` a fill (nothing here).
 * @example tokenize('0.0"%"').map((t) => t.kind) //=> ["digit", "point", "digit", "literal"]
 */
export function tokenize(section: string): FormatToken[] {
  const tokens: FormatToken[] = [];
  for (let i = 0; i < section.length;) {
    const [token, length] = readToken(section, i);
    if (token) tokens.push(token);
    i += length;
  }
  return tokens;
}

function readToken(s: string, i: number): [FormatToken | null, number] {
  const char = s[i] ?? "";
  const lower = char.toLowerCase();
  if (char === '"') {
    const end = closing(s, i);
    return [{ kind: "literal", text: s.slice(i + 1, end) }, end - i + 1];
  }
  if (char === "\\") return [{ kind: "literal", text: s[i + 1] ?? "" }, 2];
  if (char === "_") return [{ kind: "literal", text: " " }, 2];
  if (char === "*") return [null, 2];
  if (char === "[") return bracket(s, i);
  if (char === "0" || char === "#" || char === "?") return [{ kind: "digit", char }, 1];
  const single = singles[char];
  if (single) return [single, 1];
  if (/^general/i.test(s.slice(i, i + 7))) return [{ kind: "general" }, 7];
  if (/^am\/pm/i.test(s.slice(i, i + 5))) return [{ kind: "ampm" }, 5];
  if (/^a\/p/i.test(s.slice(i, i + 3))) return [{ kind: "ampmShort" }, 3];
  if (lower === "e" && (s[i + 1] === "+" || s[i + 1] === "-"))
    return [{ kind: "exponent", sign: s[i + 1] as "+" | "-" }, 2];
  if (lower === "y" || lower === "m" || lower === "d" || lower === "h" || lower === "s") {
    let count = 1;
    while ((s[i + count] ?? "").toLowerCase() === lower) count += 1;
    return [{ kind: "date", char: lower, count }, count];
  }
  return [{ kind: "literal", text: char }, 1];
}

function bracket(s: string, i: number): [FormatToken | null, number] {
  const end = s.indexOf("]", i);
  if (end < 0) return [{ kind: "literal", text: s.slice(i) }, s.length - i];
  const inside = s.slice(i + 1, end);
  const length = end - i + 1;
  const elapsed = /^(h+|m+|s+)$/i.exec(inside);
  if (elapsed)
    return [{ kind: "elapsed", char: (inside[0] ?? "h").toLowerCase() as "h" | "m" | "s" }, length];
  if (inside.startsWith("$")) {
    const symbol = inside.slice(1).split("-")[0] ?? "";
    return [symbol ? { kind: "literal", text: symbol } : null, length];
  }
  return [null, length];
}
