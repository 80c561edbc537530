/**
 * The row walk both sheet patchers share: through buffered `<sheetData>` text, hand each complete `<row>` to `onRow`
 * and copy everything between rows (whitespace, comments) through `emit` verbatim.
 */
import { tagEnd } from "./xmlTags";

export interface RowWalk {
  /** Index of the first character not yet handled: the caller keeps `text.slice(at)` for the next piece. */
  readonly at: number;
  /** `</sheetData>` starts at `at`: the rows are over. */
  readonly ended: boolean;
}

/**
 * Walk the complete rows of `b` (element names with namespace prefix `p`). Stops at `</sheetData>` (having emitted
 * the text before it) or where the text ends inside a tag or a row.
 */
export function walkRows(
  b: string,
  p: string,
  emit: (text: string) => void,
  onRow: (xml: string, openEnd: number) => void,
): RowWalk {
  const rowOpen = `<${p}row`;
  const rowClose = `</${p}row>`;
  let at = 0;
  for (;;) {
    const lt = b.indexOf("<", at);
    if (lt < 0) return { at, ended: false };
    if (b.startsWith(`</${p}sheetData`, lt)) {
      emit(b.slice(at, lt));
      return { at: lt, ended: true };
    }
    const openEnd = b.startsWith("<!--", lt) ? b.indexOf("-->", lt) + 3 : tagEnd(b, lt);
    if (openEnd < 3) return { at, ended: false };
    if (!b.startsWith(rowOpen, lt) || !/[\s/>]/.test(b.charAt(lt + rowOpen.length))) {
      emit(b.slice(at, openEnd)); // whitespace, comments: copied
      at = openEnd;
      continue;
    }
    const selfClosing = b.charCodeAt(openEnd - 2) === 47;
    const close = selfClosing ? openEnd : b.indexOf(rowClose, openEnd);
    if (close < 0) return { at, ended: false };
    const rowEnd = selfClosing ? openEnd : close + rowClose.length;
    emit(b.slice(at, lt));
    onRow(b.slice(lt, rowEnd), openEnd - lt);
    at = rowEnd;
  }
}
