/**
 * Draws the product's pictures from simple shapes, so the repository holds their source rather than
 * opaque images and nothing is fetched from another host: the four tab-bar icons (81×81 PNG, grey
 * and selected red) and the empty-state and error pictures (160×160, light grey).
 * Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SAMPLES = 4;
type Shape = (x: number, y: number) => boolean;

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring =
  (cx: number, cy: number, r: number, w: number): Shape =>
  (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    return d <= r && d >= r - w;
  };
const rect =
  (x0: number, y0: number, x1: number, y1: number): Shape =>
  (x, y) =>
    x >= x0 && x <= x1 && y >= y0 && y <= y1;
const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));
const minus =
  (a: Shape, b: Shape): Shape =>
  (x, y) =>
    a(x, y) && !b(x, y);
const roof: Shape = (x, y) => y >= 10 && y <= 40 && Math.abs(x - 40.5) <= (y - 10) * 1.1 + 2;

/** A stroke of width `w` from (x0, y0) to (x1, y1). */
const line =
  (x0: number, y0: number, x1: number, y1: number, w: number): Shape =>
  (x, y) => {
    const dx = x1 - x0;
    const dy = y1 - y0;
    const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy)) <= w / 2;
  };

const icons: Record<string, Shape> = {
  // a house with a door
  home: union(roof, minus(rect(18, 38, 63, 70), rect(34, 50, 47, 70))),
  // an outlined page with three lines of text
  brochures: union(minus(rect(16, 8, 65, 73), rect(22, 14, 59, 67)), rect(28, 24, 53, 28), rect(28, 36, 53, 40), rect(28, 48, 46, 52)),
  // a coin with a yuan sign
  subsidy: union(
    ring(40.5, 40.5, 33, 6),
    line(29, 22, 40.5, 38, 5),
    line(52, 22, 40.5, 38, 5),
    line(40.5, 38, 40.5, 60, 5),
    line(30, 42, 51, 42, 4),
    line(30, 51, 51, 51, 4),
  ),
  // a head and shoulders
  mine: union(circle(40.5, 25, 15), (x, y) => y >= 46 && y <= 74 && ((x - 40.5) / 30) ** 2 + ((y - 74) / 28) ** 2 <= 1),
};

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(shape: Shape, [r, g, b]: [number, number, number], SIZE = 81): Buffer {
  const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
  for (let y = 0; y < SIZE; y++) {
    raw[y * (SIZE * 4 + 1)] = 0;
    for (let x = 0; x < SIZE; x++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) for (let sx = 0; sx < SAMPLES; sx++) if (shape(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES)) hits++;
      const o = y * (SIZE * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = Math.round((255 * hits) / (SAMPLES * SAMPLES));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const tabs = join(__dirname, '..', 'client', 'assets', 'tab');
for (const [name, shape] of Object.entries(icons)) {
  writeFileSync(join(tabs, `${name}.png`), png(shape, [0x99, 0x99, 0x99]));
  writeFileSync(join(tabs, `${name}-active.png`), png(shape, [0xc8, 0x16, 0x1d]));
}

const states: Record<string, Shape> = {
  // an open, empty tray
  empty: union(
    line(30, 96, 50, 56, 7),
    line(130, 96, 110, 56, 7),
    line(50, 56, 110, 56, 7),
    minus(rect(26, 96, 134, 128), rect(33, 103, 127, 121)),
    rect(62, 96, 98, 110),
  ),
  // a ring with an exclamation mark
  error: union(ring(80, 80, 56, 8), rect(74, 44, 86, 92), circle(80, 110, 7)),
};
const stateDir = join(__dirname, '..', 'client', 'assets', 'state');
mkdirSync(stateDir, { recursive: true });
for (const [name, shape] of Object.entries(states)) writeFileSync(join(stateDir, `${name}.png`), png(shape, [0xbb, 0xbb, 0xbb], 160));
console.log(`pictures written to ${tabs} and ${stateDir}`);
