#!/usr/bin/env node
/**
 * Draws example/img/pattern.png, the raster image of the example site: 96×64 pixels, 8-bit
 * RGB, a diagonal gradient with a padlock-shaped cut-out, encoded by hand (signature, IHDR,
 * one zlib IDAT, IEND) with node:zlib. No dependency; the same bytes on every run.
 *
 *   node scripts/make-example-image.mjs [--check]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { writeOrCheck } from './generated-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'example/img/pattern.png');
const WIDTH = 96;
const HEIGHT = 64;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Inside the padlock: a body rectangle and a shackle ring above it. */
function inLock(x, y) {
  const cx = WIDTH / 2;
  if (x >= cx - 18 && x < cx + 18 && y >= 28 && y < 54) return true;
  const d = Math.hypot(x + 0.5 - cx, y + 0.5 - 28);
  return y < 28 && d >= 9 && d <= 14;
}

const rows = [];
for (let y = 0; y < HEIGHT; y += 1) {
  const row = Buffer.alloc(1 + 3 * WIDTH); // filter type 0 (None)
  for (let x = 0; x < WIDTH; x += 1) {
    const t = (x + y) / (WIDTH + HEIGHT - 2);
    const [r, g, b] = inLock(x, y)
      ? [255, 255, 255]
      : [Math.round(232 - 200 * t), Math.round(89 + 60 * t), Math.round(12 + 200 * t)];
    row[1 + 3 * x] = r;
    row[2 + 3 * x] = g;
    row[3 + 3 * x] = b;
  }
  rows.push(row);
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(WIDTH, 0);
ihdr.writeUInt32BE(HEIGHT, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 2; // colour type: truecolour
ihdr[10] = 0; // compression: deflate
ihdr[11] = 0; // filter method 0
ihdr[12] = 0; // no interlace

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const rel = path.relative(root, out);
writeOrCheck(
  'make-example-image',
  out,
  rel,
  png,
  `wrote ${rel}: ${png.length} bytes, ${WIDTH}x${HEIGHT} RGB`,
);
