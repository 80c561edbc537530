/** Why the .xlsx host gave up: a file it cannot read or an edit it must not write. */
export type XlsxErrorCode =
  | "xlsx.notAPackage"
  | "xlsx.oleContainer"
  | "xlsx.zip64"
  | "xlsx.encrypted"
  | "xlsx.unsupportedCompression"
  | "xlsx.corruptZip"
  | "xlsx.noWorkbook"
  | "xlsx.missingPart"
  | "xlsx.badXml"
  | "xlsx.noSuchSheet"
  | "xlsx.badNumber"
  | "xlsx.badEdit"
  | "xlsx.tableColumnName"
  | "xlsx.sheetProtected";

/** A host failure or a bug in a plan: thrown, caught once at the CLI or UI boundary. */
export class XlsxError extends Error {
  override readonly name = "XlsxError";
  readonly code: XlsxErrorCode;
  override readonly cause?: unknown;
  /** The sheet the failure is about, when it is about one (e.g. a protected sheet). */
  readonly sheet?: string;

  constructor(code: XlsxErrorCode, message: string, cause?: unknown, sheet?: string) {
    super(`${code}: ${message}`);
    this.code = code;
    if (cause !== undefined) this.cause = cause;
    if (sheet !== undefined) this.sheet = sheet;
  }
}
