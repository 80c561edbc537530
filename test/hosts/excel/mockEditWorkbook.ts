/**
 * A fake workbook for the edit-list tests, built from office-addin-mock's OfficeMockObject like mockExcel.ts: every
 * object the Excel host touches (sheets, ranges and their formats, names, tables, validation, conditional formats,
 * page layout, charts) is seeded with exactly the methods the host may call, each recording what it got; property
 * writes are logged in order with the syncs. Writes apply at once: sheets and names appear and disappear, and the
 * formulas and number formats sent to a range land in its cells. Unknown methods are missing (a TypeError), names and
 * sheets behave as Excel's do (adding an existing name fails; a missing sheet is ItemNotFound). A sheet's
 * `protection.protected` is loaded like Excel's: readable after the sync that carried its load.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { Op } from "./mockExcel";
import { letters } from "./mockExcel";
import type { Recorder } from "./mockEditObjects";
import { chartMock, formatMock, pageLayoutMock, rangeMock } from "./mockEditObjects";

type Spec = Record<string, unknown>;

/** 1-based [row, column] of "B12". */
export function cellIndexes(cell: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(cell.replace(/\$/g, ""));
  const column = [...(match?.[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(match?.[2]), column];
}

const notFound = (what: string): Error =>
  Object.assign(new Error(`The requested resource doesn't exist: ${what}`), { code: "ItemNotFound" });

export class MockEditWorkbook implements Recorder {
  charts = 0;
  readonly log: Op[] = [];
  readonly sheets: string[];
  /** Defined names as "scope|NAME" ("" scope: the workbook) → their formula and comment. */
  readonly names = new Map<string, { formula: string; comment?: string }>();
  /** Cells written: "Sheet!B4" → the last formula (or constant) and number format sent to it. */
  readonly cells = new Map<string, { formula?: unknown; numberFormat?: unknown }>();
  readonly context: OfficeMockObject;
  readonly sync: jest.Mock<Promise<void>, []>;
  private readonly labels = new WeakMap<object, string>();
  /** Objects the code loads from (each sheet's protection): a successful sync fills what was loaded. */
  private readonly loadables: OfficeMockObject[] = [];
  private readonly protectedSheets: ReadonlySet<string>;

  constructor(
    sheets: readonly string[],
    names: readonly { scope?: string; name: string }[] = [],
    protectedSheets: readonly string[] = [],
  ) {
    this.sheets = [...sheets];
    this.protectedSheets = new Set(protectedSheets);
    for (const n of names) this.names.set(`${n.scope ?? ""}|${n.name.toUpperCase()}`, { formula: "=1" });
    const worksheets = this.node("worksheets", {
      add: this.method("worksheets", "add", (name: string) => {
        this.sheets.push(name);
        return this.sheet(name);
      }),
      getItem: (name: string) => {
        if (!this.sheets.includes(name)) throw notFound(name);
        return this.sheet(name);
      },
    });
    const application = this.node("application", {
      suspendApiCalculationUntilNextSync: this.method("application", "suspendApiCalculationUntilNextSync"),
    });
    const workbook = this.node("workbook", { worksheets, application, names: this.namesOf("") });
    this.context = new OfficeMockObject({});
    Reflect.set(this.context, "workbook", workbook);
    let committed = this.snapshot();
    this.sync = jest.fn(() => {
      this.log.push({ kind: "sync", target: "context", name: "sync", args: [] });
      const error = this.failSync?.(this.sync.mock.calls.length);
      // A refused request changes nothing in Excel: what it queued is undone here.
      if (error) this.restore(committed);
      committed = this.snapshot();
      if (error) return Promise.reject(error);
      return Promise.all(this.loadables.map((mock) => mock.sync())).then(() => undefined);
    });
    this.context.sync = this.sync;
  }

  /** The error sync number `n` (1-based) rejects with, if any. */
  failSync: ((n: number) => Error | null) | null = null;

  private snapshot(): { sheets: string[]; names: Map<string, unknown>; cells: Map<string, unknown> } {
    return { sheets: [...this.sheets], names: new Map(this.names), cells: new Map(this.cells) };
  }

  private restore(state: ReturnType<MockEditWorkbook["snapshot"]>): void {
    this.sheets.splice(0, this.sheets.length, ...state.sheets);
    this.names.clear();
    for (const [key, value] of state.names) this.names.set(key, value as { formula: string });
    this.cells.clear();
    for (const [key, value] of state.cells) this.cells.set(key, value as { formula?: unknown });
  }

  get excelContext(): Excel.RequestContext {
    return this.context as unknown as Excel.RequestContext;
  }

  /** Property writes to targets whose label starts with `target`, as [label, property, value]. */
  sets(target: string, name?: string): [string, string, unknown][] {
    return this.log
      .filter(
        (op) => op.kind === "set" && op.target.startsWith(target) && (name === undefined || op.name === name),
      )
      .map((op) => [op.target, op.name, op.args[0]]);
  }

  /** Method calls of that name, as [label, ...args]. */
  calls(name: string): unknown[][] {
    return this.log
      .filter((op) => op.kind === "call" && op.name === name)
      .map((op) => [op.target, ...op.args]);
  }

  /** Ops between sync `n` - 1 and sync `n` (1-based): what sync `n` carried. */
  batch(n: number): Op[] {
    const bounds = this.log.flatMap((op, i) => (op.kind === "sync" ? [i] : []));
    return this.log.slice(n > 1 ? (bounds[n - 2] ?? 0) + 1 : 0, bounds[n - 1]);
  }

  /** An OfficeMockObject whose property writes are logged under `label`; child objects are set as they are. */
  node(label: string, spec: Spec): OfficeMockObject {
    const plain: Spec = {};
    const children: Spec = {};
    for (const [key, value] of Object.entries(spec)) {
      if (typeof value === "object" && value !== null && !Array.isArray(value)) children[key] = value;
      else plain[key] = value;
    }
    const mock = new OfficeMockObject(plain);
    for (const [key, child] of Object.entries(children)) Reflect.set(mock, key, child);
    const proxy = new Proxy(mock, {
      set: (target, prop, value: unknown) => {
        // Loading writes the mock's "not synced" marker through here: that is no write of the code under test.
        const marker = typeof value === "string" && value.startsWith("Error, ");
        if (!marker && typeof prop === "string" && !prop.startsWith("_") && prop !== "isNullObject") {
          this.log.push({ kind: "set", target: label, name: prop, args: [value] });
          this.apply(label, prop, value);
        }
        return Reflect.set(target, prop, value);
      },
    });
    this.labels.set(proxy, label);
    return proxy;
  }

  /** A seeded method that logs its call (objects given as their labels) and returns what `result` gives. */
  method<A extends unknown[], R>(
    label: string,
    name: string,
    result?: (...args: A) => R,
  ): (...args: A) => R | undefined {
    return (...args: A) => {
      const shown = args.map((arg) =>
        typeof arg === "object" && arg !== null ? (this.labels.get(arg) ?? arg) : arg,
      );
      this.log.push({ kind: "call", target: label, name, args: shown });
      return result?.(...args);
    };
  }

  private apply(label: string, prop: string, value: unknown): void {
    if ((prop !== "formulas" && prop !== "numberFormat") || !Array.isArray(value)) return;
    const match = /^(.*)!([A-Z]+\d+)(?::[A-Z]+\d+)?$/.exec(label);
    if (!match?.[1] || !match[2]) return;
    const [top, left] = cellIndexes(match[2]);
    (value as unknown[][]).forEach((row, r) =>
      row.forEach((input, c) => {
        if (input === null) return; // Excel ignores null in an update
        const key = `${match[1]}!${letters(left + c)}${top + r}`;
        const cell = this.cells.get(key) ?? {};
        this.cells.set(key, { ...cell, [prop === "formulas" ? "formula" : "numberFormat"]: input });
      }),
    );
  }

  private loadable(mock: OfficeMockObject): OfficeMockObject {
    this.loadables.push(mock);
    return mock;
  }

  private namesOf(scope: string): OfficeMockObject {
    const label = scope === "" ? "workbook.names" : `${scope}.names`;
    const key = (name: string): string => `${scope}|${name.toUpperCase()}`;
    const item = (name: string): OfficeMockObject => {
      const mock = this.node(`name:${scope}|${name}`, {
        name,
        visible: true,
        delete: this.method(`name:${scope}|${name}`, "delete", () => this.names.delete(key(name))),
      });
      mock.isNullObject = !this.names.has(key(name));
      return mock;
    };
    return this.node(label, {
      add: this.method(label, "add", (name: string, formula: string, comment?: string) => {
        if (this.names.has(key(name))) throw new Error(`The name ${name} already exists`);
        this.names.set(key(name), comment === undefined ? { formula } : { formula, comment });
        return item(name);
      }),
      getItem: (name: string) => {
        if (!this.names.has(key(name))) throw notFound(name);
        return item(name);
      },
      getItemOrNullObject: (name: string) => item(name),
    });
  }

  private sheet(name: string): OfficeMockObject {
    const m = <A extends unknown[], R>(
      n: string,
      result?: (...args: A) => R,
    ): ((...args: A) => R | undefined) => this.method(name, n, result);
    return this.node(name, {
      name,
      position: 0,
      tabColor: "",
      showGridlines: true,
      delete: m("delete", () => this.sheets.splice(this.sheets.indexOf(name), 1)),
      getRange: (address: string) => rangeMock(this, name, address),
      getRangeByIndexes: (top: number, left: number, rows: number, columns: number) =>
        rangeMock(this, name, `${letters(left + 1)}${top + 1}:${letters(left + columns)}${top + rows}`),
      getRanges: m("getRanges", (address: string) =>
        this.node(`${name}!{${address}}`, { format: formatMock(this, `${name}!{${address}}`) }),
      ),
      names: this.namesOf(name),
      protection: this.loadable(new OfficeMockObject({ protected: this.protectedSheets.has(name) })),
      freezePanes: this.node(`${name}.freezePanes`, {
        freezeAt: this.method(`${name}.freezePanes`, "freezeAt"),
        freezeRows: this.method(`${name}.freezePanes`, "freezeRows"),
        freezeColumns: this.method(`${name}.freezePanes`, "freezeColumns"),
        unfreeze: this.method(`${name}.freezePanes`, "unfreeze"),
      }),
      tables: this.node(`${name}.tables`, {
        add: this.method(`${name}.tables`, "add", (address: string) =>
          this.node(`table:${name}!${address}`, { name: "", style: "", showBandedRows: true }),
        ),
      }),
      pageLayout: pageLayoutMock(this, name),
      charts: this.node(`${name}.charts`, {
        add: this.method(`${name}.charts`, "add", () => chartMock(this, name)),
      }),
    });
  }
}
