import type { ZipEntry } from "./zipReader";

/** A part whose content changed: already deflated, with the CRC and size of the inflated bytes. */
export interface DeflatedPart {
  readonly name: string;
  readonly data: Uint8Array;
  readonly crc: number;
  readonly size: number;
}

/** What goes into the archive: an unchanged entry (copied raw) or a rewritten one (keeps the old one's metadata). */
export type ZipItem =
  | { readonly kind: "raw"; readonly entry: ZipEntry }
  | { readonly kind: "new"; readonly part: DeflatedPart; readonly was?: ZipEntry };

const utf8Flag = 0x0800;
const deflateMethod = 8;
/** 1980-01-01 00:00 in DOS date/time: a fixed stamp for added parts, so output bytes are reproducible. */
const dosEpochDate = 0x21;

/** Write a zip: raw items byte for byte, new items with fresh headers, then the central directory. */
export function writeZip(items: readonly ZipItem[], comment: Uint8Array): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const item of items) {
    const local = item.kind === "raw" ? item.entry.raw : localFor(item.part, item.was);
    // A copy: `central` views the input file (Node Buffers even share a pool), which must not change.
    const central =
      item.kind === "raw" ? new Uint8Array(item.entry.central) : centralFor(item.part, item.was);
    new DataView(central.buffer).setUint32(42, offset, true);
    locals.push(local);
    if (item.kind === "new") locals.push(item.part.data);
    centrals.push(central);
    offset += local.length + (item.kind === "new" ? item.part.data.length : 0);
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22 + comment.length);
  const view = new DataView(eocd.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, items.length, true);
  view.setUint16(10, items.length, true);
  view.setUint32(12, cdSize, true);
  view.setUint32(16, offset, true);
  view.setUint16(20, comment.length, true);
  eocd.set(comment, 22);
  return concat([...locals, ...centrals, eocd]);
}

function nameBytes(part: DeflatedPart): Uint8Array {
  return new TextEncoder().encode(part.name);
}

/** Modification time/date of the replaced entry, else the fixed epoch (reruns give identical bytes). */
function stamp(was: ZipEntry | undefined): { time: number; date: number } {
  if (!was) return { time: 0, date: dosEpochDate };
  const view = new DataView(was.central.buffer, was.central.byteOffset, was.central.byteLength);
  return { time: view.getUint16(12, true), date: view.getUint16(14, true) };
}

function localFor(part: DeflatedPart, was: ZipEntry | undefined): Uint8Array {
  const name = nameBytes(part);
  const out = new Uint8Array(30 + name.length);
  const view = new DataView(out.buffer);
  const { time, date } = stamp(was);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(6, utf8Flag, true);
  view.setUint16(8, deflateMethod, true);
  view.setUint16(10, time, true);
  view.setUint16(12, date, true);
  view.setUint32(14, part.crc, true);
  view.setUint32(18, part.data.length, true);
  view.setUint32(22, part.size, true);
  view.setUint16(26, name.length, true);
  out.set(name, 30);
  return out;
}

function centralFor(part: DeflatedPart, was: ZipEntry | undefined): Uint8Array {
  const name = nameBytes(part);
  const out = new Uint8Array(46 + name.length);
  const view = new DataView(out.buffer);
  const { time, date } = stamp(was);
  const old = was
    ? new DataView(was.central.buffer, was.central.byteOffset, was.central.byteLength)
    : undefined;
  view.setUint32(0, 0x02014b50, true);
  view.setUint16(4, old ? old.getUint16(4, true) : 20, true);
  view.setUint16(6, 20, true);
  view.setUint16(8, utf8Flag, true);
  view.setUint16(10, deflateMethod, true);
  view.setUint16(12, time, true);
  view.setUint16(14, date, true);
  view.setUint32(16, part.crc, true);
  view.setUint32(20, part.data.length, true);
  view.setUint32(24, part.size, true);
  view.setUint16(28, name.length, true);
  view.setUint32(38, old ? old.getUint32(38, true) : 0, true);
  out.set(name, 46);
  return out;
}

/** The bytes of several chunks, one after the other. */
export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
