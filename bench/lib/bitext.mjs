// Gold bitext for the `align` and `pair` suites, built from the PANL-BPPT line pairs (and, for
// the largest pairing run only, the Guntara shuffled sentence pairs), plus the scoring both
// suites share. Everything is seeded: the same seed and corpus give the same documents, beads
// and pairs on any machine. The method is documented in bench/suites/align.md and bench/suites/pair.md.
//
// Nothing here writes corpus text anywhere: documents live in memory (or in a temporary file
// handed to a child process and deleted afterwards), never in the repository or the results.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { isDir } from './corpora.mjs';

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a 32-bit state PRNG (Tommy Ettinger's), returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function rng() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from a string (FNV-1a), so each generator gets its own stream from a label. */
export function seedOf(label) {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Integer in [lo, hi], both inclusive. */
export const randInt = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));

/** Fisher–Yates, in place; returns the array. */
export function shuffle(rng, arr) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}

// ---------------------------------------------------------------------------------------------
// Corpora as line pairs

function rawLines(file) {
  const lines = readFileSync(file, 'utf8').split(/\r\n|\n|\r/);
  if (lines.length && lines.at(-1) === '') lines.pop(); // final line end
  return lines;
}

/**
 * PANL-BPPT as parallel line pairs, one group per domain file (ECO, INT, SCI, SPO, in name
 * order). Line N of the ID file and line N of the EN file form a pair; a pair with an empty side
 * is dropped (the SPO files end with one). Returns null when the folder or its files are missing.
 * @returns {{ dir: string, groups: { name: string, pairs: { id: string, en: string }[] }[], dropped: number } | null}
 */
export function loadPanlPairs(dataDir) {
  const dir = path.join(dataDir, 'panl-bppt');
  if (!isDir(dir)) return null;
  const files = readdirSync(dir);
  const groups = [];
  let dropped = 0;
  for (const f of files.filter((x) => /^PANL-BPPT-[A-Z]+-ID-.*\.txt$/.test(x)).sort()) {
    const domain = f.split('-')[2];
    const enFile = files.find((x) => x.startsWith(`PANL-BPPT-${domain}-EN-`) && x.endsWith('.txt'));
    if (!enFile) continue;
    const id = rawLines(path.join(dir, f));
    const en = rawLines(path.join(dir, enFile));
    if (id.length !== en.length) throw new Error(`${f} has ${id.length} lines but ${enFile} has ${en.length}: not line-parallel`);
    const pairs = [];
    for (let i = 0; i < id.length; i++) {
      const a = id[i].trim();
      const b = en[i].trim();
      if (a && b) pairs.push({ id: a, en: b });
      else dropped++;
    }
    groups.push({ name: domain, pairs });
  }
  return groups.length ? { dir, groups, dropped } : null;
}

/**
 * The Guntara et al. news test/valid sets as line pairs, one group per file pair. The lines are
 * shuffled sentences: neighbours come from different articles. Null when missing.
 */
export function loadGuntaraPairs(dataDir) {
  const dir = path.join(dataDir, 'guntara-news-enid');
  if (!isDir(dir)) return null;
  const groups = [];
  for (const split of ['test', 'valid']) {
    let id;
    let en;
    try {
      id = rawLines(path.join(dir, `news_${split}.id`));
      en = rawLines(path.join(dir, `news_${split}.en`));
    } catch {
      continue;
    }
    if (id.length !== en.length) throw new Error(`news_${split}: ${id.length} id lines but ${en.length} en lines`);
    const pairs = [];
    for (let i = 0; i < id.length; i++) if (id[i].trim() && en[i].trim()) pairs.push({ id: id[i].trim(), en: en[i].trim() });
    groups.push({ name: `guntara-${split}`, pairs, synthetic: true });
  }
  return groups.length ? { dir, groups } : null;
}

// ---------------------------------------------------------------------------------------------
// Suite `align`: documents with gold beads

/** Share of beads of each perturbation, drawn independently at each position (see README). */
export const ALIGN_MIX = Object.freeze({
  '2-1': 0.08, // two id sentences ↔ one en sentence: two consecutive en lines merged
  '1-2': 0.08, // one id sentence ↔ two en sentences: two consecutive id lines merged
  '1-0': 0.04, // en line dropped
  '0-1': 0.04, // id line dropped
  '2-2': 0.02, // the boundary between two consecutive en lines moved to another clause
});

