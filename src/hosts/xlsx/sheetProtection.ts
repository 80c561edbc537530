import { XlsxError } from "./xlsxError";
import type { XlsxPackage } from "./xlsxPackage";
import { tagEnd } from "./xmlTags";
import { attr } from "./xmlText";

const name = "sheetProtection";
/** Characters kept from one piece of text to the next, enough for a split "<x:sheetProtection". */
const carryChars = 64;

/**
 * Finds a worksheet's `<sheetProtection>` in its text, fed piece by piece: a read feeds it only the text after
 * `<sheetData>`, where the element stands (see `SheetScanner`'s `onTail`). Excel
 * refuses to write into the locked cells of a sheet protected with `sheet="1"`, and every cell is locked unless its
 * style says otherwise. Cell text cannot hide a false match: a literal `<` in it is always escaped.
 */
export class ProtectionFinder {
  private carry = "";
  private decided: boolean | null = null;

  /** True once the sheet is known to be protected. */
  get isProtected(): boolean {
    return this.decided === true;
  }

  push(text: string): void {
    if (this.decided !== null) return;
    const b = this.carry + text;
    for (let at = b.indexOf(name); at >= 0; at = b.indexOf(name, at + 1)) {
      const lt = tagStart(b, at);
      if (lt < 0) continue;
      const end = tagEnd(b, lt);
      if (end < 0) {
        this.carry = b.slice(lt); // the tag goes on in the next piece
        return;
      }
      const sheet = attr(b.slice(lt, end), "sheet");
      this.decided = sheet === "1" || sheet === "true";
      return;
    }
    this.carry = b.slice(-carryChars);
  }
}

/** Index of the `<` of an element tag whose local name starts at `at` (`<sheetProtection` or `<x:sheetProtection`). */
function tagStart(b: string, at: number): number {
  const after = b.charCodeAt(at + name.length);
  if (!(after === 32 || after === 47 || after === 62 || after === 9 || after === 10 || after === 13))
    return -1;
  if (b.charCodeAt(at - 1) === 60) return at - 1;
  if (b.charCodeAt(at - 1) !== 58) return -1; // ":" of a prefix
  for (let i = at - 2; i >= 0 && i > at - carryChars; i -= 1) {
    const code = b.charCodeAt(i);
    if (code === 60) return i;
    if (code <= 32 || code === 62 || code === 47 || code === 34 || code === 39) return -1;
  }
  return -1;
}

/** Whether the worksheet part is protected, streaming all of it (for an `apply` that no read came before). */
export function readSheetProtection(pkg: XlsxPackage, part: string): boolean {
  const finder = new ProtectionFinder();
  pkg.streamText(part, (text) => finder.push(text));
  return finder.isProtected;
}

/** The refusal both `apply` paths throw: Excel would refuse the write, so the file host does too. */
export function protectedSheetError(sheet: string): XlsxError {
  return new XlsxError(
    "xlsx.sheetProtected",
    `sheet "${sheet}" is protected: unprotect it in Excel, or choose another sheet`,
    undefined,
    sheet,
  );
}
