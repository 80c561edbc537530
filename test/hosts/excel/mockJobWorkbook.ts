/**
 * MockExcel (reads, runWorkbookJob, names at the sync) grown with the edit-list objects of mockEditObjects.ts, so a
 * whole job — read, plan, every edit kind — runs through ExcelWorkbook on one double and a second run sees what the
 * first one wrote: sheets are added and deleted at once (as MockEditWorkbook does) and keep their tab order
 * (`position`), cells written through `Range.formulas` land in the sheet (text without its apostrophe, formulas as
 * the cell's formula), every range has a format, validation and conditional formats, and sheets have freeze panes,
 * a page layout, charts (with a legend) and `getRanges`. Property writes and calls are logged in MockExcel's `log`.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { CellValue } from "../../../src/domain/types";
import type { Recorder } from "./mockEditObjects";
import { chartMock, formatMock, pageLayoutMock, rangeMock } from "./mockEditObjects";
import type { SheetSeed, Write } from "./mockExcel";
import { MockExcel, letters } from "./mockExcel";

/** Labels of the objects handed out, so that a call given one logs its label (module-wide: see `node`). */
const labels = new WeakMap<object, string>();
const isMarker = (value: unknown): boolean => typeof value === "string" && value.startsWith("Error, ");
/** Whole columns or rows ("A:A", "3:3") and lists of areas: not cell windows of the sheet. */
const notCells = /^(?:[A-Z]+:[A-Z]+|\d+:\d+)$|,/;

export class MockJobWorkbook extends MockExcel implements Recorder {
  charts = 0;

  constructor(seeds: readonly SheetSeed[]) {
    super(seeds);
    const worksheets = this.context.workbook.worksheets as OfficeMockObject;
    Reflect.set(worksheets, "add", (name: string) => {
      this.log.push({ kind: "call", target: "worksheets", name: "add", args: [name] });
      const seed: SheetSeed = { name, rows: [] };
      this.seeds.push(seed);
      const sheet = this.sheetMock(seed);
      this.sheets.set(name, sheet);
      return sheet;
    });
  }

