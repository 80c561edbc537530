import { strToU8, unzipSync, zipSync } from "fflate";
import type { ColumnBlock } from "../../../src/plan/workbookEdit";
import { crc32 } from "../../../src/hosts/xlsx/crc32";
import { readZip } from "../../../src/hosts/xlsx/zipReader";
import { XlsxWorkbook } from "../../../src/hosts/xlsx/xlsxWorkbook";
import { differingEntries, fixture, oneSheetPackage } from "./xlsxTestKit";

const block: ColumnBlock = {
  kind: "columnBlock",
  job: "ratios",
  sheet: "Data",
  headerRow: 1,
  firstColumn: 3,
  firstRow: 2,
  lastRow: 2,
  columns: [{ key: "r", header: "R", numberFormat: "0", values: [2] }],
};
const edit = { changes: [block] };

describe("zip reading and writing", () => {
  it("computes the standard CRC-32 check value", () => {
    // The CRC-32 "check" value of "123456789" is 0xCBF43926 (every CRC catalogue lists it).
    expect(crc32(0, strToU8("123456789"))).toBe(0xcbf43926);
    expect(crc32(crc32(0, strToU8("1234")), strToU8("56789"))).toBe(0xcbf43926);
  });

  it("handles entries with data descriptors (CalcChain.xlsx, flag bit 3) and copies them with their descriptor", () => {
    const bytes = fixture("CalcChain.xlsx");
    const entries = readZip(bytes).entries;
    expect(entries.every((entry) => (entry.flags & 8) === 8)).toBe(true);
    for (const entry of entries) {
      const header = 30 + new TextEncoder().encode(entry.name).length;
      expect([header + entry.compressedSize + 12, header + entry.compressedSize + 16]).toContain(
        entry.raw.length,
      );
    }
  });

  it("copies stored entries raw and only deflates what changed", async () => {
    const input = zipSync(
      unzipSync(oneSheetPackage('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>')),
      { level: 0 },
    );
    expect(readZip(input).entries.every((entry) => entry.method === 0)).toBe(true);
    const host = XlsxWorkbook.open(input);
    await host.apply(edit);
    const output = host.toBytes();
    expect(differingEntries(input, output).sort()).toEqual([
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    expect(
      readZip(output)
        .entries.filter((entry) => entry.method === 8)
        .map((entry) => entry.name)
        .sort(),
    ).toEqual(["xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
  });

  it("leaves the caller's bytes untouched", async () => {
    const input = fixture("Book1.xlsx");
    const copy = input.slice();
    const host = XlsxWorkbook.open(input);
    await host.apply({ changes: [{ ...block, sheet: "Sheet2", firstColumn: 12 }] });
    host.toBytes();
    expect(Buffer.compare(input, copy)).toBe(0);
  });
});

describe("bad files", () => {
  const valid = (): Uint8Array => oneSheetPackage("<sheetData/>");
  const eocdAt = (bytes: Uint8Array): number =>
    Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));

  it.each([
    ["a text file", strToU8("Name,Revenue\nAcme,1200\n"), "xlsx.notAPackage"],
    [
      "an OLE file (.xls or encrypted workbook)",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      "xlsx.oleContainer",
    ],
    ["a zip without [Content_Types].xml", zipSync({ "a.txt": strToU8("hi") }), "xlsx.notAPackage"],
  ])("rejects %s", (_, bytes, code) => {
    expect(() => XlsxWorkbook.open(bytes)).toThrow(expect.objectContaining({ code }));
  });

  it("rejects an encrypted entry", () => {
    const bytes = valid();
    const cd = new DataView(bytes.buffer).getUint32(eocdAt(bytes) + 16, true);
    bytes[cd + 8] = (bytes[cd + 8] ?? 0) | 1; // general purpose flag bit 0: encrypted
    expect(() => XlsxWorkbook.open(bytes)).toThrow(expect.objectContaining({ code: "xlsx.encrypted" }));
  });

  it("rejects a zip64 archive", () => {
    const bytes = valid();
    new DataView(bytes.buffer).setUint16(eocdAt(bytes) + 10, 0xffff, true); // entry count escaped to zip64
    expect(() => XlsxWorkbook.open(bytes)).toThrow(expect.objectContaining({ code: "xlsx.zip64" }));
  });

  it("rejects a truncated archive", () => {
    const bytes = valid();
    const cut = bytes.slice(0, 40);
    expect(() => XlsxWorkbook.open(cut)).toThrow(expect.objectContaining({ code: "xlsx.notAPackage" }));
  });
});
