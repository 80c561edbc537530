/**
 * Bytes of `text` in UTF-8, counted from its UTF-16 code units without encoding it: one below U+0080, two below
 * U+0800, four for a surrogate pair (a character beyond U+FFFF), three for anything else — a lone surrogate too,
 * which an encoder replaces with U+FFFD.
 * @example utf8Bytes("客户A") //=> 7 (3 + 3 + 1)
 */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0x800) {
      bytes += 1;
      continue;
    }
    const pairs = unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    // A pair is two units and four bytes; any other unit from U+0800 up is one unit and three bytes.
    if (pairs) i += 1;
    bytes += 2;
  }
  return bytes;
}

/**
 * UTF-8 bytes of `value` as JSON, which is how Office.js carries values to and from Excel: quotes, commas and the
 * escapes of `"`, `\` and control characters (`\n` is 2 bytes, U+0001 is 6) are all counted, since they are in the
 * string `JSON.stringify` returns.
 * @example jsonBytes(["客户A", 1.5]) //=> 15 (9 ASCII characters, 2 CJK of 3 bytes)
 */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "");
}
