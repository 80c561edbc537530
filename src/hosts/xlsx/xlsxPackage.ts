import { fflateCodec, type ZipCodec } from "./zipCodec";
import { XlsxError } from "./xlsxError";
import type { DeflatedPart, ZipItem } from "./zipWriter";
import { concat, writeZip } from "./zipWriter";
import type { ZipArchive, ZipEntry } from "./zipReader";
import { readZip } from "./zipReader";

/** Characters gathered before they are encoded and deflated. */
const deflateBatchChars = 256 * 1024;
/**
 * Deflate level of streamed (big) parts. Measured on the 80 MB sheet of the 100 000-row benchmark with Node's zlib:
 * level 1 took 0.63 s for 20.0 MB, level 3 1.10 s for 19.1 MB, level 6 2.28 s for 17.5 MB (fflate: 2.2 s at 1,
 * 3.2 s at 3). The few percent of size are not worth doubling the time of the biggest step.
 */
const streamDeflateLevel = 1;

/** Streams text into a part; `close()` stores it. */
export interface PartWriter {
  write(text: string): void;
  close(): void;
}

/**
 * The zip package of a workbook. Parts are found by case-insensitive name, inflated only when read,
 * and on `toBytes()` every part not rewritten is copied raw (same compressed bytes, same order).
 */
export class XlsxPackage {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly replaced = new Map<string, DeflatedPart>();
  /** Lower-case names of parts removed (a part written again afterwards is no longer removed). */
  private readonly removed = new Set<string>();

  private constructor(
    private readonly archive: ZipArchive,
    private readonly codec: ZipCodec,
  ) {
    for (const entry of archive.entries) this.byName.set(entry.name.toLowerCase(), entry);
  }

  static open(bytes: Uint8Array, codec: ZipCodec = fflateCodec): XlsxPackage {
    const pkg = new XlsxPackage(readZip(bytes), codec);
    if (!pkg.has("[Content_Types].xml")) throw new XlsxError("xlsx.notAPackage", "no [Content_Types].xml");
    return pkg;
  }

  has(name: string): boolean {
    const key = name.toLowerCase();
    return this.replaced.has(key) || (this.byName.has(key) && !this.removed.has(key));
  }

  /** Names of every part now in the package, in archive order, then parts added. */
  partNames(): string[] {
    const names = this.archive.entries.map((entry) => entry.name).filter((name) => this.has(name));
    for (const [key, part] of this.replaced) if (!this.byName.has(key)) names.push(part.name);
    return names;
  }

  /** Drop a part from the package (nothing when it is absent). */
  remove(name: string): void {
    const key = name.toLowerCase();
    this.replaced.delete(key);
    if (this.byName.has(key)) this.removed.add(key);
  }

  /** The whole part as text (for small parts: workbook, styles, tables, relationships). */
  text(name: string): string {
    const chunks: string[] = [];
    this.streamText(name, (chunk) => chunks.push(chunk));
    return chunks.join("");
  }

  /** Inflate and decode a part piece by piece, so a big sheet is never held inflated in full. */
  streamText(name: string, onText: (text: string) => void): void {
    const decoder = new TextDecoder("utf-8");
    const emit = (bytes: Uint8Array, final: boolean): void => {
      const text = decoder.decode(bytes, { stream: !final });
      if (text) onText(text);
    };
    const { method, data } = this.source(name);
    if (method === 0) return emit(data, true);
    try {
      this.codec.inflate(data, emit);
    } catch (cause) {
      // What the reader of the text threw (e.g. xlsx.badXml) is its own verdict, not a broken zip.
      if (cause instanceof XlsxError) throw cause;
      throw new XlsxError("xlsx.corruptZip", `cannot inflate ${name}`, cause);
    }
  }

  /** Replace a part's text; a text equal to the current one leaves the part untouched (copied raw). */
  writeText(name: string, text: string): void {
    if (this.has(name) && this.text(name) === text) return;
    const bytes = new TextEncoder().encode(text);
    this.store(name, {
      name,
      data: this.codec.deflate(bytes),
      crc: this.codec.crc32(0, bytes),
      size: bytes.length,
    });
  }

  /** Stream a part's new text; unchanged content (same CRC-32 and size) leaves the part untouched. */
  writer(name: string): PartWriter {
    const chunks: Uint8Array[] = [];
    const deflater = this.codec.deflater(streamDeflateLevel, (chunk) => chunks.push(chunk));
    const encoder = new TextEncoder();
    let pending: string[] = [];
    let pendingChars = 0;
    let crc = 0;
    let size = 0;
    const flush = (final: boolean): void => {
      const bytes = encoder.encode(pending.join(""));
      pending = [];
      pendingChars = 0;
      crc = this.codec.crc32(crc, bytes);
      size += bytes.length;
      deflater.push(bytes, final);
    };
    return {
      write: (text) => {
        pending.push(text);
        pendingChars += text.length;
        if (pendingChars >= deflateBatchChars) flush(false);
      },
      close: () => {
        flush(true);
        const current = this.current(name);
        if (current && current.crc === crc && current.size === size) return;
        this.store(name, { name, data: concat(chunks), crc, size });
      },
    };
  }

  /** Names of the parts rewritten so far, as stored in the package. */
  changedParts(): string[] {
    return [...this.replaced.values()].map((part) => part.name);
  }

  toBytes(): Uint8Array {
    const kept = this.archive.entries.filter((entry) => this.has(entry.name));
    const items: ZipItem[] = kept.map((entry) => {
      const part = this.replaced.get(entry.name.toLowerCase());
      return part ? { kind: "new", part, was: entry } : { kind: "raw", entry };
    });
    for (const [key, part] of this.replaced) {
      if (!this.byName.has(key)) items.push({ kind: "new", part });
    }
    return writeZip(items, this.archive.comment);
  }

  private store(name: string, part: DeflatedPart): void {
    const key = name.toLowerCase();
    const storedName = this.byName.get(key)?.name ?? name;
    this.removed.delete(key);
    this.replaced.set(key, { ...part, name: storedName });
  }

  private current(name: string): { crc: number; size: number } | undefined {
    const key = name.toLowerCase();
    const part = this.replaced.get(key);
    if (part) return part;
    const entry = this.removed.has(key) ? undefined : this.byName.get(key);
    return entry && { crc: entry.crc, size: entry.uncompressedSize };
  }

  private source(name: string): { method: number; data: Uint8Array } {
    const key = name.toLowerCase();
    const part = this.replaced.get(key);
    if (part) return { method: 8, data: part.data };
    const entry = this.removed.has(key) ? undefined : this.byName.get(key);
    if (!entry) throw new XlsxError("xlsx.missingPart", `no part ${name}`);
    return entry;
  }
}
