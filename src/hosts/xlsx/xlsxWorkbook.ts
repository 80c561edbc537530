import type { JobPlan, SheetSnapshot, WorkbookHost } from "../../plan/sheetSnapshot";
import type { WorkbookEdit } from "../../plan/workbookEdit";
import { prepareBlock } from "./blockCells";
import { readSharedStrings } from "./sharedStrings";
import { readSheetValues } from "./sheetReader";
import { patchSheet } from "./sheetPatcher";
import { ProtectionFinder, protectedSheetError, readSheetProtection } from "./sheetProtection";
import { ensureFormatStyles } from "./stylesPart";
import { stylesSource } from "./stylesSource";
import { readTables, widenTable } from "./tablePart";
import type { SheetEntry, WorkbookInfo } from "./workbookPart";
import { readOwned, readWorkbook, upsertOwnedName } from "./workbookPart";
import { XlsxError } from "./xlsxError";
import { XlsxPackage } from "./xlsxPackage";
import type { ZipCodec } from "./zipCodec";

export { XlsxError } from "./xlsxError";

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
    private readonly workbook: WorkbookInfo,
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
    return new Promise((resolve) => {
      const entry = this.worksheet(sheet);
      const finder = new ProtectionFinder();
      const values = readSheetValues(this.pkg, entry.part, this.strings(), (text) => finder.push(text));
      this.protection.set(entry.part, finder.isProtected);
      resolve({
        grid: { sheet: entry.name, top: 0, left: 0, values },
        owned: readOwned(this.pkg.text(this.workbook.part), entry.index),
        tables: readTables(this.pkg, entry.part).map((table) => table.info),
        ...(finder.isProtected ? { protected: true } : {}),
      });
    });
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

  /** Small parts are edited first in memory; sheets are streamed last, so a failing edit leaves the file as it was. */
  private applyNow(edit: WorkbookEdit): void {
    if (edit.changes.length === 0) return;
    for (const block of edit.changes) {
      const entry = this.worksheet(block.sheet);
      if (this.isProtected(entry)) throw protectedSheetError(entry.name);
    }
    const styles = stylesSource(this.pkg, this.workbook.part);
    const formats = edit.changes.flatMap((block) => block.columns.map((column) => column.numberFormat));
    const styled = ensureFormatStyles(styles.xml, formats);
    let workbookXml = this.pkg.text(this.workbook.part);
    const tableTexts = new Map<string, string>();
    const sheets = new Map<SheetEntry, ReturnType<typeof prepareBlock>[]>();
    for (const block of edit.changes) {
      const entry = this.worksheet(block.sheet);
      const styles = block.columns.map((column) => styled.styles.get(column.numberFormat) ?? 0);
      const prepared = prepareBlock(block, styles);
      sheets.set(entry, [...(sheets.get(entry) ?? []), prepared]);
      const rect = {
        top: block.headerRow,
        left: prepared.left,
        bottom: Math.max(block.lastRow, block.headerRow),
        right: prepared.right,
      };
      workbookXml = upsertOwnedName(workbookXml, block.job, entry, rect);
      const table = block.table === undefined ? undefined : this.table(entry, block.table);
      const widened =
        table && widenTable(tableTexts.get(table.part) ?? this.pkg.text(table.part), table, block);
      if (table && widened !== undefined) tableTexts.set(table.part, widened);
    }
    for (const [entry, blocks] of sheets) patchSheet(this.pkg, entry.part, blocks);
    this.pkg.writeText(styles.part, styled.xml);
    for (const [part, text] of styles.companions) this.pkg.writeText(part, text);
    for (const [part, text] of tableTexts) this.pkg.writeText(part, text);
    this.pkg.writeText(this.workbook.part, workbookXml);
  }

  private isProtected(entry: SheetEntry): boolean {
    let known = this.protection.get(entry.part);
    if (known === undefined) {
      known = readSheetProtection(this.pkg, entry.part);
      this.protection.set(entry.part, known);
    }
    return known;
  }

  private table(entry: SheetEntry, name: string): ReturnType<typeof readTables>[number] | undefined {
    const key = name.toLowerCase();
    return readTables(this.pkg, entry.part).find(
      (t) => t.info.name.toLowerCase() === key || t.internalName.toLowerCase() === key,
    );
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
