/**
 * A streaming scanner for a worksheet's `<sheetData>`: it finds each complete `<row>` in the inflated text and reads
 * its cells' type, reference and value text with indexOf, no per-node objects. It replaced a saxes pass that took
 * about 3 s of a 100 000-row job (half the run; see README.md): the sheet part is the one part big enough to matter,
 * and its grammar is small (rows of cells holding `<f>`, `<v>` or `<is>`). Other parts are still read with saxes.
 */
import { columnNumber } from "./cellRef";
import { XlsxError } from "./xlsxError";
import { tagEnd } from "./xmlTags";
import { unescapeXml } from "./xmlText";

/**
 * One cell as written: its 1-based position, `t` attribute, and the text of `<v>` or of the inline `<t>`s. A formula
 * needs nothing more: its cached result is its `<v>`, and one without a cached result reads as empty.
 */
export interface ScannedCell {
  readonly row: number;
  readonly column: number;
  readonly type: string;
  /** Unescaped text of `<v>`, or of the inline string's `<t>` runs (phonetic runs left out); null when absent. */
  readonly text: string | null;
}

const sheetDataOpen = /<([A-Za-z_][\w.-]*:)?sheetData[\s/>]/;

/** Feeds text in; calls `onCell` for every cell of every complete row, in document order. */
export class SheetScanner {
  private buffer = "";
  private prefix: string | null = null;
  private done = false;
  private row = 0;

  constructor(private readonly onCell: (cell: ScannedCell) => void) {}

  push(text: string): void {
    if (this.done) return;
    this.buffer += text;
    if (this.prefix === null && !this.start()) return;
    this.rows();
  }

  /** The text ended: anything left unscanned inside `<sheetData>` means the part was cut short. */
  end(): void {
    if (!this.done && this.prefix !== null)
      throw new XlsxError("xlsx.badXml", "the sheet ends inside <sheetData>");
  }

  private start(): boolean {
    const match = sheetDataOpen.exec(this.buffer);
    const end = match ? tagEnd(this.buffer, match.index) : -1;
    if (!match || end < 0) {
      // Keep only a tail long enough to hold a split "<x:sheetData" while waiting for more text.
      if (this.buffer.length > 4096) this.buffer = this.buffer.slice(-256);
      return false;
    }
    this.prefix = match[1] ?? "";
    this.done = this.buffer.charCodeAt(end - 2) === 47; // <sheetData/>
    this.buffer = this.buffer.slice(end);
    return !this.done;
  }

  private rows(): void {
    const b = this.buffer;
    const p = this.prefix ?? "";
    const rowOpen = `<${p}row`;
    const rowClose = `</${p}row>`;
    let at = 0;
    for (;;) {
      const lt = b.indexOf("<", at);
      if (lt < 0) break;
      if (b.startsWith(`</${p}sheetData`, lt)) {
        this.done = true;
        this.buffer = "";
        return;
      }
      const openEnd = tagEnd(b, lt);
      if (openEnd < 0) break;
      if (!b.startsWith(rowOpen, lt) || !/[\s/>]/.test(b.charAt(lt + rowOpen.length))) {
        at = openEnd; // comments and anything else between rows
        continue;
      }
      const selfClosing = b.charCodeAt(openEnd - 2) === 47;
      const close = selfClosing ? openEnd : b.indexOf(rowClose, openEnd);
      if (close < 0) break;
      const r = attribute(b, lt, openEnd, "r");
      this.row = r === undefined ? this.row + 1 : Number(r);
      if (!selfClosing) this.cells(b, openEnd, close, p);
      at = selfClosing ? openEnd : close + rowClose.length;
    }
    this.buffer = b.slice(at);
  }

