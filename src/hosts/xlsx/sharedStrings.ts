import { SaxesParser } from "saxes";
import { readRels } from "./partPaths";
import { XlsxError } from "./xlsxError";
import type { XlsxPackage } from "./xlsxPackage";
import { decodeOoxmlText } from "./xmlText";

/** Local name of an element without a namespace prefix. */
export function local(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * The shared string table: each `<si>`'s text, rich-text runs concatenated, phonetic runs (`<rPh>`) left out,
 * `_xHHHH_` escapes decoded. Found through the workbook relationships (the part name's case varies).
 */
export function readSharedStrings(pkg: XlsxPackage, workbookPart: string): string[] {
  const rel = readRels(pkg, workbookPart).find((r) => r.type === "sharedStrings" && !r.external);
  if (!rel || !pkg.has(rel.target)) return [];
  const strings: string[] = [];
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let parts: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  parser.on("opentag", (tag) => {
    const name = local(tag.name);
    if (name === "si") parts = [];
    else if (name === "rPh") phonetic++;
    else if (name === "t" && !tag.isSelfClosing) inText = phonetic === 0;
  });
  parser.on("text", (text) => {
    if (inText) parts?.push(text);
  });
  parser.on("closetag", (tag) => {
    const name = local(tag.name);
    if (name === "t") inText = false;
    else if (name === "rPh") phonetic--;
    else if (name === "si") strings.push(decodeOoxmlText((parts ?? []).join("")));
  });
  parseStream(parser, pkg, rel.target);
  return strings;
}

/** Feed a part through a saxes parser chunk by chunk; XML errors become `xlsx.badXml`. */
export function parseStream(
  parser: { write(text: string): unknown; close(): unknown },
  pkg: XlsxPackage,
  part: string,
): void {
  let first = true;
  try {
    pkg.streamText(part, (text) => {
      // A byte-order mark is legal before the XML declaration, but saxes rejects it.
      parser.write(first && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      first = false;
    });
    parser.close();
  } catch (cause) {
    if (cause instanceof XlsxError) throw cause;
    throw new XlsxError("xlsx.badXml", `cannot parse ${part}`, cause);
  }
}
