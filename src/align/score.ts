import type { SentenceConcepts } from '../pivot/index.js'

/**
 * Weights of the bead score. skip and length were set on a PANL sample of our own; merge and merge2 on
 * the align bench gold (bench/suites/align.mjs: 306 PANL documents with seeded 2-1, 1-2, 2-2, 1-0 and
 * 0-1 beads), checked on line-parallel PANL (1,000 and 5,000 lines) and FLORES-200 (every pair of
 * en, id, ms, de, fr): merge2 0.9 let two plain 1-1 pairs merge into a 2-2 whenever the words of the
 * two lines crossed a little, 1.3 keeps them apart (PANL 1-1 recall 0.928 → 0.961) and still takes
 * the real 2-2 beads; merge3 on the Bleualign development document (dev.de/dev.fr: 0.9 scored best
 * there) raised to 1.2 so that the id–en gold, which has no 3-1 beads, loses at most 0.15 points;
 * weak on FLORES-200 with seeded joins and drops, checked on Bleualign and line-parallel PANL (see
 * WEAK_GAIN in dp.ts). With weak in place, length 0.08 → 0.05 and skip 1.3 → 1.35 (the length term had
 * been doing part of weak's work): FLORES-200 with joins and drops zh–de 0.943 → 0.952, zh–en 0.962 →
 * 0.967, zh–id 0.955 → 0.959, PANL line-parallel 1-1 recall 1k 0.971 → 0.985, 5k 0.967 → 0.975; the
 * align bench gold 96.3 → 95.9 (where it stood before weak; its 2-2 beads are the ones lost) and
 * Bleualign 86.5 → 86.3 (85.5 before weak).
 */
export interface AlignWeights {
  /** How much one shared number counts, in tokens. */
  readonly number: number
  /** Weight of the Gale–Church length penalty. */
  readonly length: number
  /** Extra cost of a 2-1 or 1-2 bead. */
  readonly merge: number
  /** Extra cost of a 2-2 bead. */
  readonly merge2: number
  /** Extra cost of a 3-1 or 1-3 bead. */
  readonly merge3: number
  /** Cost of leaving one sentence unaligned (1-0, 0-1). */
  readonly skip: number
  /**
   * Extra cost, at most, of a merged bead (2-1, 1-2, 2-2, 3-1, 1-3) one of whose end sentences matches almost
   * nothing of the other side that its neighbours do not match already: a dropped sentence swallowed by a merge.
   */
  readonly weak: number
}

export const DEFAULT_WEIGHTS: AlignWeights = { number: 2, length: 0.05, merge: 0.6, merge2: 1.3, merge3: 1.2, skip: 1.35, weak: 0.3 }

// Gale & Church (1993): variance of the length ratio per character.
const S2 = 6.8
// Sentences this far from the diagonal (in B sentences) count as unrelated when the scale is sampled.
const OFF_DIAGONAL = 2
// The similarity of two unrelated sentences when a document is too short to sample one.
const UNRELATED_SIM = 0.03

/** Standard normal upper tail, Abramowitz–Stegun 7.1.26 (|error| < 1.5e-7). */
function upperTail(z: number): number {
  const t = 1 / (1 + 0.3275911 * (z / Math.SQRT2))
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
  return 0.5 * poly * Math.exp(-(z * z) / 2)
}

/**
 * One side in flat typed arrays (sentences are contiguous, so a span of sentences is one range):
 * token t has candidate concepts conc[tOff[t], tOff[t + 1]); sentence i has tokens
 * [tStart[i], tStart[i + 1]), distinct concepts dconc[cStart[i], cStart[i + 1]), distinct interned
 * number keys keys[kStart[i], kStart[i + 1]) in order of first mention, each mentioned kCount[p]
 * times, and charsBefore[i + 1] − charsBefore[i] characters.
 */
interface FlatSide {
  readonly tStart: Int32Array
  readonly tOff: Int32Array
  readonly conc: Int32Array
  readonly cStart: Int32Array
  readonly dconc: Int32Array
  readonly kStart: Int32Array
  readonly keys: Int32Array
  readonly kCount: Int32Array
  /** Characters of the sentences before sentence i (n + 1 entries). */
  readonly charsBefore: Float64Array
}

