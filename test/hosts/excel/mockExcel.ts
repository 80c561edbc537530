/**
 * A fake workbook for the Excel host tests, built from office-addin-mock's OfficeMockObject. Every method the host
 * calls is seeded as a function that records what it got; every range is a mock whose `values` read as an error
 * string until loaded and synced, and whose property writes are logged (with the order they happened in).
 * Like Excel, it applies a batch's writes and name changes at its sync, and drops them when the sync fails; with
 * `payloadLimitBytes` set it refuses, as Excel on the web does, a sync whose written values and number formats
 * (request) or loaded values (response) pass that many UTF-8 bytes of JSON.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { CellValue } from "../../../src/domain/types";
import type { ExcelRunner } from "../../../src/hosts/excel/excelWorkbook";

export interface SheetSeed {
  readonly name: string;
  readonly visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** Cells from A1, row-major. */
  readonly rows: readonly (readonly CellValue[])[];
  readonly names?: readonly { readonly name: string; readonly formula: string; readonly comment?: string }[];
  readonly tables?: readonly {
    readonly name: string;
    readonly address: string;
    readonly showTotals: boolean;
  }[];
  /** Formulas by cell ("B2" → "=A2*2"): `Range.formulas` gives these there, the values elsewhere. */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Review › Protect Sheet is on. */
  readonly protected?: boolean;
}

/** What one sync carried, in UTF-8 bytes of JSON (measured only while `payloadLimitBytes` is set). */
export interface Payload {
  readonly request: number;
  readonly response: number;
  /** Excel on the web refused it for its size. */
  readonly refused: boolean;
}

/** One recorded step: a property set, a method call, or a `context.sync()`. */
export interface Op {
  readonly kind: "set" | "call" | "sync";
  readonly target: string;
  readonly name: string;
  readonly args: readonly unknown[];
}

export interface Write {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly prop: string;
  readonly value: unknown[][];
}

/** Column letters, worked independently of the code under test: 1 → A, 13 → M, 27 → AA. */
export function letters(column: number): string {
  return column <= 26
    ? String.fromCharCode(64 + column)
    : letters(Math.floor((column - 1) / 26)) + letters(((column - 1) % 26) + 1);
}

/** "M3:S3" for 0-based top/left and a size. */
export function a1(top: number, left: number, rows: number, columns: number): string {
  return `${letters(left + 1)}${top + 1}:${letters(left + columns)}${top + rows}`;
}

const withoutPrefix = (value: CellValue): CellValue =>
  typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;

const isMockError = (value: unknown): boolean => typeof value === "string" && value.startsWith("Error, ");

export class MockExcel {
  readonly log: Op[] = [];
  readonly writes: Write[] = [];
  readonly context: OfficeMockObject;
  readonly sync: jest.Mock<Promise<void>, []>;
  runs = 0;
  /** 1-based number of the sync that rejects like Excel does, if any. */
  failOnSync: number | null = null;
  /** Refuse a sync whose request or response passes this many bytes, like Excel on the web at 5 MB. */
  payloadLimitBytes: number | null = null;
  /** Each sync's payload while `payloadLimitBytes` is set. */
  readonly payloads: Payload[] = [];
  private syncing = false;
  /** Writes and name changes queued since the last sync: applied by a successful sync, dropped by a failed one. */
  private effects: (() => void)[] = [];
  /** Arrays written, and values loaded, since the last sync: the request and the response it would carry. */
  private requested: unknown[] = [];
  private responded: unknown[] = [];
  private readonly extra: OfficeMockObject[] = [];
  private readonly labels = new WeakMap<object, string>();
  /** Sheet mocks by name; a subclass that adds and deletes sheets keeps it and `seeds` (tab order) in step. */
  protected readonly sheets = new Map<string, OfficeMockObject>();
  protected readonly seeds: SheetSeed[];

