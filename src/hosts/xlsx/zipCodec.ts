import { Deflate, Inflate, deflateSync } from "fflate";
import { crc32 } from "./crc32";

/** A streaming raw-deflate compressor: push pieces in order, the last one with `final`. */
export interface Deflater {
  push(bytes: Uint8Array, final: boolean): void;
}

/**
 * The compression the package needs, swappable per platform: fflate (pure JS) runs everywhere, including the
 * browser; the CLI passes Node's native zlib, several times faster on big sheets (see README.md here).
 */
export interface ZipCodec {
  /** Inflate raw-deflate `data`, handing the inflated bytes out in order; the last call has `final` set. */
  inflate(data: Uint8Array, onData: (bytes: Uint8Array, final: boolean) => void): void;
  /** A raw-deflate stream at `level` (1 fastest … 9 smallest) whose output goes to `onData`. */
  deflater(level: number, onData: (chunk: Uint8Array) => void): Deflater;
  /** Raw-deflate a small part in one go. */
  deflate(bytes: Uint8Array): Uint8Array;
  /** Continue a CRC-32 (the zip checksum) over more bytes; start from 0. */
  crc32(previous: number, bytes: Uint8Array): number;
}

/** Compressed bytes handed to fflate's inflater at a time: bounds the memory of a streamed part. */
const inflateSliceBytes = 64 * 1024;

/** The pure-JS codec (fflate), for the browser and as the default. */
export const fflateCodec: ZipCodec = {
  inflate(data, onData) {
    const inflater = new Inflate(onData);
    for (let at = 0; at < data.length; at += inflateSliceBytes) {
      const end = Math.min(at + inflateSliceBytes, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  },
  deflater(level, onData) {
    const deflater = new Deflate({ level: level as 1 }, (chunk) => onData(chunk));
    return { push: (bytes, final) => deflater.push(bytes, final) };
  },
  deflate: (bytes) => deflateSync(bytes),
  crc32,
};
