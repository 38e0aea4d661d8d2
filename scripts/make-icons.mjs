// Draws the extension's icon set (public/icon/<size>.png): a white shield with a keyhole on the
// municipality blue. Run `node scripts/make-icons.mjs` after changing the drawing; the PNGs are
// committed so builds need no image tools.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 96, 128];
const BLUE = [29, 78, 137];
const WHITE = [255, 255, 255];

function insideRoundedSquare(x, y) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function insideShield(x, y) {
  const dx = Math.abs(x - 0.5);
  if (y < 0.16 || y > 0.88) return false;
  if (y < 0.22) return dx <= 0.3 - (0.22 - y) * 1.2; // slightly bevelled top corners
  if (y < 0.52) return dx <= 0.3;
  const t = (y - 0.52) / (0.88 - 0.52); // sides curve in to the point
  return dx <= 0.3 * Math.sqrt(Math.max(0, 1 - t * t)) * (1 - t * 0.35);
}

function insideKeyhole(x, y) {
  const head = (x - 0.5) ** 2 + (y - 0.43) ** 2 <= 0.075 ** 2;
  const stem = y >= 0.45 && y <= 0.68 && Math.abs(x - 0.5) <= 0.03 + (y - 0.45) * 0.12;
  return head || stem;
}

function colourAt(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  if (insideShield(x, y) && !insideKeyhole(x, y)) return WHITE;
  return BLUE;
}

function render(size) {
  const samples = 4;
  const pixels = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    const row = py * (size * 4 + 1);
    pixels[row] = 0; // PNG filter: none
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a += 1;
        }
      }
      const o = row + 1 + px * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
      }
      pixels[o + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return encodePng(size, size, pixels);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(width, height, raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of SIZES) {
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), render(size));
}
console.log(`Wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to public/icon/`);
