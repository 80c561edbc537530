/**
 * A streaming scanner for a worksheet's `<sheetData>`: it finds each complete `<row>` in the inflated text and walks
 * its cells tag by tag with indexOf, no per-node objects. It replaced a saxes pass that took about 3 s of a
 * 100 000-row job (half the run; see README.md): the sheet part is the one part big enough to matter, and its grammar
 * is small (rows of cells holding `<f>`, `<v>` or `<is>`). Other parts are still read with saxes.
 *
 * Every search is bounded by the row or cell being read: inside a row the scanner only ever looks for the next `<`,
 * which the row's own `</row>` stops at the latest, so each character of the part is examined a fixed number of
 * times whatever program wrote it (inline strings, rich-text runs, phonetic runs, formulas).
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
  /** The `s` attribute: the cell's index into the styles part's `cellXfs` (0, the Normal format, when absent). */
  readonly style: number;
  /** Unescaped text of `<v>`, or of the inline string's `<t>` runs (phonetic runs left out); null when absent. */
  readonly text: string | null;
  /** The cell holds a formula (`<f>`): its value is the formula's cached result. */
  readonly formula: boolean;
}

const sheetDataOpen = /<([A-Za-z_][\w.-]*:)?sheetData[\s/>]/;

/** Tag names with the part's namespace prefix, e.g. `<x:row`. */
interface Names {
  readonly row: string;
  readonly rowClose: string;
  readonly sheetDataClose: string;
  readonly cell: string;
  readonly cellClose: string;
  readonly cellEnd: string;
  readonly v: string;
  readonly vEnd: string;
  readonly f: string;
  readonly is: string;
  readonly t: string;
  readonly tEnd: string;
  readonly rPh: string;
  readonly rPhEnd: string;
  readonly rPr: string;
  readonly rPrClose: string;
}

function names(p: string): Names {
  return {
    row: `<${p}row`,
    rowClose: `</${p}row>`,
    sheetDataClose: `</${p}sheetData`,
    cell: `<${p}c`,
    cellClose: `</${p}c`,
    cellEnd: `</${p}c>`,
    v: `<${p}v`,
    vEnd: `</${p}v>`,
    f: `<${p}f`,
    is: `<${p}is`,
    t: `<${p}t`,
    tEnd: `</${p}t>`,
    rPh: `<${p}rPh`,
    rPhEnd: `</${p}rPh>`,
    rPr: `<${p}rPr`,
    rPrClose: `</${p}rPr>`,
  };
}

/**
 * Feeds text in; calls `onCell` for every cell of every complete row, in document order, and `onTail` with the text
 * after `</sheetData>` (protection, merged cells...), which is all a reader needs of the rest of the part.
 */
export class SheetScanner {
  private buffer = "";
  private names: Names | null = null;
  private done = false;
  private row = 0;
  /** Where the search for the pending row's `</row>` resumes: the text before it holds none. */
  private closeFrom = 0;
  /** The `r` and `t` attributes of the cell tag read last (see `readCellTag`). */
  private ref: string | undefined = undefined;
  private type = "n";
  private style = 0;

  constructor(
    private readonly onCell: (cell: ScannedCell) => void,
    private readonly onTail: (text: string) => void = () => undefined,
  ) {}

  push(text: string): void {
    if (this.done) return this.onTail(text);
    this.buffer += text;
    if (this.names === null && !this.start()) return;
    this.rows();
  }

  /** The text ended: anything left unscanned inside `<sheetData>` means the part was cut short. */
  end(): void {
    if (!this.done && this.names !== null)
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
    this.names = names(match[1] ?? "");
    this.done = this.buffer.charCodeAt(end - 2) === 47; // <sheetData/>
    this.buffer = this.buffer.slice(end);
    if (this.done) this.finish(this.buffer);
    return !this.done;
  }

  private finish(tail: string): void {
    this.done = true;
    this.buffer = "";
    this.onTail(tail);
  }

