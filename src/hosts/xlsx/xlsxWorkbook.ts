import type { JobPlan, RunOptions, SheetSnapshot, WorkbookHost } from "../../plan/sheetSnapshot";
import type { WorkbookEdit } from "../../plan/workbookEdit";
import type { WorkbookSnapshot } from "../../plan/workbookSnapshot";
import { applyEdits } from "./applyEdits";
import { readCellFormats } from "./cellFormats";
import type { SheetDisplay } from "./sheetDisplay";
import { readSheetDisplay } from "./sheetDisplay";
import { readSharedStrings } from "./sharedStrings";
import { readSheetValues } from "./sheetReader";
import { ProtectionFinder, protectedSheetError, readSheetProtection } from "./sheetProtection";
import { readTables } from "./tablePart";
import type { SheetEntry, WorkbookInfo } from "./workbookPart";
import { readOwned, readWorkbook } from "./workbookPart";
import { XlsxError } from "./xlsxError";
import { XlsxPackage } from "./xlsxPackage";
import type { ZipCodec } from "./zipCodec";

export { XlsxError } from "./xlsxError";
export type { DisplayCell, SheetDisplay } from "./sheetDisplay";

/**
 * A workbook file as a `WorkbookHost`: reads sheets by streaming their XML, and applies plans by patching only
 * the parts they change (sheet, styles, tables, workbook names); every other part is copied byte for byte.
 */
export class XlsxWorkbook implements WorkbookHost {
  private sharedStrings: string[] | undefined;
  /** Whether each sheet part read so far is protected, so `apply` need not stream it again. */
  private readonly protection = new Map<string, boolean>();

  private constructor(
    private readonly pkg: XlsxPackage,
    private workbook: WorkbookInfo,
  ) {}

  /** Open a package from its bytes; throws `XlsxError` ("xlsx.notAPackage", "xlsx.zip64"...) on a bad file. */
  static open(bytes: Uint8Array, options: { codec?: ZipCodec } = {}): XlsxWorkbook {
    try {
      const pkg = XlsxPackage.open(bytes, options.codec);
      return new XlsxWorkbook(pkg, readWorkbook(pkg));
    } catch (cause) {
      if (cause instanceof XlsxError) throw cause;
      throw new XlsxError("xlsx.notAPackage", "not a readable .xlsx package", cause);
    }
  }

  listSheets(): Promise<string[]> {
    return Promise.resolve(this.visibleWorksheets().map((sheet) => sheet.name));
  }

  activeSheet(): Promise<string> {
    const active = this.workbook.sheets[this.workbook.activeTab];
    const visible = this.visibleWorksheets();
    const name = active && visible.includes(active) ? active.name : visible[0]?.name;
    if (name === undefined)
      return Promise.reject(new XlsxError("xlsx.noSuchSheet", "the workbook has no visible worksheet"));
    return Promise.resolve(name);
  }

  read(sheet: string): Promise<SheetSnapshot> {
    // The executor's throw (no such sheet, bad XML) becomes the promise's rejection.
    return new Promise((resolve) => resolve(this.readNow(sheet, false)));
  }

  /** One sheet's snapshot; with `formulas`, also where its formula cells are. */
  private readNow(sheet: string, formulas: boolean): SheetSnapshot {
    const entry = this.worksheet(sheet);
    const finder = new ProtectionFinder();
    const formulaCells: string[] = [];
    const onFormula = formulas
      ? (row: number, column: number) => formulaCells.push(`${row},${column}`)
      : undefined;
    const values = readSheetValues(
      this.pkg,
      entry.part,
      this.strings(),
      (text) => finder.push(text),
      onFormula,
    );
    this.protection.set(entry.part, finder.isProtected);
    return {
      grid: { sheet: entry.name, top: 0, left: 0, values },
      owned: readOwned(this.pkg.text(this.workbook.part), entry.index),
      tables: readTables(this.pkg, entry.part).map((table) => table.info),
      ...(finder.isProtected ? { protected: true } : {}),
      ...(formulas ? { formulaCells } : {}),
    };
  }

  /**
   * A sheet as a viewer shows it: each cell's value with its number format code (the `s` attribute through
   * `cellXfs` to `numFmts` or a built-in format), the first `rowLimit` rows, and how many rows the sheet has.
   */
  readDisplay(sheet: string, rowLimit = Number.MAX_SAFE_INTEGER): SheetDisplay {
    const entry = this.worksheet(sheet);
    const formats = readCellFormats(this.pkg, this.workbook.part);
    return {
      sheet: entry.name,
      ...readSheetDisplay(this.pkg, entry.part, this.strings(), formats, rowLimit),
    };
  }

