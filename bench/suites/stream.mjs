// Suite "stream": `padanan dedup --jsonl` (the streaming index) on a large seeded corpus, as a user
// runs it: the built CLI in a child process, JSONL piped into its stdin by a generator, its output
// lines read back. Measures wall time, docs/s and the CLI process's peak memory (maxRSS, through a
// preload that prints process.resourceUsage() at exit), and checks the matches against the
// construction: each copy should name its source among its matches.
//
// The corpus (seeded, never written to disk): "stories" of 8–16 lines drawn at random from the
// PANL-BPPT pool of one language (~270 words); 75% of the documents are new stories, 15% near
// copies of a recent story (5–20% of the words edited in spans of 1–3, as in suite `dedup`), 5%
// exact copies with case and spacing changed, 5% truncations (the first 40–70% of the words).
// Sizes: 200k (--quick) or 1,000,000 documents. Worker threads: one per core (the CLI's default),
// or PADANAN_BENCH_WORKERS=N (1: everything in the main thread, as before --workers existed).

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { loadPanlDomains, rng32 } from '../lib/dedupcorpus.mjs';
import { fixed, int, mdTable, pct } from '../lib/util.mjs';

export const description = 'padanan dedup --jsonl --workers N (streaming index) on 1,000,000 generated documents: time, docs/s, peak memory of the CLI process, copies matched to their source';

const SEED = 11;
/** How many recent stories a copy may come from (a copy usually follows its source closely in a feed). */
const RECENT = 5000;