  constructor(seeds: readonly SheetSeed[], active = seeds[0]?.name ?? "") {
    this.seeds = [...seeds];
    for (const seed of seeds) this.sheets.set(seed.name, this.sheetMock(seed));
    const worksheets = {
      getItem: (name: string) => this.sheetOrThrow(name),
      getActiveWorksheet: () => this.keep(new OfficeMockObject({ name: active })),
      // In tab order; each item hands out its sheet's names and protection, as Excel's Worksheet objects do.
      load: (arg: unknown) =>
        this.loadItems(
          "worksheets",
          arg,
          this.seeds.map((s) => {
            const sheet = this.sheetOrThrow(s.name);
            const { names, protection } = sheet as unknown as { names: unknown; protection: unknown };
            return { name: s.name, visibility: s.visibility ?? "Visible", names, protection };
          }),
        ),
    };
    const application = {
      suspendApiCalculationUntilNextSync: () =>
        this.call("application", "suspendApiCalculationUntilNextSync", []),
    };
    this.context = new OfficeMockObject({ workbook: { worksheets, application } });
    const realSync = this.context.sync.bind(this.context);
    this.sync = jest.fn(async () => {
      this.log.push({ kind: "sync", target: "context", name: "sync", args: [] });
      const effects = this.effects.splice(0);
      const failing = this.failOnSync !== null && this.sync.mock.calls.length === this.failOnSync;
      if (failing)
        throw Object.assign(new Error("The argument is invalid or missing."), { code: "InvalidArgument" });
      this.checkPayload();
      for (const effect of effects) effect();
      this.syncing = true;
      await realSync();
      for (const mock of this.extra) await mock.sync();
      this.syncing = false;
    });
    this.context.sync = this.sync;
  }

