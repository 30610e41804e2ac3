/**
 * The DP skips beads that cannot beat the best found so far even at similarity 1, and the scorer
 * reads flat arrays: both must choose exactly what the plain DP over Scorer.sim chooses.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alignDP, fullBand, type Band, type Bead } from '../../src/align/dp.js'
import { DEFAULT_WEIGHTS, Scorer, type AlignWeights } from '../../src/align/score.js'
import type { SentenceConcepts } from '../../src/pivot/index.js'

const SHAPES = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3]] as const

/** The DP as it reads in the paper: every bead scored, ties to the earlier shape; cells outside the band (when given) left out. */
function plainDP(A: readonly SentenceConcepts[], B: readonly SentenceConcepts[], s: Scorer, w: AlignWeights, band?: Band): Bead[] {
  const n = A.length
  const m = B.length
  const inBand = (i: number, j: number) => !band || (j >= band.lo[i]! && j <= band.hi[i]!)
  const cost = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(Infinity))
  const back = Array.from({ length: n + 1 }, () => new Uint8Array(m + 1))
  cost[0]![0] = 0
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= m; j++) {
      if ((i === 0 && j === 0) || !inBand(i, j)) continue
      let best = Infinity
      let arg = 0
      SHAPES.forEach(([da, db], k) => {
        if (i < da || j < db || !inBand(i - da, j - db) || cost[i - da]![j - db] === Infinity) return
        let c: number
        if (da === 0 || db === 0) c = w.skip
        else {
          c = s.cost(s.sim(i - da, i, j - db, j), da + db) + w.length * s.lengthPenalty(i - da, i, j - db, j)
          if (da + db === 3) c += w.merge
          else if (da === 2 && db === 2) c += w.merge2
          else if (da + db === 4) c += w.merge3
          // A merged bead with a sentence that shares no concept and has no number pays a quarter skip.
          if (da + db > 2) {
            const idleA = Array.from({ length: da }, (_, k) => i - da + k).some((x) => A[x]!.numbers.length === 0 && s.sim(x, x + 1, j - db, j) === 0)
            const idleB = Array.from({ length: db }, (_, k) => j - db + k).some((y) => B[y]!.numbers.length === 0 && s.sim(i - da, i, y, y + 1) === 0)
            if (idleA || idleB) c += w.skip / 4
            // An end sentence of a merged side that matches little of the other side on its own pays up to w.weak.
            const g = plainMarginal(A, B, i, da, j, db)
            if (w.weak > 0 && g < 0.1) c += w.weak * (1 - g / 0.1)
          }
        }
        if (cost[i - da]![j - db]! + c < best) {
          best = cost[i - da]![j - db]! + c
          arg = k
        }
      })
      cost[i]![j] = best
      back[i]![j] = arg
    }
  const out: Bead[] = []
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [da, db] = SHAPES[back[i]![j]!]!
    out.push({ a: Array.from({ length: da }, (_, k) => i - da + k), b: Array.from({ length: db }, (_, k) => j - db + k), score: Math.round((da && db ? s.sim(i - da, i, j - db, j) : 0) * 1e4) / 1e4 })
    i -= da
    j -= db
  }
  return out.reverse()
}

// A sentence: a few tokens, each with one or two candidate concepts out of a small space, some number keys.
const sentence = fc
  .record({
    tokens: fc.array(fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 2 }), { maxLength: 8 }),
    numbers: fc.array(fc.constantFrom('n:1', 'n:2', 'n:2025', 'p:50'), { maxLength: 2 }),
    chars: fc.integer({ min: 1, max: 200 }),
  })
  .map(({ tokens, numbers, chars }): SentenceConcepts => {
    const ts = tokens.map((t) => Int32Array.from(new Set(t)))
    return { tokens: ts, concepts: Int32Array.from(new Set(ts.flatMap((t) => [...t]))), numbers, chars }
  })

/** Of the tokens of the single side, the share one end sentence of the merged side alone matches (the smaller end's; 1 if none is merged). */
function plainMarginal(A: readonly SentenceConcepts[], B: readonly SentenceConcepts[], i: number, da: number, j: number, db: number): number {
  const share = (single: readonly SentenceConcepts[], merged: readonly SentenceConcepts[], from: number, to: number): number => {
    const tokens = single.flatMap((s) => s.tokens)
    if (tokens.length === 0) return 1
    const matched = (x0: number, x1: number) => {
      const cs = new Set(merged.slice(x0, x1).flatMap((s) => [...s.concepts]))
      return tokens.filter((t) => [...t].some((c) => cs.has(c))).length
    }
    const full = matched(from, to)
    return Math.min(full - matched(from + 1, to), full - matched(from, to - 1)) / tokens.length
  }
  let least = 1
  if (da >= 2) least = Math.min(least, share(B.slice(j - db, j), A, i - da, i))
  if (db >= 2) least = Math.min(least, share(A.slice(i - da, i), B, j - db, j))
  return least
}

