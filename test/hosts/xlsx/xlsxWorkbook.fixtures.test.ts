import type { ColumnBlock } from "../../../src/plan/workbookEdit";
import { XlsxWorkbook } from "../../../src/hosts/xlsx/xlsxWorkbook";
import {
  cellDump,
  differingEntries,
  entryNames,
  excelRead,
  fixture,
  partText,
  tableColumnNames,
} from "./xlsxTestKit";

interface FixtureCase {
  readonly file: string;
  readonly sheet: string;
  readonly sheetPart: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly headerStyleFrom: number;
  readonly table?: string;
  readonly tablePart?: string;
  /** Cells of the block in A1 form, worked out by hand from the block below. */
  readonly cells: readonly string[];
}

/** Two columns beside the data: header row, then 4 value rows; includes a null, text starting with "=" and 0.1+0.2. */
function block(c: FixtureCase): ColumnBlock {
  const firstRow = c.headerRow + 1;
  return {
    kind: "columnBlock",
    job: "ratios",
    sheet: c.sheet,
    headerRow: c.headerRow,
    firstColumn: c.firstColumn,
    firstRow,
    lastRow: firstRow + 3,
    headerStyleFrom: c.headerStyleFrom,
    ...(c.table === undefined ? {} : { table: c.table }),
    columns: [
      { key: "ratio", header: "Ratio", numberFormat: "0.00", values: [1.5, null, "=SUM(A1)", 0.1 + 0.2] },
      { key: "share", header: "Share", numberFormat: "0.0%", values: [0.25, 1, -2, 1e-7] },
    ],
  };
}

const cases: readonly FixtureCase[] = [
  {
    file: "Book1.xlsx",
    sheet: "Sheet1",
    sheetPart: "xl/worksheets/sheet1.xml",
    headerRow: 21,
    firstColumn: 5,
    headerStyleFrom: 4,
    table: "Table1",
    tablePart: "xl/tables/table1.xml",
    cells: ["E21", "F21", "E22", "F22", "F23", "E24", "F24", "E25", "F25"],
  },
  {
    file: "CalcChain.xlsx",
    sheet: "Sheet1",
    sheetPart: "xl/worksheets/sheet1.xml",
    headerRow: 1,
    firstColumn: 5,
    headerStyleFrom: 2,
    cells: ["E1", "F1", "E2", "F2", "F3", "E4", "F4", "E5", "F5"],
  },
  {
    file: "MergeCell.xlsx",
    sheet: "Sheet1",
    sheetPart: "xl/worksheets/sheet1.xml",
    headerRow: 1,
    firstColumn: 5,
    headerStyleFrom: 4,
    cells: ["E1", "F1", "E2", "F2", "F3", "E4", "F4", "E5", "F5"],
  },
  {
    file: "SharedStrings.xlsx",
    sheet: "Sheet2",
    sheetPart: "xl/worksheets/sheet2.xml",
    headerRow: 1,
    firstColumn: 2,
    headerStyleFrom: 1,
    cells: ["B1", "C1", "B2", "C2", "C3", "B4", "C4", "B5", "C5"],
  },
];

async function patched(
  c: FixtureCase,
): Promise<{ input: Uint8Array; output: Uint8Array; host: XlsxWorkbook }> {
  const input = fixture(c.file);
  const host = XlsxWorkbook.open(input);
  await host.apply({ changes: [block(c)] });
  return { input, output: host.toBytes(), host };
}

