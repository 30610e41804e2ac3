// Suite "pair": pairDocuments() from the built package.
//
//   a. the gold: collections of Indonesian and English documents built from PANL-BPPT runs of
//      consecutive line pairs, with distractors on both sides and hard distractors next to some
//      pairs (bench/lib/bitext.mjs), at 1k, 5k and 10k documents per side;
//   b. precision/recall of the predicted pairs, distractors left unpaired, the "every id exactly
//      once" contract, time and peak memory, each size in its own child process;
//   c. the seed corpus fixtures/npc: 001 ↔ 002 paired, 000, 003, 004 unpaired.
//
// What each figure means: bench/suites/pair.md. This file is also the child process of part b
// (`node bench/suites/pair.mjs --child FILE`).

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { loadGuntaraPairs, loadPanlPairs, makePairCorpus, PAIR_SCALES, scorePairs } from '../lib/bitext.mjs';
import { runChild } from '../lib/child.mjs';
import { fixed, int, mdTable, pct, round } from '../lib/util.mjs';

export const description =
  'pairDocuments(): precision/recall of document pairs among distractors, the every-id-once contract, time and memory at 1k/5k/10k documents per side, seed corpus';

const SEED = 1;
const SCALES_FULL = [1000, 5000, 10000];
const SCALES_QUICK = [1000];
const CAP_MS = 120_000;
const SHOW = 5;

export async function run(ctx) {
  const dist = await ctx.importDist();
  if (typeof dist.pairDocuments !== 'function') return { status: 'skipped', reason: 'dist does not export pairDocuments' };
  const results = { seed: SEED, scales: null, seedCorpus: null };
  const md = [];

  // a + b. Generated collections, one child process per size -----------------------------------
  md.push('## a. Generated collections and b. pairing quality, time and memory');
  const panl = loadPanlPairs(ctx.dataDir);
  if (!panl) {
    md.push(`PANL-BPPT not found in ${ctx.show(path.join(ctx.dataDir, 'panl-bppt'))}; pass --data DIR. Only the seed corpus is run.`);
  } else {
    const hasGuntara = !!loadGuntaraPairs(ctx.dataDir);
    const scales = ctx.quick ? SCALES_QUICK : SCALES_FULL;
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'padanan-bench-pair-'));
    const runs = [];
    try {
      for (const n of scales) {
        const params = PAIR_SCALES[n];
        if (params.useGuntara && !hasGuntara) {
          runs.push({ docsPerSide: n, status: `skipped: needs ${ctx.show(path.join(ctx.dataDir, 'guntara-news-enid'))} (not found)` });
          continue;
        }
        ctx.log(`pair: ${int(n)} documents per side (child process, cap ${CAP_MS / 1000} s)`);
        runs.push({ docsPerSide: n, ...child(ctx, tmp, { docsPerSide: n, seed: SEED, dataDir: ctx.dataDir, distIndex: path.join(ctx.distDir, 'index.js') }) });
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    results.scales = runs;
    md.push(corpusTable(runs));
    md.push(
      'How to read this: each collection is built from disjoint runs of consecutive PANL-BPPT line pairs (seed ' +
        `${SEED}). **pairs**: runs given in both languages; **id only / en only**: runs given in one language (their translation is left out), laid out between the pairs of the same domain file so they are about similar topics; **hard**: an extra English document made of the lines right after a pair's run (same file, usually the same article, different sentences), whose Indonesian side is left out. PANL-BPPT has about 24k line pairs, so the 5k and 10k collections are made of much shorter documents (sentences per document in the table) and the 10k one also takes Guntara's shuffled sentence pairs once PANL runs out (**synthetic** documents: unrelated sentences in a row, easier to tell apart). Those two are mainly a timing test; quote pairing quality from the 1k row.`,
    );
    md.push(qualityTable(runs));
    md.push(
      'How to read this: **P** = correct pairs / predicted pairs, **R** = correct pairs / gold pairs. **distractors unpaired**: id-only, en-only and hard distractors that pairDocuments left in `unpaired` (the right answer for all of them). **hard paired**: hard distractors that were put in a pair, and in brackets how many of those went to the Indonesian document of the pair they sit next to. **gold pairs lost**: gold pairs whose two documents both ended up unpaired. **once**: every input id appears exactly once, in one pair or in `unpaired`, ids are known and `a` is the Indonesian document (violations are counted by kind in the JSON). **ms**: the one pairDocuments() call, with `lang` given on every document, in a fresh `node --expose-gc` process; **peak RSS**: that process\'s maxRSS (everything included: node, the corpus, the generator\'s line pools); **RSS before**: just before the call. A run that does not finish within ' +
        `${CAP_MS / 1000} s is killed and shown as such.`,
    );
    const notes = [];
    for (const r of runs) {
      if (r.status !== 'ok') continue;
      const v = r.score.violations;
      for (const [k, x] of Object.entries(v)) if (x.count) notes.push(`- ${int(r.docsPerSide)} per side: ${x.count} ${k} id(s), e.g. ${x.examples.slice(0, 3).join(', ')}`);
      if (!r.progress.ok) notes.push(`- ${int(r.docsPerSide)} per side: onProgress ${r.progress.problem}`);
      if (!r.progress.calls) notes.push(`- ${int(r.docsPerSide)} per side: onProgress was never called`);
    }
    const seen = runs.find((r) => r.status === 'ok' && r.progress?.calls);
    if (seen) md.push(`onProgress was called as ${seen.progress.signature}${Object.keys(seen.progress.phases).filter(Boolean).length ? ` with phases ${Object.keys(seen.progress.phases).join(', ')}` : ''} (${int(seen.progress.calls)} calls at ${int(seen.docsPerSide)} documents per side); checked: done ≤ total, never decreasing within a phase, last call done = total.`);
    if (notes.length) md.push('Contract problems:', notes.join('\n'));
  }

  // c. Seed corpus ----------------------------------------------------------------------------------
  md.push('## c. Seed corpus (fixtures/npc)');
  results.seedCorpus = seedCorpus(ctx, dist);
  md.push(results.seedCorpus.markdown);
  delete results.seedCorpus.markdown;

  return { status: 'ok', results, markdown: md.join('\n\n') };
}

