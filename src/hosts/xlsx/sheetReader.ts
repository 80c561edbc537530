import { SaxesParser } from "saxes";
import type { CellValue } from "../../domain/types";
import { columnNumber } from "./cellRef";
import { local, parseStream } from "./sharedStrings";
import type { XlsxPackage } from "./xlsxPackage";
import { decodeOoxmlText } from "./xmlText";

/** Days between Excel's day 0 (1899-12-30, with its 1900 leap-year quirk folded in) and 1970-01-01. */
const unixEpochSerial = 25569;
const msPerDay = 86_400_000;

/** What one `<c>` held, gathered while streaming through it. */
interface CellState {
  type: string;
  hasFormula: boolean;
  value: string[] | undefined;
  inline: string[] | undefined;
}

/**
 * Stream a worksheet part through saxes into row-major raw values from A1 (rows and columns 1-based in the
 * sheet become 0-based indexes). Only non-empty values extend a row; rows without values stay empty arrays.
 */
export function readSheetValues(pkg: XlsxPackage, part: string, shared: readonly string[]): CellValue[][] {
  const rows: CellValue[][] = [];
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let row = 0;
  let column = 0;
  let cell: CellState | undefined;
  let collect: string[] | undefined;
  let phonetic = 0;
  parser.on("opentag", (tag) => {
    const name = tag.name.includes(":") ? local(tag.name) : tag.name;
    if (name === "c") {
      const ref = tag.attributes.r;
      column = ref ? columnNumber(ref) : column + 1;
      cell = { type: tag.attributes.t ?? "n", hasFormula: false, value: undefined, inline: undefined };
    } else if (name === "row") {
      row = tag.attributes.r ? Number(tag.attributes.r) : row + 1;
      column = 0;
    } else if (cell) {
      if (name === "v") collect = cell.value = [];
      else if (name === "f") cell.hasFormula = true;
      else if (name === "is") cell.inline = [];
      else if (name === "rPh") phonetic++;
      else if (name === "t" && cell.inline && phonetic === 0) collect = cell.inline;
    }
  });
  parser.on("text", (text) => collect?.push(text));
  parser.on("closetag", (tag) => {
    const name = tag.name.includes(":") ? local(tag.name) : tag.name;
    if (name === "v" || name === "t") collect = undefined;
    else if (name === "rPh") phonetic--;
    else if (name === "c" && cell) {
      place(rows, row, column, cellValue(cell, shared));
      cell = undefined;
    }
  });
  parseStream(parser, pkg, part);
  return rows;
}

function place(rows: CellValue[][], row: number, column: number, value: CellValue): void {
  if (value === null || row < 1 || column < 1) return;
  while (rows.length < row) rows.push([]);
  const cells = rows[row - 1] ?? [];
  while (cells.length < column - 1) cells.push(null);
  cells[column - 1] = value;
}

/** The raw value of a cell as Excel shows it (cached results for formulas; null when there is none). */
export function cellValue(cell: CellState, shared: readonly string[]): CellValue {
  if (cell.type === "inlineStr") return cell.inline ? decodeOoxmlText(cell.inline.join("")) : null;
  if (cell.value === undefined) return null;
  const text = cell.value.join("");
  switch (cell.type) {
    case "s":
      return shared[Number(text)] ?? null;
    case "str":
      return decodeOoxmlText(text);
    case "b":
      return text.trim() === "1" || text.trim() === "true";
    case "e":
      return text;
    case "d":
      return isoToSerial(text);
    default: {
      const number = text.trim() === "" ? NaN : Number(text);
      return Number.isFinite(number) ? number : null;
    }
  }
}

/** An ISO 8601 date cell (`t="d"`) as a serial number, like every other date the host reads. */
function isoToSerial(text: string): CellValue {
  const zoned = /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`;
  const ms = Date.parse(zoned.includes("T") ? zoned : `${zoned}T00:00:00Z`);
  return Number.isNaN(ms) ? text : ms / msPerDay + unixEpochSerial;
}
