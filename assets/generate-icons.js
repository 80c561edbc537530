// Draws the add-in icon (a rounded tile with a rising three-bar chart) at the sizes the manifest declares and writes
// real PNGs with Node's zlib, so the icons need no image tool and can be regenerated: `node assets/generate-icons.js`.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const sizesPx = [16, 20, 32, 64, 80];
// Sub-pixel samples per axis: smooth edges without an image library.
const samplesPerAxis = 4;
const tile = [15, 108, 189]; // Fluent "themePrimary" blue, so the icon sits with Office's own.
const glyph = [255, 255, 255];

/** Coverage of the glyph at a point in unit coordinates (0..1): 0 = transparent, 1 = tile, 2 = bar. */
function shapeAt(x, y) {
  const radius = 0.18;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) return 0;
  const bars = [
    { left: 0.2, right: 0.36, top: 0.56 },
    { left: 0.42, right: 0.58, top: 0.38 },
    { left: 0.64, right: 0.8, top: 0.2 },
  ];
  const base = 0.8;
  for (const bar of bars) {
    if (x >= bar.left && x <= bar.right && y >= bar.top && y <= base) return 2;
  }
  return 1;
}

function pixel(size, px, py) {
  let tileHits = 0;
  let barHits = 0;
  for (let sy = 0; sy < samplesPerAxis; sy++) {
    for (let sx = 0; sx < samplesPerAxis; sx++) {
      const shape = shapeAt(
        (px + (sx + 0.5) / samplesPerAxis) / size,
        (py + (sy + 0.5) / samplesPerAxis) / size,
      );
      if (shape === 1) tileHits++;
      if (shape === 2) barHits++;
    }
  }
  const covered = tileHits + barHits;
  if (covered === 0) return [0, 0, 0, 0];
  const mix = (i) => Math.round((tile[i] * tileHits + glyph[i] * barHits) / covered);
  return [mix(0), mix(1), mix(2), Math.round((255 * covered) / samplesPerAxis ** 2)];
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1); // each row starts with filter byte 0 (none)
    for (let x = 0; x < size; x++) Buffer.from(pixel(size, x, y)).copy(raw, row + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of sizesPx) {
  fs.writeFileSync(path.join(__dirname, `icon-${size}.png`), png(size));
}
