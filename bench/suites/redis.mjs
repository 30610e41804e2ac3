// Suite "redis": the shared dedup index on a real Redis (openDedupIndex with
// storage { backend: 'redis' }), against the in-memory index, on the `stream` suite's corpus.
//
// Runs, each in its own child process(es) of the built package, documents added with addMany in
// batches of 500:
//   memory   1 process, the async in-memory index
//   redis-1  1 process, one Redis index
//   redis-2  2 processes at once, one Redis index (each adds every other document)
// Then the parent reads the clusters of each Redis index (clusters()) and compares them with those
// of an in-memory index of the same documents: they must be equal.
//
// Redis: PADANAN_REDIS_URL when set, else a redis-server started here on loopback (a free port,
// no persistence) and stopped at the end; skipped when neither is there.
// Sizes: 50,000 documents (--quick: 10,000).

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { loadPanlDomains } from '../lib/dedupcorpus.mjs';
import { fixed, int, mdTable } from '../lib/util.mjs';
import { generate } from './stream.mjs';

export const description = 'The dedup index shared through Redis (1 and 2 processes) against the in-memory index: docs/s, Redis memory, and clusters equal to the in-memory ones';

const BATCH = 500;
const here = fileURLToPath(import.meta.url);

export async function run(ctx) {
  const domains = loadPanlDomains(ctx.dataDir);
  if (!domains) return { status: 'skipped', reason: `PANL-BPPT not found in ${ctx.show(path.join(ctx.dataDir, 'panl-bppt'))}; pass --data DIR` };
  const n = ctx.quick ? 10_000 : 50_000;
  const server = await redisServer(ctx);
  if (!server) return { status: 'skipped', reason: 'no Redis: set PADANAN_REDIS_URL or install redis-server (apt-get install redis-server)' };
  const { openDedupIndex, createDedupIndex } = await ctx.importDist();
  const prefix = `padanan-bench:${process.pid}`;
  try {
    const job = (name, part, parts, backend) => child(ctx, { n, part, parts, backend, url: server.url, prefix: `${prefix}:${name}` });
    ctx.log(`redis: ${int(n)} documents, in memory (1 process)`);
    const memory = await timed(() => Promise.all([job('memory', 0, 1, 'memory')]));
    ctx.log('redis: one process, Redis');
    const one = await timed(() => Promise.all([job('one', 0, 1, 'redis')]));
    ctx.log('redis: two processes, one Redis index');
    const two = await timed(() => Promise.all([job('two', 0, 2, 'redis'), job('two', 1, 2, 'redis')]));

    ctx.log('redis: clusters (Redis and in memory)');
    const docs = [...generate(domains, n)].map(({ doc }) => ({ id: doc.id, text: doc.lines.join('\n'), lang: doc.lang }));
    const mem = createDedupIndex();
    for (const d of docs) mem.add(d);
    const t0 = performance.now();
    const want = JSON.stringify(mem.clusters());
    const memClusterS = (performance.now() - t0) / 1000;
    const check = {};
    for (const name of ['one', 'two']) {
      const index = await openDedupIndex({ storage: { backend: 'redis', url: server.url, prefix: `${prefix}:${name}` } });
      const t1 = performance.now();
      const got = await index.clusters();
      check[name] = { equal: JSON.stringify(got) === want, seconds: (performance.now() - t1) / 1000, clusters: got.clusters.length, inClusters: got.clusters.reduce((s, c) => s + c.members.length, 0), size: await index.size() };
      await index.close();
    }
    const info = await redisInfo(server.url);
    const cleaner = await openDedupIndex({ storage: { backend: 'redis', url: server.url, prefix } });
    await cleaner.drop();
    await cleaner.close();

    const row = (label, procs, r, extra) => [label, procs, fixed(r.seconds, 1), int(n / r.seconds), fixed(Math.max(...r.out.map((x) => x.maxRssMB)), 0), extra];
    const rows = [
      row('in memory (openDedupIndex)', 1, memory, '—'),
      row('Redis', 1, one, check.one.equal ? 'equal' : '**differ**'),
      row('Redis', 2, two, check.two.equal ? 'equal' : '**differ**'),
    ];
    const md = [
      mdTable(['index', 'processes', 's (wall, all processes)', 'docs/s', 'peak RSS MB per process', 'clusters() vs in memory'], rows),
      `How to read this: ${int(n)} documents of the \`stream\` suite's corpus (seed 11) added with \`addMany\` in batches of ${BATCH} from the built package, each run in fresh child processes (the time is the whole child process: starting, generating its share of the corpus, connecting and adding; each child's own connect-and-add time is in the JSON). With two processes each adds every other document to one Redis index at the same time; both share one ordinal counter and the buckets. **clusters()**: the clusters of the Redis index (read back with HSCAN, ${fixed(check.two.seconds, 1)} s for the 2-process index) compared with those of an in-memory index of the same documents (${fixed(memClusterS, 1)} s): ${check.two.clusters} clusters holding ${int(check.two.inClusters)} documents. Redis ${info.redis_version} on loopback on the same 2-core machine (it competes for the cores with the processes), no persistence; its memory after both Redis runs: ${fixed(info.used_memory / 2 ** 20, 0)} MB for ${int(check.one.size + check.two.size)} documents (~${fixed(info.used_memory / (check.one.size + check.two.size) / 1024, 1)} KB each: the 512-byte signature record, the id, and one bucket key per LSH band, 57 of them).`,
    ];
    return { status: 'ok', results: { n, batch: BATCH, memory, one, two, check, memClusterS, redisMemory: info.used_memory, redisVersion: info.redis_version }, markdown: md.join('\n\n') };
  } finally {
    server.stop();
  }
}