/** The bead type as a label: a-side count, dash, b-side count. */
export const beadType = (bead) => `${bead.a.length}-${bead.b.length}`;

/**
 * Cuts every PANL domain file into consecutive runs of `minLen`–`maxLen` line pairs (uniform),
 * perturbs each into a document with gold beads, and returns them in a seeded random order, so
 * that any prefix is a random sample across the four domains. `seed` fixes everything.
 */
export function makeAlignDocs(panl, { seed = 1, minLen = 15, maxLen = 60, mix = ALIGN_MIX } = {}) {
  const rng = mulberry32(seedOf(`align:${seed}`));
  const docs = [];
  for (const g of panl.groups) {
    let start = 0;
    while (start + minLen <= g.pairs.length) {
      const len = randInt(rng, minLen, maxLen);
      if (start + len > g.pairs.length) break;
      docs.push({ id: `${g.name}:${start + 1}-${start + len}`, domain: g.name, lines: [start, start + len], ...perturb(g.pairs.slice(start, start + len), rng, mix) });
      start += len;
    }
  }
  return shuffle(rng, docs);
}

/**
 * Walks a run of line pairs and builds the two sentence lists and the gold beads. At each
 * position one operation is drawn with the probabilities of `mix` (the rest: keep the 1-1 pair).
 * A deletion is never drawn right after another deletion, so an "id dropped, en dropped" pair
 * (which any aligner would rightly read as one 1-1 bead) cannot occur.
 */
function perturb(pairs, rng, mix) {
  const a = [];
  const b = [];
  const beads = [];
  const ops = Object.fromEntries(['1-1', ...Object.keys(mix)].map((k) => [k, 0]));
  let lastWasDeletion = false;
  const cum = [];
  let acc = 0;
  for (const [k, p] of Object.entries(mix)) cum.push([k, (acc += p)]);
  for (let i = 0; i < pairs.length; ) {
    const u = rng();
    let op = cum.find(([, c]) => u < c)?.[0] ?? '1-1';
    const left = pairs.length - i;
    if ((op === '2-1' || op === '1-2' || op === '2-2') && left < 2) op = '1-1';
    if ((op === '1-0' || op === '0-1') && lastWasDeletion) op = '1-1';
    let resplit = null;
    if (op === '2-2') {
      resplit = moveBoundary(pairs[i].en, pairs[i + 1].en, rng);
      if (!resplit) op = '1-1';
    }
    const p = pairs[i];
    const q = pairs[i + 1];
    const ia = a.length;
    const ib = b.length;
    switch (op) {
      case '2-1':
        a.push(p.id, q.id);
        b.push(`${p.en} ${q.en}`);
        beads.push({ a: [ia, ia + 1], b: [ib] });
        i += 2;
        break;
      case '1-2':
        a.push(`${p.id} ${q.id}`);
        b.push(p.en, q.en);
        beads.push({ a: [ia], b: [ib, ib + 1] });
        i += 2;
        break;
      case '2-2':
        a.push(p.id, q.id);
        b.push(...resplit);
        beads.push({ a: [ia, ia + 1], b: [ib, ib + 1] });
        i += 2;
        break;
      case '1-0':
        a.push(p.id);
        beads.push({ a: [ia], b: [] });
        i += 1;
        break;
      case '0-1':
        b.push(p.en);
        beads.push({ a: [], b: [ib] });
        i += 1;
        break;
      default:
        a.push(p.id);
        b.push(p.en);
        beads.push({ a: [ia], b: [ib] });
        i += 1;
    }
    ops[op]++;
    lastWasDeletion = op === '1-0' || op === '0-1';
  }
  return { a, b, gold: beads, ops };
}

/**
 * Joins two consecutive English lines and splits the result again at another clause boundary
 * (after a comma or semicolon, or before "and"/"but"/"while"/"which"), at least 20% of the text
 * from either end and 10 characters away from the original boundary: the translator "moved a
 * clause to the neighbouring line". Neither new line is the translation of one id line alone, so
 * the gold bead is 2-2. Null when the text has no such boundary.
 */