function corpusTable(runs) {
  const rows = runs.map((r) => {
    const s = r.corpus;
    if (!s) return [int(r.docsPerSide), '–', '–', '–', '–', '–', '–', '–', r.status];
    return [int(r.docsPerSide), `${int(s.idDocs)} / ${int(s.enDocs)}`, int(s.pairs), int(s.idOnly), int(s.enOnly), int(s.hard), `${s.sentencesPerDoc.min}–${s.sentencesPerDoc.max} (mean ${fixed(s.sentencesPerDoc.mean, 1)})`, int(s.syntheticDocs), `${int(s.linePairsUsed)} of ${int(s.pool)}`];
  });
  return mdTable(['docs per side', 'id / en docs', 'pairs', 'id only', 'en only', 'hard', 'sentences per doc', 'synthetic docs', 'line pairs used'], rows);
}

function qualityTable(runs) {
  const rows = runs.map((r) => {
    if (r.status !== 'ok') return [int(r.docsPerSide), '–', '–', '–', '–', '–', '–', '–', '–', '–', '–', '–', r.status];
    const s = r.score;
    return [
      int(r.docsPerSide),
      int(s.predictedPairs),
      int(s.correct),
      pct(s.precision),
      pct(s.recall),
      pct(s.f1),
      `${int(s.distractorsLeftUnpaired)} / ${int(s.distractors)}`,
      `${int(s.hardPaired)} (${int(s.hardPairedWithItsNeighbour)})`,
      int(s.goldPairsLeftUnpaired),
      s.violationCount ? `**${int(s.violationCount)} violations**` : 'yes',
      int(r.ms),
      fixed(r.maxRssMB, 0),
      fixed(r.rssBeforeMB, 0),
    ];
  });
  return mdTable(['docs per side', 'predicted pairs', 'correct', 'P', 'R', 'F1', 'distractors unpaired', 'hard paired (with neighbour)', 'gold pairs lost', 'once', 'ms', 'peak RSS MB', 'RSS before MB'], rows);
}

/** One collection size in a child process. */
function child(ctx, tmp, job) {
  return runChild({ script: fileURLToPath(import.meta.url), jobFile: path.join(tmp, `job-${job.docsPerSide}.json`), job, cwd: ctx.repoRoot, capMs: CAP_MS, nodeArgs: ['--expose-gc'] });
}