function flatten(side: readonly SentenceConcepts[], intern: (key: string) => number): FlatSide {
  let tokens = 0
  let conc = 0
  let dconc = 0
  let keys = 0
  for (const s of side) {
    tokens += s.tokens.length
    for (const cs of s.tokens) conc += cs.length
    dconc += s.concepts.length
    keys += s.numbers.length
  }
  const n = side.length
  const f = {
    tStart: new Int32Array(n + 1),
    tOff: new Int32Array(tokens + 1),
    conc: new Int32Array(conc),
    cStart: new Int32Array(n + 1),
    dconc: new Int32Array(dconc),
    kStart: new Int32Array(n + 1),
    keys: new Int32Array(keys),
    kCount: new Int32Array(keys),
    charsBefore: new Float64Array(n + 1),
  }
  // Where key id last went in keys: a position from this sentence on means the key is already listed.
  const slot: number[] = []
  let t = 0
  let q = 0
  let d = 0
  let k = 0
  side.forEach((s, i) => {
    f.tStart[i] = t
    f.cStart[i] = d
    f.kStart[i] = k
    f.charsBefore[i + 1] = f.charsBefore[i]! + s.chars
    for (const cs of s.tokens) {
      f.tOff[t++] = q
      // A token has one or a few concepts: a loop, not a set() call each.
      for (let k = 0; k < cs.length; k++) f.conc[q++] = cs[k]!
    }
    f.dconc.set(s.concepts, d)
    d += s.concepts.length
    // Repeats are counted, not listed: a cell then reads each key of its spans once (a table's
    // "1 1 1 …" sentence is one key, not thousands).
    for (const key of s.numbers) {
      const id = intern(key)
      const at = slot[id]
      if (at !== undefined && at >= f.kStart[i]!) f.kCount[at]!++
      else {
        slot[id] = k
        f.keys[k] = id
        f.kCount[k++] = 1
      }
    }
  })
  f.tStart[n] = t
  f.tOff[t] = q
  f.cStart[n] = d
  f.kStart[n] = k
  return f
}

/** Scores spans of sentences against each other: lexical overlap in the pivot, shared numbers, length. */
export class Scorer {
  private readonly fa: FlatSide
  private readonly fb: FlatSide
  /** Characters of B per character of A over the whole pair (the length model's mean ratio). */
  private readonly ratio: number
  /** Weight of each interned number key (rarer keys weigh more). */
  private readonly kw: Float64Array
  /** Per sentence of A and of B: the weights of its number mentions added up. */
  private readonly numWeightA: Float64Array
  private readonly numWeightB: Float64Array
  /** finish's scratch: how many mentions of key k the B span has left to match, valid where keyStamp[k] is the cell's stamp. */
  private readonly keyLeft: Int32Array
  private readonly keyStamp: Int32Array
  private keyGen = 0
  /** sim's marks: a concept carries the stamp of the span last marked (stamps are never reused). */
  private readonly mark: Int32Array
  private stamp = 0
  /** bandSim's counts for the current band (see {@link Scorer.useBand}): A sentences against B spans, and B sentences against A spans. */
  private countsA: SpanCounts | null = null
  private countsB: SpanCounts | null = null
  /** 1 − the mean similarity of unrelated sentence pairs: costs are measured against it (as vecalign does). */
  private readonly scale: number

  constructor(
    A: readonly SentenceConcepts[],
    B: readonly SentenceConcepts[],
    private readonly w: AlignWeights,
  ) {
    const ids = new Map<string, number>()
    const intern = (key: string): number => {
      let n = ids.get(key)
      if (n === undefined) ids.set(key, (n = ids.size))
      return n
    }
    this.fa = flatten(A, intern)
    this.fb = flatten(B, intern)
    // Concepts renumbered 0 … k−1 over this pair (a shared space can be far larger than one pair's:
    // pairing scores many small pairs), so the mark array and the postings have k entries.
    const local = renumber([this.fa.dconc, this.fb.dconc, this.fa.conc, this.fb.conc])
    this.mark = new Int32Array(local)
    const ca = A.reduce((n, s) => n + s.chars, 0)
    const cb = B.reduce((n, s) => n + s.chars, 0)
    this.ratio = ca > 0 && cb > 0 ? cb / ca : 1
    // A number shared by many sentences ("1", "2025") says little about which ones match: weight by
    // rarity (the number of sentences, of either side, that carry the key).
    const df = new Float64Array(ids.size)
    // A sentence lists each of its keys once.
    for (const f of [this.fa, this.fb]) for (let p = 0, e = f.kStart[f.kStart.length - 1]!; p < e; p++) df[f.keys[p]!]!++
    this.kw = df.map((n) => Math.min(1, 2 / n))
    this.numWeightA = numberWeights(this.fa, this.kw)
    this.numWeightB = numberWeights(this.fb, this.kw)
    this.keyLeft = new Int32Array(ids.size)
    this.keyStamp = new Int32Array(ids.size)
    // Sample pseudo-random pairs (deterministic) to learn what "unrelated" scores with this lexicon.
    // Pairs near the diagonal are left out: in a short document most of them translate each other,
    // and counting them as unrelated would inflate every cost until skipping (1-0 + 0-1) beats a
    // good 1-1 bead. Too short to have any pair off the diagonal: unrelated news sentences score
    // 0.015–0.05 (FLORES-200, en–id, de–fr, id–ms), so 0.03.
    let sum = 0
    let k = 0
    const n = A.length
    const m = B.length
    const tries = Math.min(1200, n * m)
    for (let t = 0; t < tries && k < 400; t++) {
      const i = (t * 7919 + 17) % n
      const j = (t * 104729 + 31 + Math.floor(m / 2)) % m
      if (Math.abs(j + 0.5 - ((i + 0.5) * m) / n) < OFF_DIAGONAL) continue
      sum += this.sim(i, i + 1, j, j + 1)
      k++
    }
    this.scale = Math.max(0.2, 1 - (k ? sum / k : UNRELATED_SIM))
  }

