/** Helpers shared by the .xlsx host tests: fixtures, zip entry comparison, exceljs read-back. */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { readZip } from "../../../src/hosts/xlsx/zipReader";

/** Workbooks saved by Microsoft Excel (see test/fixtures/excel-made/README.md for where they come from). */
export const fixtureDir = join(__dirname, "..", "..", "fixtures", "excel-made");

/** A private copy of a read-only fixture. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${fixtureDir}/${name}`));
}

/** Raw archive bytes (local header + compressed data + descriptor) of every entry, by name. */
export function rawEntries(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(readZip(bytes).entries.map((entry) => [entry.name, entry.raw]));
}

/**
 * Names of entries that differ between two packages, compared twice: raw compressed bytes, and inflated content
 * (inflated by fflate's own unzip, independent of the host's reader). Also fails when an entry is missing.
 */
export function differingEntries(before: Uint8Array, after: Uint8Array): string[] {
  const rawBefore = rawEntries(before);
  const rawAfter = rawEntries(after);
  const inflatedBefore = unzipSync(before);
  const inflatedAfter = unzipSync(after);
  const names = new Set([...rawBefore.keys(), ...rawAfter.keys()]);
  return [...names].filter((name) => {
    const a = rawBefore.get(name);
    const b = rawAfter.get(name);
    const sameRaw = a !== undefined && b !== undefined && Buffer.compare(a, b) === 0;
    const x = inflatedBefore[name];
    const y = inflatedAfter[name];
    const sameContent = x !== undefined && y !== undefined && Buffer.compare(x, y) === 0;
    return !(sameRaw && sameContent);
  });
}

/** Entry order of a package. */
export function entryNames(bytes: Uint8Array): string[] {
  return readZip(bytes).entries.map((entry) => entry.name);
}

/** One inflated part as text. */
export function partText(bytes: Uint8Array, name: string): string {
  const part = unzipSync(bytes)[name];
  if (!part) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(part);
}

export async function excelRead(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Every cell's value and formula by address (as exceljs reads them). */
export function cellDump(
  sheet: ExcelJS.Worksheet,
): Map<string, { value: unknown; formula: string | undefined }> {
  const cells = new Map<string, { value: unknown; formula: string | undefined }>();
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells.set(cell.address, { value: JSON.stringify(cell.value), formula: cell.formula });
    }),
  );
  return cells;
}

/** A package made of the given parts (stored or deflated by fflate), for reader and patcher tests. */
export function makePackage(parts: Readonly<Record<string, string>>, level: 0 | 6 = 6): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files, { level });
}

const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A minimal workbook around one sheet's XML (`<sheetData>` content and what follows it). */
export function oneSheetPackage(
  sheetBody: string,
  extra: Readonly<Record<string, string>> = {},
  level: 0 | 6 = 6,
): Uint8Array {
  return makePackage(
    {
      "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      "xl/workbook.xml": `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="1"/></workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      "xl/styles.xml": `<styleSheet xmlns="${main}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
      "xl/sharedStrings.xml": `<sst xmlns="${main}"><si><t>Name</t></si><si><t>Revenue</t></si></sst>`,
      "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}" xmlns:r="${rel}"><dimension ref="A1:B3"/>${sheetBody}</worksheet>`,
      ...extra,
    },
    level,
  );
}

/** Column names of a table as exceljs read it (its typings miss the `table` model of a loaded table). */
export function tableColumnNames(sheet: ExcelJS.Worksheet, name: string): string[] {
  const table = sheet.getTable(name) as unknown as { table: { columns: { name: string }[] } };
  return table.table.columns.map((column) => column.name);
}

/** Ranges of the sheet's conditional formats as exceljs read them (untyped in exceljs 4.4). */
export function conditionalRefs(sheet: ExcelJS.Worksheet): string[] {
  const model = sheet as unknown as { conditionalFormattings: { ref: string }[] };
  return model.conditionalFormattings.map((cf) => cf.ref);
}
