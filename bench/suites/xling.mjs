// Suite "xling": pairing, translation groups and cross-lingual duplicates between every two of the five
// packs, with or without English, on FLORES-200 (562 short articles, each in en, id, ms, de, fr; the
// lines of one source URL make one document, bench/lib/flores.mjs), and what the translation pass of
// findDuplicates() costs where there are no translations.
//
//   a. pairDocuments() on the two languages' documents of every pair (lang given; and detected, with
//      every pack as a candidate): precision/recall of the pairs;
//   b. pairDocuments() on all five versions at once: group completeness (all five versions of an article
//      in one group, nothing else) and the pairs' precision/recall per language pair;
//   c. findDuplicates() on the five versions: per language pair, recall of translations (two versions in one
//      cluster), recall of the candidate stage (onTranslationCandidates), translation links joining
//      two different articles;
//   d. cost: a two-language PANL-BPPT dedup corpus (bench/lib/dedupcorpus.mjs, ~20k documents, the
//      translations removed) with defaults and with `translation: false`, CPU and wall time in the same
//      run; an English-only corpus with one stray Indonesian document; and the pass's CPU per document.
//      Each corpus in a fresh child process (`node bench/suites/xling.mjs --child FILE`), so that what
//      the earlier parts left in the heap does not weigh on its garbage collector;
//   e. Chinese (zho_Hans, padanan/langs/zh) paired with English, Indonesian and German, given and detected.