  apply(edit: WorkbookEdit): Promise<void> {
    return new Promise((resolve) => {
      this.applyNow(edit);
      resolve();
    });
  }

  async runJob<T>(
    sheet: string,
    plan: (snapshot: SheetSnapshot) => JobPlan<T>,
    onProgress?: (fraction: number) => void,
  ): Promise<T> {
    const { edit, result } = plan(await this.read(sheet));
    if (edit) await this.apply(edit);
    onProgress?.(1);
    return result;
  }

  async runWorkbookJob<T>(
    reads: readonly string[],
    plan: (workbook: WorkbookSnapshot) => JobPlan<T>,
    onProgress?: (fraction: number) => void,
    options: RunOptions = {},
  ): Promise<T> {
    const sheets = new Map<string, SheetSnapshot>();
    for (const name of reads) if (!sheets.has(name)) sheets.set(name, await this.read(name));
    const snapshot = this.workbookSnapshot(sheets);
    const job = options.generatedBy;
    for (const generated of job === undefined ? [] : snapshot.generated) {
      if (generated.job === job || generated.job.startsWith(`${job}.`))
        sheets.set(generated.sheet, this.readNow(generated.sheet, true));
    }
    const { edit, result } = plan(snapshot);
    if (edit) await this.apply(edit);
    onProgress?.(1);
    return result;
  }

  /** Every sheet's name and the sheets jobs generated, with the snapshots read. */
  private workbookSnapshot(sheets: ReadonlyMap<string, SheetSnapshot>): WorkbookSnapshot {
    const workbookXml = this.pkg.text(this.workbook.part);
    const generated = this.workbook.sheets.flatMap((entry) =>
      readOwned(workbookXml, entry.index)
        .filter((record) => record.whole === true)
        .map((record) => ({
          job: record.job,
          sheet: entry.name,
          ...(record.fingerprint !== undefined ? { fingerprint: record.fingerprint } : {}),
        })),
    );
    return { sheetNames: this.workbook.sheets.map((entry) => entry.name), sheets, generated };
  }

  /** No UI: nothing to select. */
  select(sheet: string, cell: string): Promise<void> {
    void sheet;
    void cell;
    return Promise.resolve();
  }

  toBytes(): Uint8Array {
    return this.pkg.toBytes();
  }

  changedParts(): string[] {
    return this.pkg.changedParts();
  }

  /**
   * Refuse an edit that writes into a protected sheet (Excel would), then apply the whole list through the package
   * layer (applyEdits.ts): small parts are staged in memory and sheets streamed last, so a failing edit leaves the
   * file as it was. The workbook's sheet list is read again afterwards: the list may have created or deleted sheets.
   */
  private applyNow(edit: WorkbookEdit): void {
    if (edit.changes.length === 0) return;
    const created = new Set<string>();
    for (const change of edit.changes) {
      if (change.kind === "createSheet") created.add(change.sheet.toLowerCase());
      if (!("sheet" in change) || created.has(change.sheet.toLowerCase())) continue;
      const entry = this.worksheet(change.sheet);
      if (this.isProtected(entry)) throw protectedSheetError(entry.name);
    }
    applyEdits(this.pkg, edit);
    this.workbook = readWorkbook(this.pkg);
  }

  private isProtected(entry: SheetEntry): boolean {
    let known = this.protection.get(entry.part);
    if (known === undefined) {
      known = readSheetProtection(this.pkg, entry.part);
      this.protection.set(entry.part, known);
    }
    return known;
  }

  private visibleWorksheets(): SheetEntry[] {
    return this.workbook.sheets.filter(
      (sheet) => sheet.visible && sheet.kind === "worksheet" && this.pkg.has(sheet.part),
    );
  }

  private worksheet(name: string): SheetEntry {
    const found =
      this.workbook.sheets.find((sheet) => sheet.name === name) ??
      this.workbook.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
    if (!found || found.kind !== "worksheet" || !this.pkg.has(found.part)) {
      throw new XlsxError("xlsx.noSuchSheet", `no worksheet named "${name}"`);
    }
    return found;
  }

  private strings(): string[] {
    this.sharedStrings ??= readSharedStrings(this.pkg, this.workbook.part);
    return this.sharedStrings;
  }
}
