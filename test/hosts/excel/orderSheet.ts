/**
 * A big order-lines sheet for the Excel host's sync tests, made without materialising it: the rows are generated
 * on access (`lazyRows`) and the used range's mock carries only its address and size, never 1 000 000 × 7 values
 * (`LazyOrderWorkbook`). Every data row has the same JSON size, so a sheet's size in bytes is a formula in its rows.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { CellValue } from "../../../src/domain/types";
import type { SheetSeed } from "./mockExcel";
import { a1 } from "./mockExcel";
import { MockJobWorkbook } from "./mockJobWorkbook";

export const orderHeaders: readonly CellValue[] = [
  "日期",
  "客户名称",
  "产品编号",
  "产品名称",
  "数量",
  "单价",
  "金额",
];

/** 2024-01-01 as a 1900-system serial; 731 days (2024 is a leap year) reach 2025-12-31 = 46022. */
export const firstSerial = 45292;
export const days = 731;
export const customerCount = 1000;
export const skuCount = 5;

const customers = Array.from({ length: customerCount }, (_, c) => `客户${1000 + c}`);
const skus = Array.from({ length: skuCount }, (_, k) => `P${k + 1}`);
const products = Array.from({ length: skuCount }, (_, k) => `产品${k + 1}`);

/** Line `i` (0-based): customer i mod 1000, SKU ⌊i / 1000⌋ mod 5 + 1 at 100 + SKU yuan, quantity i mod 8 + 1. */
export function orderLine(i: number): CellValue[] {
  const k = Math.floor(i / customerCount) % skuCount;
  const quantity = (i % 8) + 1;
  const price = 101 + k;
  return [
    firstSerial + (i % days),
    customers[i % customerCount] ?? "",
    skus[k] ?? "",
    products[k] ?? "",
    quantity,
    price,
    quantity * price,
  ];
}

/**
 * UTF-8 bytes of one data row's JSON, worked by hand: `[45292,"客户1234","P1","产品1",3,101,303]` is
 * 1 + 5 + 1 + 12 + 1 + 4 + 1 + 9 + 1 + 1 + 1 + 3 + 1 + 3 + 1 = 45 (客, 户, 产, 品 are 3 bytes each; every date has
 * 5 digits, every customer 4, every price and amount 3: 101 × 1 to 105 × 8 = 840).
 */
export const rowBytes = 45;
/** The header row: 4 names of 2 characters (8 bytes quoted), 3 of 4 (14), 6 commas, 2 brackets = 82. */
export const headerBytes = 82;

/** Header and `lines` order lines as one JSON array of rows: its UTF-8 bytes (the separating commas included). */
export function sheetBytes(lines: number): number {
  return 2 + headerBytes + lines * (rowBytes + 1);
}

const isIndex = (p: string | symbol): p is string => typeof p === "string" && /^\d+$/.test(p);

/** An array-like of the header then `lines` order lines, each row made when it is read. */
export function lazyRows(lines: number): CellValue[][] {
  const length = lines + 1;
  const row = (r: number): CellValue[] => (r === 0 ? [...orderHeaders] : orderLine(r - 1));
  return new Proxy<CellValue[][]>([], {
    get: (target, p, receiver) => {
      if (p === "length") return length;
      if (isIndex(p)) return Number(p) < length ? row(Number(p)) : undefined;
      return Reflect.get(target, p, receiver) as unknown;
    },
    has: (target, p) => (isIndex(p) ? Number(p) < length : Reflect.has(target, p)),
  });
}

/** Cells above which a range is the used range (reads are at most 4 000 000 / 8 = 500 000 cells). */
const bigCells = 1_000_000;

/** MockJobWorkbook whose big ranges (the used range) hold no values: loading them fails the test. */
export class LazyOrderWorkbook extends MockJobWorkbook {
  constructor(seeds: readonly SheetSeed[]) {
    super(seeds);
  }

  override range(
    seed: SheetSeed,
    top: number,
    left: number,
    rows: number,
    columns: number,
  ): OfficeMockObject {
    if (rows * columns <= bigCells) return super.range(seed, top, left, rows, columns);
    const mock = new OfficeMockObject({
      address: `${seed.name}!${a1(top, left, rows, columns)}`,
      rowCount: rows,
      columnCount: columns,
    });
    const load = mock.load.bind(mock);
    Object.assign(mock, {
      load: (arg: string) => {
        if (arg.split(",").includes("values")) throw new Error(`a read of ${rows} × ${columns} cells`);
        return load(arg);
      },
    });
    return this.keep(mock);
  }
}