function moveBoundary(x, y, rng) {
  const t = `${x} ${y}`;
  const orig = x.length;
  const lo = Math.floor(t.length * 0.2);
  const hi = Math.ceil(t.length * 0.8);
  const cands = [];
  const re = /[,;] +|\s+(?=(?:and|but|while|which|as|after|before) )/g;
  let m;
  while ((m = re.exec(t))) {
    const cut = m.index + m[0].length;
    if (cut >= lo && cut <= hi && Math.abs(cut - orig) > 10) cands.push([m.index, cut]);
  }
  if (!cands.length) return null;
  const [end1, start2] = cands[Math.floor(rng() * cands.length)];
  const first = `${t.slice(0, end1).replace(/[,;]\s*$/, '').trimEnd()}.`;
  const rest = t.slice(start2).trimStart();
  const second = rest.charAt(0).toUpperCase() + rest.slice(1);
  return [first, second];
}

/**
 * One long document from the documents in order: their sentences concatenated, beads shifted,
 * truncated at a bead boundary once the id side reaches `n` sentences. Used for the growth runs.
 */
export function concatDocs(docs, n) {
  const a = [];
  const b = [];
  const gold = [];
  let used = 0;
  outer: for (const d of docs) {
    used++;
    for (const bead of d.gold) {
      if (a.length + bead.a.length > n) break outer;
      const offA = a.length;
      const offB = b.length;
      for (const i of bead.a) a.push(d.a[i]);
      for (const i of bead.b) b.push(d.b[i]);
      gold.push({ a: bead.a.map((_, k) => offA + k), b: bead.b.map((_, k) => offB + k) });
      if (a.length >= n) break outer;
    }
  }
  return { id: `concat:${n}`, a, b, gold, docs: used };
}

