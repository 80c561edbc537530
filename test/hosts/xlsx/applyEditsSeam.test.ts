import { applyEdits } from "../../../src/hosts/xlsx/applyEdits";
import { XlsxPackage } from "../../../src/hosts/xlsx/xlsxPackage";
import { XlsxWorkbook } from "../../../src/hosts/xlsx/xlsxWorkbook";
import type { ColumnBlock } from "../../../src/plan/workbookEdit";
import { accountsBlock, exceljsWorkbook } from "./exceljsMade";
import { differingEntries, fixture } from "./xlsxTestKit";

const book1Block: ColumnBlock = {
  kind: "columnBlock",
  job: "ratios",
  sheet: "Sheet1",
  headerRow: 21,
  firstColumn: 5,
  firstRow: 22,
  lastRow: 23,
  table: "Table1",
  columns: [{ key: "r", header: "Ratio", numberFormat: "0.00", values: [1.5, "=A1"] }],
};

async function bothWays(bytes: Uint8Array, block: ColumnBlock): Promise<[Uint8Array, Uint8Array]> {
  const host = XlsxWorkbook.open(bytes);
  await host.apply({ changes: [block] });
  const pkg = XlsxPackage.open(bytes);
  applyEdits(pkg, { changes: [block] });
  return [host.toBytes(), pkg.toBytes()];
}

describe("ColumnBlock inside an edit list", () => {
  it("gives the same package as XlsxWorkbook.apply (exceljs-made workbook)", async () => {
    const [today, throughList] = await bothWays(await exceljsWorkbook(), accountsBlock);
    expect(differingEntries(today, throughList)).toEqual([]);
  });

  it("gives the same package as XlsxWorkbook.apply, table widened (Book1)", async () => {
    const before = fixture("Book1.xlsx");
    const [today, throughList] = await bothWays(before, book1Block);
    expect(differingEntries(today, throughList)).toEqual([]);
    expect(differingEntries(before, throughList)).toContain("xl/tables/table1.xml");
  });
});
