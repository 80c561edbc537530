/**
 * The forecast job's assumptions sheet and value columns (issue 10 §2, §3): values worked out by hand, the formula
 * texts, the edits validated, and the written formulas evaluated by independent engines (HyperFormula, and
 * LibreOffice through the .xlsx host) against the cached values.
 */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { HyperFormula } from "hyperformula";
import type { CellValue as HfValue } from "hyperformula";
import type { CellValue, Grid } from "../../src/domain/types";
import { XlsxWorkbook } from "../../src/hosts/xlsx/xlsxWorkbook";
import { catalog, issueText } from "../../src/i18n";
import { accountValue } from "../../src/jobs/forecast/accountValue";
import type { Assumptions } from "../../src/jobs/forecast/assumptions";
import { assumptionKeys, assumptionNames, defaultAssumptions } from "../../src/jobs/forecast/assumptions";
import {
  assumptionCellReference,
  assumptionsSheetContent,
  assumptionStyles,
  readAssumptions,
} from "../../src/jobs/forecast/assumptionsSheet";
import { assumptionIssueCodes } from "../../src/jobs/forecast/readAssumptions";
import type { ValueRow } from "../../src/jobs/forecast/valueFormulas";
import { valueColumnKeys, valueRows } from "../../src/jobs/forecast/valueFormulas";
import type { CellInput, Edit, FormulaInput, NameEdit } from "../../src/plan/edits";
import { validateEdits } from "../../src/plan/validateEdits";
import { emptyWorkbook } from "../hosts/xlsx/emptyWorkbook";
import { check, title } from "../hosts/xlsx/libreofficeKit";
import { recalculatedSheets } from "../hosts/xlsx/libreofficeKit";

const zh = catalog("zh-CN").forecast;
const assumptionsSheet = "预测假设";
const forecastSheet = "销售预测";
const customerSheet = "客户";
/** K: the first value column; H inventory period (days), I priority tier, J own risk coefficient. */
const firstColumn = 11;

/** Five customers on rows 5–9, their forecast totals on 销售预测!N3:N7. */
const inputs: readonly { total: number; days: CellInput; tier: string; risk: CellInput }[] = [
  { total: 1_200_000, days: null, tier: "A", risk: null },
  { total: 200_000, days: 30, tier: "C", risk: null },
  { total: 0, days: null, tier: "B", risk: 0.5 },
  { total: 500_000, days: "n/a", tier: "b", risk: 1.5 },
  { total: 800_000, days: null, tier: "", risk: "0.3" },
];

const rows: ValueRow[] = inputs.map((input, i) => ({
  row: 5 + i,
  forecastRef: `'${forecastSheet}'!$N$${3 + i}`,
  forecastTotal: input.total,
  inventoryDaysRef: `H${5 + i}`,
  ...(typeof input.days === "number" ? { inventoryDays: input.days } : {}),
  tierRef: `I${5 + i}`,
  tier: input.tier,
  riskRef: `J${5 + i}`,
  ...(typeof input.risk === "number" ? { risk: input.risk } : {}),
}));

function near(actual: unknown, expected: number): void {
  expect(typeof actual).toBe("number");
  const scale = Math.max(1, Math.abs(expected));
  expect(Math.abs((actual as number) - expected) / scale).toBeLessThan(1e-9);
}

const column = (values: Record<string, FormulaInput[]>, key: string): FormulaInput[] => values[key] ?? [];