/** Similarity as the scorer defines it, from the sentence objects (sets and a multiset match of number keys). */
function plainSim(A: SentenceConcepts[], B: SentenceConcepts[], i0: number, i1: number, j0: number, j1: number, w: AlignWeights): number {
  const ca = new Set(A.slice(i0, i1).flatMap((s) => [...s.concepts]))
  const cb = new Set(B.slice(j0, j1).flatMap((s) => [...s.concepts]))
  let matched = 0
  let total = 0
  for (const s of A.slice(i0, i1)) for (const t of s.tokens) (total++, [...t].some((c) => cb.has(c)) && matched++)
  for (const s of B.slice(j0, j1)) for (const t of s.tokens) (total++, [...t].some((c) => ca.has(c)) && matched++)
  // Rarer number keys weigh more: 2 / (sentences carrying the key), at most 1.
  const df = new Map<string, number>()
  for (const s of [...A, ...B]) for (const k of new Set(s.numbers)) df.set(k, (df.get(k) ?? 0) + 1)
  const kw = (k: string) => Math.min(1, 2 / df.get(k)!)
  const bKeys = B.slice(j0, j1).flatMap((s) => s.numbers)
  const used = new Set<number>()
  let numShared = 0
  let numTotal = bKeys.reduce((x, k) => x + kw(k), 0)
  for (const k of A.slice(i0, i1).flatMap((s) => s.numbers)) {
    numTotal += kw(k)
    const at = bKeys.findIndex((kb, q) => kb === k && !used.has(q))
    if (at >= 0) {
      used.add(at)
      numShared += 2 * kw(k)
    }
  }
  const den = total + w.number * numTotal
  return den === 0 ? 0 : (matched + w.number * numShared) / den
}

/** Scorer.sim of each span pair (start x, y taken modulo the sides, sizes da, db cut at the end) equals plainSim. */
function expectPlainSims(A: SentenceConcepts[], B: SentenceConcepts[], spans: readonly (readonly [number, number, number, number])[]) {
  const s = new Scorer(A, B, DEFAULT_WEIGHTS)
  for (const [x, y, da, db] of spans) {
    const i0 = x % A.length
    const j0 = y % B.length
    const i1 = Math.min(A.length, i0 + da)
    const j1 = Math.min(B.length, j0 + db)
    expect(s.sim(i0, i1, j0, j1)).toBeCloseTo(plainSim(A, B, i0, i1, j0, j1, DEFAULT_WEIGHTS), 12)
  }
}

describe('Scorer.sim', () => {
  it('equals the similarity computed from the sentence objects, call after call (each marking takes a fresh stamp)', () => {
    const span = fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), fc.array(sentence, { minLength: 1, maxLength: 8 }), fc.array(span, { minLength: 1, maxLength: 30 }), (A, B, spans) => {
        expectPlainSims(A, B, spans)
      }),
      { seed: 6, numRuns: 500 },
    )
  })

  it('equals it on number-dense sentences (dozens of mentions, keys repeated within and across sentences)', () => {
    const dense = fc.record({
      numbers: fc.array(fc.constantFrom('n:1', 'n:2', 'n:3', 'n:2025', 'p:50'), { maxLength: 45, size: 'max' }),
      chars: fc.integer({ min: 1, max: 200 }),
    }).map(({ numbers, chars }): SentenceConcepts => ({ tokens: [], concepts: new Int32Array(0), numbers, chars }))
    const span = fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
    fc.assert(
      fc.property(fc.array(dense, { minLength: 1, maxLength: 5 }), fc.array(dense, { minLength: 1, maxLength: 5 }), fc.array(span, { minLength: 1, maxLength: 10 }), (A, B, spans) => {
        expectPlainSims(A, B, spans)
      }),
      { seed: 7, numRuns: 200 },
    )
  })
})

describe('alignDP', () => {
  it('chooses the beads of the plain DP (pruning and flat scoring change nothing)', () => {
    fc.assert(
      // The default weights, and cheap merges (multi-sentence beads then often win by a hair).
      fc.property(fc.array(sentence, { maxLength: 12 }), fc.array(sentence, { maxLength: 12 }), fc.constantFrom(DEFAULT_WEIGHTS, { ...DEFAULT_WEIGHTS, merge: 0, merge2: 0.05, merge3: 0.1, skip: 0.6 }), (A, B, w) => {
        const s = new Scorer(A, B, w)
        expect(alignDP(A.length, B.length, fullBand(A.length, B.length), s, w)).toEqual(plainDP(A, B, s, w))
      }),
      { seed: 5, numRuns: 500 },
    )
  })
})

describe('alignDP in a band', () => {
  it('chooses the beads of the plain DP restricted to the same band (the span counts cover every cell it reads)', () => {
    // A band around the diagonal, each side's half-width drawn per row; each row starts no later than
    // the previous one ends, so every cell can be reached.
    const band = (n: number, m: number, widths: readonly (readonly [number, number])[]): Band => {
      const lo = new Int32Array(n + 1)
      const hi = new Int32Array(n + 1)
      for (let i = 0; i <= n; i++) {
        const c = n === 0 ? 0 : (i * m) / n
        const [w1, w2] = widths[i % widths.length]!
        lo[i] = Math.max(0, Math.floor(c - w1))
        hi[i] = Math.min(m, Math.ceil(c + w2))
        if (i > 0) lo[i] = Math.max(lo[i - 1]!, Math.min(lo[i]!, hi[i - 1]!))
      }
      lo[0] = 0
      hi[n] = m
      return { lo, hi }
    }
    const width = fc.tuple(fc.double({ min: 0.5, max: 4, noNaN: true }), fc.double({ min: 0.5, max: 4, noNaN: true }))
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 16 }), fc.array(sentence, { maxLength: 16 }), fc.array(width, { minLength: 1, maxLength: 5 }), (A, B, widths) => {
        const w = { ...DEFAULT_WEIGHTS, merge: 0, merge2: 0.05, merge3: 0.1, skip: 0.6 }
        const b = band(A.length, B.length, widths)
        const s = new Scorer(A, B, w)
        expect(alignDP(A.length, B.length, b, s, w)).toEqual(plainDP(A, B, s, w, b))
      }),
      { seed: 7, numRuns: 500 },
    )
  })
})
