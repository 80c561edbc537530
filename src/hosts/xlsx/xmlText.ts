/** Small text helpers for XML parts edited as strings: escaping, OOXML `_xHHHH_` escapes, attributes. */

const entities: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Escape text or an attribute value for XML. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;",
  );
}

/** Decode the five named entities and numeric character references. */
export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return entities[ref] ?? whole;
  });
}

/**
 * Decode OOXML's `_xHHHH_` escapes in cell text (`_x000D_` is a carriage return, `_x005F_` a literal underscore).
 * @example decodeOoxmlText("a_x000D_b") //=> "a\rb"
 */
export function decodeOoxmlText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Encode text for a `<t>` element: characters XML cannot hold become `_xHHHH_`, and a literal `_xHHHH_`
 * gets its underscore escaped, so Excel reads back exactly the text we were given.
 * @example encodeOoxmlText("_x000D_") //=> "_x005F_x000D_"
 */
export function encodeOoxmlText(text: string): string {
  const guarded = text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_");
  // XML 1.0 allows tab, LF and CR; other C0 controls and U+FFFE/U+FFFF must be escaped.
  // eslint-disable-next-line no-control-regex
  const safe = guarded.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => {
    return `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
  });
  return escapeXml(safe);
}

/** Compiled attribute patterns: rows and cells ask for the same few names a million times. */
const patterns = new Map<string, RegExp>();

function attrPattern(name: string): RegExp {
  let pattern = patterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    patterns.set(name, pattern);
  }
  return pattern;
}

/** An attribute's decoded value in an open tag's text, e.g. `attr('<c r="A1">', "r") === "A1"`. */
export function attr(tag: string, name: string): string | undefined {
  const match = attrPattern(name).exec(tag);
  if (!match) return undefined;
  return unescapeXml(match[2] ?? match[3] ?? "");
}

/** Set (or add, before the tag's end) an attribute in an open tag's text. */
export function setAttr(tag: string, name: string, value: string): string {
  return setEncodedAttr(tag, name, escapeXml(value));
}

/** Like `setAttr`, for a value already encoded for XML (e.g. by `encodeOoxmlText`). */
export function setEncodedAttr(tag: string, name: string, encodedValue: string): string {
  const encoded = `${name}="${encodedValue}"`;
  const pattern = attrPattern(name);
  if (pattern.test(tag)) return tag.replace(pattern, ` ${encoded}`);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end).trimEnd()} ${encoded}${tag.slice(end)}`;
}

/** Remove an attribute from an open tag's text. */
export function removeAttr(tag: string, name: string): string {
  return tag.replace(attrPattern(name), "");
}
