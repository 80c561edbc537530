import ExcelJS from "exceljs";
import { columnLetters } from "../../src/domain/address";
import type { CellValue } from "../../src/domain/types";
import { ExcelWorkbook } from "../../src/hosts/excel/excelWorkbook";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { planRatios, type RatioPlan } from "../../src/jobs/ratios";
import type { JobPlan, SheetSnapshot } from "../../src/plan/sheetSnapshot";
import { sampleRows } from "../jobs/snapshot";
import { MockExcel } from "./excel/mockExcel";

const sheet = "客户财务";
const job = (snapshot: SheetSnapshot): JobPlan<RatioPlan> => {
  const plan = planRatios(snapshot, { lang: "zh-CN" });
  return { edit: plan.ok ? plan.edit : null, result: plan };
};

/** A cell as a person sees it in Excel: empty is "", a leading apostrophe is Excel's text marker, not content. */
function shown(value: unknown): unknown {
  if (value === null || value === undefined) return "";
  return typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
}

async function workbookOf(rows: CellValue[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook
    .addWorksheet(sheet)
    .addRows(rows.map((row) => row.map((cell) => (cell === "#N/A" ? { error: "#N/A" } : cell))));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("the same ratio plan through both hosts", () => {
  it("writes the same headers, values and number formats in Excel (mock) and in the .xlsx file", async () => {
    const rows = sampleRows();
    // The mock writes into the rows it is given: it gets its own copy.
    const excel = new MockExcel([{ name: sheet, rows: rows.map((row) => [...row]) }]);
    const inExcel = await new ExcelWorkbook(excel.runner, { isSetSupported: () => true }).runJob(sheet, job);
    const file = XlsxWorkbook.open(await workbookOf(rows));
    const inFile = await file.runJob(sheet, job);
    if (!inExcel.ok || !inFile.ok) throw new Error("refused");
    // Both hosts read the same source, so the job planned the same edit.
    expect(inFile.edit).toEqual(inExcel.edit);

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(file.toBytes()) as unknown as ExcelJS.Buffer);
    const written = back.getWorksheet(sheet);
    const block = inFile.edit.changes[0];
    if (block?.kind !== "columnBlock" || !written) throw new Error("nothing written");
    let compared = 0;
    for (let row = block.headerRow; row <= block.lastRow; row += 1) {
      block.columns.forEach((_column, index) => {
        const address = `${columnLetters(block.firstColumn + index)}${row}`;
        const inMock = excel.cell(sheet, address);
        expect([address, shown(written.getCell(address).value)]).toEqual([address, shown(inMock.value)]);
        if (row > block.headerRow) {
          expect([address, written.getCell(address).numFmt]).toEqual([address, inMock.numberFormat]);
        }
        compared += 1;
      });
    }
    expect(compared).toBe(7 * 3); // header row and two customers, seven columns
  });
});
