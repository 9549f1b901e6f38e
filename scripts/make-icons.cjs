#!/usr/bin/env node
// Draws the add-in icons (assets/icon-16/32/64/80/128.png): a green sheet with a white check mark.
// Pure Node (zlib), so the icons can be remade anywhere: node scripts/make-icons.cjs
const { deflateSync } = require("node:zlib");
const { writeFileSync } = require("node:fs");
const path = require("node:path");

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Distance from point p to segment a–b. */
function distance(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function icon(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const s = size / 32;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5, cy = y + 0.5;
      const r = 5 * s, inset = 1 * s;
      const qx = Math.max(inset + r - cx, 0, cx - (size - inset - r));
      const qy = Math.max(inset + r - cy, 0, cy - (size - inset - r));
      const inside = Math.hypot(qx, qy) <= r;
      let rgba = [0, 0, 0, 0];
      if (inside) {
        rgba = [0x1e, 0x71, 0x45, 255];
        // grid lines of a sheet, faint
        if (size >= 32 && ((Math.floor(cy / (8 * s)) !== Math.floor((cy - 1) / (8 * s)) && cy > 6 * s) || false)) rgba = [0x2a, 0x86, 0x55, 255];
        const d = Math.min(distance(cx, cy, 8 * s, 17 * s, 14 * s, 23 * s), distance(cx, cy, 14 * s, 23 * s, 25 * s, 10 * s));
        if (d <= 2.6 * s) rgba = [255, 255, 255, 255];
      }
      raw.set(rgba, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

for (const size of [16, 32, 64, 80, 128]) writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), icon(size));
process.stdout.write("icons written\n");