  private rows(): void {
    const b = this.buffer;
    const n = this.names as Names;
    let at = 0;
    for (;;) {
      const lt = b.indexOf("<", at);
      if (lt < 0) break;
      if (b.startsWith(n.sheetDataClose, lt)) return this.finish(b.slice(lt));
      const openEnd = tagEnd(b, lt);
      if (openEnd < 0) break;
      if (!isTag(b, lt, n.row)) {
        at = openEnd; // comments and anything else between rows
        continue;
      }
      const selfClosing = b.charCodeAt(openEnd - 2) === 47;
      const close = selfClosing ? openEnd : b.indexOf(n.rowClose, Math.max(openEnd, lt + this.closeFrom));
      if (close < 0) {
        // The row goes on in the next text: keep it, and remember how far it holds no `</row>`.
        this.closeFrom = Math.max(openEnd, b.length - n.rowClose.length + 1) - lt;
        at = lt;
        break;
      }
      this.closeFrom = 0;
      const r = attribute(b, lt, openEnd, "r");
      this.row = r === undefined ? this.row + 1 : Number(r);
      if (!selfClosing) this.cells(b, openEnd, close, n);
      at = selfClosing ? openEnd : close + n.rowClose.length;
    }
    this.buffer = b.slice(at);
  }

  /** The cells of the row whose content is `b[from, to)`; `to` is the `<` of its `</row>`. */
  private cells(b: string, from: number, to: number, n: Names): void {
    let column = 0;
    let at = from;
    for (;;) {
      const lt = b.indexOf("<", at); // stops at `to` at the latest
      if (lt >= to) return;
      const cell = isTag(b, lt, n.cell);
      const openEnd = cell ? this.readCellTag(b, lt + n.cell.length) : tagEnd(b, lt);
      if (openEnd < 0 || openEnd > to)
        throw new XlsxError("xlsx.badXml", `row ${this.row}: a tag is cut short`);
      if (!cell) {
        at = openEnd; // another element, e.g. <extLst>
        continue;
      }
      column = this.ref === undefined ? column + 1 : columnNumber(this.ref);
      if (b.charCodeAt(openEnd - 2) === 47) {
        at = openEnd; // <c .../>: a formatted empty cell
        continue;
      }
      at = this.cell(b, openEnd, to, column, n);
    }
  }

