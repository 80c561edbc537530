/**
 * Column blocks with live formulas (issue 10 §3, the forecast job's columns) in the .xlsx host: `<f>` with its cached
 * `<v>`, read back by exceljs as { formula, result }, recalculated by LibreOffice to the same values, and a rerun
 * over the same block replacing formulas and values.
 */
import ExcelJS from "exceljs";
import { applyEdits } from "../../../src/hosts/xlsx/applyEdits";
import { XlsxPackage } from "../../../src/hosts/xlsx/xlsxPackage";
import type { EditList } from "../../../src/plan/edits";
import type { ColumnBlock, ColumnValue } from "../../../src/plan/workbookEdit";
import { check, conversionTimeoutMs, recalculatedSheets, title } from "./libreofficeKit";
import { excelRead, partText } from "./xlsxTestKit";

const customers = "客户";
const forecast = "销售预测";
/** Forecast totals in N7:N9 and the gross margin in B2 of the forecast sheet (named kaw_grossMargin). */
const totals = [1000, 400, 360];
const margin = 0.25;

async function sourceBook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(customers);
  sheet.addRows([
    ["客户名称", "销售额"],
    ["甲", 200],
    ["乙", 50],
    ["丙", 120],
  ]);
  const sales = book.addWorksheet(forecast);
  sales.getCell("B2").value = margin;
  totals.forEach((total, i) => (sales.getCell(`N${7 + i}`).value = total));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const profit = (row: number, times = ""): string => `'${forecast}'!$N$${row}*kaw_grossMargin${times}`;

/** The block C1:F4 beside the customers: header row 1, values rows 2–4. */
function block(columns: readonly [string, string, readonly ColumnValue[]][]): ColumnBlock {
  return {
    kind: "columnBlock",
    job: "forecast",
    sheet: customers,
    headerRow: 1,
    firstColumn: 3,
    firstRow: 2,
    lastRow: 4,
    headerStyleFrom: 2,
    columns: columns.map(([key, numberFormat, values]) => ({ key, header: key, numberFormat, values })),
  };
}

// Worked by hand: 1000 × 0.25 = 250, 400 × 0.25 = 100, 360 × 0.25 = 90; sales 200, 50, 120 against 100 and 120.
const first: EditList = {
  changes: [
    { kind: "name", name: "kaw_grossMargin", refersTo: `'${forecast}'!$B$2` },
    block([
      [
        "profit",
        "#,##0.00",
        [7, 8, 9].map((row, i) => ({ formula: profit(row), value: (totals[i] ?? 0) * margin })),
      ],
      [
        "size",
        "General",
        [
          { formula: 'IF(B2>100,"大","小")', value: "大" },
          { formula: 'IF(B3>100,"大","小")', value: "小" },
          { formula: 'IF(B4>100,"大","小")', value: "大" },
        ],
      ],
      [
        "big",
        "General",
        [
          { formula: "B2>=120", value: true },
          { formula: "B3>=120", value: false },
          { formula: "B4>=120", value: true },
        ],
      ],
      ["mixed", "0", [42, "=not a formula", { formula: "B4*2", value: null }]],
    ]),
  ],
};

// The rerun: profit doubled, "big" now plain numbers, "mixed" all formulas (200 + 1, 50 + 1, 120 + 1).
const second: EditList = {
  changes: [
    block([
      [
        "profit",
        "#,##0.00",
        [7, 8, 9].map((row, i) => ({ formula: profit(row, "*2"), value: (totals[i] ?? 0) * margin * 2 })),
      ],
      ["size", "General", ["a", "b", "c"]],
      ["big", "General", [1, 2, 3]],
      ["mixed", "0", [2, 3, 4].map((row, i) => ({ formula: `B${row}+1`, value: [201, 51, 121][i] ?? 0 }))],
    ]),
  ],
};

function applied(bytes: Uint8Array, list: EditList): Uint8Array {
  const pkg = XlsxPackage.open(bytes);
  applyEdits(pkg, list);
  return pkg.toBytes();
}

const sheetXml = (bytes: Uint8Array): string => partText(bytes, "xl/worksheets/sheet1.xml");

