import { XlsxWorkbook } from "../../../src/hosts/xlsx/xlsxWorkbook";
import { accountsBlock, exceljsWorkbook } from "./exceljsMade";
import {
  cellDump,
  conditionalRefs,
  differingEntries,
  excelRead,
  partText,
  tableColumnNames,
} from "./xlsxTestKit";

async function patched(): Promise<{ input: Uint8Array; output: Uint8Array }> {
  const input = await exceljsWorkbook();
  const host = XlsxWorkbook.open(input);
  await host.apply({ changes: [accountsBlock] });
  return { input, output: host.toBytes() };
}

describe("XlsxWorkbook on a workbook made by exceljs", () => {
  it("rewrites only the sheet, styles, workbook and table parts", async () => {
    const { input, output } = await patched();
    const changed = differingEntries(input, output).sort();
    expect(changed).toEqual([
      "xl/styles.xml",
      "xl/tables/table1.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
  });

  it("keeps the comment, data validation, conditional format, image, other sheet and defined name", async () => {
    const { output } = await patched();
    const workbook = await excelRead(output);
    const accounts = workbook.getWorksheet("Accounts")!;
    expect(accounts.getCell("A2").note).toBe("Key account since 2019");
    expect(accounts.getCell("B2").dataValidation).toMatchObject({ type: "whole", operator: "greaterThan" });
    expect(conditionalRefs(accounts)).toEqual(["C2:C4"]);
    expect(accounts.getImages()).toHaveLength(1);
    expect(workbook.getWorksheet("Notes")!.getCell("A1").value).toEqual({
      formula: "SUM(Accounts!B2:B4)",
      result: 3600,
    });
    expect(workbook.definedNames.model).toContainEqual({ name: "Budget", ranges: ["Notes!$A$1"] });
    expect(workbook.definedNames.model).toContainEqual({
      name: "_kaw_ratios",
      ranges: ["Accounts!$D$1:$E$4"],
    });
  });

  it("writes the block as table columns, with formats, and text that starts with =, + or @ stays text", async () => {
    const { input, output } = await patched();
    const accounts = (await excelRead(output)).getWorksheet("Accounts")!;
    expect(tableColumnNames(accounts, "AccountsTbl")).toEqual(["Name", "Revenue", "Cost", "Margin", "Label"]);
    expect(partText(output, "xl/tables/table1.xml")).toMatch(/ref="A1:E4"/);
    expect(["D2", "D3", "D4"].map((a) => accounts.getCell(a).value)).toEqual([1 / 3, 1 / 3, 2 / 3]);
    expect(accounts.getCell("D2").numFmt).toBe("0.0%");
    expect(["E2", "E3", "E4"].map((a) => accounts.getCell(a).value)).toEqual([
      '=HYPERLINK("http://x")',
      "+1",
      "@me",
    ]);
    expect(accounts.getCell("E2").formula).toBeUndefined();
    expect(accounts.getCell("E2").numFmt).toBe("@");
    const before = cellDump((await excelRead(input)).getWorksheet("Accounts")!);
    const after = cellDump(accounts);
    for (const [address, cell] of before) expect([address, after.get(address)]).toEqual([address, cell]);
  });

  it("gives identical bytes on a rerun and reports the owned block and the widened table", async () => {
    const { output } = await patched();
    const host = XlsxWorkbook.open(output);
    const snapshot = await host.read("Accounts");
    expect(snapshot.owned).toEqual([{ job: "ratios", rect: { top: 1, left: 4, bottom: 4, right: 5 } }]);
    expect(snapshot.tables).toEqual([
      { name: "AccountsTbl", rect: { top: 1, left: 1, bottom: 4, right: 5 }, hasTotalsRow: false },
    ]);
    await host.apply({ changes: [accountsBlock] });
    expect(Buffer.compare(host.toBytes(), output)).toBe(0);
  });

  it("runs a job: read, plan over the snapshot, apply, return the plan's result", async () => {
    const host = XlsxWorkbook.open(await exceljsWorkbook());
    const progress: number[] = [];
    const result = await host.runJob(
      "Accounts",
      (snapshot) => ({ edit: { changes: [accountsBlock] }, result: snapshot.grid.values.length }),
      (fraction) => progress.push(fraction),
    );
    expect(result).toBe(4); // header + 3 rows
    expect(progress).toEqual([1]);
    expect((await host.read("Accounts")).grid.values[0]).toEqual([
      "Name",
      "Revenue",
      "Cost",
      "Margin",
      "Label",
    ]);
    const refused = XlsxWorkbook.open(await exceljsWorkbook());
    await refused.runJob("Accounts", () => ({ edit: null, result: "refused" }));
    expect(refused.changedParts()).toEqual([]);
  });
});