  /** The cost of a bead covering `sentences` sentences with similarity `sim`: 1 per sentence for an unrelated pair. */
  cost(sim: number, sentences: number): number {
    return (sentences * (1 - sim)) / this.scale
  }

  /** Similarity in [0, 1] of A[i0, i1) and B[j0, j1) (both non-empty). */
  sim(i0: number, i1: number, j0: number, j1: number): number {
    // Mark the concepts of one span, then look the other span's tokens up (a token matches when one
    // of its candidate concepts is marked): array reads, both directions.
    let matched = matchedTokens(this.fa, i0, i1, this.mark, this.marked(this.fb, j0, j1))
    matched += matchedTokens(this.fb, j0, j1, this.mark, this.marked(this.fa, i0, i1))
    return this.finish(matched, i0, i1, j0, j1)
  }

  /**
   * Prepare {@link bandSim} for a DP over this band (row i's cells j = lo[i] … hi[i]). The matched
   * tokens of a span pair add up over its sentences: an A sentence's tokens matched by B[j − d, j),
   * and a B sentence's matched by A[i − d, i). Both are counted from postings (which sentences of
   * the other side hold each concept), once per sentence for every span it can meet in the band,
   * in time linear in the hits rather than in cells × tokens.
   */
  useBand(lo: Int32Array, hi: Int32Array): void {
    const n = this.fa.tStart.length - 1
    const m = this.fb.tStart.length - 1
    // A sentence ia meets the B spans ending in rows ia + 1 … ia + 3.
    const aLo = new Int32Array(n).fill(0x7fffffff)
    const aHi = new Int32Array(n).fill(-1)
    // B sentence jb meets the A spans ending at row i when jb is in [lo[i] − 3, hi[i] − 1].
    const bLo = new Int32Array(m).fill(0x7fffffff)
    const bHi = new Int32Array(m).fill(-1)
    for (let i = 1; i <= n; i++) {
      if (hi[i]! < lo[i]!) continue
      for (let ia = Math.max(0, i - 3); ia < i; ia++) {
        if (lo[i]! < aLo[ia]!) aLo[ia] = lo[i]!
        if (hi[i]! > aHi[ia]!) aHi[ia] = hi[i]!
      }
      for (let jb = Math.max(0, lo[i]! - 3), e = Math.min(m - 1, hi[i]! - 1); jb <= e; jb++) {
        if (i < bLo[jb]!) bLo[jb] = i
        if (i > bHi[jb]!) bHi[jb] = i
      }
    }
    const k = this.mark.length
    this.countsA = spanCounts(this.fa, postings(this.fb, k), aLo, aHi)
    this.countsB = spanCounts(this.fb, postings(this.fa, k), bLo, bHi)
  }

  /**
   * {@link sim} of A[i − da, i) and B[j − db, j) (da, db in 1…3) for a cell of the band given to
   * {@link useBand}: the same value, from the counts.
   */
  bandSim(i: number, da: number, j: number, db: number): number {
    const ca = this.countsA!
    const cb = this.countsB!
    let matched = 0
    for (let ia = i - da; ia < i; ia++) matched += ca.c[ca.off[ia]! + (j - ca.lo[ia]!) * 3 + db - 1]!
    for (let jb = j - db; jb < j; jb++) matched += cb.c[cb.off[jb]! + (i - cb.lo[jb]!) * 3 + da - 1]!
    return this.finish(matched, i - da, i, j - db, j)
  }

