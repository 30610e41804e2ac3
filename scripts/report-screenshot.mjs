#!/usr/bin/env node
// The screenshot of the review page in the README (docs/report.png): the seed pair's report as
// `padanan report` writes it, opened in headless Chromium (PADANAN_CHROMIUM, else /usr/bin/chromium)
// at 1280 pixels wide, its top part kept. The PNG is re-encoded with a palette of at most 256
// colours and the strongest compression, to keep the repository small. `npm run report:screenshot`
// builds first.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync, inflateSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.PADANAN_CHROMIUM || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '');
const WIDTH = 1280;
const HEIGHT = 1300;

/** The RGB pixels of a PNG as Chromium writes it (8-bit RGB or RGBA, not interlaced). */
function decodePng(png) {
  let at = 8;
  let header;
  const idat = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), depth: data[8], colour: data[9], interlace: data[12] };
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const { width, height, depth, colour, interlace } = header;
  if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) throw new Error(`unexpected PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
  const bpp = colour === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const px = Buffer.alloc(width * height * 3);
  let prev = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? line[i - bpp] : 0;
      const b = prev[i];
      const c = i >= bpp ? prev[i - bpp] : 0;
      let v = line[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[i] = v & 255;
    }
    for (let x = 0; x < width; x++) line.copy(px, (y * width + x) * 3, x * bpp, x * bpp + 3);
    prev = line;
  }
  return { width, height, px };
}

/** The pixels with a palette of the 256 most frequent colours, every other colour mapped to the nearest. */
function quantize({ width, height, px }) {
  const counts = new Map();
  for (let i = 0; i < px.length; i += 3) {
    const k = (px[i] << 16) | (px[i + 1] << 8) | px[i + 2];
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const palette = [...counts].sort((p, q) => q[1] - p[1] || p[0] - q[0]).slice(0, 256).map(([k]) => k);
  const index = new Map(palette.map((k, i) => [k, i]));
  const nearest = (k) => {
    let best = 0;
    let dist = Infinity;
    palette.forEach((p, i) => {
      const d = (((p >> 16) & 255) - ((k >> 16) & 255)) ** 2 + (((p >> 8) & 255) - ((k >> 8) & 255)) ** 2 + ((p & 255) - (k & 255)) ** 2;
      if (d < dist) [best, dist] = [i, d];
    });
    index.set(k, best);
    return best;
  };
  const rows = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const k = (px[i] << 16) | (px[i + 1] << 8) | px[i + 2];
      rows[y * (width + 1) + 1 + x] = index.get(k) ?? nearest(k);
    }
  }
  return { width, height, palette, rows };
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  let c = 0xffffffff;
  for (const b of body) c = CRC[(c ^ b) & 255] ^ (c >>> 8);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE((c ^ 0xffffffff) >>> 0, 8 + data.length);
  return out;
}

function encodeIndexed({ width, height, palette, rows }) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 3;
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((k, i) => plte.writeUIntBE(k, i * 3, 3));
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', ihdr), chunk('PLTE', plte), chunk('IDAT', deflateSync(rows, { level: 9, memLevel: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function main() {
  if (!chromium) throw new Error('no Chromium: set PADANAN_CHROMIUM or apt-get install chromium');
  const cli = path.join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error('dist/cli.js not found: run npm run build first');
  const tmp = mkdtempSync(path.join(tmpdir(), 'padanan-screenshot-'));
  try {
    const page = path.join(tmp, 'review.html');
    execFileSync(process.execPath, [cli, 'report', 'fixtures/npc/001_08d4fc09aac09c03.txt', 'fixtures/npc/002_8b5633673b5c9d83.txt', '-o', page], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    const shot = path.join(tmp, 'shot.png');
    const args = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', `--user-data-dir=${path.join(tmp, 'profile')}`, '--hide-scrollbars', `--screenshot=${shot}`, `--window-size=${WIDTH},${HEIGHT}`, pathToFileURL(page).href];
    const r = spawnSync(chromium, args, { encoding: 'utf8', timeout: 60_000 });
    if (!existsSync(shot)) throw new Error(`${chromium} wrote no screenshot (${r.status ?? r.signal}): ${r.stderr.slice(-2000)}`);
    const png = encodeIndexed(quantize(decodePng(readFileSync(shot))));
    const out = path.join(root, 'docs', 'report.png');
    writeFileSync(out, png);
    console.error(`wrote ${path.relative(root, out)}: ${WIDTH} × ${HEIGHT}, ${png.length} bytes`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