describe.each(cases)("XlsxWorkbook on $file", (c) => {
  it("rewrites only the sheet, styles, workbook (and table) parts; every other entry is byte-identical and in order", async () => {
    const { input, output, host } = await patched(c);
    const expected = [
      c.sheetPart,
      "xl/styles.xml",
      "xl/workbook.xml",
      ...(c.tablePart ? [c.tablePart] : []),
    ].sort();
    expect(differingEntries(input, output).sort()).toEqual(expected);
    expect(host.changedParts().sort()).toEqual(expected);
    expect(entryNames(output)).toEqual(entryNames(input));
  });

  it("gives exceljs the new headers, values and formats, and leaves every other cell as it was", async () => {
    const { input, output } = await patched(c);
    const before = cellDump((await excelRead(input)).getWorksheet(c.sheet)!);
    const sheet = (await excelRead(output)).getWorksheet(c.sheet)!;
    const after = cellDump(sheet);
    for (const [address, cell] of before) expect([address, after.get(address)]).toEqual([address, cell]);
    const added = [...after.keys()].filter((address) => !before.has(address)).sort();
    expect(added).toEqual([...c.cells].sort());
    const [h1, h2, a, b, , d, e, f, g] = c.cells as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    expect([sheet.getCell(h1).value, sheet.getCell(h2).value]).toEqual(["Ratio", "Share"]);
    // Values as given; 0.1 + 0.2 keeps all 17 digits (0.30000000000000004).
    expect([
      sheet.getCell(a).value,
      sheet.getCell(b).value,
      sheet.getCell(f).value,
      sheet.getCell(g).value,
    ]).toEqual([1.5, 0.25, 0.30000000000000004, 1e-7]);
    expect([sheet.getCell(a).numFmt, sheet.getCell(b).numFmt]).toEqual(["0.00", "0.0%"]);
    // Text that looks like a formula stays text.
    expect(sheet.getCell(d).value).toBe("=SUM(A1)");
    expect(sheet.getCell(d).formula).toBeUndefined();
    expect(sheet.getCell(e).value).toBe(-2);
  });

  it("gives identical bytes when the same edit runs again on its output", async () => {
    const { output } = await patched(c);
    const again = XlsxWorkbook.open(output);
    await again.apply({ changes: [block(c)] });
    expect(Buffer.compare(again.toBytes(), output)).toBe(0);
    expect(again.changedParts()).toEqual([]);
  });

  it("records the block in a defined name that exceljs sees and read() reports as owned", async () => {
    const { output } = await patched(c);
    const top = c.headerRow;
    const rect = { top, left: c.firstColumn, bottom: top + 4, right: c.firstColumn + 1 };
    const snapshot = await XlsxWorkbook.open(output).read(c.sheet);
    expect(snapshot.owned).toEqual([{ job: "ratios", rect }]);
    const names = (await excelRead(output)).definedNames.model;
    const [h1, , , , , , , , g] = c.cells as string[];
    const range = `${c.sheet}!$${h1!.replace(/\d+/, "")}$${top}:$${g!.replace(/\d+/, "")}$${top + 4}`;
    expect(names).toContainEqual({ name: "_kaw_ratios", ranges: [range] });
  });

  it("reads its own output back: text stays text, numbers stay numbers", async () => {
    const { output } = await patched(c);
    const { grid } = await XlsxWorkbook.open(output).read(c.sheet);
    const row = (n: number): readonly unknown[] => grid.values[c.headerRow - 1 + n] ?? [];
    const col = c.firstColumn - 1;
    expect([row(0)[col], row(0)[col + 1]]).toEqual(["Ratio", "Share"]);
    expect([row(3)[col], row(3)[col + 1]]).toEqual(["=SUM(A1)", -2]);
    expect(row(2)[col] ?? null).toBeNull();
  });
});

describe("headers and tables", () => {
  it("copies the header style from headerStyleFrom (SharedStrings Sheet2: A1 has s=1)", async () => {
    const { output } = await patched(cases[3]!);
    expect(partText(output, "xl/worksheets/sheet2.xml")).toContain(
      '<c r="B1" s="1" t="inlineStr"><is><t>Ratio</t></is></c>',
    );
  });

  it("makes the block's columns columns of Table1 and widens its ref and autoFilter", async () => {
    const { output } = await patched(cases[0]!);
    const table = partText(output, "xl/tables/table1.xml");
    // Table1 was C21:D26 with 2 columns; the block adds E:F → C21:F26, ids 3 and 4.
    expect(table).toContain('ref="C21:F26"');
    expect(table).toContain('<autoFilter ref="C21:F26" />');
    expect(table).toContain('<tableColumns count="4">');
    expect(table).toContain('<tableColumn id="3" name="Ratio"/><tableColumn id="4" name="Share"/>');
    const sheet = (await excelRead(output)).getWorksheet("Sheet1")!;
    expect(tableColumnNames(sheet, "Table1")).toEqual(["Column1", "Column2", "Ratio", "Share"]);
  });

  it("renames the table columns on a rerun with new headers instead of adding more", async () => {
    const { output } = await patched(cases[0]!);
    const host = XlsxWorkbook.open(output);
    const first = block(cases[0]!);
    const renamed = {
      ...first,
      columns: first.columns.map((column, i) => ({ ...column, header: `Ratio ${i + 1}` })),
    };
    await host.apply({ changes: [renamed] });
    const table = partText(host.toBytes(), "xl/tables/table1.xml");
    expect(table).toContain('<tableColumns count="4">');
    expect(table).toContain('<tableColumn id="3" name="Ratio 1"/><tableColumn id="4" name="Ratio 2"/>');
  });

  it("refuses a header that would repeat a table column name, and leaves the file unchanged", async () => {
    const host = XlsxWorkbook.open(fixture("Book1.xlsx"));
    const first = block(cases[0]!);
    const clash = { ...first, columns: [{ ...first.columns[0]!, header: "column1" }, first.columns[1]!] };
    await expect(host.apply({ changes: [clash] })).rejects.toMatchObject({ code: "xlsx.tableColumnName" });
    expect(host.changedParts()).toEqual([]);
  });
});