import path from 'node:path';
import { existsSync, mkdtempSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { runChild } from '../lib/child.mjs';

import { loadFixtures, loadPanlDomains, makeDedupCorpus } from '../lib/dedupcorpus.mjs';
import { loadFloresArticles } from '../lib/flores.mjs';
import { fixed, int, mdTable, median, round } from '../lib/util.mjs';

export const description =
  'any two languages: pairing P/R, five-way translation groups, findDuplicates translation links and candidate recall on FLORES-200 (en, id, ms, de, fr); cost of the translation pass with no translations present';

const LANGS = ['en', 'id', 'ms', 'de', 'fr'];
const COST_N = 22500; // ~20.5k documents once the translations are removed
// Runs of each setting, alternating: a run's CPU time varies by up to a third on these machines, and
// the pass is the difference of two such times.
const COST_RUNS = 15;

async function importPack(ctx, code) {
  const file = path.join(ctx.distDir, 'langs', code, 'index.js');
  if (!existsSync(file)) return null;
  return (await import(pathToFileURL(file).href))[code] ?? null;
}

/** CPU (user + system) and wall time of fn(), in seconds. */
function timed(fn) {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { value, cpu: (c.user + c.system) / 1e6, wall: (performance.now() - w0) / 1000 };
}

const pairKey = (a, b) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const articleOf = (id) => id.slice(id.indexOf('/') + 1);
const langOf = (id) => id.slice(0, id.indexOf('/'));

/** Of the articles, how many have their x and y versions in one cluster, and among the candidates. */
function recallOf(result, cands, articles, x, y) {
  const clusterOf = new Map();
  result.clusters.forEach((c, k) => c.members.forEach((m) => clusterOf.set(m, k)));
  const candSet = new Set(cands.map((c) => pairKey(c.a, c.b)));
  let found = 0;
  let cand = 0;
  for (const a of articles) {
    const p = `${x}/${a.key}`;
    const q = `${y}/${a.key}`;
    if (clusterOf.has(p) && clusterOf.get(p) === clusterOf.get(q)) found++;
    if (candSet.has(pairKey(p, q))) cand++;
  }
  return { found, cand };
}

export async function run(ctx) {
  // Chinese is read with the others for part e.
  const flores = loadFloresArticles(ctx.dataDir, [...LANGS, 'zh']);
  if (!flores) return { status: 'skipped', reason: `FLORES-200 not found in ${ctx.show(path.join(ctx.dataDir, 'flores200'))}` };
  const dist = await ctx.importDist();
  const packs = { en: 'en', id: 'id' };
  for (const code of ['ms', 'de', 'fr']) {
    packs[code] = await importPack(ctx, code);
    if (!packs[code]) return { status: 'skipped', reason: `dist has no ${code} pack` };
  }
  const articles = ctx.quick ? flores.articles.filter((_, i) => i % 4 === 0) : flores.articles;
  const A = articles.length;
  const docsOf = (lang, detect = false) => articles.map((a) => ({ id: `${lang}/${a.key}`, text: a.text[lang], ...(detect ? {} : { lang: packs[lang] }) }));
  const all = LANGS.flatMap((l) => docsOf(l));
  const langPairs = [];
  for (let i = 0; i < LANGS.length; i++) for (let j = i + 1; j < LANGS.length; j++) langPairs.push([LANGS[i], LANGS[j]]);
  const md = [];
  const results = { articles: A, documents: all.length, pairs: [], fiveWay: null, dedup: null, cost: null };

  // a. Two languages at a time ---------------------------------------------------------------------
  const allPacks = Object.values(packs);
  for (const [x, y] of langPairs) {
    const row = { pair: `${x}-${y}` };
    for (const detect of [false, true]) {
      ctx.log(`xling: pair ${x}-${y}${detect ? ' (detected)' : ''}`);
      const { value: r, cpu, wall } = timed(() => dist.pairDocuments([...docsOf(x, detect), ...docsOf(y, detect)], detect ? { languages: allPacks } : {}));
      const tp = r.pairs.filter((p) => articleOf(p.a) === articleOf(p.b) && langOf(p.a) !== langOf(p.b)).length;
      row[detect ? 'detected' : 'given'] = { P: round(r.pairs.length ? tp / r.pairs.length : 1), R: round(tp / A), pairs: r.pairs.length, cpu: round(cpu, 2), wall: round(wall, 2) };
    }
    // findDuplicates on these two languages alone: no third language to join a pair through.
    let cands = [];
    const dd = timed(() => dist.findDuplicates([...docsOf(x), ...docsOf(y)], { onTranslationCandidates: (c) => (cands = c) }));
    const links = dd.value.clusters.flatMap((c) => c.links).filter((l) => l.kind === 'translation');
    const wrong = links.filter((l) => articleOf(l.a) !== articleOf(l.b)).length;
    const { found, cand } = recallOf(dd.value, cands, articles, x, y);
    row.dedup = { R: round(found / A), candidateR: round(cand / A), P: round(links.length ? 1 - wrong / links.length : 1), links: links.length, candidates: cands.length, cpu: round(dd.cpu, 2) };
    results.pairs.push(row);
  }

  // b. Five languages at once -----------------------------------------------------------------------
  ctx.log('xling: pair, five languages');
  const five = timed(() => dist.pairDocuments(all));
  const complete = five.value.groups.filter((g) => g.members.length === LANGS.length && new Set(g.members.map(articleOf)).size === 1).length;
  const fivePairs = {};
  for (const [x, y] of langPairs) {
    const ps = five.value.pairs.filter((p) => [langOf(p.a), langOf(p.b)].sort().join() === [x, y].sort().join());
    const tp = ps.filter((p) => articleOf(p.a) === articleOf(p.b)).length;
    fivePairs[`${x}-${y}`] = { P: round(ps.length ? tp / ps.length : 1), R: round(tp / A) };
  }
  results.fiveWay = { complete, completeShare: round(complete / A), groups: five.value.groups.length, unpaired: five.value.unpaired.length, pairs: fivePairs, cpu: round(five.cpu, 2), wall: round(five.wall, 2) };

  // c. findDuplicates on the five versions ----------------------------------------------------------
  ctx.log('xling: findDuplicates, five languages');
  let cands = [];
  const dd = timed(() => dist.findDuplicates(all, { onTranslationCandidates: (c) => (cands = c) }));
  const links = dd.value.clusters.flatMap((c) => c.links).filter((l) => l.kind === 'translation');
  const dedupPairs = {};
  for (const [x, y] of langPairs) {
    const { found, cand } = recallOf(dd.value, cands, articles, x, y);
    const ls = links.filter((l) => [langOf(l.a), langOf(l.b)].sort().join() === [x, y].sort().join());
    const wrong = ls.filter((l) => articleOf(l.a) !== articleOf(l.b)).length;
    dedupPairs[`${x}-${y}`] = { R: round(found / A), candidateR: round(cand / A), links: ls.length, wrongLinks: wrong, P: round(ls.length ? 1 - wrong / ls.length : 1) };
  }
  results.dedup = { pairs: dedupPairs, candidates: cands.length, links: links.length, wrongLinks: links.filter((l) => articleOf(l.a) !== articleOf(l.b)).length, cpu: round(dd.cpu, 2), wall: round(dd.wall, 2) };

  // e. Chinese: no spaces, no shared script, a lexicon from CC-CEDICT -------------------------------
  const zhPack = await importPack(ctx, 'zh');
  if (zhPack) {
    const zhDocs = (detect) => articles.map((a) => ({ id: `zh/${a.key}`, text: a.text.zh, ...(detect ? {} : { lang: zhPack }) }));
    results.zh = [];
    for (const y of ['en', 'id', 'de']) {
      const row = { pair: `zh-${y}` };
      for (const detect of [false, true]) {
        ctx.log(`xling: pair zh-${y}${detect ? ' (detected)' : ''}`);
        const { value: r, cpu } = timed(() => dist.pairDocuments([...zhDocs(detect), ...docsOf(y, detect)], detect ? { languages: [...allPacks, zhPack] } : {}));
        const tp = r.pairs.filter((p) => articleOf(p.a) === articleOf(p.b) && langOf(p.a) !== langOf(p.b)).length;
        row[detect ? 'detected' : 'given'] = { P: round(r.pairs.length ? tp / r.pairs.length : 1), R: round(tp / A), pairs: r.pairs.length, cpu: round(cpu, 2) };
      }
      results.zh.push(row);
    }
  }

  // d. Cost where there is nothing to find ----------------------------------------------------------
  if (loadPanlDomains(ctx.dataDir)) {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'padanan-xling-'));
    const cost = {};
    try {
      for (const name of ['twoLanguages', 'strayDocument', 'withTranslations']) {
        ctx.log(`xling: cost, ${name} (child process)`);
        const job = { name, distDir: ctx.distDir, dataDir: ctx.dataDir, repoRoot: ctx.repoRoot, n: ctx.quick ? 5000 : COST_N, runs: ctx.quick ? 2 : name === 'withTranslations' ? 1 : COST_RUNS };
        const r = runChild({ script: fileURLToPath(import.meta.url), jobFile: path.join(tmp, `${name}.json`), job, cwd: ctx.repoRoot, capMs: 15 * 60_000 });
        if (r.status !== 'ok') throw new Error(`cost ${name}: ${r.status}`);
        cost[name] = r.figures;
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    results.cost = cost;
  }

  // Report ------------------------------------------------------------------------------------------
  md.push(`FLORES-200 dev + devtest: ${int(A)} articles × ${LANGS.length} languages (${int(all.length)} documents, 1–10 sentences each).`);
  md.push('## a. Pairing, two languages at a time');
  md.push(mdTable(['pair', 'P (lang given)', 'R', 'CPU s', 'P (detected)', 'R', 'CPU s'], results.pairs.map((r) => [r.pair, fixed(r.given.P, 3), fixed(r.given.R, 3), fixed(r.given.cpu, 2), fixed(r.detected.P, 3), fixed(r.detected.R, 3), fixed(r.detected.cpu, 2)])));
  md.push('findDuplicates() on the same two languages (lang given), with no third language to join a pair through:');
  md.push(mdTable(['pair', 'translations found (R)', 'candidate R', 'candidates', 'link P', 'CPU s'], results.pairs.map((r) => [r.pair, fixed(r.dedup.R, 3), fixed(r.dedup.candidateR, 3), int(r.dedup.candidates), fixed(r.dedup.P, 3), fixed(r.dedup.cpu, 2)])));
  md.push('## b. Pairing, five languages at once');
  md.push(`Groups complete (all five versions of an article, nothing else): **${int(complete)} / ${int(A)} (${fixed(complete / A * 100, 1)}%)**; ${int(five.value.groups.length)} groups, ${int(five.value.unpaired.length)} unpaired; CPU ${fixed(five.cpu, 2)} s, wall ${fixed(five.wall, 2)} s.`);
  md.push(mdTable(['pair', 'P', 'R'], Object.entries(fivePairs).map(([k, v]) => [k, fixed(v.P, 3), fixed(v.R, 3)])));
  md.push('## c. findDuplicates, five languages at once');
  md.push(`${int(cands.length)} candidates verified, ${int(links.length)} translation links, ${int(results.dedup.wrongLinks)} joining two different articles; CPU ${fixed(dd.cpu, 2)} s, wall ${fixed(dd.wall, 2)} s.`);
  md.push(mdTable(['pair', 'translations found (R)', 'candidate R', 'links', 'link P'], Object.entries(dedupPairs).map(([k, v]) => [k, fixed(v.R, 3), fixed(v.candidateR, 3), int(v.links), fixed(v.P, 3)])));
  md.push('How to read this: **translations found** = the two versions of an article in one cluster (joined by any link); **candidate R** = the pair among the candidates sent to verification (a pair missed there can still be joined through a third language); **link P** = translation links between versions of one article.');
  if (results.cost) {
    const c = results.cost;
    md.push('## d. Cost of the translation pass');
    md.push(mdTable(['corpus', 'docs', 'CPU s, translation off', 'CPU s, defaults', 'ratio', 'ratio, paired median', 'wall s off / on', 'pass ms/doc', 'translation links'], [
      ['two languages, no translations', int(c.twoLanguages.documents), fixed(c.twoLanguages.offCpu, 2), fixed(c.twoLanguages.onCpu, 2), fixed(c.twoLanguages.ratioCpu, 2), fixed(c.twoLanguages.ratioCpuPaired, 2), `${fixed(c.twoLanguages.offWall, 2)} / ${fixed(c.twoLanguages.onWall, 2)}`, fixed(c.twoLanguages.passMsPerDoc, 3), int(c.twoLanguages.translationLinks)],
      ['English + one Indonesian document', int(c.strayDocument.documents), fixed(c.strayDocument.offCpu, 2), fixed(c.strayDocument.onCpu, 2), fixed(c.strayDocument.ratioCpu, 2), fixed(c.strayDocument.ratioCpuPaired, 2), `${fixed(c.strayDocument.offWall, 2)} / ${fixed(c.strayDocument.onWall, 2)}`, fixed(c.strayDocument.passMsPerDoc, 3), int(c.strayDocument.translationLinks)],
      ['two languages, ~1,800 translations', int(c.withTranslations.documents), fixed(c.withTranslations.offCpu, 2), fixed(c.withTranslations.onCpu, 2), fixed(c.withTranslations.ratioCpu, 2), '', '', fixed(c.withTranslations.passMsPerDoc, 3), ''],
    ]));
    md.push(`CPU = user + system time of the one findDuplicates() call, the best of ${ctx.quick ? 2 : COST_RUNS} runs (translation off and defaults in pairs, each pair in the other order from the one before, a full garbage collection before every run, after a warm-up, in a fresh process per corpus; one run each with translations present); **ratio** = best defaults over best translation off; **ratio, paired median** = the median over the pairs of each defaults run's CPU over the translation-off run beside it, less moved by the machine's speed drifting; **pass ms/doc** = the difference per document. The corpus: bench/lib/dedupcorpus.mjs (PANL-BPPT id/en stories with edited copies, excerpts and site chrome), translations removed; **translation links** there are errors (documents that share one translated line of a random-line story).`);
  }
  if (results.zh) {
    md.push('## e. Chinese');
    md.push(mdTable(['pair', 'P (lang given)', 'R', 'CPU s', 'P (detected)', 'R', 'CPU s'], results.zh.map((r) => [r.pair, fixed(r.given.P, 3), fixed(r.given.R, 3), fixed(r.given.cpu, 2), fixed(r.detected.P, 3), fixed(r.detected.R, 3), fixed(r.detected.cpu, 2)])));
    md.push('pairDocuments() on the same FLORES-200 articles, Chinese (zho_Hans) against one other language: words from Intl.Segmenter, glossed into the pivot by the pack\'s CC-CEDICT lexicon (18,000 words), lengths compared in English characters (`charsPerEnglishChar` 0.34).');
  }
  return { status: 'ok', results, markdown: md.join('\n\n') };
}

/** Part d in a child process: one corpus, translation off and defaults alternating; figures to fd 3. */
async function costChild(jobFile) {
  const { readFileSync } = await import('node:fs');
  const job = JSON.parse(readFileSync(jobFile, 'utf8'));
  const dist = await import(pathToFileURL(path.join(job.distDir, 'index.js')).href);
  const corpus = makeDedupCorpus(loadPanlDomains(job.dataDir), loadFixtures(job.repoRoot), { n: job.n, seed: 1 });
  const two = corpus.docs.filter((d) => corpus.truth.get(d.id).kind !== 'translation');
  const docs = job.name === 'twoLanguages' ? two : job.name === 'strayDocument' ? [...two.filter((d) => d.lang === 'en'), two.find((d) => d.lang === 'id')] : corpus.docs;
  dist.findDuplicates(docs.slice(0, 2000), {}); // warm-up
  const runs = [];
  // A full collection before each timed run, so that no run pays for the garbage of the one before;
  // which setting goes first changes every run, so that neither always follows the other.
  const run = (options) => {
    globalThis.gc?.();
    return timed(() => dist.findDuplicates(docs, options));
  };
  for (let rep = 0; rep < job.runs; rep++) {
    let off, on;
    if (rep % 2 === 0) {
      off = run({ translation: false });
      on = run({});
    } else {
      on = run({});
      off = run({ translation: false });
    }
    // Only the figures are kept: results held across runs would grow the heap the next runs collect.
    runs.push({ off: { cpu: off.cpu, wall: off.wall }, on: { cpu: on.cpu, wall: on.wall }, links: on.value.clusters.flatMap((c) => c.links).filter((l) => l.kind === 'translation').length });
  }
  const best = (k) => Math.min(...runs.map((r) => r[k].cpu));
  const bestWall = (k) => Math.min(...runs.map((r) => r[k].wall));
  const figures = {
    documents: docs.length,
    offCpu: round(best('off'), 2), onCpu: round(best('on'), 2), offWall: round(bestWall('off'), 2), onWall: round(bestWall('on'), 2),
    ratioCpu: round(best('on') / best('off'), 2),
    // Each defaults run against the translation-off run beside it, the median of those ratios:
    // less moved than the best of each by the machine's speed drifting during the runs.
    ratioCpuPaired: round(median(runs.map((r) => r.on.cpu / r.off.cpu)), 2),
    passMsPerDoc: round(((best('on') - best('off')) * 1000) / docs.length, 3),
    translationLinks: runs[0].links,
  };
  writeSync(3, JSON.stringify({ figures }));
}

if (process.argv[2] === '--child' && process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await costChild(process.argv[3]);
}