async function childMain(jobFile) {
  const job = JSON.parse(readFileSync(jobFile, 'utf8'));
  const MB = 2 ** 20;
  const report = {};
  let corpus;
  {
    const panl = loadPanlPairs(job.dataDir);
    const guntara = loadGuntaraPairs(job.dataDir);
    corpus = makePairCorpus({ panl, guntara }, { seed: job.seed, docsPerSide: job.docsPerSide, ...PAIR_SCALES[job.docsPerSide] });
  }
  report.corpus = corpus.stats;
  const input = corpus.docs.map((d) => ({ id: d.id, text: d.text, lang: d.lang }));
  const dist = await import(pathToFileURL(job.distIndex).href);
  // Warm-up on two tiny documents (lazy data, JIT), as a user's second call would be.
  dist.pairDocuments([
    { id: 'w1', text: 'Harga minyak naik 5 persen pada hari Senin.', lang: 'id' },
    { id: 'w2', text: 'Oil prices rose 5 percent on Monday.', lang: 'en' },
  ]);
  // onProgress is checked whichever way it is called: (done, total) or (phase, done, total).
  const progress = { calls: 0, signature: null, phases: {}, ok: true, problem: null };
  const onProgress = (...args) => {
    progress.calls++;
    const phased = typeof args[0] === 'string';
    progress.signature ??= phased ? '(phase, done, total)' : '(done, total)';
    const [phase, done, total] = phased ? args : ['', ...args];
    const last = progress.phases[phase];
    if (progress.ok && (!Number.isFinite(done) || !Number.isFinite(total) || done > total || (last && (done < last[0] || total !== last[1])))) {
      progress.ok = false;
      progress.problem = `${phase ? `phase ${phase}: ` : ''}not monotone, or done > total: (${last ?? '–'}) then (${done}, ${total})`;
    }
    progress.phases[phase] = [done, total];
  };
  globalThis.gc?.();
  await new Promise((res) => setTimeout(res, 50));
  report.rssBeforeMB = round(process.memoryUsage.rss() / MB, 1);
  const t0 = performance.now();
  let out;
  try {
    out = dist.pairDocuments(input, { onProgress });
  } catch (err) {
    report.error = String(err?.message ?? err).split('\n')[0];
  }
  report.ms = round(performance.now() - t0, 1);
  report.maxRssMB = round(process.resourceUsage().maxRSS / 1024, 1);
  for (const [phase, [done, total]] of Object.entries(progress.phases)) {
    if (progress.ok && done !== total) {
      progress.ok = false;
      progress.problem = `${phase ? `phase ${phase}: ` : ''}last call (${done}, ${total}) does not report done = total`;
    }
  }
  report.progress = progress;
  if (out) {
    report.score = scorePairs(corpus.docs, corpus.gold, out);
    // A few wrong pairs with where their documents came from (no text), to see what fools it.
    const gold = new Map(corpus.gold.pairs);
    const byId = new Map(corpus.docs.map((d) => [d.id, d]));
    const where = (id) => {
      const d = byId.get(id);
      return d ? `${d.role} ${d.group}:${d.lines[0]}-${d.lines[1]}` : id;
    };
    report.wrongPairs = (out.pairs ?? [])
      .filter((p) => gold.get(p.a) !== p.b)
      .slice(0, SHOW)
      .map((p) => ({ a: where(p.a), b: where(p.b), score: p.score, expected: gold.has(p.a) ? where(gold.get(p.a)) : 'none (a is a distractor)' }));
  }
  writeSync(3, JSON.stringify(report));
}

// ---------------------------------------------------------------------------------------------
// c. Seed corpus

function seedCorpus(ctx, dist) {
  const dir = path.join(ctx.repoRoot, 'fixtures', 'npc');
  let gold;
  let files;
  try {
    gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8'));
    files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  } catch (err) {
    return { skipped: err.message, markdown: `skipped: cannot read fixtures/npc (${err.message})` };
  }
  const docs = files.map((f) => {
    const id = f.slice(0, -'.txt'.length);
    return { id, text: readFileSync(path.join(dir, f), 'utf8'), lang: gold.documents?.[id]?.lang };
  });
  const expectedPairs = (gold.pairs ?? []).map((p) => [p.a, p.b]);
  const expectedUnpaired = gold.unpaired ?? [];
  const out = { expected: { pairs: expectedPairs, unpaired: expectedUnpaired }, runs: [] };
  const rows = [];
  for (const [label, input] of [
    ['lang given', docs],
    ['lang not given', docs.map(({ lang, ...d }) => d)],
  ]) {
    let r;
    let error = null;
    const t0 = performance.now();
    try {
      r = dist.pairDocuments(input);
    } catch (err) {
      error = String(err?.message ?? err);
    }
    const ms = performance.now() - t0;
    const pairs = (r?.pairs ?? []).map((p) => [p.a, p.b]);
    const unpaired = [...(r?.unpaired ?? [])].sort();
    const ok = !error && JSON.stringify(pairs) === JSON.stringify(expectedPairs) && JSON.stringify(unpaired) === JSON.stringify([...expectedUnpaired].sort());
    const ids = [...pairs.flat(), ...unpaired];
    const once = docs.every((d) => ids.filter((x) => x === d.id).length === 1) && ids.length === docs.length;
    out.runs.push({ label, pairs: r?.pairs?.map((p) => ({ a: p.a, b: p.b, score: p.score, evidence: p.evidence })) ?? null, unpaired, ok, once, error, ms: round(ms, 1) });
    rows.push([label, error ? `error: ${error}` : pairs.map(([a, b]) => `${a.slice(0, 3)}↔${b.slice(0, 3)}`).join(', ') || '(none)', unpaired.map((x) => x.slice(0, 3)).join(', ') || '(none)', once ? 'yes' : '**no**', ok ? 'yes' : '**no**']);
  }
  out.markdown = [
    `The five seed texts, ids = file names. Expected (fixtures/npc/gold.json): ${expectedPairs.map(([a, b]) => `${a.slice(0, 3)}↔${b.slice(0, 3)}`).join(', ')} paired, ${expectedUnpaired.map((x) => x.slice(0, 3)).join(', ')} unpaired.`,
    mdTable(['input', 'pairs (id↔en)', 'unpaired', 'every id once', 'as expected'], rows, ['l', 'l', 'l', 'l', 'l']),
    'How to read this: run once with each document\'s `lang` from gold.json and once without (pairDocuments then has to tell the languages itself). Scores and evidence are in the JSON.',
  ].join('\n\n');
  return out;
}

if (process.argv[2] === '--child' && process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await childMain(process.argv[3]);
}