describe("the value columns", () => {
  const values = valueRows(rows, defaultAssumptions, "zh-CN", { firstColumn });

  it("compute the hand-worked values of five customers with the default assumptions", () => {
    // Row 5: 1 200 000 × 0.25; 1 200 000 × 0.75 × 60 ÷ 365 × 0.0435 = 2 349 000 ÷ 365; 12 × 1 500; × 0.05; tier A.
    const expected: [number, number, number, number, number, number, number, number, string][] = [
      [1_200_000, 300_000, 2_349_000 / 365, 30_000, 18_000, 60_000, 0.1, 167007.94520547945, "是"],
      // 200 000 × 0.75 × 30 (the customer's own days) ÷ 365 × 0.0435 = 195 750 ÷ 365; tier C.
      [200_000, 50_000, 195_750 / 365, 30_000, 18_000, 10_000, 0.35, -5548.595890410959, "否"],
      // Own risk coefficient 0.5: (0 − 0 − 30 000 − 18 000 − 0) × 0.5.
      [0, 0, 0, 30_000, 18_000, 0, 0.5, -24_000, "否"],
      // "b" is tier B (Excel compares text case-insensitively); 1.5 is no coefficient; "n/a" no days.
      [500_000, 125_000, 978_750 / 365, 30_000, 18_000, 25_000, 0.2, 39454.79452054794, "是"],
      // No tier: C; the text "0.3" is no number.
      [800_000, 200_000, 1_566_000 / 365, 30_000, 18_000, 40_000, 0.35, 70011.23287671233, "是"],
    ];
    expected.forEach((want, r) => {
      valueColumnKeys.forEach((key, c) => {
        const got = column(values, key)[r]?.value;
        if (typeof want[c] === "string") expect(got).toBe(want[c]);
        else near(got, want[c] as number);
      });
    });
  });

  it("write the arithmetic over the row's own columns, the forecast total and the defined names", () => {
    const formulas = Object.fromEntries(valueColumnKeys.map((key) => [key, column(values, key)[0]?.formula]));
    expect(formulas).toEqual({
      forecastSales: "'销售预测'!$N$3",
      forecastProfit: "K5*kaw_grossMargin",
      inventoryInterest: "K5*(1-kaw_grossMargin)*IF(ISNUMBER(H5),H5,kaw_inventoryDays)/365*kaw_interestRate",
      personnelCost: "kaw_personnelCost",
      travelCost: "kaw_visitsPerYear*kaw_costPerVisit",
      managementCost: "K5*kaw_managementRate",
      riskCoefficient:
        'IF(ISNUMBER(J5),IF(AND(J5>=0,J5<=1),J5,IF(I5="A",kaw_riskA,IF(I5="B",kaw_riskB,kaw_riskC))),IF(I5="A",kaw_riskA,IF(I5="B",kaw_riskB,kaw_riskC)))',
      developmentValue: "(L5-M5-N5-O5-P5)*(1-Q5)",
      worthDeveloping: 'IF(R5/(1+kaw_discountRate)>kaw_valueThreshold,"是","否")',
    });
  });

  it("fall back to the named assumptions when the customer sheet has no days, tier or risk column", () => {
    const [only] = [{ row: 2, forecastRef: "'Sales forecast'!$N$3", forecastTotal: 100 }];
    const english = valueRows([only], defaultAssumptions, "en-US", { firstColumn: 3 });
    expect(column(english, "inventoryInterest")[0]?.formula).toBe(
      "C2*(1-kaw_grossMargin)*kaw_inventoryDays/365*kaw_interestRate",
    );
    expect(column(english, "riskCoefficient")[0]).toEqual({ formula: "kaw_riskC", value: 0.35 });
    expect(column(english, "worthDeveloping")[0]?.formula).toBe(
      'IF(J2/(1+kaw_discountRate)>kaw_valueThreshold,"Yes","No")',
    );
  });

  it("compare the discounted value with the threshold", () => {
    const bar = { ...defaultAssumptions, valueThreshold: 40_000 };
    // Row 8: 39 454.79 ÷ 1.08 = 36 532 < 40 000; row 9: 70 011.23 ÷ 1.08 = 64 825 > 40 000.
    const worth = column(valueRows(rows, bar, "en-US", { firstColumn }), "worthDeveloping");
    expect(worth.map((cell) => cell.value)).toEqual(["Yes", "No", "No", "No", "Yes"]);
  });
});

describe("the assumptions sheet", () => {
  const content = assumptionsSheetContent(assumptionsSheet, defaultAssumptions, zh);
  const names = content.filter((edit): edit is NameEdit => edit.kind === "name");

  it("passes validateEdits, and so do the value formulas on the customer sheet", () => {
    const sheetEdits: Edit[] = [{ kind: "createSheet", sheet: assumptionsSheet }, ...content];
    expect(validateEdits({ styles: assumptionStyles, changes: sheetEdits }, { sheets: ["Sheet1"] })).toEqual(
      [],
    );
    const values = valueRows(rows, defaultAssumptions, "zh-CN", { firstColumn });
    const block = rows.map((_, r) => valueColumnKeys.map((key) => column(values, key)[r] ?? null));
    const cells: Edit = { kind: "cells", sheet: customerSheet, at: "K5", rows: block };
    expect(validateEdits({ changes: [cells] }, { sheets: [customerSheet] })).toEqual([]);
  });

  it("defines one workbook-level name per value cell, absolute and sheet-qualified", () => {
    expect(names.map((name) => [name.name, name.refersTo, name.scope])).toEqual(
      assumptionKeys.map((key, i) => [assumptionNames[key], `'预测假设'!$C$${4 + i}`, undefined]),
    );
    expect(names[0]?.comment).toBe("预测假设: 毛利率 (占销售额 %)");
    expect(assumptionCellReference("O'Brien", "riskC")).toBe("'O''Brien'!$C$13");
  });

  it("documents every value column below the assumptions", () => {
    const text = JSON.stringify(content);
    for (const key of valueColumnKeys) expect(text).toContain(JSON.stringify(zh.assumptions.how[key]));
    expect(text).toContain(zh.assumptions.howTitle);
  });

  it("reads back what it writes, with the value cells found by key", () => {
    const grid = gridOf(content);
    const read = readAssumptions(grid, [zh]);
    expect(read.issues).toEqual([]);
    expect(read.values).toEqual(defaultAssumptions);
    expect(read.cells.get("grossMargin")).toBe("C4");
    expect(read.cells.get("valueThreshold")).toBe("C15");
  });
});

