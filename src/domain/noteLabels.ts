/**
 * Note lines under a table: "注：…", "说明：…", "备注：…", "数据来源：…", "Note: …", "Source: …".
 */

// The markers, then a half- or full-width colon; a note may start with spaces. Matched after NFKC, any case.
const noteMarker = /^\s*(?:注|说明|备注|数据来源|资料来源|notes?|sources?)\s*[:：]/i;

// First letters of the markers (注 说 备 数 资 n s, either case); full-width forms are checked after NFKC.
const noteInitials: ReadonlySet<number> = new Set([
  0x6ce8, 0x8bf4, 0x5907, 0x6570, 0x8d44, 0x6e, 0x73, 0x4e, 0x53,
]);

/**
 * A cheap look at the first visible character, so most customer names skip the pattern. Runs on a million rows.
 */
export function mayBeNote(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 32 || code === 0xa0 || code === 0x3000) continue;
    return noteInitials.has(code) || (code >= 0xff00 && code <= 0xffef);
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