/** Tally of bead types in a list of gold documents. */
export function beadTypeCounts(docs) {
  const out = {};
  for (const d of docs) for (const bead of d.gold) out[beadType(bead)] = (out[beadType(bead)] ?? 0) + 1;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scoring sentence alignments: strict and lax precision/recall as in vecalign's score.py
// (Thompson & Koehn 2019, after Bleualign's evaluation, Sennrich & Volk 2011)

const key = (bead) => `${bead.a.join(',')}|${bead.b.join(',')}`;

/**
 * vecalign `_precision(gold, test)`: [tpStrict, fpStrict, tpLax, fpLax] over the test beads
 * that are not empty on both sides. A test bead is a strict hit when the identical bead (same a
 * set and b set) is in gold; otherwise it is a lax hit when some gold bead containing one of its
 * a sentences also contains one of its b sentences (so a test bead with an empty side is never a
 * lax hit unless it is a strict one). `byType` receives the same four counts per test-bead type.
 */
function vecalignPrecision(gold, test, byType, typeOf) {
  const goldSet = new Set(gold.filter((g) => g.a.length || g.b.length).map(key));
  const aToGoldB = new Map();
  for (const g of gold) {
    for (const i of g.a) {
      let s = aToGoldB.get(i);
      if (!s) aToGoldB.set(i, (s = new Set()));
      for (const j of g.b) s.add(j);
    }
  }
  const c = [0, 0, 0, 0];
  const seen = new Set();
  for (const t of test) {
    if (!t.a.length && !t.b.length) continue;
    const k = key(t);
    if (seen.has(k)) continue; // vecalign works on sets
    seen.add(k);
    let r;
    if (goldSet.has(k)) r = [1, 0, 1, 0];
    else {
      let lax = false;
      for (const i of t.a) {
        const s = aToGoldB.get(i);
        if (s && t.b.some((j) => s.has(j))) {
          lax = true;
          break;
        }
      }
      r = lax ? [0, 1, 1, 0] : [0, 1, 0, 1];
    }
    for (let x = 0; x < 4; x++) c[x] += r[x];
    if (byType) {
      const ty = typeOf(t);
      const bt = (byType[ty] ??= [0, 0, 0, 0]);
      for (let x = 0; x < 4; x++) bt[x] += r[x];
    }
  }
  return c;
}

/** Bead-type label used in the per-type tables: 1-0 and 0-1 together, 3+ sentences as "other". */
export function typeLabel(bead) {
  const t = beadType(bead);
  if (t === '1-0' || t === '0-1') return '1-0/0-1';
  if (['1-1', '1-2', '2-1', '2-2'].includes(t)) return t;
  return 'other';
}

/**
 * A tally that accumulates vecalign counts over many documents (vecalign `score_multiple`):
 * precision counts from (gold, test), recall counts from the same function with the arguments
 * swapped and beads with an empty side removed from both. Per type: precision by the predicted
 * bead's type, recall by the gold bead's type. Deletions (gold 1-0/0-1) are outside vecalign's
 * recall; they are counted separately here as exact hits.
 */
export function newAlignTally() {
  return { docs: 0, p: [0, 0, 0, 0], r: [0, 0, 0, 0], pByType: {}, rByType: {}, deletions: { gold: 0, found: 0, predicted: 0, predictedRight: 0 } };
}

export function addAlignment(tally, gold, test) {
  tally.docs++;
  const p = vecalignPrecision(gold, test, tally.pByType, typeLabel);
  const nonEmpty = (x) => x.a.length && x.b.length;
  const r = vecalignPrecision(test.filter(nonEmpty), gold.filter(nonEmpty), tally.rByType, typeLabel);
  for (let x = 0; x < 4; x++) {
    tally.p[x] += p[x];
    tally.r[x] += r[x];
  }
  const testKeys = new Set(test.map(key));
  const goldKeys = new Set(gold.map(key));
  for (const g of gold) {
    if (g.a.length && g.b.length) continue;
    tally.deletions.gold++;
    if (testKeys.has(key(g))) tally.deletions.found++;
  }
  for (const t of test) {
    if ((t.a.length && t.b.length) || (!t.a.length && !t.b.length)) continue;
    tally.deletions.predicted++;
    if (goldKeys.has(key(t))) tally.deletions.predictedRight++;
  }
  return tally;
}

const ratio = (num, den) => (den ? num / den : null);
const f1 = (p, r) => (p === null || r === null ? null : p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** Final scores of a tally: overall strict/lax P, R, F1 (vecalign), per type, deletions. */
export function alignScores(t) {
  const one = (p, r) => {
    const ps = ratio(p[0], p[0] + p[1]);
    const pl = ratio(p[2], p[2] + p[3]);
    const rs = ratio(r[0], r[0] + r[1]);
    const rl = ratio(r[2], r[2] + r[3]);
    return { predicted: p[0] + p[1], gold: r[0] + r[1], strict: { precision: ps, recall: rs, f1: f1(ps, rs) }, lax: { precision: pl, recall: rl, f1: f1(pl, rl) } };
  };
  const overall = one(t.p, t.r);
  const byType = {};
  for (const ty of ['1-1', '2-1', '1-2', '2-2', 'other']) {
    const p = t.pByType[ty] ?? [0, 0, 0, 0];
    const r = t.rByType[ty] ?? [0, 0, 0, 0];
    if (p[0] + p[1] + r[0] + r[1] === 0) continue;
    byType[ty] = {
      predicted: p[0] + p[1],
      gold: r[0] + r[1],
      strict: { precision: ratio(p[0], p[0] + p[1]), recall: ratio(r[0], r[0] + r[1]) },
      lax: { precision: ratio(p[2], p[2] + p[3]), recall: ratio(r[2], r[2] + r[3]) },
    };
  }
  // Deletions: precision as vecalign counts it (a predicted 1-0/0-1 bead is only ever a strict
  // hit), recall = gold deletions predicted exactly (vecalign's recall leaves them out).
  const d = t.deletions;
  const pd = t.pByType['1-0/0-1'] ?? [0, 0, 0, 0];
  byType['1-0/0-1'] = {
    predicted: pd[0] + pd[1],
    gold: d.gold,
    strict: { precision: ratio(pd[0], pd[0] + pd[1]), recall: ratio(d.found, d.gold) },
    lax: { precision: ratio(pd[2], pd[2] + pd[3]), recall: null },
  };
  return { docs: t.docs, ...overall, byType, deletions: { ...d } };
}

/**
 * Checks a predicted alignment against the contract of alignSentences: beads in order, 0-based
 * indices, every sentence of both sides exactly once, no bead empty on both sides. Returns a list
 * of problems (empty when fine).
 */
export function checkBeads(beads, na, nb) {
  const problems = [];
  if (!Array.isArray(beads)) return ['beads is not an array'];
  let ea = 0;
  let eb = 0;
  for (let k = 0; k < beads.length; k++) {
    const bead = beads[k];
    if (!bead || !Array.isArray(bead.a) || !Array.isArray(bead.b)) {
      problems.push(`bead ${k}: a and b must be arrays`);
      return problems;
    }
    if (!bead.a.length && !bead.b.length) problems.push(`bead ${k}: empty on both sides`);
    for (const i of bead.a) if (i !== ea++) return [...problems, `bead ${k}: a index ${i}, expected ${ea - 1} (order/coverage)`];
    for (const j of bead.b) if (j !== eb++) return [...problems, `bead ${k}: b index ${j}, expected ${eb - 1} (order/coverage)`];
    if (typeof bead.score !== 'number' || !Number.isFinite(bead.score)) {
      if (!problems.some((p) => p.startsWith('score'))) problems.push(`score not a finite number (bead ${k}: ${bead.score})`);
    }
  }
  if (ea !== na) problems.push(`a side covers ${ea} of ${na} sentences`);
  if (eb !== nb) problems.push(`b side covers ${eb} of ${nb} sentences`);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Suite `pair`: a document collection with gold pairs and distractors

/** Document-length draws per scale (see README: PANL has room for about 1,100 runs of ~19 lines). */
export const PAIR_SCALES = Object.freeze({
  1000: { minLen: 5, maxLen: 40, skew: 1.5, hardLen: [3, 8], useGuntara: false },
  5000: { minLen: 2, maxLen: 5, skew: 1, hardLen: [2, 4], useGuntara: false },
  10000: { minLen: 1, maxLen: 3, skew: 1, hardLen: [1, 2], useGuntara: true },
});

/**
 * Builds `docsPerSide` Indonesian and as many English documents from disjoint runs of
 * consecutive line pairs:
 *
 * - a share `distractorShare` of each side has no counterpart: "id only" runs give an
 *   Indonesian document whose English lines are left out, "en only" runs the reverse;
 * - for a share `hardShare` of the pairs, the lines right after the pair's run (`hardLen` lines,
 *   same file, most often the same article) become an extra English document with no Indonesian
 *   counterpart: a hard distractor. They count towards the English distractors;
 * - roles are drawn in a seeded random order and runs are laid out in file order with even gaps,
 *   so distractors sit between pairs of the same domain (similar topics);
 * - run lengths: `minLen` + ⌊(maxLen − minLen + 1)·u^skew⌋, u uniform (skew > 1: more short runs);
 * - documents are shuffled and get opaque ids (`doc-` + 8 hex digits) so neither order nor id
 *   tells the pairing; sentences of a document are joined by spaces, paragraphs of 1–4 sentences
 *   by a blank line (the same paragraphing on both sides of a pair).
 *
 * Throws when the pool of line pairs is too small for the request.
 */
export function makePairCorpus(pools, { seed = 1, docsPerSide = 1000, distractorShare = 0.22, hardShare = 0.1, minLen, maxLen, skew = 1, hardLen = [3, 8], useGuntara = false } = {}) {
  const rng = mulberry32(seedOf(`pair:${seed}:${docsPerSide}`));
  const groups = [...pools.panl.groups, ...(useGuntara && pools.guntara ? pools.guntara.groups : [])];
  const poolSize = groups.reduce((n, g) => n + g.pairs.length, 0);
  const D = Math.round(docsPerSide * distractorShare);
  const P = docsPerSide - D;
  const H = Math.min(Math.round(P * hardShare), D);
  const roles = [...Array(P).fill('pair'), ...Array(D).fill('id'), ...Array(D - H).fill('en')];
  shuffle(rng, roles);
  // H of the pair roles get a hard distractor: the first H pair roles in a shuffled order.
  const pairIdx = shuffle(rng, roles.map((r, i) => (r === 'pair' ? i : -1)).filter((i) => i >= 0));
  const withHard = new Set(pairIdx.slice(0, H));
  const len = () => minLen + Math.min(maxLen - minLen, Math.floor((maxLen - minLen + 1) * rng() ** skew));
  const plan = roles.map((role, i) => ({ role, len: len(), hard: withHard.has(i) ? randInt(rng, hardLen[0], hardLen[1]) : 0 }));
  const needed = plan.reduce((n, p) => n + p.len + p.hard, 0);
  // Lay the runs out in file order; leave room for runs that do not fit at the end of a file.
  const reserve = groups.length * (maxLen + hardLen[1]);
  const slack = poolSize - needed - reserve;
  if (slack < 0) throw new Error(`pair corpus: ${docsPerSide} docs per side need about ${needed + reserve} line pairs; the pool has ${poolSize}`);
  const gap = Math.floor(slack / plan.length);
  let g = 0;
  let pos = 0;
  const runs = [];
  for (const p of plan) {
    const need = p.len + p.hard;
    while (g < groups.length && pos + need > groups[g].pairs.length) {
      g++;
      pos = 0;
    }
    if (g >= groups.length) throw new Error(`pair corpus: ran out of line pairs laying out ${docsPerSide} docs per side`);
    const lines = groups[g].pairs.slice(pos, pos + p.len);
    const hardLines = p.hard ? groups[g].pairs.slice(pos + p.len, pos + p.len + p.hard) : null;
    runs.push({ ...p, group: groups[g].name, synthetic: !!groups[g].synthetic, start: pos, lines, hardLines });
    pos += need + gap;
  }
  const ids = new Set();
  const newId = () => {
    let s;
    do s = `doc-${Math.floor(rng() * 2 ** 32).toString(16).padStart(8, '0')}`;
    while (ids.has(s));
    ids.add(s);
    return s;
  };
  const docs = [];
  const gold = { pairs: [], idOnly: [], enOnly: [], hard: [], hardOf: {} };
  for (const r of runs) {
    const paras = paragraphs(r.lines.length, rng);
    const meta = { group: r.group, lines: [r.start + 1, r.start + r.lines.length], synthetic: r.synthetic };
    let idDoc = null;
    let enDoc = null;
    if (r.role === 'pair' || r.role === 'id') docs.push((idDoc = { id: newId(), lang: 'id', text: join(r.lines.map((l) => l.id), paras), sentences: r.lines.length, role: r.role, ...meta }));
    if (r.role === 'pair' || r.role === 'en') docs.push((enDoc = { id: newId(), lang: 'en', text: join(r.lines.map((l) => l.en), paras), sentences: r.lines.length, role: r.role, ...meta }));
    if (r.role === 'pair') gold.pairs.push([idDoc.id, enDoc.id]);
    if (r.role === 'id') gold.idOnly.push(idDoc.id);
    if (r.role === 'en') gold.enOnly.push(enDoc.id);
    if (r.hardLines) {
      const h = { id: newId(), lang: 'en', text: join(r.hardLines.map((l) => l.en), paragraphs(r.hardLines.length, rng)), sentences: r.hardLines.length, role: 'hard', group: r.group, lines: [r.start + r.lines.length + 1, r.start + r.lines.length + r.hardLines.length], synthetic: r.synthetic };
      docs.push(h);
      gold.hard.push(h.id);
      gold.hardOf[h.id] = idDoc.id;
    }
  }
  shuffle(rng, docs);
  const stats = {
    docsPerSide,
    idDocs: docs.filter((d) => d.lang === 'id').length,
    enDocs: docs.filter((d) => d.lang === 'en').length,
    pairs: gold.pairs.length,
    idOnly: gold.idOnly.length,
    enOnly: gold.enOnly.length,
    hard: gold.hard.length,
    linePairsUsed: needed,
    pool: poolSize,
    groups: groups.map((x) => x.name),
    syntheticDocs: docs.filter((d) => d.synthetic).length,
    sentencesPerDoc: { min: minLen, max: maxLen, mean: round2(docs.reduce((n, d) => n + d.sentences, 0) / docs.length) },
  };
  return { docs, gold, stats };
}

const round2 = (x) => Math.round(x * 100) / 100;

/** Paragraph sizes (1–4 sentences) covering n sentences. */
function paragraphs(n, rng) {
  const out = [];
  let left = n;
  while (left > 0) {
    const k = Math.min(left, randInt(rng, 1, 4));
    out.push(k);
    left -= k;
  }
  return out;
}

function join(sentences, paras) {
  const out = [];
  let i = 0;
  for (const k of paras) {
    out.push(sentences.slice(i, i + k).join(' '));
    i += k;
  }
  return out.join('\n\n');
}

/**
 * Scores pairDocuments output against the gold. Also checks that every input id appears exactly
 * once (in one pair or in unpaired), that ids are known, and that `a` is the Indonesian document
 * and `b` the English one.
 */
export function scorePairs(docs, gold, out) {
  const lang = new Map(docs.map((d) => [d.id, d.lang]));
  const goldEnOf = new Map(gold.pairs.map(([a, b]) => [a, b]));
  const seen = new Map();
  const violations = { missing: [], duplicated: [], unknown: [], wrongSides: [], malformed: [] };
  const note = (id) => {
    if (!lang.has(id)) violations.unknown.push(id);
    seen.set(id, (seen.get(id) ?? 0) + 1);
  };
  const pairs = Array.isArray(out?.pairs) ? out.pairs : [];
  const unpaired = Array.isArray(out?.unpaired) ? out.unpaired : [];
  if (!Array.isArray(out?.pairs) || !Array.isArray(out?.unpaired)) violations.malformed.push('pairs and unpaired must be arrays');
  let correct = 0;
  let hardTaken = 0;
  let hardStole = 0;
  let distractorPaired = 0;
  for (const p of pairs) {
    if (!p || typeof p.a !== 'string' || typeof p.b !== 'string') {
      violations.malformed.push(JSON.stringify(p)?.slice(0, 100));
      continue;
    }
    note(p.a);
    note(p.b);
    if (lang.has(p.a) && lang.has(p.b) && !(lang.get(p.a) === 'id' && lang.get(p.b) === 'en')) violations.wrongSides.push(`${p.a} (${lang.get(p.a)}) / ${p.b} (${lang.get(p.b)})`);
    if (goldEnOf.get(p.a) === p.b) correct++;
    if (gold.hardOf[p.b] !== undefined) {
      hardTaken++;
      if (gold.hardOf[p.b] === p.a) hardStole++;
    }
  }
  for (const id of unpaired) note(id);
  for (const [id, n] of seen) if (n > 1) violations.duplicated.push(id);
  for (const id of lang.keys()) if (!seen.has(id)) violations.missing.push(id);
  const unpairedSet = new Set(unpaired);
  const distractors = [...gold.idOnly, ...gold.enOnly, ...gold.hard];
  const distractorsLeft = distractors.filter((id) => unpairedSet.has(id)).length;
  distractorPaired = distractors.length - distractorsLeft;
  const paired = new Set(pairs.flatMap((p) => [p?.a, p?.b]));
  const goldDocsUnpaired = gold.pairs.filter(([a, b]) => !paired.has(a) && !paired.has(b)).length;
  const P = ratio(correct, pairs.length);
  const R = ratio(correct, gold.pairs.length);
  return {
    predictedPairs: pairs.length,
    goldPairs: gold.pairs.length,
    correct,
    precision: P,
    recall: R,
    f1: f1(P, R),
    distractors: distractors.length,
    distractorsLeftUnpaired: distractorsLeft,
    idOnlyLeft: gold.idOnly.filter((id) => unpairedSet.has(id)).length,
    enOnlyLeft: gold.enOnly.filter((id) => unpairedSet.has(id)).length,
    hard: gold.hard.length,
    hardLeft: gold.hard.filter((id) => unpairedSet.has(id)).length,
    hardPaired: hardTaken,
    hardPairedWithItsNeighbour: hardStole,
    goldPairsLeftUnpaired: goldDocsUnpaired,
    violations: Object.fromEntries(Object.entries(violations).map(([k, v]) => [k, { count: v.length, examples: v.slice(0, 5) }])),
    violationCount: Object.values(violations).reduce((n, v) => n + v.length, 0),
  };
}