describe("readAssumptions", () => {
  it("keeps defaults for missing rows and names the cell of each unusable value", () => {
    const grid = {
      sheet: assumptionsSheet,
      top: 3,
      left: 0,
      values: [
        ["interestRate", "年利率", 0.05],
        ["grossMargin", "毛利率", "25%"],
        ["riskA", "风险系数 · A 级客户", 1.2],
        ["riskB", "", null],
        ["interestRate", "年利率", 0.06],
      ],
    };
    const read = readAssumptions(grid, [zh]);
    expect(read.values).toEqual({ ...defaultAssumptions, interestRate: 0.05 });
    expect(read.issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ["assumptions.notNumber", "C5"],
      ["assumptions.outOfRange", "C6"],
      ["assumptions.blank", "C7"],
      ["assumptions.duplicateKey", "C8"],
    ]);
    expect(issueText("zh-CN", read.issues[1] ?? { code: "" }, "long")).toBe(
      "预测假设!C6 风险系数 · A 级客户：1.2 超出 0 至 1",
    );
  });

  it("has a message for every code in both catalogs", () => {
    for (const lang of ["zh-CN", "en-US"] as const)
      for (const code of assumptionIssueCodes) expect(Object.keys(catalog(lang).issues)).toContain(code);
  });
});

/** The cells edits of one sheet as a grid from A1 (what a host would read back; no formulas there). */
function gridOf(edits: readonly Edit[]): Grid {
  const values: CellValue[][] = [];
  for (const edit of edits) {
    if (edit.kind !== "cells") continue;
    const top = Number(/\d+/.exec(edit.at)?.[0]) - 1;
    edit.rows.forEach((row, r) => {
      values[top + r] = row.map((cell) => (cell !== null && typeof cell === "object" ? null : cell));
    });
  }
  return { sheet: assumptionsSheet, top: 0, left: 0, values: Array.from(values, (row) => row ?? []) };
}

/** The customer sheet's inputs (H–J) and the value formulas from K, as the forecast job would write them. */
function customerCells(a: Assumptions): Edit[] {
  const values = valueRows(rows, a, "zh-CN", { firstColumn });
  return [
    {
      kind: "cells",
      sheet: customerSheet,
      at: "H5",
      rows: inputs.map((input, r) => [
        input.days,
        input.tier,
        input.risk,
        ...valueColumnKeys.map((key) => column(values, key)[r] ?? null),
      ]),
    },
  ];
}

const forecastCells: Edit = {
  kind: "cells",
  sheet: forecastSheet,
  at: "N3",
  rows: inputs.map((input) => [input.total]),
};

