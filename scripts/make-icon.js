// Draws media/icon.png (128×128): a red tile with a white report sheet, a table grid and a
// check mark. No dependencies: 4× supersampled shapes, written as an RGBA PNG with zlib.
// usage: node scripts/make-icon.js [out.png]
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZE = 128;
const SS = 4;
const RED = [200, 16, 46];
const WHITE = [255, 255, 255];
const GRID = [200, 16, 46];
const GREEN = [24, 140, 72];

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const nearSegment = (x, y, ax, ay, bx, by, w) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= w / 2;
};

/** Colour at a point, top layer first; null = transparent. */
function shade(x, y) {
  if (nearSegment(x, y, 70, 92, 84, 106, 9) || nearSegment(x, y, 84, 106, 112, 72, 9)) return GREEN;
  const sheet = inRoundRect(x, y, 26, 16, 90, 112, 5);
  if (sheet) {
    const inTable = x >= 34 && x <= 82 && y >= 44 && y <= 100;
    const onLine = (v, lines) => lines.some(l => Math.abs(v - l) <= 1.2);
    if (inTable && (onLine(x, [34, 50, 66, 82]) || onLine(y, [44, 58, 72, 86, 100]))) return GRID;
    if (y >= 26 && y <= 32 && x >= 34 && x <= 82) return GRID;   // title bar
    return WHITE;
  }
  if (inRoundRect(x, y, 4, 4, 124, 124, 22)) return RED;
  return null;
}

function render() {
  const rows = [];
  for (let py = 0; py < SIZE; py++) {
    const row = Buffer.alloc(1 + SIZE * 4);   // filter byte 0 + RGBA
    for (let px = 0; px < SIZE; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
        }
      }
      const o = 1 + px * 4;
      if (a) { row[o] = r / a; row[o + 1] = g / a; row[o + 2] = b / a; row[o + 3] = (255 * a) / (SS * SS); }
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = buf => { let c = 0xffffffff; for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png() {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0); ihdr.writeUInt32BE(SIZE, 4);
  ihdr[8] = 8; ihdr[9] = 6;   // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(render(), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const out = process.argv[2] || path.join(__dirname, '..', 'media', 'icon.png');
fs.writeFileSync(out, png());
console.log(`wrote ${out}`);