export async function run(ctx) {
  const domains = loadPanlDomains(ctx.dataDir);
  if (!domains) return { status: 'skipped', reason: `PANL-BPPT not found in ${ctx.show(path.join(ctx.dataDir, 'panl-bppt'))}; pass --data DIR` };
  const n = ctx.quick ? 200_000 : 1_000_000;
  const workers = Number(process.env.PADANAN_BENCH_WORKERS) || os.availableParallelism();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'padanan-bench-stream-'));
  try {
    const rssFile = path.join(tmp, 'rss.json');
    const preload = path.join(tmp, 'rss.mjs');
    writeFileSync(preload, `import { writeFileSync } from 'node:fs'\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, JSON.stringify(process.resourceUsage())))\n`);
    ctx.log(`stream: ${int(n)} documents through padanan dedup --jsonl --workers ${workers}`);
    const r = await runCli(ctx, domains, n, preload, rssFile, workers);
    const rows = [[int(n), workers, fixed(r.seconds, 1), int(n / r.seconds), fixed(r.mb / r.seconds, 2), fixed(r.cpuSeconds, 0), fixed(r.maxRssMB, 0), int(r.copies), pct(r.found / r.copies), int(r.falseMatches), int(r.outLines)]];
    const md = [
      mdTable(['docs', 'workers', 's', 'docs/s', 'MB/s', 'CPU s (all threads)', 'peak RSS MB (CLI process)', 'copies', 'copies matched to their source', 'matches to a non-source', 'output lines'], rows),
      `How to read this: the built CLI (\`node dist/cli.js dedup --jsonl --workers ${workers}\`: ${workers > 1 ? `${workers} worker threads read the documents and compute their signatures, the main thread keeps the index and writes, in input order (output byte-identical to --workers 1)` : 'everything in the main thread'}; default options: threshold 0.5, 3-word shingles, 128-slot one-permutation MinHash, containment on, translations off) reads ${int(n)} generated JSONL documents (${fixed(r.mb, 0)} MB) from a pipe and writes one line of matches per document. **peak RSS** is the CLI process's maxRSS (index, signatures, worker threads, node itself); **CPU s** its user + system time. **copies matched**: near copies (5–20% of words edited), exact copies (case, spacing) and truncations (first 40–70% of the words) whose output names their source. **matches to a non-source**: matches between documents of different stories (stories are random PANL lines, so these would be errors). Corpus: ${Math.round(r.stats.story * 100 / n)}% new stories, ${Math.round(r.stats.near * 100 / n)}% near copies, ${Math.round(r.stats.exact * 100 / n)}% exact copies, ${Math.round(r.stats.trunc * 100 / n)}% truncations, seed ${SEED}.`,
    ];
    return { status: 'ok', results: { n, seed: SEED, workers, ...r }, markdown: md.join('\n\n') };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function* generate(domains, n) {
  const r = rng32(SEED);
  const pool = { id: domains.flatMap((d) => d.id), en: domains.flatMap((d) => d.en) };
  const vocab = { id: pool.id.join(' ').split(/\s+/).slice(0, 200000), en: pool.en.join(' ').split(/\s+/).slice(0, 200000) };
  const recent = [];
  const pick = (a) => a[Math.floor(r() * a.length)];
  for (let i = 0; i < n; i++) {
    const x = r();
    if (recent.length < 10 || x < 0.75) {
      const lang = r() < 0.5 ? 'id' : 'en';
      const len = 8 + Math.floor(r() * 9);
      const lines = Array.from({ length: len }, () => pick(pool[lang]));
      const doc = { id: `s${i}`, lang, lines, story: i };
      recent.push(doc);
      if (recent.length > RECENT) recent.shift();
      yield { doc, kind: 'story' };
      continue;
    }
    const src = pick(recent);
    let lines;
    let kind;
    if (x < 0.9) {
      kind = 'near';
      lines = edit(r, src.lines, 0.05 + r() * 0.15, vocab[src.lang]);
    } else if (x < 0.95) {
      kind = 'exact';
      lines = src.lines.map((l) => (r() < 0.5 ? l.toUpperCase() : l.replace(/ /g, '  ')));
    } else {
      kind = 'trunc';
      const words = src.lines.join(' ').split(' ');
      lines = [words.slice(0, Math.round(words.length * (0.4 + r() * 0.3))).join(' ')];
    }
    yield { doc: { id: `c${i}`, lang: src.lang, lines, story: src.story, source: src.id }, kind };
  }
}

function edit(r, lines, rate, vocab) {
  const ws = lines.map((l) => l.split(' '));
  const total = ws.reduce((s, l) => s + l.length, 0);
  let budget = Math.max(1, Math.round(total * rate));
  let guard = 0;
  while (budget > 0 && guard++ < 10000) {
    const line = ws[Math.floor(r() * ws.length)];
    if (line.length < 4) continue;
    const span = Math.min(budget, 1 + Math.floor(r() * 3));
    const at = Math.floor(r() * (line.length - span));
    const op = r();
    const w = () => vocab[Math.floor(r() * vocab.length)];
    if (op < 0.6) for (let k = 0; k < span; k++) line[at + k] = w();
    else if (op < 0.8) line.splice(at, span);
    else line.splice(at, 0, ...Array.from({ length: span }, w));
    budget -= span;
  }
  return ws.map((l) => l.join(' '));
}

function runCli(ctx, domains, n, preload, rssFile, workers) {
  return new Promise((resolve, reject) => {
    const cli = path.join(ctx.distDir, 'cli.js');
    const child = spawn(process.execPath, ['--import', preload, cli, 'dedup', '--jsonl', '--workers', String(workers)], { stdio: ['pipe', 'pipe', 'inherit'] });
    // What each copy should match; stories are looked up by id when a match names them.
    const expected = new Map();
    const storyOf = new Map();
    const stats = { story: 0, near: 0, exact: 0, trunc: 0 };
    let bytes = 0;
    let copies = 0;
    let found = 0;
    let falseMatches = 0;
    let outLines = 0;
    const t0 = performance.now();
    const gen = generate(domains, n);
    const write = () => {
      for (;;) {
        const { value, done } = gen.next();
        if (done) return child.stdin.end();
        const { doc, kind } = value;
        stats[kind]++;
        storyOf.set(doc.id, doc.story);
        if (kind !== 'story') {
          expected.set(doc.id, doc.source);
          copies++;
        }
        const line = JSON.stringify({ id: doc.id, text: doc.lines.join('\n'), lang: doc.lang }) + '\n';
        bytes += line.length;
        if (!child.stdin.write(line)) return child.stdin.once('drain', write);
      }
    };
    child.stdin.on('error', reject);
    write();
    const rl = createInterface({ input: child.stdout, crlfDelay: Infinity });
    rl.on('line', (l) => {
      outLines++;
      const { id, matches } = JSON.parse(l);
      const want = expected.get(id);
      if (want !== undefined) {
        if (matches.some((m) => m.id === want)) found++;
        expected.delete(id);
      }
      const s = storyOf.get(id);
      for (const m of matches) if (storyOf.get(m.id) !== s) falseMatches++;
    });
    child.on('error', reject);
    child.on('close', async (code) => {
      const seconds = (performance.now() - t0) / 1000;
      if (code !== 0) return reject(new Error(`padanan dedup --jsonl exited with ${code}`));
      const { readFileSync } = await import('node:fs');
      const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
      resolve({ seconds, mb: bytes / 2 ** 20, maxRssMB: usage.maxRSS / 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, copies, found, falseMatches, outLines, stats });
    });
  });
}