describe("the formulas evaluated by HyperFormula", () => {
  /** A HyperFormula workbook holding the three sheets and the names exactly as the edits define them. */
  function build(edits: readonly Edit[]): { hf: HyperFormula; ids: Map<string, number> } {
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
    const ids = new Map<string, number>();
    for (const edit of edits)
      if (edit.kind === "createSheet") ids.set(edit.sheet, hf.getSheetId(hf.addSheet(edit.sheet)) ?? -1);
    for (const edit of edits) if (edit.kind === "name") hf.addNamedExpression(edit.name, `=${edit.refersTo}`);
    for (const edit of edits) {
      if (edit.kind !== "cells") continue;
      const at = /^([A-Z]+)(\d+)$/.exec(edit.at);
      const col = (at?.[1] ?? "A").split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const contents = edit.rows.map((row) => row.map(hfContent));
      hf.setCellContents({ sheet: ids.get(edit.sheet) ?? -1, row: Number(at?.[2]) - 1, col }, contents);
    }
    return { hf, ids };
  }

  const edits: Edit[] = [
    { kind: "createSheet", sheet: assumptionsSheet },
    ...assumptionsSheetContent(assumptionsSheet, defaultAssumptions, zh),
    { kind: "createSheet", sheet: forecastSheet },
    forecastCells,
    { kind: "createSheet", sheet: customerSheet },
    ...customerCells(defaultAssumptions),
  ];

  function computed(hf: HyperFormula, sheet: number): HfValue[][] {
    return rows.map((row) =>
      valueColumnKeys.map((_, c) => hf.getCellValue({ sheet, row: row.row - 1, col: firstColumn - 1 + c })),
    );
  }

  function expectEqual(got: HfValue[][], a: Assumptions): void {
    const want = valueRows(rows, a, "zh-CN", { firstColumn });
    got.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const cached = column(want, valueColumnKeys[c] ?? "")[r]?.value;
        if (typeof cached === "number") near(cell, cached);
        else expect(cell).toBe(cached);
      }),
    );
  }

  it("gives the cached values (relative 1e-9)", () => {
    const { hf, ids } = build(edits);
    expectEqual(computed(hf, ids.get(customerSheet) ?? -1), defaultAssumptions);
  });

  it("gives the TypeScript values for new assumptions after assumption cells change", () => {
    const { hf, ids } = build(edits);
    const sheet = ids.get(assumptionsSheet) ?? -1;
    const changed = { ...defaultAssumptions, grossMargin: 0.3, riskB: 0.25, valueThreshold: 40_000 };
    // Rows 4, 12 and 15 of the sheet: gross margin, risk B, threshold (assumptionKeys order from row 4).
    hf.setCellContents({ sheet, row: 3, col: 2 }, [[0.3]]);
    hf.setCellContents({ sheet, row: 11, col: 2 }, [[0.25]]);
    hf.setCellContents({ sheet, row: 14, col: 2 }, [[40_000]]);
    const got = computed(hf, ids.get(customerSheet) ?? -1);
    expectEqual(got, changed);
    // By hand: row 5's profit 1 200 000 × 0.3; row 8 (tier "b", risk 0.25): (150 000 − 500 000 × 0.7 × 60 ÷ 365
    // × 0.0435 − 30 000 − 18 000 − 25 000) × 0.75 = 55 872.9, ÷ 1.08 = 51 734 > 40 000.
    near(got[0]?.[1], 360_000);
    near(got[3]?.[7], (150_000 - 913_500 / 365 - 73_000) * 0.75);
    expect(got[3]?.[8]).toBe("是");
    expect(accountValue({ forecastTotal: 500_000, tier: "b" }, changed).riskCoefficient).toBe(0.25);
  });
});

/**
 * A cell for HyperFormula: formulas with "="; a text gets a leading apostrophe, as in Excel, so that "0.3" stays
 * text (HyperFormula parses raw strings as numbers, Excel keeps a text cell text).
 */
function hfContent(cell: CellInput): string | number | boolean | null {
  if (typeof cell === "string") return cell === "" ? null : `'${cell}`;
  if (cell === null || typeof cell !== "object") return cell;
  return "formula" in cell ? `=${cell.formula}` : cell.date;
}

describe("the assumptions sheet in an .xlsx", () => {
  async function written(): Promise<Uint8Array> {
    const host = XlsxWorkbook.open(emptyWorkbook());
    await host.apply({
      styles: assumptionStyles,
      changes: [
        { kind: "createSheet", sheet: assumptionsSheet },
        ...assumptionsSheetContent(assumptionsSheet, defaultAssumptions, zh),
        { kind: "createSheet", sheet: forecastSheet },
        forecastCells,
        { kind: "createSheet", sheet: customerSheet },
        ...customerCells(defaultAssumptions),
      ],
    });
    return host.toBytes();
  }

  it("holds the names in workbook.xml, the values and a stop validation per value cell", async () => {
    const bytes = await written();
    const workbookXml = strFromU8(unzipSync(bytes)["xl/workbook.xml"] ?? new Uint8Array());
    for (const key of assumptionKeys) {
      const name = new RegExp(
        `<definedName [^>]*name="${assumptionNames[key]}"[^>]*>'预测假设'!\\$C\\$\\d+<`,
      );
      expect(workbookXml).toMatch(name);
    }
    const read = readAssumptions((await XlsxWorkbook.open(bytes).read(assumptionsSheet)).grid, [zh]);
    expect([read.values, read.issues]).toEqual([defaultAssumptions, []]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet(assumptionsSheet);
    expect(sheet?.getCell("C4").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 1],
      showErrorMessage: true,
    });
    expect(sheet?.getCell("C7").dataValidation).toMatchObject({ type: "decimal", formulae: [0, 1e9] });
    expect(sheet?.getCell("C4").numFmt).toBe("0.00%");
    expect(sheet?.getCell("C7").numFmt).toBe("#,##0");
  });

  check(
    `keeps every value formula's cached value equal to LibreOffice's recalculation${title}`,
    async () => {
      const csv = recalculatedSheets(await written(), [customerSheet]).get(customerSheet) ?? [];
      const want = valueRows(rows, defaultAssumptions, "zh-CN", { firstColumn });
      rows.forEach((row, r) => {
        valueColumnKeys.forEach((key, c) => {
          const cell = csv[row.row - 1]?.[firstColumn - 1 + c];
          const cached = column(want, key)[r]?.value;
          if (typeof cached === "number") near(Number(cell), cached);
          else expect(cell).toBe(cached);
        });
      });
    },
    180_000,
  );
});