async function timed(f) {
  const t0 = performance.now();
  const out = await f();
  return { seconds: (performance.now() - t0) / 1000, out };
}

/** One child process: generate the corpus, take its share, add it in batches; report time and memory. */
function child(ctx, job) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [here, '--child', JSON.stringify({ ...job, dataDir: ctx.dataDir, dist: path.join(ctx.distDir, 'index.js') })], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (c) => (out += c));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`redis bench child exited with ${code}`))));
  });
}

async function childMain(job) {
  const { openDedupIndex } = await import(pathToFileURL(job.dist).href);
  const domains = loadPanlDomains(job.dataDir);
  const docs = [];
  let i = 0;
  for (const { doc } of generate(domains, job.n)) if (i++ % job.parts === job.part) docs.push({ id: doc.id, text: doc.lines.join('\n'), lang: doc.lang });
  const t0 = performance.now();
  const index = await openDedupIndex(job.backend === 'memory' ? {} : { storage: { backend: 'redis', url: job.url, prefix: job.prefix } });
  let matched = 0;
  for (let k = 0; k < docs.length; k += BATCH) for (const m of await index.addMany(docs.slice(k, k + BATCH))) if (m.matches.length) matched++;
  const seconds = (performance.now() - t0) / 1000;
  await index.close();
  process.stdout.write(JSON.stringify({ docs: docs.length, matched, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
}

/** A Redis to use: PADANAN_REDIS_URL, or a redis-server started on a free loopback port. */
async function redisServer(ctx) {
  if (process.env.PADANAN_REDIS_URL) return { url: process.env.PADANAN_REDIS_URL, stop() {} };
  if (spawnSync('redis-server', ['--version']).status !== 0) return null;
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'padanan-bench-redis-'));
  const p = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  for (let i = 0; i < 50 && !(await canConnect(port)); i++) await new Promise((r) => setTimeout(r, 100));
  ctx.log(`redis: started redis-server on port ${port}`);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop() {
      p.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function canConnect(port) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => {
      c.destroy();
      resolve(true);
    });
    c.on('error', () => resolve(false));
  });
}

/** Redis INFO server + memory, as an object (through the redis package the index uses). */
async function redisInfo(url) {
  const { createClient } = await import('redis');
  const c = createClient({ url });
  await c.connect();
  const text = (await c.info('server')) + (await c.info('memory'));
  await c.close();
  return Object.fromEntries(
    text
      .split(/\r?\n/)
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')), Number.isNaN(Number(l.slice(l.indexOf(':') + 1))) ? l.slice(l.indexOf(':') + 1) : Number(l.slice(l.indexOf(':') + 1))]),
  );
}

if (process.argv[2] === '--child') await childMain(JSON.parse(process.argv[3]));