describe("a column block with formulas in the .xlsx host", () => {
  let once: Uint8Array;
  let twice: Uint8Array;
  beforeAll(async () => {
    once = applied(await sourceBook(), first);
    twice = applied(once, second);
  });

  it('writes <f> with the cached <v>: numbers bare, text t="str", booleans t="b", a null cache without <v>', () => {
    const xml = sheetXml(once);
    expect(xml).toMatch(/<c r="C2" s="\d+"><f>'销售预测'!\$N\$7\*kaw_grossMargin<\/f><v>250<\/v><\/c>/);
    expect(xml).toMatch(
      /<c r="D3" s="\d+" t="str"><f>IF\(B3&gt;100,&quot;大&quot;,&quot;小&quot;\)<\/f><v>小<\/v><\/c>/,
    );
    expect(xml).toMatch(/<c r="E3" s="\d+" t="b"><f>B3&gt;=120<\/f><v>0<\/v><\/c>/);
    expect(xml).toMatch(/<c r="F4" s="\d+"><f>B4\*2<\/f><\/c>/);
    // Plain values beside them stay as before: a number, and text that only looks like a formula.
    expect(xml).toMatch(/<c r="F2" s="\d+"><v>42<\/v><\/c>/);
    expect(xml).toMatch(/<c r="F3" s="\d+" t="inlineStr"><is><t>=not a formula<\/t><\/is><\/c>/);
  });

  it("asks for a full recalculation on load, as for a cells edit's formulas", () => {
    expect(partText(once, "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("reads back as formulas with their cached results and the column's number format (exceljs)", async () => {
    const sheet = (await excelRead(once)).getWorksheet(customers);
    if (!sheet) throw new Error("no sheet");
    expect(sheet.getCell("C2").value).toEqual({ formula: profit(7), result: 250 });
    expect(sheet.getCell("C4").value).toEqual({ formula: profit(9), result: 90 });
    expect(sheet.getCell("C4").numFmt).toBe("#,##0.00");
    expect(sheet.getCell("D2").value).toEqual({ formula: 'IF(B2>100,"大","小")', result: "大" });
    // exceljs drops a false cached result (the XML test above holds <v>0</v>); a true one reads back.
    expect(sheet.getCell("E2").value).toEqual({ formula: "B2>=120", result: true });
    expect(sheet.getCell("F3").value).toBe("=not a formula");
    expect((sheet.getCell("F4").value as { formula?: string }).formula).toBe("B4*2");
  });

  it("replaces formulas and values on a rerun over the same block, one <c> per cell", async () => {
    const xml = sheetXml(twice);
    expect(xml.match(/<c r="C2"/g)).toHaveLength(1);
    expect(xml).not.toContain("IF(");
    const sheet = (await excelRead(twice)).getWorksheet(customers);
    if (!sheet) throw new Error("no sheet");
    expect(sheet.getCell("C3").value).toEqual({ formula: profit(8, "*2"), result: 200 });
    expect(sheet.getCell("D3").value).toBe("b");
    expect(sheet.getCell("E4").value).toBe(3);
    expect(sheet.getCell("F2").value).toEqual({ formula: "B2+1", result: 201 });
  });

  check(
    `recalculated by LibreOffice to the cached values, over the other sheet and the defined name${title}`,
    () => {
      for (const [bytes, list] of [
        [once, first],
        [twice, second],
      ] as const) {
        const rows = recalculatedSheets(bytes, [customers]).get(customers) ?? [];
        const written = list.changes.find((edit): edit is ColumnBlock => edit.kind === "columnBlock");
        written?.columns.forEach((column, c) =>
          column.values.forEach((value, r) => {
            if (typeof value !== "object" || value === null || value.value === null) return;
            const shown = rows[1 + r]?.[2 + c];
            const expected =
              typeof value.value === "boolean" ? String(value.value).toUpperCase() : String(value.value);
            // "#,##0.00" is shown with its separators and decimals: compare the number.
            if (typeof value.value === "number")
              expect([c, r, Number(shown?.replace(/,/g, ""))]).toEqual([c, r, value.value]);
            else expect([c, r, shown]).toEqual([c, r, expected]);
          }),
        );
      }
      // The null cache: LibreOffice computes 120 × 2 itself.
      expect(recalculatedSheets(once, [customers]).get(customers)?.[3]?.[5]).toBe("240");
    },
    3 * conversionTimeoutMs + 30_000,
  );
});
