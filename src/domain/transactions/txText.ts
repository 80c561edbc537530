/**
 * Text rules shared by every transaction engine (README "Text folding"): folding, blank cells, trimmed spellings and
 * code-point order. Whitespace here means exactly tab, LF, FF, CR and space (what RE2's `\s` matches, so the SQL
 * engine can use the same class), plus the ideographic space U+3000, which folding turns into a space first.
 */
import type { CellValue } from "../types";

const fullWidthAscii = /[\uff01-\uff5e]/g;
const ideographicSpace = /\u3000/g;
const whitespaceRuns = /[\t\n\f\r ]+/g;
const blankText = /^[\t\n\f\r \u3000]*$/;
const edgeSpace = /^[\t\n\f\r \u3000]+|[\t\n\f\r \u3000]+$/g;

function halfWidth(char: string): string {
  return String.fromCharCode(char.charCodeAt(0) - 0xfee0);
}

/**
 * The folded form of a text: full-width ASCII U+FF01–U+FF5E to U+0021–U+007E, U+3000 to a space, trimmed, every
 * whitespace run one space. Case is kept. Customer keys and SKU codes are folded texts.
 * @example foldText("ＡＢＣ有限公司\u3000 ") //=> "ABC有限公司"
 * @example foldText(" a \t b ") //=> "a b"
 */
export function foldText(text: string): string {
  return text
    .replace(fullWidthAscii, halfWidth)
    .replace(ideographicSpace, " ")
    .replace(whitespaceRuns, " ")
    .replace(/^ | $/g, "");
}

/**
 * True when a cell is blank: missing, null, or a text of whitespace only (its folded form is empty).
 * @example isTxBlank("\u3000") //=> true
 * @example isTxBlank(0) //=> false
 */
export function isTxBlank(raw: CellValue | undefined): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw !== "string") return false;
  // Most texts start with a visible character: skip the regular expression for them.
  const first = raw.charCodeAt(0);
  if (first > 32 && first !== 0x3000) return false;
  return blankText.test(raw);
}

/**
 * A cell as the text a name or code is made of: texts as they are, numbers in JS form, booleans as Excel shows them.
 * @example cellSpelling(1001) //=> "1001"
 */
export function cellSpelling(raw: CellValue | undefined): string {
  if (typeof raw === "string") return raw;
  if (typeof raw === "number") return String(raw);
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return "";
}

/**
 * A spelling trimmed of whitespace and ideographic spaces at both ends, inner spacing and width kept (display names).
 * @example trimSpelling(" ＡＢＣ有限公司\u3000") //=> "ＡＢＣ有限公司"
 */
export function trimSpelling(text: string): string {
  return text.replace(edgeSpace, "");
}

// Surrogate halves stand for code points above U+FFFF, so they must sort after U+E000–U+FFFF.
function codePointRank(unit: number): number {
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/**
 * Code-point order (the order of UTF-8 bytes), never locale collation: negative when a sorts first.
 * Formula: the first differing code point decides; a prefix sorts first.
 * @example compareCodePoints("B", "a") //=> negative ("B" is U+0042, "a" is U+0061)
 * @example compareCodePoints("\uffff", "😀") //=> negative (U+FFFF before U+1F600, unlike UTF-16 order)
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    return x >= 0xd800 && y >= 0xd800 ? codePointRank(x) - codePointRank(y) : x - y;
  }
  return a.length - b.length;
}
