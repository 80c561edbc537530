import { XlsxError } from "./xlsxError";

/** One entry of a zip's central directory, with where its raw bytes sit in the archive. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Archive bytes of the local header + compressed data + data descriptor: copied as-is when unchanged. */
  readonly raw: Uint8Array;
  /** The compressed data alone. */
  readonly data: Uint8Array;
  /** The entry's central directory record as found (its local-header offset is patched on write). */
  readonly central: Uint8Array;
}

/** A zip read from memory: its entries in central-directory order and its archive comment. */
export interface ZipArchive {
  readonly entries: readonly ZipEntry[];
  readonly comment: Uint8Array;
}

const eocdSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;
const descriptorSignature = 0x08074b50;
const zip64LocatorSignature = 0x07064b50;
const eocdMinBytes = 22;
const maxCommentBytes = 0xffff;

/** Read a zip's central directory; entry data stays in `bytes` (nothing is inflated here). */
export function readZip(bytes: Uint8Array): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(bytes, view);
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  const commentLength = view.getUint16(eocd + 20, true);
  const zip64 = eocd >= 20 && view.getUint32(eocd - 20, true) === zip64LocatorSignature;
  if (zip64 || count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    throw new XlsxError("xlsx.zip64", "zip64 archives are not supported");
  }
  if (cdOffset + cdSize > eocd) throw new XlsxError("xlsx.corruptZip", "central directory outside the file");
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    const entry = readCentralRecord(bytes, view, at);
    entries.push(entry.entry);
    at = entry.next;
  }
  return {
    entries,
    comment: new Uint8Array(bytes.subarray(eocd + eocdMinBytes, eocd + eocdMinBytes + commentLength)),
  };
}

function findEocd(bytes: Uint8Array, view: DataView): number {
  if (bytes.length >= 8 && view.getUint32(0, false) === 0xd0cf11e0) {
    // An OLE compound file: a legacy .xls or a password-protected (encrypted) workbook.
    throw new XlsxError(
      "xlsx.oleContainer",
      "an OLE file (.xls or password-protected workbook), not an .xlsx package",
    );
  }
  const stop = Math.max(0, bytes.length - eocdMinBytes - maxCommentBytes);
  for (let at = bytes.length - eocdMinBytes; at >= stop; at--) {
    if (view.getUint32(at, true) === eocdSignature) return at;
  }
  throw new XlsxError("xlsx.notAPackage", "no zip end-of-central-directory record");
}

function readCentralRecord(bytes: Uint8Array, view: DataView, at: number): { entry: ZipEntry; next: number } {
  if (at + 46 > bytes.length || view.getUint32(at, true) !== centralSignature) {
    throw new XlsxError("xlsx.corruptZip", `bad central directory record at ${at}`);
  }
  const flags = view.getUint16(at + 8, true);
  const method = view.getUint16(at + 10, true);
  const compressedSize = view.getUint32(at + 20, true);
  const uncompressedSize = view.getUint32(at + 24, true);
  const nameLength = view.getUint16(at + 28, true);
  const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
  if (flags & 1) throw new XlsxError("xlsx.encrypted", `encrypted zip entry ${name}`);
  if (method !== 0 && method !== 8)
    throw new XlsxError("xlsx.unsupportedCompression", `${name}: method ${method}`);
  if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff)
    throw new XlsxError("xlsx.zip64", name);
  const local = view.getUint32(at + 42, true);
  if (local + 30 > bytes.length || view.getUint32(local, true) !== localSignature) {
    throw new XlsxError("xlsx.corruptZip", `bad local header for ${name}`);
  }
  const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const dataEnd = dataStart + compressedSize;
  if (dataEnd > bytes.length) throw new XlsxError("xlsx.corruptZip", `${name} runs past the end of the file`);
  const rawEnd = dataEnd + descriptorLength(view, flags, dataEnd);
  const entry: ZipEntry = {
    name,
    method,
    flags,
    crc: view.getUint32(at + 16, true),
    compressedSize,
    uncompressedSize,
    raw: bytes.subarray(local, rawEnd),
    data: bytes.subarray(dataStart, dataEnd),
    central: bytes.subarray(at, next),
  };
  return { entry, next };
}

/** Bytes of the data descriptor after an entry's data (flag bit 3); its signature is optional. */
function descriptorLength(view: DataView, flags: number, dataEnd: number): number {
  if (!(flags & 8)) return 0;
  const signed = dataEnd + 4 <= view.byteLength && view.getUint32(dataEnd, true) === descriptorSignature;
  return Math.min(signed ? 16 : 12, view.byteLength - dataEnd);
}