  /**
   * Whether a bead of more than two sentences holds a sentence that shares nothing with the other
   * side of the bead: no token matched and no number. Such a sentence is not part of the
   * translation, however little it lowers the bead's similarity (a short "Shares rose on Tuesday."
   * swallowed by a 2-2); it is its own bead or a 1-0 / 0-1. For cells of the band given to
   * {@link useBand}.
   */
  bandHasIdle(i: number, da: number, j: number, db: number): boolean {
    const ca = this.countsA!
    const cb = this.countsB!
    for (let ia = i - da; ia < i; ia++) if (ca.c[ca.off[ia]! + (j - ca.lo[ia]!) * 3 + db - 1] === 0 && this.numWeightA[ia] === 0) return true
    for (let jb = j - db; jb < j; jb++) if (cb.c[cb.off[jb]! + (i - cb.lo[jb]!) * 3 + da - 1] === 0 && this.numWeightB[jb] === 0) return true
    return false
  }

  /**
   * How much the end sentences of a merged side add to a bead: of the single side's tokens (the
   * other side of the bead), the share that one end sentence alone matches, the smaller of the two
   * ends and of the two sides (1 when neither side holds two sentences or more). A sentence that
   * translates part of the other side matches its own part of it; a sentence dropped from the other
   * side and swallowed by its neighbour matches little the neighbour does not already match. For
   * cells of the band given to {@link useBand}.
   */
  bandMarginal(i: number, da: number, j: number, db: number): number {
    let least = 1
    if (da >= 2) least = Math.min(least, this.marginal(this.countsB!, this.fb, j - db, j, this.fa, i, da))
    if (db >= 2) least = Math.min(least, this.marginal(this.countsA!, this.fa, i - da, i, this.fb, j, db))
    return least
  }

  /**
   * Of the single side's sentences [y0, y1), the share of tokens that only one end of the merged span
   * [e − d, e) of the other side matches, the smaller end's: from the band's counts, or counted afresh
   * for a span the counts do not reach (the edge of a band).
   */
  private marginal(sc: SpanCounts, single: FlatSide, y0: number, y1: number, merged: FlatSide, e: number, d: number): number {
    let full = 0
    let noFirst = 0
    let noLast = 0
    for (let y = y0; y < y1; y++) {
      const a = countAt(sc, y, e, d)
      const b = countAt(sc, y, e, d - 1)
      const c = countAt(sc, y, e - 1, d - 1)
      if (a < 0 || b < 0 || c < 0) {
        full = matchedTokens(single, y0, y1, this.mark, this.marked(merged, e - d, e))
        noFirst = matchedTokens(single, y0, y1, this.mark, this.marked(merged, e - d + 1, e))
        noLast = matchedTokens(single, y0, y1, this.mark, this.marked(merged, e - d, e - 1))
        break
      }
      full += a
      noFirst += b
      noLast += c
    }
    const tokens = single.tStart[y1]! - single.tStart[y0]!
    return tokens === 0 ? 1 : Math.min(full - noFirst, full - noLast) / tokens
  }

  /** The similarity from the matched token count: tokens and shared numbers over tokens and numbers. */
  private finish(matched: number, i0: number, i1: number, j0: number, j1: number): number {
    const fa = this.fa
    const fb = this.fb
    const total = fa.tStart[i1]! - fa.tStart[i0]! + fb.tStart[j1]! - fb.tStart[j0]!
    let numShared = 0
    let numTotal = 0
    const a0 = fa.kStart[i0]!
    const a1 = fa.kStart[i1]!
    const b0 = fb.kStart[j0]!
    const b1 = fb.kStart[j1]!
    if (a1 > a0 || b1 > b0) {
      // Sums per sentence, and shared mentions from per-key counts: a cell costs the distinct keys of
      // its spans, not their mentions squared (a table's spans hold hundreds).
      for (let j = j0; j < j1; j++) numTotal += this.numWeightB[j]!
      for (let i = i0; i < i1; i++) numTotal += this.numWeightA[i]!
      if (a1 > a0 && b1 > b0) numShared = this.sharedNumbers(a0, a1, b0, b1)
    }
    const den = total + this.w.number * numTotal
    return den === 0 ? 0 : (matched + this.w.number * numShared) / den
  }