  /**
   * Read a cell tag from just after its name to its `>` in one pass, keeping its `r`, `t` and `s` attributes in
   * `this.ref`, `this.type` and `this.style`; returns the index after the tag (-1 when the text ends inside it).
   */
  private readCellTag(b: string, from: number): number {
    this.ref = undefined;
    this.type = "n";
    this.style = 0;
    let i = from;
    for (;;) {
      while (isSpace(b.charCodeAt(i))) i += 1;
      const code = b.charCodeAt(i);
      if (code === 62) return i + 1; // ">"
      if (code === 47) return b.charCodeAt(i + 1) === 62 ? i + 2 : -1; // "/>"
      const nameStart = i;
      while (i < b.length && b.charCodeAt(i) !== 61 && !isSpace(b.charCodeAt(i)) && b.charCodeAt(i) !== 62)
        i += 1;
      const nameEnd = i;
      while (isSpace(b.charCodeAt(i))) i += 1;
      if (b.charCodeAt(i) !== 61) return -1; // no "=": not a tag this scanner can read
      i += 1;
      while (isSpace(b.charCodeAt(i))) i += 1;
      const quote = b.charCodeAt(i);
      if (quote !== 34 && quote !== 39) return -1;
      const close = b.indexOf(quote === 34 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      if (nameEnd - nameStart === 1) {
        const name = b.charCodeAt(nameStart);
        if (name === 114)
          this.ref = unescapeXml(b.slice(i + 1, close)); // r
        else if (name === 116)
          this.type = unescapeXml(b.slice(i + 1, close)); // t
        else if (name === 115) this.style = Number(b.slice(i + 1, close)) || 0; // s
      }
      i = close + 1;
    }
  }

  /**
   * Walk one cell's content from `from` (just after `<c ...>`) to its `</c>`, tag by tag; returns the index after
   * `</c>`. Text between tags never holds `<`, so each step looks no further than the cell's next tag.
   */
  private cell(b: string, from: number, to: number, column: number, n: Names): number {
    const { type, style } = this;
    const inline = type === "inlineStr";
    let value: string | null = null;
    let runs: string[] | null = null;
    let formula = false;
    let at = from;
    for (;;) {
      const lt = b.indexOf("<", at);
      if (lt >= to) throw new XlsxError("xlsx.badXml", `row ${this.row}: <c> is not closed`);
      if (b.startsWith(n.cellEnd, lt)) {
        at = lt + n.cellEnd.length;
        break;
      }
      const end = tagEnd(b, lt);
      if (end < 0 || end > to) throw new XlsxError("xlsx.badXml", `row ${this.row}: a tag is cut short`);
      at = end;
      const empty = b.charCodeAt(end - 2) === 47;
      if (b.charCodeAt(lt + 1) === 47) {
        if (isTag(b, lt, n.cellClose)) break;
      } else if (!inline && isTag(b, lt, n.v)) {
        if (empty) value = "";
        else {
          at = b.indexOf("<", end); // the text runs to `</v>`
          value = b.slice(end, at);
          if (b.startsWith(n.vEnd, at)) at += n.vEnd.length;
        }
      } else if (isTag(b, lt, n.f)) {
        formula = true; // its text runs to `</f>`, which the next step passes over as a close tag
      } else if (inline && isTag(b, lt, n.is)) {
        runs ??= [];
      } else if (inline && isTag(b, lt, n.t) && !empty) {
        at = b.indexOf("<", end); // the text runs to `</t>`
        (runs ??= []).push(b.slice(end, at));
        if (b.startsWith(n.tEnd, at)) at += n.tEnd.length;
      } else if (inline && !empty && (isTag(b, lt, n.rPh) || isTag(b, lt, n.rPr))) {
        // A phonetic run's reading is not the cell's text, and a run's properties hold only empty tags: jump to
        // the element's close, which a well-formed cell holds before its own.
        const close = isTag(b, lt, n.rPh) ? n.rPhEnd : n.rPrClose;
        const closeAt = b.indexOf(close, end);
        if (closeAt < 0 || closeAt >= to)
          throw new XlsxError("xlsx.badXml", `row ${this.row}: ${close} is missing`);
        at = closeAt + close.length;
      }
    }
    const text = inline ? runs && runs.join("") : value;
    this.onCell({
      row: this.row,
      column,
      type,
      style,
      text: text === null ? null : unescapeXml(text),
      formula,
    });
    return at;
  }
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/** Whether the tag `open` (e.g. "<c" or "</c") starts at `lt`, and not a longer name such as "<color". */
function isTag(b: string, lt: number, open: string): boolean {
  return b.startsWith(open, lt) && isNameEnd(b.charCodeAt(lt + open.length));
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** The value of attribute `name` in the tag at `start..end`, unescaped; undefined when absent. Reads only the tag. */
function attribute(b: string, start: number, end: number, name: string): string | undefined {
  let i = start + 1;
  while (i < end && !isSpace(b.charCodeAt(i))) i += 1; // the element's name
  for (;;) {
    while (i < end && isSpace(b.charCodeAt(i))) i += 1;
    const nameStart = i;
    while (i < end && b.charCodeAt(i) !== 61 && !isSpace(b.charCodeAt(i)) && b.charCodeAt(i) !== 62) i += 1;
    const nameEnd = i;
    while (i < end && isSpace(b.charCodeAt(i))) i += 1;
    if (i >= end || b.charCodeAt(i) !== 61) return undefined; // no "=": the tag's end
    i += 1;
    while (i < end && isSpace(b.charCodeAt(i))) i += 1;
    const quote = b.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return undefined;
    // tagEnd honoured quotes, so the closing quote lies inside the tag.
    const close = b.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= end) return undefined;
    if (nameEnd - nameStart === name.length && b.startsWith(name, nameStart))
      return unescapeXml(b.slice(i + 1, close));
    i = close + 1;
  }
}
