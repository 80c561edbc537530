/** CRC-32 (IEEE 802.3, the zip checksum) lookup table, built once. */
const table = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  table[n] = c >>> 0;
}

/**
 * Continue a CRC-32 over more bytes; start with `crc32(0, bytes)`.
 * @example crc32(0, new TextEncoder().encode("123456789")) //=> 0xcbf43926
 */
export function crc32(previous: number, bytes: Uint8Array): number {
  let crc = ~previous;
  for (let i = 0; i < bytes.length; i++) {
    crc = (table[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return ~crc >>> 0;
}