  /**
   * The weight of the number mentions A's keys [a0, a1) and B's [b0, b1) have in common, matched as
   * multisets (a key mentioned twice on one side and three times on the other is shared twice), both
   * sides counted, however many mentions the spans hold. Time linear in the distinct keys of the
   * spans: B's mentions are counted per key, then each A key takes what it can of them.
   */
  private sharedNumbers(a0: number, a1: number, b0: number, b1: number): number {
    const { keyLeft, keyStamp, kw } = this
    const stamp = ++this.keyGen
    const kb = this.fb.keys
    const cb = this.fb.kCount
    for (let q = b0; q < b1; q++) {
      const k = kb[q]!
      if (keyStamp[k] === stamp) keyLeft[k]! += cb[q]!
      else {
        keyStamp[k] = stamp
        keyLeft[k] = cb[q]!
      }
    }
    const ka = this.fa.keys
    const ca = this.fa.kCount
    let shared = 0
    for (let p = a0; p < a1; p++) {
      const k = ka[p]!
      if (keyStamp[k] !== stamp || keyLeft[k] === 0) continue
      const take = Math.min(ca[p]!, keyLeft[k]!)
      keyLeft[k]! -= take
      shared += 2 * kw[k]! * take
    }
    return shared
  }

  /** Mark the concepts of side[from, to) with a fresh stamp; returns it. */
  private marked(f: FlatSide, from: number, to: number): number {
    const stamp = ++this.stamp
    for (let p = f.cStart[from]!, e = f.cStart[to]!; p < e; p++) this.mark[f.dconc[p]!] = stamp
    return stamp
  }

  /** Gale–Church penalty, -log P(|δ|), for spans of these lengths in characters. */
  lengthPenalty(i0: number, i1: number, j0: number, j1: number): number {
    // Prefix sums of whole numbers: exact, the same sums as adding the sentences up.
    const la = this.fa.charsBefore[i1]! - this.fa.charsBefore[i0]!
    const lb = this.fb.charsBefore[j1]! - this.fb.charsBefore[j0]!
    const mean = (la * this.ratio + lb) / 2
    if (mean === 0) return 0
    const delta = Math.abs(lb - la * this.ratio) / Math.sqrt(S2 * mean)
    const p = 2 * upperTail(delta)
    return p <= 1e-12 ? 27.6 : -Math.log(p)
  }
}

/** Per sentence of a side, the weights of its number mentions added up. */
function numberWeights(f: FlatSide, kw: Float64Array): Float64Array {
  const out = new Float64Array(f.kStart.length - 1)
  for (let i = 0; i < out.length; i++) {
    let sum = 0
    for (let p = f.kStart[i]!, e = f.kStart[i + 1]!; p < e; p++) sum += kw[f.keys[p]!]! * f.kCount[p]!
    out[i] = sum
  }
  return out
}

/** Local numbers of the concepts of one Scorer (scratch shared by all, reset by a generation count). */
let localId = new Int32Array(0)
let localGen = new Int32Array(0)
let generation = 0

/** Renumber the concept ids in these arrays (in place) densely from 0, in order of first sight; returns how many. */
function renumber(arrays: readonly Int32Array[]): number {
  let max = -1
  for (const a of arrays) for (let i = 0; i < a.length; i++) if (a[i]! > max) max = a[i]!
  if (localId.length <= max) {
    localId = new Int32Array(max + 1)
    localGen = new Int32Array(max + 1)
  }
  const gen = ++generation
  let k = 0
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) {
      const c = a[i]!
      if (localGen[c] !== gen) {
        localGen[c] = gen
        localId[c] = k++
      }
      a[i] = localId[c]!
    }
  }
  return k
}

/** Sentences of one side holding each (local) concept, ascending: sentences of concept c are items[start[c], start[c + 1]). */
interface Postings {
  readonly start: Int32Array
  readonly items: Int32Array
}

function postings(f: FlatSide, concepts: number): Postings {
  const start = new Int32Array(concepts + 1)
  const { dconc, cStart } = f
  for (let p = 0; p < dconc.length; p++) start[dconc[p]! + 1]!++
  for (let c = 0; c < concepts; c++) start[c + 1]! += start[c]!
  const fill = start.slice(0, concepts)
  const items = new Int32Array(dconc.length)
  // A sentence's concepts are distinct, so each list is strictly ascending.
  for (let s = 0; s + 1 < cStart.length; s++) for (let p = cStart[s]!, e = cStart[s + 1]!; p < e; p++) items[fill[dconc[p]!]!++] = s
  return { start, items }
}

