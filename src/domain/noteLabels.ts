/**
 * Note lines under a table: "注：…", "说明：…", "备注：…", "数据来源：…", "Note: …", "Source: …".
 */

// The markers, then a half- or full-width colon; a note may start with spaces. Matched after NFKC, any case.
const noteMarker = /^\s*(?:注|说明|备注|数据来源|资料来源|notes?|sources?)\s*[:：]/i;

/**
 * A cheap look at the first visible character, so most customer names skip the pattern. It runs once per customer
 * row of a million-row sheet, so it compares character codes: n or s in either case, 注 说 备 数 资, or a
 * full-width form (checked after NFKC).
 */
export function mayBeNote(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 32 || code === 0xa0 || code === 0x3000) continue;
    if (code < 0x80) return (code | 0x20) === 0x6e || (code | 0x20) === 0x73;
    if (code >= 0xff00) return code <= 0xffef;
    return code === 0x6ce8 || code === 0x8bf4 || code === 0x5907 || code === 0x6570 || code === 0x8d44;
  }
  return false;
}

/**
 * True when a text starts with a note marker and a colon (full-width or ASCII), ignoring case and width.
 * @example isNoteLabel("注：单位为万元") //=> true
 * @example isNoteLabel("Sources: company filings") //=> true
 * @example isNoteLabel("说明书印刷厂") //=> false
 */
export function isNoteLabel(text: string): boolean {
  return mayBeNote(text) && noteMarker.test(text.normalize("NFKC"));
}