  /**
   * A logged node, as MockEditWorkbook's: built only from MockExcel's own fields, since the base constructor already
   * asks for sheets (this class's fields are not set yet then).
   */
  node(label: string, spec: Record<string, unknown>): OfficeMockObject {
    const plain: Record<string, unknown> = {};
    const children: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(spec)) {
      if (typeof value === "object" && value !== null && !Array.isArray(value)) children[key] = value;
      else plain[key] = value;
    }
    const mock = new OfficeMockObject(plain);
    for (const [key, child] of Object.entries(children)) Reflect.set(mock, key, child);
    const proxy = new Proxy(mock, {
      set: (target, prop, value: unknown) => {
        if (!isMarker(value) && typeof prop === "string" && !prop.startsWith("_") && prop !== "isNullObject")
          this.log.push({ kind: "set", target: label, name: prop, args: [value] });
        return Reflect.set(target, prop, value);
      },
    });
    labels.set(proxy, label);
    return proxy;
  }

  method<A extends unknown[], R>(label: string, name: string, result?: (...args: A) => R) {
    return (...args: A): R | undefined => {
      const shown = args.map((arg) =>
        typeof arg === "object" && arg !== null ? (labels.get(arg) ?? arg) : arg,
      );
      this.log.push({ kind: "call", target: label, name, args: shown });
      return result?.(...args);
    };
  }

  /** Property writes to targets whose label starts with `target`, as [label, property, value] (as MockEditWorkbook). */
  sets(target: string, name?: string): [string, string, unknown][] {
    return this.log
      .filter(
        (op) => op.kind === "set" && op.target.startsWith(target) && (name === undefined || op.name === name),
      )
      .map((op) => [op.target, op.name, op.args[0]]);
  }

  /** Method calls of that name, as [label, ...args]. */
  callsOf(name: string): unknown[][] {
    return this.calls(name).map((op) => [op.target, ...op.args]);
  }

  /** The last input sent to one cell through `values` (column blocks) or `formulas` (cells edits). */
  input(sheet: string, address: string): unknown {
    const [row, column] = cellOf(address);
    const hit = [...this.writes]
      .reverse()
      .find(
        (w) =>
          w.sheet === sheet &&
          (w.prop === "values" || w.prop === "formulas") &&
          row >= w.top &&
          row < w.top + w.value.length &&
          column >= w.left &&
          column < w.left + (w.value[0]?.length ?? 0),
      );
    return hit?.value[row - hit.top]?.[column - hit.left];
  }

  /** The sheets in tab order. */
  sheetNames(): string[] {
    return this.seeds.map((seed) => seed.name);
  }

  /** A sheet's cells as a later read finds them. */
  rowsOf(sheet: string): readonly (readonly CellValue[])[] {
    return this.seeds.find((seed) => seed.name === sheet)?.rows ?? [];
  }

  protected override rangeExtras(sheet: string, address: string): Record<string, unknown> {
    // One cell is labelled as Office.js addresses it ("C15"), as in MockEditWorkbook.
    const [from, to] = address.split(":");
    const edits = rangeMock(this, sheet, from === to && from !== undefined ? from : address);
    const pick = (key: string): unknown => Reflect.get(edits, key);
    return {
      format: pick("format"),
      dataValidation: pick("dataValidation"),
      conditionalFormats: pick("conditionalFormats"),
      merge: pick("merge"),
    };
  }

  /** Cells sent through `Range.formulas` land like values; a formula is kept as the cell's formula. */
  protected override record(write: Write): void {
    super.record(write);
    if (write.prop !== "formulas") return;
    const seed = this.seeds.find((s) => s.name === write.sheet);
    if (!seed) return;
    const rows = seed.rows as CellValue[][];
    const formulas: Record<string, string> = { ...(seed.formulas ?? {}) };
    write.value.forEach((row, r) =>
      row.forEach((input, c) => {
        if (input === null) return; // Excel leaves a cell alone for null in an update
        const key = `${letters(write.left + c + 1)}${write.top + r + 1}`;
        const formula = typeof input === "string" && input.startsWith("=");
        if (formula) formulas[key] = input;
        else delete formulas[key];
        const target = (rows[write.top + r] ??= []);
        while (target.length < write.left + c) target.push("");
        target[write.left + c] = formula ? "" : valueOf(input);
      }),
    );
    Object.assign(seed, { formulas });
  }

  protected override sheetMock(seed: SheetSeed): OfficeMockObject {
    const sheet = super.sheetMock(seed);
    const name = seed.name;
    const baseRange = Reflect.get(sheet, "getRange") as (address: string) => OfficeMockObject;
    const extras: Record<string, unknown> = {
      getRange: (address: string) =>
        notCells.test(address) ? rangeMock(this, name, address) : baseRange(address),
      getRanges: this.method(name, "getRanges", (address: string) =>
        this.node(`${name}!{${address}}`, { format: formatMock(this, `${name}!{${address}}`) }),
      ),
      delete: this.method(name, "delete", () => {
        this.seeds.splice(
          this.seeds.findIndex((s) => s.name === name),
          1,
        );
        this.sheets.delete(name);
      }),
      freezePanes: this.node(`${name}.freezePanes`, {
        freezeAt: this.method(`${name}.freezePanes`, "freezeAt"),
        freezeRows: this.method(`${name}.freezePanes`, "freezeRows"),
        freezeColumns: this.method(`${name}.freezePanes`, "freezeColumns"),
        unfreeze: this.method(`${name}.freezePanes`, "unfreeze"),
      }),
      pageLayout: pageLayoutMock(this, name),
      charts: this.node(`${name}.charts`, {
        add: this.method(`${name}.charts`, "add", () => {
          const chart = chartMock(this, name);
          if (Reflect.get(chart, "legend") === undefined)
            Reflect.set(chart, "legend", this.node(`chart${this.charts}.legend`, {}));
          return chart;
        }),
      }),
    };
    for (const [key, value] of Object.entries(extras)) Reflect.set(sheet, key, value);
    // Tab colour, gridlines and position are logged; a position moves the sheet in the tab order.
    const proxy = new Proxy(sheet, {
      set: (target, prop, value: unknown) => {
        if (prop === "position" || prop === "tabColor" || prop === "showGridlines") {
          this.log.push({ kind: "set", target: name, name: prop, args: [value] });
          if (prop === "position" && typeof value === "number") this.move(name, value);
        }
        return Reflect.set(target, prop, value);
      },
    });
    return proxy;
  }

  private move(name: string, position: number): void {
    const from = this.seeds.findIndex((s) => s.name === name);
    const [seed] = this.seeds.splice(from, 1);
    if (seed) this.seeds.splice(position, 0, seed);
  }
}

/** What a constant input leaves as the cell's value: text without the apostrophe Excel keeps as its prefix. */
function valueOf(input: unknown): CellValue {
  return typeof input === "string" && input.startsWith("'") ? input.slice(1) : (input as CellValue);
}

function cellOf(address: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  const column = [...(match?.[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(match?.[2]) - 1, column - 1];
}