  private cells(b: string, from: number, to: number, p: string): void {
    const cellOpen = `<${p}c`;
    let column = 0;
    let at = from;
    for (;;) {
      const lt = b.indexOf(cellOpen, at);
      if (lt < 0 || lt >= to) return;
      const after = b.charCodeAt(lt + cellOpen.length);
      const openEnd = tagEnd(b, lt);
      if (openEnd < 0 || openEnd > to)
        throw new XlsxError("xlsx.badXml", `row ${this.row}: a cell tag is cut short`);
      if (after !== 32 && after !== 47 && after !== 62 && after !== 9 && after !== 10 && after !== 13) {
        at = openEnd; // another element whose name starts with "c"
        continue;
      }
      const ref = attribute(b, lt, openEnd, "r");
      column = ref === undefined ? column + 1 : columnNumber(ref);
      const type = attribute(b, lt, openEnd, "t") ?? "n";
      if (b.charCodeAt(openEnd - 2) === 47) {
        at = openEnd; // <c .../>: a formatted empty cell
        continue;
      }
      const close = b.indexOf(`</${p}c>`, openEnd);
      if (close < 0 || close > to) throw new XlsxError("xlsx.badXml", `row ${this.row}: <c> is not closed`);
      const text =
        type === "inlineStr" ? inlineText(b, openEnd, close, p) : element(b, openEnd, close, `${p}v`);
      this.onCell({ row: this.row, column, type, text });
      at = close + p.length + 4;
    }
  }
}

/** The value of attribute `name` in the tag at `start..end`, unescaped; undefined when absent. */
function attribute(b: string, start: number, end: number, name: string): string | undefined {
  let at = start;
  for (;;) {
    at = b.indexOf(name, at + 1);
    if (at < 0 || at >= end) return undefined;
    const before = b.charCodeAt(at - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    let i = at + name.length;
    while (b.charCodeAt(i) === 32) i += 1;
    if (b.charCodeAt(i) !== 61) continue; // "="
    i += 1;
    while (b.charCodeAt(i) === 32) i += 1;
    const quote = b.charAt(i);
    const close = b.indexOf(quote, i + 1);
    if ((quote !== '"' && quote !== "'") || close < 0 || close > end) return undefined;
    return unescapeXml(b.slice(i + 1, close));
  }
}

/** The text of the first `<name>` element between `from` and `to`, unescaped; null when there is none. */
function element(b: string, from: number, to: number, name: string): string | null {
  const open = b.indexOf(`<${name}`, from);
  if (open < 0 || open >= to) return null;
  const openEnd = tagEnd(b, open);
  if (b.charCodeAt(openEnd - 2) === 47) return "";
  const close = b.indexOf(`</${name}>`, openEnd);
  if (close < 0 || close > to) throw new XlsxError("xlsx.badXml", `<${name}> is not closed`);
  return unescapeXml(b.slice(openEnd, close));
}

/** An inline string's text: every `<t>` outside phonetic runs (`<rPh>`), joined. */
function inlineText(b: string, from: number, to: number, p: string): string | null {
  const parts: string[] = [];
  let at = from;
  for (;;) {
    const open = b.indexOf(`<${p}t`, at);
    if (open < 0 || open >= to) break;
    const next = b.charCodeAt(open + p.length + 2);
    const openEnd = tagEnd(b, open);
    if (next !== 62 && next !== 32 && next !== 47) {
      at = openEnd;
      continue;
    }
    const phonetic = b.lastIndexOf(`<${p}rPh`, open);
    const inPhonetic = phonetic >= from && b.indexOf(`</${p}rPh>`, phonetic) > open;
    if (b.charCodeAt(openEnd - 2) === 47) {
      at = openEnd;
      continue;
    }
    const close = b.indexOf(`</${p}t>`, openEnd);
    if (close < 0 || close > to) throw new XlsxError("xlsx.badXml", "<t> is not closed");
    if (!inPhonetic) parts.push(b.slice(openEnd, close));
    at = close;
  }
  return parts.length === 0 && b.indexOf(`<${p}is`, from) < 0 ? null : unescapeXml(parts.join(""));
}