/**
 * Per sentence x of one side, for each span end e in [lo[x], hi[x]] over the other side and span size
 * d in 1…3: how many tokens of x have a candidate concept in the other side's sentences [e − d, e).
 * The count of (x, e, d) is c[off[x] + (e − lo[x]) · 3 + d − 1].
 */
interface SpanCounts {
  readonly off: Int32Array
  readonly lo: Int32Array
  readonly c: Int32Array
}

/** Tokens of sentence x matched by the other side's span of size d ending at e; -1 outside x's counts. */
function countAt(sc: SpanCounts, x: number, e: number, d: number): number {
  if (d < 1) return 0
  const k = sc.off[x]! + (e - sc.lo[x]!) * 3 + d - 1
  return e < sc.lo[x]! || k >= sc.off[x + 1]! ? -1 : sc.c[k]!
}


let hits = new Int32Array(64)

function spanCounts(f: FlatSide, post: Postings, lo: Int32Array, hi: Int32Array): SpanCounts {
  const n = lo.length
  const off = new Int32Array(n + 1)
  for (let x = 0; x < n; x++) off[x + 1] = off[x]! + (hi[x]! >= lo[x]! ? (hi[x]! - lo[x]! + 1) * 3 : 0)
  const c = new Int32Array(off[n]!)
  const { tStart, tOff, conc } = f
  const { start, items } = post
  for (let x = 0; x < n; x++) {
    const l = lo[x]!
    const h = hi[x]!
    if (h < l) continue
    const base = off[x]! - l * 3 - 1
    // Other-side sentences a span ending in [l, h] can hold.
    const first = l - 3
    const last = h - 1
    for (let t = tStart[x]!, te = tStart[x + 1]!; t < te; t++) {
      // The token's hits: sentences in [first, last] holding one of its candidate concepts, ascending, distinct.
      let nh = 0
      const q0 = tOff[t]!
      const q1 = tOff[t + 1]!
      for (let q = q0; q < q1; q++) {
        const cc = conc[q]!
        let a = start[cc]!
        let b = start[cc + 1]!
        // First posting ≥ first.
        while (a < b) {
          const mid = (a + b) >>> 1
          if (items[mid]! < first) a = mid + 1
          else b = mid
        }
        for (let p = a, pe = start[cc + 1]!; p < pe && items[p]! <= last; p++) {
          if (nh === hits.length) {
            const grown = new Int32Array(hits.length * 2)
            grown.set(hits)
            hits = grown
          }
          hits[nh++] = items[p]!
        }
      }
      if (nh === 0) continue
      if (q1 - q0 > 1 && nh > 1) nh = sortDistinct(hits, nh)
      // A hit at sentence y is in the spans of size d ending at y + 1 … y + d.
      for (let d = 1; d <= 3; d++) {
        let done = l - 1
        for (let k = 0; k < nh; k++) {
          const y = hits[k]!
          const to = Math.min(y + d, h)
          for (let e = Math.max(y + 1, done + 1); e <= to; e++) c[base + e * 3 + d]!++
          if (to > done) done = to
        }
      }
    }
  }
  return { off, lo, c }
}

/** Sort a[0, n) ascending and drop repeats in place; returns the new length. */
function sortDistinct(a: Int32Array, n: number): number {
  // A token's hits are few in a band (insertion sort); a full table can give it hundreds.
  if (n > 16) a.subarray(0, n).sort()
  else for (let i = 1; i < n; i++) {
    const v = a[i]!
    let j = i - 1
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!
      j--
    }
    a[j + 1] = v
  }
  let k = 1
  for (let i = 1; i < n; i++) if (a[i] !== a[k - 1]) a[k++] = a[i]!
  return k
}

/** Tokens of side[from, to) with a candidate concept marked `stamp`. */
function matchedTokens(f: FlatSide, from: number, to: number, mark: Int32Array, stamp: number): number {
  const { tOff, conc } = f
  let matched = 0
  for (let t = f.tStart[from]!, e = f.tStart[to]!; t < e; t++) {
    for (let q = tOff[t]!, qe = tOff[t + 1]!; q < qe; q++) {
      if (mark[conc[q]!] === stamp) {
        matched++
        break
      }
    }
  }
  return matched
}