  /** Hands the mock context to the batch, like Excel.run. */
  readonly runner: ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs += 1;
    return batch(this.context as unknown as Excel.RequestContext);
  };

  /** The last value and number format written to one cell ("M4"), undefined where nothing was written. */
  cell(sheet: string, address: string): { value: unknown; numberFormat: unknown } {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    const column = [...(match?.[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(match?.[2]) - 1;
    const last = (prop: string): unknown => {
      const hit = [...this.writes]
        .reverse()
        .find(
          (w) =>
            w.sheet === sheet &&
            w.prop === prop &&
            row >= w.top &&
            row < w.top + w.value.length &&
            column >= w.left &&
            column < w.left + (w.value[0]?.length ?? 0),
        );
      return hit?.value[row - hit.top]?.[column - hit.left];
    };
    return { value: last("values"), numberFormat: last("numberFormat") };
  }

  /** Ops logged between sync number `n` - 1 and sync `n` (1-based): what sync `n` carried. */
  batch(n: number): Op[] {
    const bounds = this.log.flatMap((op, i) => (op.kind === "sync" ? [i] : []));
    return this.log.slice(n > 1 ? (bounds[n - 2] ?? 0) + 1 : 0, bounds[n - 1]);
  }

  /** Refuse the pending sync when its request or response passes `payloadLimitBytes`, with Excel's error codes. */
  private checkPayload(): void {
    const bytes = (values: unknown[]): number =>
      values.reduce<number>((sum, value) => sum + Buffer.byteLength(JSON.stringify(value)), 0);
    const [requested, responded] = [this.requested.splice(0), this.responded.splice(0)];
    const limit = this.payloadLimitBytes;
    if (limit === null) return;
    const payload = { request: bytes(requested), response: bytes(responded) };
    const refused = payload.request > limit || payload.response > limit;
    this.payloads.push({ ...payload, refused });
    if (!refused) return;
    const code =
      payload.request > limit ? "RequestPayloadSizeLimitExceeded" : "ResponsePayloadSizeLimitExceeded";
    throw Object.assign(new Error("The payload size has exceeded the limit."), { code });
  }

  calls(name: string): Op[] {
    return this.log.filter((op) => op.kind === "call" && op.name === name);
  }

  private call(target: string, name: string, args: readonly unknown[]): void {
    this.log.push({ kind: "call", target, name, args });
  }

  protected keep(mock: OfficeMockObject): OfficeMockObject {
    this.extra.push(mock);
    return mock;
  }

  /** A mock whose property writes are logged (not `isNullObject`, which the harness seeds); reads pass through. */
  private tracked(
    mock: OfficeMockObject,
    label: string,
    cells?: { sheet: string; top: number; left: number },
  ): OfficeMockObject {
    const proxy = new Proxy(mock, {
      set: (target, prop, value: unknown) => {
        if (
          !this.syncing &&
          typeof prop === "string" &&
          !prop.startsWith("_") &&
          prop !== "isNullObject" &&
          !isMockError(value)
        ) {
          this.log.push({ kind: "set", target: label, name: prop, args: [value] });
          if (cells && Array.isArray(value)) {
            const write = { ...cells, prop, value: value as unknown[][] };
            this.requested.push(value);
            this.effects.push(() => this.record(write));
          }
        }
        return Reflect.set(target, prop, value);
      },
    });
    this.labels.set(proxy, label);
    return this.keep(proxy);
  }

  /** Log a write; written values land in the sheet's cells, so a later read (and its used range) sees them. */
  protected record(write: Write): void {
    this.writes.push(write);
    if (write.prop !== "values") return;
    const rows = this.seeds.find((seed) => seed.name === write.sheet)?.rows as CellValue[][] | undefined;
    write.value.forEach((row, r) => {
      const target = rows ? (rows[write.top + r] ??= []) : [];
      while (target.length < write.left) target.push("");
      // Excel keeps a text's leading apostrophe as the cell's prefix: reading the cell back gives the text alone.
      row.forEach((value, c) => (target[write.left + c] = withoutPrefix(value as CellValue)));
    });
  }

  private loadItems(target: string, arg: unknown, items: readonly object[]): unknown {
    this.call(target, "load", [arg]);
    const collection =
      target === "worksheets"
        ? this.context.workbook.worksheets
        : this.sheetOrThrow(target.split("|")[0] ?? "")[target.split("|")[1] ?? ""];
    collection.items = items;
    return collection;
  }

  protected sheetOrThrow(name: string): OfficeMockObject {
    const sheet = this.sheets.get(name);
    if (!sheet)
      throw Object.assign(new Error(`The requested resource doesn't exist: ${name}`), {
        code: "ItemNotFound",
      });
    return sheet;
  }

  private quoted(sheet: string): string {
    return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  }

  range(seed: SheetSeed, top: number, left: number, rows: number, columns: number): OfficeMockObject {
    const address = a1(top, left, rows, columns);
    const values = Array.from({ length: rows }, (_, r) => {
      const row: unknown[] = (seed.rows[top + r] ?? []).slice(left, left + columns);
      while (row.length < columns) row.push("");
      return row;
    });
    const label = `${seed.name}!${address}`;
    const formulas = values.map((row, r) =>
      row.map((value, c) => seed.formulas?.[`${letters(left + c + 1)}${top + r + 1}`] ?? value),
    );
    const mock: OfficeMockObject = new OfficeMockObject({
      address: `${this.quoted(seed.name)}!${address}`,
      rowCount: rows,
      columnCount: columns,
      values,
      formulas,
      copyFrom: (source: object, type: unknown) =>
        this.call(label, "copyFrom", [this.labels.get(source), type]),
      clear: (type: unknown) => this.call(label, "clear", [type]),
      select: () => this.call(label, "select", []),
    });
    // A subclass's extra members of a range (formats, validation, conditional formats), set before it is tracked.
    Object.assign(mock, this.rangeExtras(seed.name, address));
    // A load of "values" is what the sync's response carries.
    const load = mock.load.bind(mock);
    Object.assign(mock, {
      load: (arg: string) => {
        if (arg.split(",").includes("values")) this.responded.push(values);
        return load(arg);
      },
    });
    return this.tracked(mock, label, { sheet: seed.name, top, left });
  }

  /** Members a subclass adds to every range of `sheet` at `address` ("B2:C4"); none here. */
  protected rangeExtras(sheet: string, address: string): Record<string, unknown> {
    void sheet;
    void address;
    return {};
  }

  /** Like getUsedRange(valuesOnly = true): the bounding box of the non-empty cells. */
  private usedRange(seed: SheetSeed): OfficeMockObject {
    const [top, left, bottom, right] = this.usedBox(seed);
    const empty = bottom < 0;
    const range = empty
      ? this.keep(new OfficeMockObject({ address: "", rowCount: 0, columnCount: 0 }))
      : this.range(seed, top, left, bottom - top + 1, right - left + 1);
    range.isNullObject = empty;
    return range;
  }

  /** Bounding box of the non-empty cells: [top, left, bottom, right], 0-based; bottom -1 when empty. */
  private usedBox(seed: SheetSeed): [number, number, number, number] {
    const filled = (value: CellValue | undefined): boolean =>
      value !== "" && value !== null && value !== undefined;
    let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
    seed.rows.forEach((row, r) => {
      // Scan each row from both ends: a data row stops after a cell or two.
      let first = 0;
      while (first < row.length && !filled(row[first])) first += 1;
      if (first === row.length) return;
      let last = row.length - 1;
      while (!filled(row[last])) last -= 1;
      if (top > r) top = r;
      bottom = r;
      if (left > first) left = first;
      if (right < last) right = last;
    });
    return [top, left, bottom, right];
  }

  protected sheetMock(seed: SheetSeed): OfficeMockObject {
    const at = (address: string): [number, number, number, number] => {
      const [from = "", to = from] = address.replace(/\$/g, "").split(":");
      const [r1, c1] = this.indexes(from);
      const [r2, c2] = this.indexes(to);
      return [r1, c1, r2 - r1 + 1, c2 - c1 + 1];
    };
    return this.keep(
      new OfficeMockObject({
        name: seed.name,
        activate: () => this.call(seed.name, "activate", []),
        getUsedRangeOrNullObject: (valuesOnly: unknown) => {
          this.call(seed.name, "getUsedRangeOrNullObject", [valuesOnly]);
          return this.usedRange(seed);
        },
        getRangeByIndexes: (top: number, left: number, rows: number, columns: number) =>
          this.range(seed, top, left, rows, columns),
        getRange: (address: string) => this.range(seed, ...at(address)),
        names: this.namesSeed(seed),
        tables: this.tablesSeed(seed, at),
        protection: { protected: seed.protected ?? false },
      }),
    );
  }

  private indexes(cell: string): [number, number] {
    const match = /^([A-Z]+)(\d+)$/.exec(cell);
    const column = [...(match?.[1] ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return [Number(match?.[2]) - 1, column - 1];
  }

  private namesSeed(seed: SheetSeed): object {
    // The sheet's names as they change: add appends, delete removes (at the sync), so a second run sees the first
    // one's name; adding a name that exists fails that sync.
    const names: { name: string; formula: string; comment?: string }[] = [...(seed.names ?? [])];
    const remove = (name: string): void => {
      this.call(`name:${name}`, "delete", []);
      this.effects.push(() =>
        names.splice(
          names.findIndex((n) => n.name === name),
          1,
        ),
      );
    };
    const item = (name: string, exists: boolean): OfficeMockObject => {
      const mock = this.tracked(
        new OfficeMockObject({ name, visible: true, delete: () => remove(name) }),
        `name:${name}`,
      );
      mock.isNullObject = !exists;
      return mock;
    };
    return {
      load: (arg: unknown) => this.loadItems(`${seed.name}|names`, arg, [...names]),
      add: (name: string, reference: string, comment?: string) => {
        this.call(
          `${seed.name}.names`,
          "add",
          comment === undefined ? [name, reference] : [name, reference, comment],
        );
        this.effects.push(() => {
          if (names.some((n) => n.name === name))
            throw Object.assign(new Error(`The name ${name} already exists`), { code: "InvalidArgument" });
          names.push(
            comment === undefined ? { name, formula: reference } : { name, formula: reference, comment },
          );
        });
        return item(name, true);
      },
      getItem: (name: string) =>
        item(
          name,
          names.some((n) => n.name === name),
        ),
      getItemOrNullObject: (name: string) =>
        item(
          name,
          names.some((n) => n.name === name),
        ),
    };
  }

  private tablesSeed(seed: SheetSeed, at: (address: string) => [number, number, number, number]): object {
    const tables = seed.tables ?? [];
    const table = (name: string): OfficeMockObject => {
      const info = tables.find((t) => t.name === name);
      if (!info) throw Object.assign(new Error(`No table ${name}`), { code: "ItemNotFound" });
      return this.keep(
        new OfficeMockObject({
          name,
          showTotals: info.showTotals,
          getRange: () => this.range(seed, ...at(info.address)),
          resize: (range: object) => this.call(`table:${name}`, "resize", [this.labels.get(range)]),
          columns: { add: (...args: unknown[]) => this.call(`table:${name}`, "columns.add", args) },
        }),
      );
    };
    return {
      load: (arg: unknown) =>
        this.loadItems(
          `${seed.name}|tables`,
          arg,
          tables.map((t) => ({
            name: t.name,
            showTotals: t.showTotals,
            getRange: () => this.range(seed, ...at(t.address)),
          })),
        ),
      getItem: (name: string) => table(name),
    };
  }
}
